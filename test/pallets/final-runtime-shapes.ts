/**
 * What the final Khala runtime (spec 1290: phala-pallets at runtime-release-v1270 = phala-blockchain
 * 7dd69475, FRAME of polkadot-sdk release-polkadot-v1.2.0) changed against the Aug-2023 Khala metadata
 * (`../shared/reference/khala-metadata-v14.scale`), per pallet: items added or reshaped (name, index,
 * field names and types) and items removed. Facts read from the Rust sources
 * (`git diff 5f8bd1e6b..7dd69475 -- pallets/phala`, polkadot-sdk#1226 for Balances), written as type
 * labels: primitives by name, `AccountId32`, `Option<T>`, `Vec<T>`, `(A, B)`, and enums by their
 * variants. metadata-reference.test.ts checks our metadata against this table for these items and
 * against the Khala reference for everything else.
 */

/** A call, event or error: its index and its fields as [name, type label]. */
export interface VariantShape {
  index: number;
  fields: Array<[string, string]>;
}

export interface StorageShape {
  modifier: 'Optional' | 'Default';
  /** Empty for a plain value. */
  hashers: string[];
  key?: string;
  value: string;
}

export interface PalletChanges {
  calls?: { changed?: Record<string, VariantShape>; removed?: string[] };
  events?: { changed?: Record<string, VariantShape>; removed?: string[] };
  errors?: { changed?: Record<string, VariantShape>; removed?: string[] };
  storage?: { changed?: Record<string, StorageShape>; removed?: string[] };
}

/** Enums the changed items use, by path: their variants in index order (all without fields). */
export const FINAL_ENUMS: Record<string, string[]> = {
  'phala_pallets::compute::vault::pallet::ForceShutdownReason': [
    'NoEnoughReleasingStake',
    'Waiting3xGracePeriod',
  ],
};

export const FINAL_RUNTIME_CHANGES: Record<string, PalletChanges> = {
  Balances: {
    // polkadot-sdk#1226 (in release-polkadot-v1.2.0): the deprecated dispatchables are gone.
    calls: { removed: ['set_balance_deprecated', 'transfer'] },
  },
  PhalaBasePool: {
    calls: {
      changed: {
        claim_reimbursement: {
          index: 5,
          fields: [
            ['pid', 'u64'],
            ['target', 'AccountId32'],
          ],
        },
        set_reimbursements: {
          index: 6,
          fields: [
            ['input', 'Vec<(AccountId32, u64, u128)>'],
            ['add', 'bool'],
          ],
        },
      },
      removed: ['reset_lock_iter_pos', 'remove_unused_lock'],
    },
    events: {
      changed: {
        WithdrawalQueued: {
          index: 1,
          fields: [
            ['pid', 'u64'],
            ['user', 'AccountId32'],
            ['shares', 'u128'],
            ['nft_id', 'u32'],
            ['as_vault', 'Option<u64>'],
            ['withdrawing_nft_id', 'u32'],
          ],
        },
        Withdrawal: {
          index: 2,
          fields: [
            ['pid', 'u64'],
            ['user', 'AccountId32'],
            ['amount', 'u128'],
            ['shares', 'u128'],
            ['burnt_shares', 'u128'],
          ],
        },
      },
    },
    errors: {
      changed: {
        DeprecatedTransferSharesAmountInvalid: { index: 18, fields: [] },
        NoReimbursementToClaim: { index: 19, fields: [] },
        InternalSubsidyPoolCannotWithdraw: { index: 20, fields: [] },
      },
      removed: ['TransferSharesAmountInvalid'],
    },
    storage: {
      changed: {
        Reimbursements: {
          modifier: 'Optional',
          hashers: ['Twox64Concat'],
          key: '(AccountId32, u64)',
          value: 'u128',
        },
      },
    },
  },
  PhalaStakePoolv2: {
    calls: { removed: ['backfill_add_missing_reward', 'reset_iter_pos', 'fix_missing_worker_lock'] },
  },
  PhalaVault: {
    calls: { removed: ['refresh_vault_lock_and_check'] },
    events: {
      changed: {
        ForceShutdown: {
          index: 5,
          fields: [
            ['pid', 'u64'],
            ['reason', 'phala_pallets::compute::vault::pallet::ForceShutdownReason'],
          ],
        },
      },
    },
    errors: { changed: { CommissionNotChanged: { index: 8, fields: [] } } },
  },
  PhalaWrappedBalances: {
    calls: { removed: ['backfill_vote_lock'] },
  },
  PhalaComputation: {
    // The misspelt `LastBugdetUpdateBlock` was renamed (so a new storage key) after Aug 2023.
    storage: {
      changed: { LastBudgetUpdateBlock: { modifier: 'Default', hashers: [], value: 'u32' } },
      removed: ['LastBugdetUpdateBlock'],
    },
  },
};

/** Every name the table covers for one pallet and kind (changed or removed). */
export function coveredNames(pallet: string, kind: keyof PalletChanges): Set<string> {
  const entry = FINAL_RUNTIME_CHANGES[pallet]?.[kind];
  return new Set([...Object.keys(entry?.changed ?? {}), ...(entry?.removed ?? [])]);
}
