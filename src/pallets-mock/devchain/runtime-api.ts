/**
 * Runtime APIs answered over `state_call` / `chainHead_v1_call` (spec/chain-rpc.md §3.7): Core_version,
 * Metadata_metadata(_versions, _at_version), AccountNonceApi_account_nonce,
 * TaggedTransactionQueue_validate_transaction, TransactionPaymentApi_query_info / query_fee_details.
 * Arguments and results are SCALE. query_info never checks signatures (clients send fake ones).
 */

import { type InvalidKind, InvalidTransaction } from '../frame/executive.js';
import { buildMetadata, METADATA_VERSIONS, type MetadataVersion } from '../frame/metadata.js';
import { bytes, compact, encode, option, Reader, u32, vec } from '../frame/scale.js';
import { RUNTIME_VERSION, RuntimeVersion, Account as SystemAccount } from '../pallets/system/index.js';
import { computeFee } from '../pallets/transaction-payment/index.js';
import { accountFromKey } from '../primitives/account.js';
import { toHex } from '../primitives/bytes.js';
import { ChainError, type DevChain } from './chain.js';
import { decodeExtrinsic } from './extrinsic.js';
import { FeeDetails, RuntimeDispatchInfo, runtimeApiDecls, ValidTransaction } from './runtime-api-decls.js';

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

const metadataCache = new WeakMap<DevChain, Map<MetadataVersion, Uint8Array>>();
function metadataOf(chain: DevChain, version: MetadataVersion = 14): Uint8Array {
  let byVersion = metadataCache.get(chain);
  if (!byVersion) {
    byVersion = new Map();
    metadataCache.set(chain, byVersion);
  }
  let m = byVersion.get(version);
  if (!m) {
    m = buildMetadata(chain.kernel, version, runtimeApiDecls(chain.kernel));
    byVersion.set(version, m);
  }
  return m;
}

/** Metadata bytes ("meta" prefixed) of the chain's runtime: V14 (what `Metadata_metadata` returns) or V15. */
export const chainMetadata = (chain: DevChain, version: MetadataVersion = 14): Uint8Array =>
  metadataOf(chain, version);

const isServed = (v: bigint): boolean => (METADATA_VERSIONS as readonly number[]).includes(Number(v));

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
      return encode(
        vec(u32),
        METADATA_VERSIONS.map((v) => BigInt(v)),
      );
    case 'Metadata_metadata_at_version': {
      const version = u32.dec(r);
      if (!isServed(version)) return new Uint8Array([0]);
      return encode(option(bytes), toHex(metadataOf(chain, Number(version) as MetadataVersion)));
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
          const cls = { type: decl.class ?? 'Normal', value: null };
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
