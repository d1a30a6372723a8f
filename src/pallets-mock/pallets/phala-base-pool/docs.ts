/**
 * Metadata documentation of PhalaBasePool: every call, event, error, storage item and constant,
 * from the doc comments of phala-blockchain runtime-release-v1270 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const PhalaBasePoolDocs: PalletDocs = {
  pallet: [
    'PhalaBasePool: the shares, delegation NFTs and withdraw queue that stake pools and vaults are built on.',
  ],
  calls: {
    add_staker_to_whitelist: ['Adds a staker accountid to contribution whitelist.'],
    set_pool_description: ['Adds a description to the pool'],
    remove_staker_from_whitelist: ['Removes a staker accountid to contribution whitelist.'],
    claim_reimbursement: [
      'Claims the reimbursement recorded for the caller in pool `pid` and pays it from the subsidy wallet to `target`.',
    ],
    set_reimbursements: [
      'Records reimbursements for (account, pid) pairs; with `add` they are added to what is recorded. MigrationAccountId only.',
    ],
  },
  events: {
    NftCreated: ['A Nft is created to contain pool shares'],
    WithdrawalQueued: ['A withdrawal request is inserted to a queue'],
    Withdrawal: ['Some stake was withdrawn from a pool'],
    PoolWhitelistCreated: ['A pool contribution whitelist is added'],
    PoolWhitelistDeleted: ['The pool contribution whitelist is deleted'],
    PoolWhitelistStakerAdded: ['A staker is added to the pool contribution whitelist'],
    PoolWhitelistStakerRemoved: ['A staker is removed from the pool contribution whitelist'],
  },
  errors: {
    MissCollectionId: ["basepool's collection_id isn't founded"],
    PoolBankrupt: ['The pool has already got all the stake completely slashed.'],
    InvalidShareToWithdraw: ['CheckSub less than zero, indicate share amount is invalid'],
    InvalidWithdrawalAmount: ['The withdrawal amount is too small (considered as dust)'],
    RmrkError: ['RMRK errors'],
    PoolDoesNotExist: ['The Specified pid does not match to any pool'],
    PoolTypeNotMatch: ["Tried to access a pool type that doesn't match the actual pool type in the storage."],
    NftIdNotFound: ['NftId does not match any nft'],
    InvalidSharePrice: ["Occurs when pool's shares is zero"],
    AttrLocked: ['Tried to get a `NftGuard` when the nft is locked. It indicates an internal error occured.'],
    UnauthorizedPoolOwner: ['The caller is not the owner of the pool'],
    AlreadyInContributeWhitelist: [
      'Can not add the staker to whitelist because the staker is already in whitelist.',
    ],
    NotInContributeWhitelist: [
      "Invalid staker to contribute because origin isn't in Pool's contribution whitelist.",
    ],
    ExceedWhitelistMaxLen: ['Too many stakers in contribution whitelist that exceed the limit'],
    NoWhitelistCreated: ["The pool hasn't have a whitelist created"],
    ExceedMaxDescriptionLen: ['Too long for pool description length'],
    NotMigrationRoot: ['Migration root not authorized'],
    BurnNftFailed: ['Burn nft failed'],
    DeprecatedTransferSharesAmountInvalid: ['Deprecated: not used any more.'],
    NoReimbursementToClaim: ['No reimbursement to claim'],
    InternalSubsidyPoolCannotWithdraw: ['The subsidy wallet cannot pay the reimbursement.'],
  },
  storage: {
    NextNftId: ['Mapping from the next self-increased nft ids to collections'],
    LockIterateStartPos: [
      'Where the last pass of the NFT lock clean-up stopped (unused since the clean-up finished).',
    ],
    PoolCount: ['The number of total pools'],
    PoolCollections: ['Mapping from collectionids to pids'],
    CollectionIndex: ['The Next available collectionid to be created'],
    Pools: ['Mapping from pids to pools (including stake pools and vaults)'],
    NftLocks: [
      'Delegation NFTs being changed by the current call (a re-entrancy guard, empty between calls).',
    ],
    PoolContributionWhitelists: ['Mapping for pools that specify certain stakers to contribute stakes'],
    PoolDescriptions: ['Mapping for pools that store their descriptions set by owner'],
    Reimbursements: ['Claimable reimbursement due to previous on-chain issues.'],
  },
};
