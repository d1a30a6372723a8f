/**
 * PhalaStakePoolv2 (Khala index 93, phala-blockchain `pallets/phala/src/compute/stake_pool_v2.rs`):
 * stake pools on top of PhalaBasePool (spec phala-pallets §4). A pool owns workers (bound to
 * per-worker session accounts `("spm/", blake2_256((pid, pubkey)))` in PhalaComputation), takes W-PHA
 * delegations (`contribute`, optionally as a vault the caller owns), stakes free W-PHA in workers
 * (moved to the pool's lock account `sl/…`), and receives the Gatekeeper payouts through `OnReward`:
 * the PHA leaves the subsidy wallet for the `wpha/` account, the owner's commission (Permill, round
 * half down) is minted as W-PHA to the owner-reward account `so/…` (claimed with
 * `claim_owner_rewards`), the rest is minted to the pool account and raises the share price. Withdraw
 * requests that free stake cannot pay wait in the queue; after the 7-day `GracePeriod` anyone may
 * call `check_and_maybe_force_withdraw`, which stops every computing worker; `reclaim_pool_worker`
 * returns the stake after the cool-down and pays the queue. Also cap, commission, whitelists (in
 * BasePool), `restart_computing`, force unbinding (`OnUnbound`).
 *
 * Semantics, calls, events and errors of the final Khala runtime (phala-blockchain runtime-release-v1270,
 * commit 7dd69475): the Aug-2023 migration calls 6 (`backfill_add_missing_reward`), 11
 * (`reset_iter_pos`) and 12 (`fix_missing_worker_lock`) are gone (reserved indices);
 * `StakepoolIterateStartPos` stays declared, unused. No deviation known.
 */

import { fromFixed } from '../../../primitives/fixed.js';
import { permillMul } from '../../../primitives/permill.js';
import { ensureSigned } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { encode, option, tuple, u32, u64, u128 } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, Permill } from '../../frame/types.js';
import { derivedAccount, type AccountId as Who } from '../../primitives/account.js';
import { transferAsset, WPHA_ASSET_ID } from '../assets/index.js';
import {
  balanceCloseToZero,
  contribute as baseContribute,
  consumeNewCid,
  consumeNewPid,
  distributeReward,
  ensureStakePool,
  ensureVault,
  freeStakes,
  getNftAttrGuard,
  hasExpiredWithdrawal,
  isNondustBalance,
  mergeNftForStaker,
  newBasePool,
  nowSecs,
  PALLET_ID_ACCOUNT,
  PoolCollections,
  Pools,
  putStakePool,
  putVault,
  readNftShares,
  type StakePoolValue,
  slash,
  tryProcessWithdrawQueue,
  tryWithdraw,
  wphaBalance,
} from '../phala-base-pool/index.js';
import {
  bind,
  isComputing,
  reclaim,
  Sessions,
  Stakes,
  startComputing,
  stopComputing,
  unbindSession,
  withdrawSubsidyPool,
} from '../phala-computation/index.js';
import { type SettleInfoValue, Sr25519Public } from '../phala-mq/types.js';
import { Workers } from '../phala-registry/storage.js';
import { VaultLocks } from '../phala-vault/storage.js';
import { maybeSubscribeToPool, mintWpha, WPHA_ACCOUNT } from '../phala-wrapped-balances/index.js';
import { createCollection } from '../rmrk-core/index.js';
import { PhalaStakePoolv2Docs } from './docs.js';

const CENTS = 10_000_000_000n;

// ---------------------------------------------------------------------------------------------------
// Accounts

/** `pool_sub_account`: ("spm/", blake2_256((pid, pubkey))) — the computing session of a worker. */
export const poolSubAccount = (pid: bigint, worker: string): Who =>
  derivedAccount('spm/', encode(tuple(u64, Sr25519Public), [pid, worker]));

/** `generate_owner_and_lock_account`: ("so/", h) and ("sl/", h) with h = blake2_256((pid, owner)). */
export function generateOwnerAndLockAccount(pid: bigint, owner: Who): { ownerReward: Who; lock: Who } {
  const enc = encode(tuple(u64, AccountId), [pid, owner]);
  return { ownerReward: derivedAccount('so/', enc), lock: derivedAccount('sl/', enc) };
}

// ---------------------------------------------------------------------------------------------------
// Storage, events, errors, constants

const S = storage('PhalaStakePoolv2');
export const LegacyRewards = S.map('LegacyRewards', [['Twox64Concat', tuple(AccountId, u64)]], u128);
export const WorkerAssignments = S.map('WorkerAssignments', [['Twox64Concat', Sr25519Public]], u64);
export const SubAccountAssignments = S.map('SubAccountAssignments', [['Twox64Concat', AccountId]], u64);
export const SubAccountPreimages = S.map(
  'SubAccountPreimages',
  [['Twox64Concat', AccountId]],
  tuple(u64, Sr25519Public),
);
export const StakepoolIterateStartPos = S.value('StakepoolIterateStartPos', option(u64), { default: null });

export const StakePoolEvents = events('PhalaStakePoolv2', 'phala_pallets::compute::stake_pool_v2', {
  PoolCreated: { owner: AccountId, pid: u64, cid: u32, pool_account_id: AccountId },
  PoolCommissionSet: { pid: u64, commission: u32 },
  PoolCapacitySet: { pid: u64, cap: u128 },
  PoolWorkerAdded: { pid: u64, worker: Sr25519Public, session: AccountId },
  Contribution: { pid: u64, user: AccountId, amount: u128, shares: u128, as_vault: option(u64) },
  OwnerRewardsWithdrawn: { pid: u64, user: AccountId, amount: u128 },
  PoolSlashed: { pid: u64, amount: u128 },
  SlashSettled: { pid: u64, user: AccountId, amount: u128 },
  RewardDismissedNotInPool: { worker: Sr25519Public, amount: u128 },
  RewardDismissedNoShare: { pid: u64, amount: u128 },
  RewardDismissedDust: { pid: u64, amount: u128 },
  PoolWorkerRemoved: { pid: u64, worker: Sr25519Public },
  WorkerReclaimed: { pid: u64, worker: Sr25519Public },
  RewardReceived: { pid: u64, to_owner: u128, to_stakers: u128 },
  WorkingStarted: { pid: u64, worker: Sr25519Public, amount: u128 },
  RewardToOwnerDismissedDust: { pid: u64, amount: u128 },
  RewardToDistributionDismissedDust: { pid: u64, amount: u128 },
});

export const StakePoolErrors = errors('PhalaStakePoolv2', 'phala_pallets::compute::stake_pool_v2', [
  'WorkerNotRegistered',
  'BenchmarkMissing',
  'WorkerExists',
  'WorkerAlreadyStopped',
  'WorkerDoesNotExist',
  'WorkerInAnotherPool',
  'UnauthorizedOperator',
  'UnauthorizedPoolOwner',
  'InadequateCapacity',
  'StakeExceedsCapacity',
  'PoolDoesNotExist',
  '_PoolIsBusy',
  'InsufficientContribution',
  'NoNftToWithdraw',
  'InsufficientBalance',
  'PoolStakeNotFound',
  'InsufficientFreeStake',
  'InvalidWithdrawalAmount',
  'FailedToBindSessionAndWorker',
  'InternalSubsidyPoolCannotWithdraw',
  'PoolBankrupt',
  'NoRewardToClaim',
  'FeatureNotEnabled',
  'WorkersExceedLimit',
  'CannotRestartWithLessStake',
  'InvalidForceRewardAmount',
  'WithdrawQueueNotEmpty',
  'MissingCollectionId',
  'VaultIsLocked',
  'SessionDoesNotExist',
  'WorkerIsNotReady',
  'LockAccountStakeError',
  'NoLegacyRewardToClaim',
] as const);
const fail = StakePoolErrors.fail;

export const StakePoolConstants = constants('PhalaStakePoolv2', {
  MinContribution: { codec: u128, value: CENTS },
  GracePeriod: { codec: u64, value: 7n * 24n * 3600n },
  MaxPoolWorkers: { codec: u32, value: 200n },
});

// ---------------------------------------------------------------------------------------------------
// Pool logic

function ownedStakePool(owner: Who, pid: bigint): StakePoolValue {
  const pool = ensureStakePool(pid);
  if (pool.basepool.owner !== owner) throw fail('UnauthorizedPoolOwner');
  return pool;
}

/** `do_start_computing`: stakes free W-PHA of the pool in a worker. */
export function doStartComputing(owner: Who, pid: bigint, worker: string, stake: bigint): void {
  const pool = ownedStakePool(owner, pid);
  if (freeStakes(pool.basepool) < stake) throw fail('InsufficientFreeStake');
  if (!pool.workers.includes(worker)) throw fail('WorkerDoesNotExist');
  startComputing(poolSubAccount(pid, worker), stake);
  transferAsset(WPHA_ASSET_ID, pool.basepool.poolAccountId, pool.lockAccount, stake, false);
  putStakePool(pool);
  StakePoolEvents.emit('WorkingStarted', { pid, worker, amount: stake });
}

/** `do_stop_computing`: the worker enters cool-down and joins `cd_workers`. */
export function doStopComputing(owner: Who, pid: bigint, worker: string): void {
  const pool = ownedStakePool(owner, pid);
  if (!pool.workers.includes(worker)) throw fail('WorkerDoesNotExist');
  if (pool.cdWorkers.includes(worker)) throw fail('WorkerAlreadyStopped');
  stopComputing(poolSubAccount(pid, worker));
  pool.cdWorkers.push(worker);
  putStakePool(pool);
}

/** `handle_reclaim`: the stake returns from the lock account; the queue is processed. */
function handleReclaim(pid: bigint, origStake: bigint, slashed: bigint): void {
  const pool = ensureStakePool(pid);
  const returned = origStake - slashed;
  if (slashed !== 0n) {
    slash(pool.basepool, slashed);
    StakePoolEvents.emit('PoolSlashed', { pid, amount: slashed });
  }
  transferAsset(WPHA_ASSET_ID, pool.lockAccount, pool.basepool.poolAccountId, returned, false);
  tryProcessWithdrawQueue(pool.basepool);
  putStakePool(pool);
}

/** `do_reclaim`: computation reclaim (CoolDownNotReady unless `checkCooldown` is false), stake back. */
function doReclaim(pid: bigint, session: Who, worker: string, checkCooldown: boolean): [bigint, bigint] {
  const { origStake, slashed } = reclaim(session, checkCooldown);
  handleReclaim(pid, origStake, slashed);
  StakePoolEvents.emit('WorkerReclaimed', { pid, worker });
  const pool = ensureStakePool(pid);
  pool.cdWorkers = pool.cdWorkers.filter((w) => w !== worker);
  putStakePool(pool);
  return [origStake, slashed];
}

/** `remove_worker_from_pool`: drops the assignment and the pool's worker entry. */
function removeWorkerFromPool(worker: string): void {
  const pid = WorkerAssignments.tryGet(worker);
  if (pid === undefined) throw new Error('Worker must be in a pool; qed.');
  WorkerAssignments.remove(worker);
  const proxy = Pools.tryGet(pid);
  if (proxy?.type === 'StakePool') {
    proxy.value.workers = proxy.value.workers.filter((w) => w !== worker);
    Pools.set(pid, proxy);
    StakePoolEvents.emit('PoolWorkerRemoved', { pid, worker });
  }
}

/** `handle_pool_new_reward`: subsidy → wpha/ backing, owner commission, distribution to the pool. */
function handlePoolNewReward(pool: StakePoolValue, rewards: bigint): void {
  const pid = pool.basepool.pid;
  if (rewards === 0n) return;
  if (balanceCloseToZero(rewards)) {
    StakePoolEvents.emit('RewardDismissedDust', { pid, amount: rewards });
    return;
  }
  if (balanceCloseToZero(pool.basepool.totalShares)) {
    StakePoolEvents.emit('RewardDismissedNoShare', { pid, amount: rewards });
    return;
  }
  withdrawSubsidyPool(WPHA_ACCOUNT, rewards);
  const commission = permillMul(pool.payoutCommission ?? 0n, rewards);
  const ownerMinted = mintWpha(pool.ownerRewardAccount, commission);
  if (!ownerMinted) StakePoolEvents.emit('RewardToOwnerDismissedDust', { pid, amount: commission });
  const toDistribute = rewards - commission;
  const minted = mintWpha(pool.basepool.poolAccountId, toDistribute);
  let distributed = false;
  if (minted && isNondustBalance(toDistribute)) {
    distributeReward(pool.basepool, toDistribute);
    distributed = true;
  } else if (toDistribute > 0n) {
    StakePoolEvents.emit('RewardToDistributionDismissedDust', { pid, amount: toDistribute });
  }
  if (distributed || ownerMinted)
    StakePoolEvents.emit('RewardReceived', { pid, to_owner: commission, to_stakers: toDistribute });
}

/**
 * `OnReward::on_reward`: each settlement's payout (U64F64 bits) goes to the worker's pool, in order. The
 * runtime reads and writes the pool around each settlement; here a pool is decoded at its first settlement
 * of the batch and written once after its last (a 200-worker pool is ~6.6 kB to decode and encode). Same
 * state and events: nothing a settlement does reads the stake pool back from storage (the vaults that
 * `distribute_reward` credits are read and written at once, as before).
 */
export function onReward(settle: SettleInfoValue[]): void {
  const touched = new Map<bigint, StakePoolValue>();
  for (const info of settle) {
    const reward = fromFixed(info.payout);
    const pid = WorkerAssignments.tryGet(info.pubkey);
    if (pid === undefined) {
      StakePoolEvents.emit('RewardDismissedNotInPool', { worker: info.pubkey, amount: reward });
      continue;
    }
    let pool = touched.get(pid);
    if (!pool) {
      pool = ensureStakePool(pid);
      touched.set(pid, pool);
    }
    handlePoolNewReward(pool, reward);
  }
  for (const pool of touched.values()) putStakePool(pool);
}

/** `OnUnbound::on_unbound`: a force-unbound worker leaves its pool (not added to cd_workers). */
export function onUnbound(worker: string, _force: boolean): void {
  removeWorkerFromPool(worker);
}

/** `withdraw` (call 10) for `who`, also used by the vault's forced shutdown. */
export function doWithdraw(origin: Who, pid: bigint, shares: bigint, asVault: bigint | null): void {
  let who = origin;
  if (asVault !== null) {
    const vault = ensureVault(asVault);
    if (VaultLocks.contains(asVault)) throw fail('VaultIsLocked');
    if (who !== vault.basepool.owner) throw fail('UnauthorizedPoolOwner');
    who = vault.basepool.poolAccountId;
  }
  const pool = ensureStakePool(pid);
  const nftId = mergeNftForStaker(pool.basepool.cid, who, pid);
  if (nftId === null) throw fail('NoNftToWithdraw');
  const guard = getNftAttrGuard(pool.basepool.cid, nftId);
  const queued = pool.basepool.withdrawQueue.find((w) => w.user === who);
  const inQueue = queued ? readNftShares(pool.basepool.cid, queued.nftId) : 0n;
  if (!(isNondustBalance(shares) && shares <= guard.attr.shares + inQueue))
    throw fail('InvalidWithdrawalAmount');
  tryWithdraw(pool.basepool, guard.attr, who, shares, nftId, asVault);
  guard.save();
  mergeNftForStaker(pool.basepool.cid, who, pid);
  putStakePool(pool);
}

// ---------------------------------------------------------------------------------------------------
// Declaration

const W = Sr25519Public;

export const PhalaStakePoolv2: PalletDecl = {
  docs: PhalaStakePoolv2Docs,
  name: 'PhalaStakePoolv2',
  crate: 'phala_pallets::compute::stake_pool_v2',
  index: 93,
  storage: S.items,
  events: StakePoolEvents,
  errors: StakePoolErrors,
  constants: StakePoolConstants,
  calls: {
    create: call(0, {}, (origin) => {
      const owner = ensureSigned(origin);
      const pid = consumeNewPid();
      const cid = consumeNewCid();
      createCollection(PALLET_ID_ACCOUNT, cid, '0x', null, `STAKEPOOL-${pid}`);
      const basepool = newBasePool(pid, owner, cid);
      const { ownerReward, lock } = generateOwnerAndLockAccount(pid, owner);
      putStakePool({
        basepool,
        payoutCommission: null,
        cap: null,
        workers: [],
        cdWorkers: [],
        lockAccount: lock,
        ownerRewardAccount: ownerReward,
      });
      PoolCollections.set(cid, pid);
      StakePoolEvents.emit('PoolCreated', { owner, pid, cid, pool_account_id: basepool.poolAccountId });
    }),
    add_worker: call(1, { pid: u64, pubkey: W }, (origin, { pid, pubkey }) => {
      const owner = ensureSigned(origin);
      const info = Workers.tryGet(pubkey);
      if (!info) throw fail('WorkerNotRegistered');
      if (info.operator !== owner) throw fail('UnauthorizedOperator');
      if (info.initialScore === null) throw fail('BenchmarkMissing');
      const pool = ownedStakePool(owner, pid);
      if (pool.workers.includes(pubkey)) throw fail('WorkerExists');
      if (BigInt(pool.workers.length) >= StakePoolConstants.get('MaxPoolWorkers'))
        throw fail('WorkersExceedLimit');
      const session = poolSubAccount(pid, pubkey);
      try {
        bind(session, pubkey);
      } catch {
        throw fail('FailedToBindSessionAndWorker');
      }
      SubAccountPreimages.set(session, [pid, pubkey]);
      pool.workers.push(pubkey);
      putStakePool(pool);
      WorkerAssignments.set(pubkey, pid);
      StakePoolEvents.emit('PoolWorkerAdded', { pid, worker: pubkey, session });
    }),
    remove_worker: call(2, { pid: u64, worker: W }, (origin, { pid, worker }) => {
      const who = ensureSigned(origin);
      ownedStakePool(who, pid);
      const lookup = WorkerAssignments.tryGet(worker);
      if (lookup === undefined) throw fail('WorkerDoesNotExist');
      if (lookup !== pid) throw fail('WorkerInAnotherPool');
      const session = poolSubAccount(pid, worker);
      const info = Sessions.tryGet(session);
      if (!info) throw fail('SessionDoesNotExist');
      if (info.state.type !== 'Ready') throw fail('WorkerIsNotReady');
      unbindSession(session, false);
      removeWorkerFromPool(worker);
    }),
    set_cap: call(3, { pid: u64, cap: u128 }, (origin, { pid, cap }) => {
      const pool = ownedStakePool(ensureSigned(origin), pid);
      if (pool.basepool.totalValue > cap) throw fail('InadequateCapacity');
      pool.cap = cap;
      putStakePool(pool);
      StakePoolEvents.emit('PoolCapacitySet', { pid, cap });
    }),
    set_payout_pref: call(
      4,
      { pid: u64, payout_commission: option(Permill) },
      (origin, { pid, payout_commission }) => {
        const pool = ownedStakePool(ensureSigned(origin), pid);
        pool.payoutCommission = payout_commission;
        putStakePool(pool);
        StakePoolEvents.emit('PoolCommissionSet', { pid, commission: payout_commission ?? 0n });
      },
    ),
    claim_legacy_rewards: call(5, { pid: u64, target: AccountId }, (origin, { pid, target }) => {
      const who = ensureSigned(origin);
      const rewards = LegacyRewards.tryGet([who, pid]);
      if (rewards === undefined) throw fail('NoLegacyRewardToClaim');
      LegacyRewards.remove([who, pid]);
      try {
        withdrawSubsidyPool(target, rewards);
      } catch {
        throw fail('InternalSubsidyPoolCannotWithdraw');
      }
    }),
    claim_owner_rewards: call(7, { pid: u64, target: AccountId }, (origin, { pid, target }) => {
      const who = ensureSigned(origin);
      const pool = ensureStakePool(pid);
      if (who !== pool.basepool.owner) throw fail('UnauthorizedPoolOwner');
      const rewards = wphaBalance(pool.ownerRewardAccount);
      if (rewards === 0n) throw fail('NoRewardToClaim');
      transferAsset(WPHA_ASSET_ID, pool.ownerRewardAccount, target, rewards, false);
      StakePoolEvents.emit('OwnerRewardsWithdrawn', { pid, user: who, amount: rewards });
    }),
    check_and_maybe_force_withdraw: call(8, { pid: u64 }, (origin, { pid }) => {
      ensureSigned(origin);
      const now = nowSecs();
      const pool = ensureStakePool(pid);
      tryProcessWithdrawQueue(pool.basepool);
      let releasing = 0n;
      for (const w of pool.cdWorkers) {
        const stake = Stakes.tryGet(poolSubAccount(pid, w));
        if (stake === undefined) throw new Error('workers have no stakes recorded; qed.');
        releasing += stake;
      }
      putStakePool(pool);
      if (hasExpiredWithdrawal(pool.basepool, now, StakePoolConstants.get('GracePeriod'), null, releasing)) {
        for (const w of pool.workers) {
          const info = Sessions.tryGet(poolSubAccount(pid, w));
          if (!info || !isComputing(info.state.type)) continue;
          if (!pool.cdWorkers.includes(w)) doStopComputing(pool.basepool.owner, pid, w);
        }
      }
    }),
    contribute: call(
      9,
      { pid: u64, amount: u128, as_vault: option(u64) },
      (origin, { pid, amount, as_vault }) => {
        let who = ensureSigned(origin);
        let vault: ReturnType<typeof ensureVault> | null = null;
        if (as_vault !== null) {
          const v = ensureVault(as_vault);
          if (VaultLocks.contains(as_vault)) throw fail('VaultIsLocked');
          if (who !== v.basepool.owner) throw fail('UnauthorizedPoolOwner');
          who = v.basepool.poolAccountId;
          vault = v;
        }
        const pool = ensureStakePool(pid);
        if (amount < StakePoolConstants.get('MinContribution')) throw fail('InsufficientContribution');
        const free = vault ? freeStakes(vault.basepool) : wphaBalance(who);
        if (free < amount) throw fail('InsufficientBalance');
        const shares = baseContribute(pool.basepool, who, amount);
        if (vault && as_vault !== null) {
          if (!vault.investPools.includes(pid)) vault.investPools.push(pid);
          putVault(vault);
          if (!pool.basepool.valueSubscribers.includes(as_vault))
            pool.basepool.valueSubscribers.push(as_vault);
        }
        tryProcessWithdrawQueue(pool.basepool);
        if (pool.cap !== null && pool.basepool.totalValue > pool.cap) throw fail('StakeExceedsCapacity');
        putStakePool(pool);
        mergeNftForStaker(pool.basepool.cid, who, pid);
        if (as_vault === null) maybeSubscribeToPool(who, pid, pool.basepool.cid);
        StakePoolEvents.emit('Contribution', { pid, user: who, amount, shares, as_vault });
      },
    ),
    withdraw: call(
      10,
      { pid: u64, shares: u128, as_vault: option(u64) },
      (origin, { pid, shares, as_vault }) => doWithdraw(ensureSigned(origin), pid, shares, as_vault),
    ),
    start_computing: call(13, { pid: u64, worker: W, stake: u128 }, (origin, { pid, worker, stake }) =>
      doStartComputing(ensureSigned(origin), pid, worker, stake),
    ),
    stop_computing: call(14, { pid: u64, worker: W }, (origin, { pid, worker }) =>
      doStopComputing(ensureSigned(origin), pid, worker),
    ),
    reclaim_pool_worker: call(15, { pid: u64, worker: W }, (origin, { pid, worker }) => {
      ensureSigned(origin);
      ensureStakePool(pid);
      doReclaim(pid, poolSubAccount(pid, worker), worker, true);
    }),
    restart_computing: call(17, { pid: u64, worker: W, stake: u128 }, (origin, { pid, worker, stake }) => {
      const owner = ensureSigned(origin);
      const pool = ensureStakePool(pid);
      if (pool.basepool.withdrawQueue.length > 0) throw fail('WithdrawQueueNotEmpty');
      doStopComputing(owner, pid, worker);
      const [orig, slashed] = doReclaim(pid, poolSubAccount(pid, worker), worker, false);
      if (!(stake > orig - slashed)) throw fail('CannotRestartWithLessStake');
      doStartComputing(owner, pid, worker, stake);
    }),
  },
  invariants: {
    /** Assignments and pool worker lists agree; the lock account covers the stakes of the pool's sessions. */
    workersConsistent() {
      for (const [[pid], proxy] of Pools.entries()) {
        if (proxy.type !== 'StakePool') continue;
        const p = proxy.value;
        for (const w of p.workers)
          if (WorkerAssignments.tryGet(w) !== pid)
            throw new Error(`pool ${pid}: worker ${w} is not assigned to it`);
        // Every session the pool ever bound (force-unbound ones keep their stake until reclaimed).
        let staked = 0n;
        for (const [[session], [owner]] of SubAccountPreimages.entries())
          if (owner === pid) staked += Stakes.tryGet(session) ?? 0n;
        const locked = wphaBalance(p.lockAccount);
        if (locked !== staked)
          throw new Error(`pool ${pid}: lock account holds ${locked}, workers stake ${staked}`);
      }
      for (const [[w], pid] of WorkerAssignments.entries()) {
        const proxy = Pools.tryGet(pid);
        if (proxy?.type !== 'StakePool' || !proxy.value.workers.includes(w))
          throw new Error(`worker ${w} is assigned to pool ${pid}, which does not list it`);
      }
    },
  },
};
