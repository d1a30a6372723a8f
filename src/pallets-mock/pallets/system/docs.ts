/**
 * Metadata documentation of System: every call, event, error, storage item and constant,
 * from the doc comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const SystemDocs: PalletDocs = {
  pallet: [
    'The System pallet: accounts and their nonces, block data, events, and the low-level calls of the runtime.',
  ],
  calls: {
    remark: ['Make some on-chain remark.'],
    set_heap_pages: ["Set the number of pages in the WebAssembly environment's heap."],
    set_code: ['Set the new runtime code.'],
    set_code_without_checks: ['Set the new runtime code without doing any checks of the given `code`.'],
    set_storage: ['Set some items of storage.'],
    kill_storage: ['Kill some items from storage.'],
    kill_prefix: ['Kill all storage items with a key that starts with the given prefix.'],
    remark_with_event: ['Make some on-chain remark and emit event.'],
  },
  events: {
    ExtrinsicSuccess: ['An extrinsic completed successfully.'],
    ExtrinsicFailed: ['An extrinsic failed.'],
    CodeUpdated: ['`:code` was updated.'],
    NewAccount: ['A new account was created.'],
    KilledAccount: ['An account was reaped.'],
    Remarked: ['On on-chain remark happened.'],
  },
  errors: {
    InvalidSpecName: [
      'The name of specification does not match between the current runtime',
      'and the new runtime.',
    ],
    SpecVersionNeedsToIncrease: [
      'The specification version is not allowed to decrease between the current runtime',
      'and the new runtime.',
    ],
    FailedToExtractRuntimeVersion: ['Failed to extract the runtime version from the new runtime.'],
    NonDefaultComposite: ['Suicide called when the account has non-default composite data.'],
    NonZeroRefCount: ['There is a non-zero reference count preventing the account from being purged.'],
    CallFiltered: ['The origin filter prevent the call to be dispatched.'],
  },
  storage: {
    Account: ['The full account information for a particular account ID.'],
    ExtrinsicCount: ['Total extrinsics count for the current block.'],
    BlockWeight: ['The current weight for the block.'],
    AllExtrinsicsLen: ['Total length (in bytes) for all extrinsics put together, for the current block.'],
    BlockHash: ['Map of block numbers to block hashes.'],
    ExtrinsicData: ["Extrinsics data for the current block (maps an extrinsic's index to its data)."],
    Number: ['The current block number being processed. Set by `execute_block`.'],
    ParentHash: ['Hash of the previous block.'],
    Digest: ['Digest of the current block, also part of the block header.'],
    Events: ['Events deposited for the current block.'],
    EventCount: ['The number of events in the `Events<T>` list.'],
    EventTopics: [
      'Mapping between a topic (represented by T::Hash) and a vector of indexes',
      'of events in the `<Events<T>>` list.',
    ],
    LastRuntimeUpgrade: [
      'Stores the `spec_version` and `spec_name` of when the last runtime upgrade happened.',
    ],
    UpgradedToU32RefCount: [
      'True if we have upgraded so that `type RefCount` is `u32`. False (default) if not.',
    ],
    UpgradedToTripleRefCount: [
      'True if we have upgraded so that AccountInfo contains three types of `RefCount`. False',
      '(default) if not.',
    ],
    ExecutionPhase: ['The execution phase of the block.'],
  },
  constants: {
    BlockWeights: ['Block & extrinsics weights: base values and limits.'],
    BlockLength: ['The maximum length of a block (in bytes).'],
    BlockHashCount: ['Maximum number of block number to block hash mappings to keep (oldest pruned first).'],
    DbWeight: ['The weight of runtime database operations the runtime can invoke.'],
    Version: ["Get the chain's in-code version."],
    SS58Prefix: ['The SS58 prefix of this chain (30 on Khala and Phala), part of every address.'],
  },
};
