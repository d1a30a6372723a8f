/**
 * Runtime APIs answered over `state_call` / `chainHead_v1_call` (spec/chain-rpc.md §3.7): Core_version,
 * Metadata_metadata(_versions, _at_version), AccountNonceApi_account_nonce,
 * TaggedTransactionQueue_validate_transaction, TransactionPaymentApi_query_info / query_fee_details.
 * Arguments and results are SCALE. query_info never checks signatures (clients send fake ones).
 */

import { type InvalidKind, InvalidTransaction } from '../frame/executive.js';
import { buildMetadata } from '../frame/metadata.js';
import {
  bool,
  bytes,
  compact,
  encode,
  option,
  Reader,
  struct,
  u8,
  u32,
  u64,
  u128,
  vec,
} from '../frame/scale.js';
import { Weight } from '../frame/types.js';
import { RUNTIME_VERSION, RuntimeVersion, Account as SystemAccount } from '../pallets/system/index.js';
import { computeFee } from '../pallets/transaction-payment/index.js';
import { accountFromKey } from '../primitives/account.js';
import { toHex } from '../primitives/bytes.js';
import { ChainError, type DevChain } from './chain.js';
import { decodeExtrinsic } from './extrinsic.js';

const RuntimeDispatchInfo = struct('pallet_transaction_payment::types::RuntimeDispatchInfo', {
  weight: Weight,
  class: u8,
  partial_fee: u128,
});
const InclusionFee = struct('pallet_transaction_payment::types::InclusionFee', {
  base_fee: u128,
  len_fee: u128,
  adjusted_weight_fee: u128,
});
const FeeDetails = struct('pallet_transaction_payment::types::FeeDetails', {
  inclusion_fee: option(InclusionFee),
  tip: u128,
});
const ValidTransaction = struct('sp_runtime::transaction_validity::ValidTransaction', {
  priority: u64,
  requires: vec(bytes),
  provides: vec(bytes),
  longevity: u64,
  propagate: bool,
});

const INVALID_INDEX: Record<InvalidKind, number> = {
  Call: 0,
  Payment: 1,
  Future: 2,
  Stale: 3,
  BadProof: 4,
  AncientBirthBlock: 5,
  ExhaustsResources: 6,
  Custom: 7,
  BadMandatory: 8,
  MandatoryValidation: 9,
  BadSigner: 10,
};

export class RuntimeApiError extends Error {}

/** Reads a SCALE-encoded extrinsic (with its compact length prefix) from the front of the args. */
function readExtrinsic(r: Reader): Uint8Array {
  const start = r.pos;
  const len = compact(u32).dec(r);
  r.take(Number(len));
  return r.bytes.slice(start, r.pos);
}

const metadataCache = new WeakMap<DevChain, Uint8Array>();
function metadataOf(chain: DevChain): Uint8Array {
  let m = metadataCache.get(chain);
  if (!m) {
    m = buildMetadata(chain.kernel);
    metadataCache.set(chain, m);
  }
  return m;
}

/** Metadata bytes ("meta" prefixed) of the chain's runtime. */
export const chainMetadata = metadataOf;

const U64_MAX = 18_446_744_073_709_551_615n;

/** Executes runtime API `method` with SCALE `args` at block `at`; returns the SCALE result. */
export function callRuntimeApi(chain: DevChain, method: string, args: Uint8Array, at?: string): Uint8Array {
  const r = new Reader(args);
  switch (method) {
    case 'Core_version':
      return encode(RuntimeVersion, RUNTIME_VERSION as never);
    case 'Metadata_metadata': {
      const m = metadataOf(chain);
      return encode(bytes, toHex(m));
    }
    case 'Metadata_metadata_versions':
      return encode(vec(u32), [14n]);
    case 'Metadata_metadata_at_version': {
      const version = u32.dec(r);
      return version === 14n ? encode(option(bytes), toHex(metadataOf(chain))) : new Uint8Array([0]);
    }
    case 'AccountNonceApi_account_nonce': {
      const who = accountFromKey(r.take(32).slice());
      return encode(
        u32,
        chain.atBlock(at, () => SystemAccount.get(who).nonce),
      );
    }
    case 'TransactionPaymentApi_query_info':
    case 'TransactionPaymentApi_query_fee_details': {
      const xtBytes = readExtrinsic(r);
      const len = u32.dec(r);
      const xt = decodeExtrinsic(chain.kernel, xtBytes);
      return chain.atBlock(at, () => {
        const decl = chain.kernel.callDecl(xt.call);
        const weight = chain.kernel.callWeight(xt.call);
        const fee = computeFee(Number(len), weight, 0n, decl.paysFee !== false);
        if (method === 'TransactionPaymentApi_query_info') {
          const cls = decl.class === 'Operational' ? 1n : 0n;
          return encode(RuntimeDispatchInfo, { weight, class: cls, partialFee: fee.total } as never);
        }
        return encode(FeeDetails, {
          inclusionFee: {
            baseFee: fee.baseFee,
            lenFee: fee.lenFee,
            adjustedWeightFee: fee.adjustedWeightFee,
          },
          tip: 0n,
        } as never);
      });
    }
    case 'TaggedTransactionQueue_validate_transaction': {
      r.u8(); // TransactionSource
      const xtBytes = readExtrinsic(r);
      try {
        const { validity } = chain.validate(xtBytes);
        const longevity = validity.validTill === U64_MAX ? U64_MAX : validity.validTill - chain.best;
        const valid = encode(ValidTransaction, {
          priority: validity.priority,
          requires: validity.requires,
          provides: validity.provides,
          longevity,
          propagate: true,
        } as never);
        return Uint8Array.from([0, ...valid]);
      } catch (err) {
        const kind = invalidKindOf(err);
        if (kind === undefined) return Uint8Array.from([1, 1, 1]); // Unknown(NoUnsignedValidator)
        return Uint8Array.from([1, 0, INVALID_INDEX[kind]]);
      }
    }
    default:
      throw new RuntimeApiError(`Exported method ${method} is not found`);
  }
}

function invalidKindOf(err: unknown): InvalidKind | undefined {
  if (err instanceof InvalidTransaction) return err.kind;
  if (err instanceof ChainError) return err.invalid ?? (err.code === 1001 ? 'Call' : undefined);
  return undefined;
}
