/**
 * Metadata documentation of PhalaVault: every call, event, error, storage item and constant,
 * from the doc comments of phala-blockchain runtime-release-v1270 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const PhalaVaultDocs: PalletDocs = {
  pallet: [
    'PhalaVault: vaults that pool delegations and invest them in stake pools, with an owner commission.',
  ],
  calls: {
    create: ['Creates a new vault'],
    set_payout_pref: ['Changes the vault commission rate'],
    claim_owner_shares: ['Transfers some owner shares wrapped in a nft to the assigned account'],
    maybe_gain_owner_shares: ['Tries to settle owner shares if the vault profits'],
    check_and_maybe_force_withdraw: [
      'Let any user to launch a vault withdraw. Then check if the vault need to be forced withdraw all its contributions.',
    ],
    contribute: ['Contributes some stake to a vault'],
    withdraw: ['Demands the return of some stake from a pool.'],
  },
  events: {
    PoolCreated: ['A vault is created by `owner`'],
    VaultCommissionSet: ['The commission of a vault is updated'],
    OwnerSharesClaimed: [
      'Owner shares is claimed by pool owner',
      'Affected states:',
      '- the shares related fields in [`Pools`]',
      '- the nft related storages in rmrk and pallet unique',
    ],
    OwnerSharesGained: ['Additional owner shares are mint into the pool'],
    Contribution: ['Someone contributed to a vault'],
    ForceShutdown: [
      'A vault was shut down: all its shares in stake pools are being withdrawn and it is locked until its withdraw queue is paid. `reason` says why.',
    ],
  },
  errors: {
    UnauthorizedPoolOwner: ['The caller is not the owner of the pool'],
    NoEnoughShareToClaim: ['The withdrawal amount is too small or too large'],
    NoRewardToClaim: ['The vault have no owner shares to claim'],
    AssetAccountNotExist: ["The asset account hasn't been created. It indicates an internal error."],
    InsufficientBalance: ['Trying to contribute more than the available balance'],
    InsufficientContribution: ['The contributed stake is smaller than the minimum threshold'],
    VaultBankrupt: ['The Vault was bankrupt; cannot interact with it unless all the shares are withdrawn.'],
    NoNftToWithdraw: ['The caller has no nft to withdraw'],
    CommissionNotChanged: ['The commission is not changed'],
  },
  storage: {
    VaultLocks: ['Mapping from the vault pid to its owner authority locking status'],
  },
  constants: {
    InitialPriceCheckPoint: ['The share price checkpoint a new vault starts with (1 PHA per share).'],
    VaultQueuePeriod: [
      'How long a vault withdrawal may wait before the vault can be forced to shut down (21 days).',
    ],
  },
};
