/**
 * Metadata documentation of Balances: every call, event, error, storage item and constant,
 * from the doc comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const BalancesDocs: PalletDocs = {
  pallet: ['The Balances pallet: PHA balances, reserves, locks, transfers and the existential deposit.'],
  calls: {
    transfer_allow_death: ['Transfer some liquid free balance to another account.'],
    force_transfer: [
      'Exactly as `transfer_allow_death`, except the origin must be root and the source account',
      'may be specified.',
    ],
    transfer_keep_alive: [
      'Same as the [`transfer_allow_death`] call, but with a check that the transfer will not',
      'kill the origin account.',
    ],
    transfer_all: ['Transfer the entire transferable balance from the caller account.'],
    force_unreserve: ['Unreserve some balance from a user by force.'],
    upgrade_accounts: ['Upgrade a specified account.'],
    force_set_balance: ['Set the regular balance of a given account.'],
  },
  events: {
    Endowed: ['An account was created with some free balance.'],
    DustLost: [
      'An account was removed whose balance was non-zero but below ExistentialDeposit,',
      'resulting in an outright loss.',
    ],
    Transfer: ['Transfer succeeded.'],
    BalanceSet: ['A balance was set by root.'],
    Reserved: ['Some balance was reserved (moved from free to reserved).'],
    Unreserved: ['Some balance was unreserved (moved from reserved to free).'],
    ReserveRepatriated: [
      'Some balance was moved from the reserve of the first account to the second account.',
      'Final argument indicates the destination balance type.',
    ],
    Deposit: ['Some amount was deposited (e.g. for transaction fees).'],
    Withdraw: ['Some amount was withdrawn from the account (e.g. for transaction fees).'],
    Slashed: ['Some amount was removed from the account (e.g. for misbehavior).'],
    Minted: ['Some amount was minted into an account.'],
    Burned: ['Some amount was burned from an account.'],
    Suspended: ['Some amount was suspended from an account (it can be restored later).'],
    Restored: ['Some amount was restored into an account.'],
    Upgraded: ['An account was upgraded.'],
    Issued: ['Total issuance was increased by `amount`, creating a credit to be balanced.'],
    Rescinded: ['Total issuance was decreased by `amount`, creating a debt to be balanced.'],
    Locked: ['Some balance was locked.'],
    Unlocked: ['Some balance was unlocked.'],
    Frozen: ['Some balance was frozen.'],
    Thawed: ['Some balance was thawed.'],
  },
  errors: {
    VestingBalance: ['Vesting balance too high to send value.'],
    LiquidityRestrictions: ['Account liquidity restrictions prevent withdrawal.'],
    InsufficientBalance: ['Balance too low to send value.'],
    ExistentialDeposit: ['Value too low to create account due to existential deposit.'],
    Expendability: ['Transfer/payment would kill account.'],
    ExistingVestingSchedule: ['A vesting schedule already exists for this account.'],
    DeadAccount: ['Beneficiary account must pre-exist.'],
    TooManyReserves: ['Number of named reserves exceed `MaxReserves`.'],
    TooManyHolds: ['Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.'],
    TooManyFreezes: ['Number of freezes exceed `MaxFreezes`.'],
  },
  storage: {
    TotalIssuance: ['The total units issued in the system.'],
    InactiveIssuance: ['The total units of outstanding deactivated balance in the system.'],
    Account: ['The Balances pallet example of storing the balance of an account.'],
    Locks: [
      'Any liquidity locks on some account balances.',
      'NOTE: Should only be accessed when setting, changing and freeing a lock.',
    ],
    Reserves: ['Named reserves on some account balances.'],
    Holds: ['Holds on account balances.'],
    Freezes: ['Freeze locks on account balances.'],
  },
  constants: {
    ExistentialDeposit: ['The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!'],
    MaxLocks: [
      'The maximum number of locks that should exist on an account.',
      'Not strictly enforced, but used for weight estimation.',
    ],
    MaxReserves: ['The maximum number of named reserves that can exist on an account.'],
    MaxHolds: ['The maximum number of holds that can exist on an account at any time.'],
    MaxFreezes: ['The maximum number of individual freeze locks that can exist on an account at any time.'],
  },
};
