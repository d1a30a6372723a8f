/**
 * The runtime APIs the node answers (runtime-api.ts), described for metadata V15: each trait with the
 * methods it implements, their parameters and result types (the SCALE codecs runtime-api.ts encodes
 * with), and their documentation — what polkadot-api reads to call them by name.
 */

import { type RuntimeApiDecl, uncheckedExtrinsic } from '../frame/metadata.js';
import type { Kernel } from '../frame/runtime.js';
import { bool, bytes, enumOf, option, result, struct, u8, u32, u64, u128, vec } from '../frame/scale.js';
import { AccountId, DispatchClass, H256, Weight } from '../frame/types.js';
import { RuntimeVersion } from '../pallets/system/index.js';

export const RuntimeDispatchInfo = struct('pallet_transaction_payment::types::RuntimeDispatchInfo', {
  weight: Weight,
  class: DispatchClass,
  partial_fee: u128,
});
const InclusionFee = struct('pallet_transaction_payment::types::InclusionFee', {
  base_fee: u128,
  len_fee: u128,
  adjusted_weight_fee: u128,
});
export const FeeDetails = struct('pallet_transaction_payment::types::FeeDetails', {
  inclusion_fee: option(InclusionFee),
  tip: u128,
});
export const ValidTransaction = struct('sp_runtime::transaction_validity::ValidTransaction', {
  priority: u64,
  requires: vec(bytes),
  provides: vec(bytes),
  longevity: u64,
  propagate: bool,
});
const TransactionSource = enumOf('sp_runtime::transaction_validity::TransactionSource', {
  InBlock: null,
  Local: null,
  External: null,
});
const InvalidTransactionCodec = enumOf('sp_runtime::transaction_validity::InvalidTransaction', {
  Call: null,
  Payment: null,
  Future: null,
  Stale: null,
  BadProof: null,
  AncientBirthBlock: null,
  ExhaustsResources: null,
  Custom: u8,
  BadMandatory: null,
  MandatoryValidation: null,
  BadSigner: null,
});
const UnknownTransaction = enumOf('sp_runtime::transaction_validity::UnknownTransaction', {
  CannotLookup: null,
  NoUnsignedValidator: null,
  Custom: u8,
});
const TransactionValidityError = enumOf('sp_runtime::transaction_validity::TransactionValidityError', {
  Invalid: InvalidTransactionCodec,
  Unknown: UnknownTransaction,
});
const OpaqueMetadata = bytes;

/** The APIs and methods runtime-api.ts answers, with the types it reads and writes. */
export function runtimeApiDecls(kernel: Kernel): RuntimeApiDecl[] {
  const xt = uncheckedExtrinsic(kernel.callCodec);
  return [
    {
      name: 'Core',
      docs: ['The `Core` runtime api that every Substrate runtime needs to implement.'],
      methods: [
        {
          name: 'version',
          inputs: [],
          output: RuntimeVersion,
          docs: ['Returns the version of the runtime.'],
        },
      ],
    },
    {
      name: 'Metadata',
      docs: ['The `Metadata` api trait that returns metadata for the runtime.'],
      methods: [
        {
          name: 'metadata',
          inputs: [],
          output: OpaqueMetadata,
          docs: ['Returns the metadata of a runtime.'],
        },
        {
          name: 'metadata_at_version',
          inputs: [['version', u32]],
          output: option(OpaqueMetadata),
          docs: [
            'Returns the metadata at a given version.',
            '',
            "If the given `version` isn't supported, this will return `None`.",
            'Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime.',
          ],
        },
        {
          name: 'metadata_versions',
          inputs: [],
          output: vec(u32),
          docs: [
            'Returns the supported metadata versions.',
            '',
            'This can be used to call `metadata_at_version`.',
          ],
        },
      ],
    },
    {
      name: 'TaggedTransactionQueue',
      docs: ['The `TaggedTransactionQueue` api trait for interfering with the transaction queue.'],
      methods: [
        {
          name: 'validate_transaction',
          inputs: [
            ['source', TransactionSource],
            ['tx', xt],
            ['block_hash', H256],
          ],
          output: result(ValidTransaction, TransactionValidityError),
          docs: [
            'Validate the transaction.',
            '',
            'This method is invoked by the transaction pool to learn details about given transaction.',
            'The implementation should make sure to verify the correctness of the transaction',
            'against current state. The given `block_hash` corresponds to the hash of the block',
            'that is used as current state.',
          ],
        },
      ],
    },
    {
      name: 'AccountNonceApi',
      docs: ['The API to query account nonce.'],
      methods: [
        {
          name: 'account_nonce',
          inputs: [['account', AccountId]],
          output: u32,
          docs: ['Get current account nonce of given `AccountId`.'],
        },
      ],
    },
    {
      name: 'TransactionPaymentApi',
      docs: [],
      methods: [
        {
          name: 'query_info',
          inputs: [
            ['uxt', xt],
            ['len', u32],
          ],
          output: RuntimeDispatchInfo,
          docs: ['The weight, class and partial fee (without tip) of an extrinsic of encoded length `len`.'],
        },
        {
          name: 'query_fee_details',
          inputs: [
            ['uxt', xt],
            ['len', u32],
          ],
          output: FeeDetails,
          docs: [
            'The inclusion fee of an extrinsic split into its base, length and weight parts, and its tip.',
          ],
        },
      ],
    },
  ];
}
