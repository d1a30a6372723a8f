/**
 * Metadata documentation of PhalaStakePoolv2: every call, event, error, storage item and constant,
 * from the doc comments of phala-blockchain runtime-release-v1270 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const PhalaStakePoolv2Docs: PalletDocs = {
  pallet: ['PhalaStakePoolv2: stake pools that run workers with delegated W-PHA and share their rewards.'],
  calls: {
    create: ['Creates a new stake pool'],
    add_worker: ['Adds a worker to a pool'],
    remove_worker: ['Removes a worker from a pool'],
    set_cap: ['Sets the hard cap of the pool'],
    set_payout_pref: ['Changes the pool commission rate'],
    claim_legacy_rewards: [
      'Claims the rewards left from the stake pool v1 migration and sends them to `target`.',
    ],
    claim_owner_rewards: ["Claims pool-owner's pending rewards of the sender and send to the `target`"],
    check_and_maybe_force_withdraw: [
      'Let any user to launch a stakepool withdraw. Then check if the pool need to be forced shutdown.',
    ],
    contribute: ['Contributes some stake to a stakepool'],
    withdraw: ['Demands the return of some stake from a pool.'],
    start_computing: ['Starts a worker on behalf of the stake pool'],
    stop_computing: [
      'Stops a worker on behalf of the stake pool',
      'Note: this would let worker enter CoolingDown if everything is good',
    ],
    reclaim_pool_worker: ['Reclaims the releasing stake of a worker in a pool.'],
    restart_computing: ['Restarts the worker with a higher stake'],
  },
  events: {
    PoolCreated: ['A stake pool is created by `owner`'],
    PoolCommissionSet: ['The commission of a pool is updated'],
    PoolCapacitySet: ['The stake capacity of the pool is updated'],
    PoolWorkerAdded: ['A worker is added to the pool'],
    Contribution: ['Someone contributed to a pool'],
    OwnerRewardsWithdrawn: ['Owner rewards were withdrawn by pool owner'],
    PoolSlashed: ['The pool received a slash event from one of its workers (currently disabled)'],
    SlashSettled: ['Some slash is actually settled to a contributor (currently disabled)'],
    RewardDismissedNotInPool: ['Some reward is dismissed because the worker is no longer bound to a pool'],
    RewardDismissedNoShare: ["Some reward is dismissed because the pool doesn't have any share"],
    RewardDismissedDust: ['Some reward is dismissed because the amount is too tiny (dust)'],
    PoolWorkerRemoved: ['A worker is removed from a pool.'],
    WorkerReclaimed: ['A worker is reclaimed from the pool'],
    RewardReceived: ['The amount of reward that distributed to owner and stakers'],
    WorkingStarted: ['The amount of stakes for a worker to start computing'],
    RewardToOwnerDismissedDust: [
      'Some to-distribute reward is dismissed because the amount is too tiny (dust)',
    ],
    RewardToDistributionDismissedDust: [
      'Some to-distribute reward is dismissed because the amount is too tiny (dust)',
    ],
  },
  errors: {
    WorkerNotRegistered: ['The worker is not registered in the registry when adding to the pool'],
    BenchmarkMissing: ["The worker doesn't have a valid benchmark when adding to the pool"],
    WorkerExists: ['The worker is already added to the pool'],
    WorkerAlreadyStopped: ['The worker is already in cd_workers'],
    WorkerDoesNotExist: ['The target worker is not in the pool'],
    WorkerInAnotherPool: ['The worker is already added to another pool'],
    UnauthorizedOperator: ["The owner of the pool doesn't have the access to the worker"],
    UnauthorizedPoolOwner: ['The caller is not the owner of the pool'],
    InadequateCapacity: ['The stake capacity is set too low to cover the existing stake'],
    StakeExceedsCapacity: ['The stake added to a pool exceeds its capacity'],
    PoolDoesNotExist: ["The specified pool doesn't exist"],
    _PoolIsBusy: ['Deprecated: not used any more.'],
    InsufficientContribution: ['The contributed stake is smaller than the minimum threshold'],
    NoNftToWithdraw: ['The caller has no nft to withdraw'],
    InsufficientBalance: ['Trying to contribute more than the available balance'],
    PoolStakeNotFound: ["The user doesn't have stake in a pool"],
    InsufficientFreeStake: ["Cannot start computing because there's no enough free stake"],
    InvalidWithdrawalAmount: ['The withdrawal amount is too small (considered as dust)'],
    FailedToBindSessionAndWorker: ["Couldn't bind worker and the pool computing subaccount"],
    InternalSubsidyPoolCannotWithdraw: [
      'Internal error: Cannot withdraw from the subsidy pool. This should never happen.',
    ],
    PoolBankrupt: ['The pool has already got all the stake completely slashed.'],
    NoRewardToClaim: ["There's no pending reward to claim"],
    FeatureNotEnabled: ['The StakePool is not enabled yet.'],
    WorkersExceedLimit: ['Failed to add a worker because the number of the workers exceeds the upper limit.'],
    CannotRestartWithLessStake: ['Restarted with a less stake is not allowed in the tokenomic.'],
    InvalidForceRewardAmount: ['Invalid amount of balance input when force reward.'],
    WithdrawQueueNotEmpty: ["Withdraw queue is not empty so that we can't restart computing"],
    MissingCollectionId: ["Stakepool's collection_id isn't founded"],
    VaultIsLocked: ['Vault is forced locked for it has some expired withdrawal'],
    SessionDoesNotExist: ['The target miner is not in the \t`miner` storage'],
    WorkerIsNotReady: ['The target worker is not reclaimed and can not be removed from a pool.'],
    LockAccountStakeError: ["The pool's lock account holds more W-PHA than its workers' stakes."],
    NoLegacyRewardToClaim: ['There is no legacy reward to claim.'],
  },
  storage: {
    LegacyRewards: ['Rewards left from the stake pool v1 migration, per (account, pid).'],
    WorkerAssignments: ['Mapping from workers to the pool they belong to'],
    SubAccountAssignments: ['(Deprecated)'],
    SubAccountPreimages: [
      'Helper storage to track the preimage of the computing sub-accounts. Not used in consensus.',
    ],
    StakepoolIterateStartPos: [
      'Where the last migration pass over the pools stopped (unused since the migration finished).',
    ],
  },
  constants: {
    MinContribution: ['The smallest contribution accepted by a pool or vault.'],
    GracePeriod: ['The grace period for force withdraw request, in seconds.'],
    MaxPoolWorkers: ['The max allowed workers in a pool'],
  },
};
