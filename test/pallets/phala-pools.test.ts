/**
 * PhalaBasePool / PhalaStakePoolv2 / PhalaVault / PhalaWrappedBalances: the Rust test scenarios of
 * phala-blockchain `pallets/phala/src/test.rs` (spec phala-pallets §9) with their numbers, run through
 * the scenario harness with the mock's parameters (score-1 workers, W-PHA min balance 1e8), plus share
 * price / NFT consistency, partial fulfilment of the withdraw queue, grace-period force withdrawal,
 * vault owner shares and W-PHA backing. Every successful call is followed by `tryState()`.
 */
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { PALLET_ID_ACCOUNT } from '../../src/pallets-mock/pallets/phala-base-pool/index.js';
import { WPHA_ACCOUNT } from '../../src/pallets-mock/pallets/phala-wrapped-balances/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { bdiv, fp, fromFixed, fromInt, sharePrice, toFixed } from '../../src/primitives/fixed.js';
import { permillMul } from '../../src/primitives/permill.js';
import {
  acct,
  block,
  COOL_DOWN,
  DOLLARS,
  err,
  mockRuntime,
  nfts,
  ok,
  pha,
  setupStakePool,
  setupVault,
  setupWorkers,
  stakePool,
  userShares,
  vault,
  workerKey,
  wpha,
} from './phala-pools-helpers.js';

const D = DOLLARS;
const wrap = (rt: Runtime, n: number, amount: bigint) =>
  ok(rt, acct(n), 'PhalaWrappedBalances.wrap', { amount });
const contribute = (rt: Runtime, n: number, pid: bigint, amount: bigint, asVault: bigint | null = null) =>
  ok(rt, acct(n), 'PhalaStakePoolv2.contribute', { pid, amount, as_vault: asVault });
const withdraw = (rt: Runtime, n: number, pid: bigint, shares: bigint, asVault: bigint | null = null) =>
  ok(rt, acct(n), 'PhalaStakePoolv2.withdraw', { pid, shares, as_vault: asVault });
const start = (rt: Runtime, pid: bigint, w: number, stake: bigint) =>
  ok(rt, acct(1), 'PhalaStakePoolv2.start_computing', { pid, worker: workerKey(w), stake });
const queued = (
  rt: Runtime,
  cid: bigint,
  queue: Array<{ user: string; nftId: bigint }>,
  user: string,
): bigint => {
  const item = queue.find((w) => w.user === user);
  if (!item) throw new Error(`no queued request of ${user}`);
  const nft = nfts(rt, cid).find(([id]) => id === item.nftId);
  return nft ? nft[2] : -1n;
};
const names = (rt: Runtime, pallets: string[]) =>
  rt
    .events()
    .filter((e) => pallets.includes(e.pallet))
    .map((e) => `${e.pallet}.${e.name}`);

describe('PhalaWrappedBalances (test_wrap / test_unwrap / test_unwrap_all)', () => {
  it('wraps and unwraps 1:1 against the wpha/ account', () => {
    const rt = mockRuntime();
    expect(WPHA_ACCOUNT).toBe(accountId(`0x777068612f${'00'.repeat(27)}`));
    wrap(rt, 1, 100n * D);
    expect(pha(rt, acct(1))).toBe(900n * D);
    expect(pha(rt, WPHA_ACCOUNT)).toBe(100n * D);
    expect(wpha(rt, acct(1))).toBe(100n * D);
    ok(rt, acct(1), 'PhalaWrappedBalances.unwrap', { amount: 50n * D });
    expect(pha(rt, acct(1))).toBe(950n * D);
    expect(pha(rt, WPHA_ACCOUNT)).toBe(50n * D);
    expect(wpha(rt, acct(1))).toBe(50n * D);
    err(
      rt,
      acct(1),
      'PhalaWrappedBalances.unwrap',
      { amount: 51n * D },
      'PhalaWrappedBalances.UnwrapAmountExceedsAvaliableStake',
    );
  });

  it('unwrap_all returns only the free W-PHA when the rest is delegated', () => {
    const rt = mockRuntime();
    wrap(rt, 1, 100n * D);
    const pid = setupStakePool(rt, 1, []);
    contribute(rt, 1, pid, 50n * D);
    ok(rt, acct(1), 'PhalaWrappedBalances.unwrap_all');
    expect(wpha(rt, acct(1))).toBe(0n);
    expect(pha(rt, acct(1))).toBe(950n * D);
    expect(pha(rt, WPHA_ACCOUNT)).toBe(50n * D);
  });

  it('a wrap below the W-PHA minimum mints nothing and is kept as unmintable dust', () => {
    const rt = mockRuntime();
    // The first wrap must still reach the PHA existential deposit of the wpha/ account.
    err(rt, acct(1), 'PhalaWrappedBalances.wrap', { amount: 50_000_000n }, 'Token.BelowMinimum');
    wrap(rt, 1, 100n * D);
    wrap(rt, 2, 50_000_000n);
    expect(wpha(rt, acct(2))).toBe(0n);
    expect(rt.query('PhalaWrappedBalances.UnmintableDust')).toBe(50_000_000n);
    expect(pha(rt, WPHA_ACCOUNT)).toBe(100n * D + 50_000_000n);
    // An existing W-PHA account may receive less than the minimum.
    wrap(rt, 1, 50_000_000n);
    expect(wpha(rt, acct(1))).toBe(100n * D + 50_000_000n);
  });

  it('genesis: W-PHA asset 10000, min balance 1e8, owned by wpha/', () => {
    const rt = mockRuntime();
    const asset = rt.query('Assets.Asset', 10000n) as {
      owner: string;
      minBalance: bigint;
      isSufficient: boolean;
    };
    expect(asset.owner).toBe(WPHA_ACCOUNT);
    expect(asset.minBalance).toBe(100_000_000n);
    expect(asset.isSufficient).toBe(true);
  });
});

describe('PhalaWrappedBalances voting (test_vote / test_unlock)', () => {
  const injectRef = async (rt: Runtime) => {
    const { injectReferendum } = await import('../../src/pallets-mock/pallets/democracy/index.js');
    return rt.kernel.enter(() =>
      rt.kernel.transactional(() =>
        injectReferendum(1000n, { type: 'Inline', value: '0x0000' }, 'SimpleMajority', 0n),
      ),
    );
  };
  const locked = (rt: Runtime, n: number) =>
    (rt.query('PhalaWrappedBalances.StakerAccounts', acct(n)) as { locked: bigint }).locked;

  it('records per-user splits, votes their sum, locks the max', async () => {
    const rt = mockRuntime();
    const r0 = await injectRef(rt);
    const r1 = await injectRef(rt);
    wrap(rt, 1, 100n * D);
    wrap(rt, 2, 100n * D);
    const vote = (n: number, aye: bigint, nay: bigint, id: bigint) =>
      ok(rt, acct(n), 'PhalaWrappedBalances.vote', { aye_amount: aye * D, nay_amount: nay * D, vote_id: id });
    err(
      rt,
      acct(1),
      'PhalaWrappedBalances.vote',
      { aye_amount: 90n * D, nay_amount: 90n * D, vote_id: r0 },
      'PhalaWrappedBalances.VoteAmountLargerThanTotalStakes',
    );
    vote(1, 20n, 10n, r0);
    expect(locked(rt, 1)).toBe(30n * D);
    vote(1, 40n, 20n, r1);
    expect(locked(rt, 1)).toBe(60n * D);
    vote(2, 20n, 30n, r0);
    const votes = rt.query('Democracy.VotingOf', WPHA_ACCOUNT) as {
      value: { votes: Array<[bigint, { type: string; value: { aye: bigint; nay: bigint } }]> };
    };
    expect(votes.value.votes[0]?.[1]).toEqual({ type: 'Split', value: { aye: 40n * D, nay: 40n * D } });
    vote(1, 5n, 10n, r1);
    expect(locked(rt, 1)).toBe(30n * D);
    // A locked user cannot unwrap below the lock.
    err(
      rt,
      acct(1),
      'PhalaWrappedBalances.unwrap',
      { amount: 71n * D },
      'PhalaWrappedBalances.UnwrapAmountExceedsAvaliableStake',
    );
    wrap(rt, 1, 890n * D - 1n);
    vote(1, 700n, 0n, r1);
  });

  it('unlock drains finished referenda max_iterations at a time', async () => {
    const rt = mockRuntime();
    const r0 = await injectRef(rt);
    wrap(rt, 1, 100n * D);
    wrap(rt, 2, 100n * D);
    for (const n of [1, 2])
      ok(rt, acct(n), 'PhalaWrappedBalances.vote', { aye_amount: 20n * D, nay_amount: 10n * D, vote_id: r0 });
    err(
      rt,
      acct(1),
      'PhalaWrappedBalances.unlock',
      { vote_id: r0, max_iterations: 1n },
      'PhalaWrappedBalances.ReferendumOngoing',
    );
    ok(rt, 'root', 'Democracy.cancel_referendum', { ref_index: r0 });
    err(
      rt,
      acct(1),
      'PhalaWrappedBalances.unlock',
      { vote_id: r0, max_iterations: 0n },
      'PhalaWrappedBalances.IterationsIsNotVaild',
    );
    ok(rt, acct(1), 'PhalaWrappedBalances.unlock', { vote_id: r0, max_iterations: 1n });
    expect([locked(rt, 1), locked(rt, 2)].sort()).toEqual([0n, 30n * D].sort());
    ok(rt, acct(1), 'PhalaWrappedBalances.unlock', { vote_id: r0, max_iterations: 2n });
    expect([locked(rt, 1), locked(rt, 2)]).toEqual([0n, 0n]);
  });
});

describe('contribution and shares (test_contribute, test_staker_whitelist)', () => {
  it('mints shares at price 1, merges NFTs, invests as a vault', () => {
    const rt = mockRuntime();
    for (const n of [1, 2]) wrap(rt, n, 500n * D);
    const pid = setupStakePool(rt, 1, []);
    contribute(rt, 1, pid, 50n * D);
    contribute(rt, 2, pid, 50n * D);
    contribute(rt, 1, pid, 30n * D);
    const p = stakePool(rt, pid);
    expect(p.basepool.cid).toBe(10000n);
    expect(userShares(rt, 10000n, acct(1))).toBe(80n * D);
    expect(userShares(rt, 10000n, acct(2))).toBe(50n * D);
    expect([p.basepool.totalShares, p.basepool.totalValue, wpha(rt, p.basepool.poolAccountId)]).toEqual([
      130n * D,
      130n * D,
      130n * D,
    ]);
    // NFT ids advance with every merge: 0 (acct1), 1 (acct2), 2 (acct1, merged) → 3.
    expect(nfts(rt, 10000n).map(([id]) => id)).toEqual([1n, 3n]);
    expect(rt.query('PhalaBasePool.NextNftId', 10000n)).toBe(4n);

    const vid = setupVault(rt, 1);
    expect(vid).toBe(1n);
    ok(rt, acct(2), 'PhalaVault.contribute', { pid: vid, amount: 200n * D });
    ok(rt, acct(1), 'PhalaStakePoolv2.contribute', { pid, amount: 100n * D, as_vault: vid });
    const p2 = stakePool(rt, pid);
    expect([p2.basepool.totalShares, p2.basepool.totalValue]).toEqual([230n * D, 230n * D]);
    expect(p2.basepool.valueSubscribers).toEqual([vid]);
    const v = vault(rt, vid);
    expect([v.basepool.totalShares, v.basepool.totalValue]).toEqual([200n * D, 200n * D]);
    expect(wpha(rt, v.basepool.poolAccountId)).toBe(100n * D);
    expect(v.investPools).toEqual([pid]);
    err(
      rt,
      acct(2),
      'PhalaStakePoolv2.contribute',
      { pid, amount: 50n * D, as_vault: vid },
      'PhalaStakePoolv2.UnauthorizedPoolOwner',
    );
    err(
      rt,
      acct(2),
      'PhalaStakePoolv2.contribute',
      { pid, amount: CENT - 1n, as_vault: null },
      'PhalaStakePoolv2.InsufficientContribution',
    );
    err(
      rt,
      acct(2),
      'PhalaStakePoolv2.contribute',
      { pid, amount: 301n * D, as_vault: null },
      'PhalaStakePoolv2.InsufficientBalance',
    );
  });

  it('whitelist restricts contributions until its last entry is removed', () => {
    const rt = mockRuntime();
    for (const n of [1, 2, 3]) wrap(rt, n, 500n * D);
    const pid = setupStakePool(rt, 1, []);
    ok(rt, acct(1), 'PhalaBasePool.add_staker_to_whitelist', { pid, staker: acct(2) });
    expect(names(rt, ['PhalaBasePool'])).toEqual([
      'PhalaBasePool.PoolWhitelistCreated',
      'PhalaBasePool.PoolWhitelistStakerAdded',
    ]);
    err(
      rt,
      acct(2),
      'PhalaBasePool.add_staker_to_whitelist',
      { pid, staker: acct(3) },
      'PhalaBasePool.UnauthorizedPoolOwner',
    );
    contribute(rt, 1, pid, 10n * D);
    contribute(rt, 2, pid, 10n * D);
    err(
      rt,
      acct(3),
      'PhalaStakePoolv2.contribute',
      { pid, amount: 10n * D, as_vault: null },
      'PhalaBasePool.NotInContributeWhitelist',
    );
    ok(rt, acct(1), 'PhalaBasePool.remove_staker_from_whitelist', { pid, staker: acct(2) });
    expect(rt.query('PhalaBasePool.PoolContributionWhitelists', pid)).toBeUndefined();
    contribute(rt, 3, pid, 10n * D);
    ok(rt, acct(1), 'PhalaBasePool.set_pool_description', { pid, description: '0x1234' });
    expect(rt.query('PhalaBasePool.PoolDescriptions', pid)).toBe('0x1234');
  });

  it('cap: set_cap below the value fails, a contribution over the cap fails', () => {
    const rt = mockRuntime();
    wrap(rt, 1, 500n * D);
    const pid = setupStakePool(rt, 1, []);
    contribute(rt, 1, pid, 100n * D);
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.set_cap',
      { pid, cap: 99n * D },
      'PhalaStakePoolv2.InadequateCapacity',
    );
    ok(rt, acct(1), 'PhalaStakePoolv2.set_cap', { pid, cap: 150n * D });
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.contribute',
      { pid, amount: 51n * D, as_vault: null },
      'PhalaStakePoolv2.StakeExceedsCapacity',
    );
    contribute(rt, 1, pid, 50n * D);
  });
});

const CENT = D / 100n;

describe('workers (test_start_computing, test_stop_computing, test_reclaim, restart, force unbind)', () => {
  it('start_computing limits and stop / reclaim', () => {
    const rt = mockRuntime();
    wrap(rt, 1, 500n * D);
    wrap(rt, 99, 30_000n * D);
    setupWorkers(rt, 1);
    const pid = setupStakePool(rt, 1, [1]);
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.start_computing',
      { pid, worker: workerKey(1), stake: 0n },
      'PhalaComputation.InsufficientStake',
    );
    contribute(rt, 99, pid, 30_000n * D);
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.start_computing',
      { pid, worker: workerKey(1), stake: 30_000n * D },
      'PhalaComputation.TooMuchStake',
    );
    err(
      rt,
      acct(2),
      'PhalaStakePoolv2.start_computing',
      { pid, worker: workerKey(1), stake: 100n * D },
      'PhalaStakePoolv2.UnauthorizedPoolOwner',
    );
    start(rt, pid, 1, 100n * D);
    expect(rt.query('PhalaComputation.OnlineWorkers')).toBe(1n);
    let p = stakePool(rt, pid);
    expect([wpha(rt, p.basepool.poolAccountId), wpha(rt, p.lockAccount)]).toEqual([29_900n * D, 100n * D]);
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.remove_worker',
      { pid, worker: workerKey(1) },
      'PhalaStakePoolv2.WorkerIsNotReady',
    );
    ok(rt, acct(1), 'PhalaStakePoolv2.stop_computing', { pid, worker: workerKey(1) });
    p = stakePool(rt, pid);
    expect(p.cdWorkers).toEqual([workerKey(1)]);
    expect(wpha(rt, p.lockAccount)).toBe(100n * D);
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.stop_computing',
      { pid, worker: workerKey(1) },
      'PhalaStakePoolv2.WorkerAlreadyStopped',
    );
    err(
      rt,
      acct(3),
      'PhalaStakePoolv2.reclaim_pool_worker',
      { pid, worker: workerKey(1) },
      'PhalaComputation.CoolDownNotReady',
    );
    rt.advanceTime(COOL_DOWN);
    ok(rt, acct(3), 'PhalaStakePoolv2.reclaim_pool_worker', { pid, worker: workerKey(1) });
    p = stakePool(rt, pid);
    expect([wpha(rt, p.basepool.poolAccountId), wpha(rt, p.lockAccount), p.cdWorkers.length]).toEqual([
      30_000n * D,
      0n,
      0,
    ]);
    ok(rt, acct(1), 'PhalaStakePoolv2.remove_worker', { pid, worker: workerKey(1) });
    expect(stakePool(rt, pid).workers).toEqual([]);
  });

  it('restart_computing needs more stake than it releases (restart_computing_should_work)', () => {
    const rt = mockRuntime();
    wrap(rt, 1, 500n * D);
    setupWorkers(rt, 1);
    const pid = setupStakePool(rt, 1, [1]);
    contribute(rt, 1, pid, 200n * D);
    start(rt, pid, 1, 150n * D);
    const restart = { pid, worker: workerKey(1) };
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.restart_computing',
      { ...restart, stake: 50n * D },
      'PhalaStakePoolv2.CannotRestartWithLessStake',
    );
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.restart_computing',
      { ...restart, stake: 150n * D },
      'PhalaStakePoolv2.CannotRestartWithLessStake',
    );
    ok(rt, acct(1), 'PhalaStakePoolv2.restart_computing', { ...restart, stake: 151n * D });
    expect(wpha(rt, stakePool(rt, pid).basepool.poolAccountId)).toBe(49n * D);
  });

  it('add_worker checks the operator, duplicates and binding', () => {
    const rt = mockRuntime();
    setupWorkers(rt, 2, true);
    ok(rt, acct(1), 'PhalaStakePoolv2.create');
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.add_worker',
      { pid: 0n, pubkey: workerKey(2) },
      'PhalaStakePoolv2.UnauthorizedOperator',
    );
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.add_worker',
      { pid: 0n, pubkey: workerKey(9) },
      'PhalaStakePoolv2.WorkerNotRegistered',
    );
    ok(rt, acct(1), 'PhalaStakePoolv2.add_worker', { pid: 0n, pubkey: workerKey(1) });
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.add_worker',
      { pid: 0n, pubkey: workerKey(1) },
      'PhalaStakePoolv2.WorkerExists',
    );
    ok(rt, acct(1), 'PhalaStakePoolv2.create');
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.add_worker',
      { pid: 1n, pubkey: workerKey(1) },
      'PhalaStakePoolv2.FailedToBindSessionAndWorker',
    );
  });
});

describe('rewards (test_on_reward_dust, test_claim_owner_rewards, vault commission)', () => {
  it('dust rewards are dismissed (reward 9 999 999 → 4 999 999 + 5 000 000)', () => {
    const rt = mockRuntime();
    wrap(rt, 1, 500n * D);
    setupWorkers(rt, 1);
    const pid = setupStakePool(rt, 1, [1]);
    ok(rt, acct(1), 'PhalaStakePoolv2.set_payout_pref', { pid, payout_commission: 500_000n });
    contribute(rt, 1, pid, 100n * D);
    start(rt, pid, 1, 100n * D);
    rt.events();
    const out = rt.offchain.settle({ worker: workerKey(1), payoutBits: fp('0.000010000000') });
    expect(out.ok).toBe(true);
    const pool = out.ok ? out.events.filter((e) => e.pallet === 'PhalaStakePoolv2') : [];
    expect(pool.map((e) => [e.name, e.fields.amount])).toEqual([
      ['RewardToOwnerDismissedDust', 4_999_999n],
      ['RewardToDistributionDismissedDust', 5_000_000n],
    ]);
    const p = stakePool(rt, pid);
    expect(wpha(rt, p.ownerRewardAccount)).toBe(0n);
    expect(wpha(rt, p.basepool.poolAccountId)).toBe(0n);
    expect(rt.query('PhalaWrappedBalances.UnmintableDust')).toBe(9_999_999n);
    rt.tryState();
  });

  it('owner commission is claimable; the rest raises the share price', () => {
    const rt = mockRuntime();
    wrap(rt, 1, 500n * D);
    wrap(rt, 2, 500n * D);
    setupWorkers(rt, 1);
    const pid = setupStakePool(rt, 1, [1]);
    ok(rt, acct(1), 'PhalaStakePoolv2.set_payout_pref', { pid, payout_commission: 500_000n });
    contribute(rt, 1, pid, 100n * D);
    contribute(rt, 2, pid, 400n * D);
    start(rt, pid, 1, 500n * D);
    expect(rt.offchain.settle({ worker: workerKey(1), payoutBits: fromInt(1000n) }).ok).toBe(true);
    rt.tryState();
    let p = stakePool(rt, pid);
    expect(wpha(rt, p.ownerRewardAccount)).toBe(500n * D);
    expect(p.basepool.totalValue).toBe(1000n * D);
    expect(p.basepool.totalShares).toBe(500n * D);
    err(
      rt,
      acct(2),
      'PhalaStakePoolv2.claim_owner_rewards',
      { pid, target: acct(2) },
      'PhalaStakePoolv2.UnauthorizedPoolOwner',
    );
    ok(rt, acct(1), 'PhalaStakePoolv2.claim_owner_rewards', { pid, target: acct(1) });
    p = stakePool(rt, pid);
    expect(wpha(rt, p.ownerRewardAccount)).toBe(0n);
    expect(wpha(rt, acct(1))).toBe(900n * D);
    err(
      rt,
      acct(1),
      'PhalaStakePoolv2.claim_owner_rewards',
      { pid, target: acct(1) },
      'PhalaStakePoolv2.NoRewardToClaim',
    );
    // A later contribution at price 2 mints half the shares.
    contribute(rt, 2, pid, 100n * D);
    expect(userShares(rt, p.basepool.cid, acct(2))).toBe(450n * D);
  });

  it('vault gets its pool share as book value; set_payout_pref settles at the old rate first', () => {
    const rt = mockRuntime();
    for (const n of [1, 2, 3]) wrap(rt, n, 500n * D);
    setupWorkers(rt, 1);
    const vid = setupVault(rt, 3);
    const pid = setupStakePool(rt, 1, [1]);
    ok(rt, acct(3), 'PhalaVault.contribute', { pid: vid, amount: 100n * D });
    contribute(rt, 3, pid, 100n * D, vid);
    start(rt, pid, 1, 100n * D);
    expect(rt.offchain.settle({ worker: workerKey(1), payoutBits: fromInt(100n) }).ok).toBe(true);
    const p = stakePool(rt, pid);
    expect(wpha(rt, p.basepool.poolAccountId)).toBe(100n * D);
    expect(p.basepool.totalValue).toBe(200n * D);
    let v = vault(rt, vid);
    expect([v.basepool.totalValue, v.basepool.totalShares]).toEqual([200n * D, 100n * D]);
    ok(rt, acct(3), 'PhalaVault.set_payout_pref', { pid: vid, payout_commission: 1_000_000n });
    ok(rt, acct(3), 'PhalaVault.maybe_gain_owner_shares', { vault_pid: vid });
    v = vault(rt, vid);
    expect(v.ownerShares).toBe(0n);
    expect(v.lastSharePriceCheckpoint).toBe(2n * D);
  });

  it('vault owner shares: docs example (5% of a 0.005 price rise) and claim_owner_shares', () => {
    const rt = mockRuntime();
    for (const n of [1, 2]) wrap(rt, n, 500n * D);
    setupWorkers(rt, 1);
    const vid = setupVault(rt, 2);
    const pid = setupStakePool(rt, 1, [1]);
    ok(rt, acct(2), 'PhalaVault.set_payout_pref', { pid: vid, payout_commission: 50_000n });
    ok(rt, acct(1), 'PhalaVault.contribute', { pid: vid, amount: 200n * D });
    contribute(rt, 2, pid, 200n * D, vid);
    start(rt, pid, 1, 200n * D);
    // +1 PHA to the pool → vault value 201, price 1.005, commission 5% of 0.005.
    expect(rt.offchain.settle({ worker: workerKey(1), payoutBits: fromInt(1n) }).ok).toBe(true);
    rt.events();
    ok(rt, acct(2), 'PhalaVault.maybe_gain_owner_shares', { vault_pid: vid });
    const gained = rt.events().find((e) => e.name === 'OwnerSharesGained');
    // cur = from_fixed(to_fixed(201) / to_fixed(200)) truncates to 1.004999999999;
    // new price = cur − 5% × (cur − 1) (round half down) = 1.004749999999.
    const cur = fromFixed(sharePrice(201n * D, 200n * D) as bigint);
    expect(cur).toBe(1_004_999_999_999n);
    const newPrice = cur - permillMul(50_000n, cur - D);
    expect(newPrice).toBe(1_004_749_999_999n);
    expect(gained?.fields.checkout_price).toBe(newPrice);
    const v = vault(rt, vid);
    expect(v.lastSharePriceCheckpoint).toBe(newPrice);
    // adjust = bdiv(201, 1.004749999999) − 200 (docs: ≈ +0.0498 shares on 200).
    expect(v.ownerShares).toBe(bdiv(201n * D, toFixed(newPrice)) - 200n * D);
    expect(v.ownerShares).toBe(gained?.fields.shares);
    expect(v.ownerShares > 49_700_000_000n && v.ownerShares < 49_800_000_000n).toBe(true);
    err(
      rt,
      acct(2),
      'PhalaVault.claim_owner_shares',
      { vault_pid: vid, target: acct(3), shares: v.ownerShares + 1n },
      'PhalaVault.NoEnoughShareToClaim',
    );
    ok(rt, acct(2), 'PhalaVault.claim_owner_shares', {
      vault_pid: vid,
      target: acct(3),
      shares: v.ownerShares,
    });
    expect(userShares(rt, v.basepool.cid, acct(3))).toBe(v.ownerShares);
    expect(vault(rt, vid).ownerShares).toBe(0n);
  });
});

describe('withdraw queue (test_withdraw)', () => {
  it('partial fulfilment, refills, vault queues and dust burns', () => {
    const rt = mockRuntime();
    wrap(rt, 1, 500n * D);
    wrap(rt, 2, 500n * D);
    wrap(rt, 3, 500n * D);
    wrap(rt, 99, 5000n * D);
    setupWorkers(rt, 2);
    const pid = setupStakePool(rt, 1, [1, 2]);
    contribute(rt, 2, pid, 300n * D);
    contribute(rt, 1, pid, 300n * D);
    contribute(rt, 3, pid, 300n * D);
    start(rt, pid, 1, 400n * D);
    start(rt, pid, 2, 300n * D);
    rt.events();
    // withdraw1: 200 paid, 100 queued.
    withdraw(rt, 2, pid, 300n * D);
    expect(names(rt, ['PhalaBasePool'])).toEqual([
      'PhalaBasePool.NftCreated',
      'PhalaBasePool.WithdrawalQueued',
      'PhalaBasePool.Withdrawal',
    ]);
    let p = stakePool(rt, pid);
    expect(queued(rt, 10000n, p.basepool.withdrawQueue, acct(2))).toBe(100n * D);
    expect(userShares(rt, 10000n, acct(2))).toBe(0n);
    expect(wpha(rt, acct(2))).toBe(400n * D);
    // withdraw2: a new contribution pays the queue.
    contribute(rt, 99, pid, 300n * D);
    p = stakePool(rt, pid);
    expect(p.basepool.withdrawQueue.length).toBe(0);
    expect(wpha(rt, acct(2))).toBe(500n * D);
    // withdraw3: paid from free stake at once.
    withdraw(rt, 1, pid, 200n * D);
    expect(wpha(rt, acct(1))).toBe(400n * D);
    expect(userShares(rt, 10000n, acct(1))).toBe(100n * D);
    // Vault 1: 300 + 300 in, 500 to pool 0.
    const v1 = setupVault(rt, 99);
    expect(v1).toBe(1n);
    ok(rt, acct(1), 'PhalaVault.contribute', { pid: v1, amount: 300n * D });
    ok(rt, acct(99), 'PhalaVault.contribute', { pid: v1, amount: 300n * D });
    contribute(rt, 99, pid, 500n * D, v1);
    // withdraw4: 100 paid from the vault's free stake, 100 queued.
    ok(rt, acct(1), 'PhalaVault.withdraw', { pid: v1, shares: 200n * D });
    let v = vault(rt, v1);
    expect(queued(rt, 10001n, v.basepool.withdrawQueue, acct(1))).toBe(100n * D);
    expect(userShares(rt, 10001n, acct(1))).toBe(100n * D);
    expect(wpha(rt, acct(1))).toBe(200n * D);
    // withdraw5
    withdraw(rt, 3, pid, 200n * D);
    p = stakePool(rt, pid);
    expect(wpha(rt, p.basepool.poolAccountId)).toBe(300n * D);
    // withdraw6: the vault asks 400, gets 300, 100 queued and 100 left.
    withdraw(rt, 99, pid, 400n * D, v1);
    p = stakePool(rt, pid);
    v = vault(rt, v1);
    expect(queued(rt, 10000n, p.basepool.withdrawQueue, v.basepool.poolAccountId)).toBe(100n * D);
    expect(userShares(rt, 10000n, v.basepool.poolAccountId)).toBe(100n * D);
    expect(wpha(rt, v.basepool.poolAccountId)).toBe(300n * D);
    // Vault 2: 300 + eps in; withdrawing eps burns it as dust (below the W-PHA minimum).
    const v2 = setupVault(rt, 99);
    ok(rt, acct(99), 'PhalaVault.contribute', { pid: v2, amount: 300_000_000_100_000n });
    rt.events();
    ok(rt, acct(99), 'PhalaVault.withdraw', { pid: v2, shares: 100_000n });
    const w7 = rt.events().filter((e) => e.pallet === 'PhalaBasePool');
    expect(w7.map((e) => e.name)).toEqual(['NftCreated', 'WithdrawalQueued', 'Withdrawal']);
    expect(w7[2]?.fields).toMatchObject({ pid: v2, amount: 0n, shares: 0n, burnt_shares: 100_000n });
    expect(vault(rt, v2).basepool.totalShares).toBe(300n * D);
    contribute(rt, 99, pid, 299_990_000_000_000n, v2);
    rt.events();
    // withdraw8: ~0.01 + eps PHA can be paid, the rest waits.
    ok(rt, acct(99), 'PhalaVault.withdraw', { pid: v2, shares: 300n * D });
    const w8 = rt.events().find((e) => e.pallet === 'PhalaBasePool' && e.name === 'Withdrawal');
    expect(w8?.fields).toMatchObject({ pid: v2, amount: 10_000_099_999n, shares: 10_000_099_996n });
    // withdraw9: vault 2's contribution lets vault 1 clear its queue.
    ok(rt, acct(4), 'PhalaVault.check_and_maybe_force_withdraw', { vault_pid: v1 });
    const w9 = rt.events().filter((e) => e.pallet === 'PhalaBasePool' && e.name === 'Withdrawal');
    expect(w9.map((e) => e.fields)).toEqual([
      { pid: v1, user: acct(1), amount: 100n * D, shares: 100n * D, burnt_shares: 0n },
    ]);
    err(
      rt,
      acct(2),
      'PhalaStakePoolv2.withdraw',
      { pid, shares: 1n * D, as_vault: null },
      'PhalaStakePoolv2.InvalidWithdrawalAmount',
    );
    err(
      rt,
      acct(5),
      'PhalaStakePoolv2.withdraw',
      { pid, shares: 1n * D, as_vault: null },
      'PhalaStakePoolv2.NoNftToWithdraw',
    );
    err(
      rt,
      acct(3),
      'PhalaStakePoolv2.withdraw',
      { pid, shares: 1000n, as_vault: null },
      'PhalaStakePoolv2.InvalidWithdrawalAmount',
    );
    block(rt, 2);
  });

  it('a second request replaces the first (shares back, timer reset, back of the queue)', () => {
    const rt = mockRuntime();
    for (const n of [1, 2, 3]) wrap(rt, n, 500n * D);
    setupWorkers(rt, 1);
    const pid = setupStakePool(rt, 1, [1]);
    contribute(rt, 2, pid, 100n * D);
    contribute(rt, 3, pid, 100n * D);
    start(rt, pid, 1, 200n * D);
    withdraw(rt, 2, pid, 50n * D);
    rt.advanceTime(100);
    withdraw(rt, 3, pid, 50n * D);
    rt.advanceTime(100);
    withdraw(rt, 2, pid, 80n * D);
    const p = stakePool(rt, pid);
    expect(p.basepool.withdrawQueue.map((w) => w.user)).toEqual([acct(3), acct(2)]);
    expect(queued(rt, p.basepool.cid, p.basepool.withdrawQueue, acct(2))).toBe(80n * D);
    expect(userShares(rt, p.basepool.cid, acct(2))).toBe(20n * D);
    expect(nfts(rt, p.basepool.cid).filter(([, o]) => o === PALLET_ID_ACCOUNT).length).toBe(2);
  });
});

describe('force withdrawal (test_check_and_maybe_force_withdraw, 3x grace period)', () => {
  it('stake pool: stops workers after the grace period; vault: shuts down and locks', () => {
    const rt = mockRuntime();
    for (const n of [1, 2, 3, 99]) wrap(rt, n, 500n * D);
    setupWorkers(rt, 2);
    const pid = setupStakePool(rt, 1, [1, 2]);
    contribute(rt, 2, pid, 300n * D);
    start(rt, pid, 1, 100n * D);
    start(rt, pid, 2, 100n * D);
    withdraw(rt, 2, pid, 300n * D);
    ok(rt, acct(1), 'PhalaStakePoolv2.stop_computing', { pid, worker: workerKey(1) });
    rt.advanceTime(864000);
    let p = stakePool(rt, pid);
    expect(wpha(rt, p.basepool.poolAccountId)).toBe(0n);
    expect(p.cdWorkers).toEqual([workerKey(1)]);
    ok(rt, acct(3), 'PhalaStakePoolv2.reclaim_pool_worker', { pid, worker: workerKey(1) });
    p = stakePool(rt, pid);
    expect(wpha(rt, p.basepool.poolAccountId)).toBe(0n);
    expect(p.cdWorkers).toEqual([]);
    expect(queued(rt, 10000n, p.basepool.withdrawQueue, acct(2))).toBe(100n * D);
    expect(userShares(rt, 10000n, acct(2))).toBe(0n);
    expect(wpha(rt, acct(2))).toBe(400n * D);
    ok(rt, acct(3), 'PhalaStakePoolv2.check_and_maybe_force_withdraw', { pid });
    expect(stakePool(rt, pid).cdWorkers).toEqual([workerKey(2)]);
    rt.advanceTime(864000);
    ok(rt, acct(3), 'PhalaStakePoolv2.reclaim_pool_worker', { pid, worker: workerKey(2) });

    const vid = setupVault(rt, 99);
    ok(rt, acct(3), 'PhalaVault.contribute', { pid: vid, amount: 400n * D });
    contribute(rt, 99, pid, 300n * D, vid);
    start(rt, pid, 1, 100n * D);
    start(rt, pid, 2, 100n * D);
    ok(rt, acct(3), 'PhalaVault.withdraw', { pid: vid, shares: 400n * D });
    withdraw(rt, 99, pid, 100n * D, vid);
    ok(rt, acct(4), 'PhalaVault.check_and_maybe_force_withdraw', { vault_pid: vid });
    let v = vault(rt, vid);
    expect(wpha(rt, v.basepool.poolAccountId)).toBe(0n);
    expect(queued(rt, v.basepool.cid, v.basepool.withdrawQueue, acct(3))).toBe(200n * D);
    expect(rt.query('PhalaVault.VaultLocks', vid)).toBeUndefined();
    rt.advanceTime(864000);
    ok(rt, acct(4), 'PhalaVault.check_and_maybe_force_withdraw', { vault_pid: vid });
    p = stakePool(rt, pid);
    v = vault(rt, vid);
    expect(queued(rt, 10000n, p.basepool.withdrawQueue, v.basepool.poolAccountId)).toBe(200n * D);
    expect(rt.query('PhalaVault.VaultLocks', vid)).toBeNull();
    err(
      rt,
      acct(99),
      'PhalaStakePoolv2.withdraw',
      { pid, shares: 100n * D, as_vault: vid },
      'PhalaStakePoolv2.VaultIsLocked',
    );
    ok(rt, acct(99), 'PhalaVault.contribute', { pid: vid, amount: 400n * D });
    ok(rt, acct(4), 'PhalaVault.check_and_maybe_force_withdraw', { vault_pid: vid });
    expect(rt.query('PhalaVault.VaultLocks', vid)).toBeUndefined();
    withdraw(rt, 99, pid, 100n * D, vid);
  });

  it('vault shuts down after 3× the grace period (Waiting3xGracePeriod)', () => {
    const rt = mockRuntime();
    wrap(rt, 1, 500n * D);
    setupWorkers(rt, 1);
    const pid = setupStakePool(rt, 1, [1]);
    const vid = setupVault(rt, 99);
    ok(rt, acct(1), 'PhalaVault.contribute', { pid: vid, amount: 200n * D });
    contribute(rt, 99, pid, 200n * D, vid);
    start(rt, pid, 1, 200n * D);
    ok(rt, acct(1), 'PhalaVault.withdraw', { pid: vid, shares: 200n * D });
    rt.advanceTime(3 * COOL_DOWN + 1);
    ok(rt, acct(1), 'PhalaVault.check_and_maybe_force_withdraw', { vault_pid: vid });
    expect(rt.query('PhalaVault.VaultLocks', vid)).toBeNull();
    const v = vault(rt, vid);
    const p = stakePool(rt, pid);
    expect(queued(rt, p.basepool.cid, p.basepool.withdrawQueue, v.basepool.poolAccountId)).toBe(200n * D);
    block(rt, 1);
  });
});

describe('delegation NFTs', () => {
  it('carry stake-info and createtime, stay locked and cannot be sent', () => {
    const rt = mockRuntime();
    wrap(rt, 1, 100n * D);
    const pid = setupStakePool(rt, 1, []);
    contribute(rt, 1, pid, 10n * D);
    const [[id]] = nfts(rt, 10000n) as [[bigint, string, bigint]];
    const createtime = rt.query(
      'RmrkCore.Properties',
      10000n,
      id,
      `0x${Buffer.from('createtime').toString('hex')}`,
    );
    const now = (rt.query('Timestamp.Now') as bigint) / 1000n;
    expect(Buffer.from(String(createtime).slice(2), 'hex').toString()).toBe(now.toString());
    expect(rt.query('RmrkCore.Lock', [10000n, id])).toBe(true);
    const info = rt.query('RmrkCore.Collections', 10000n) as { issuer: string; symbol: string };
    expect(info.issuer).toBe(PALLET_ID_ACCOUNT);
    expect(Buffer.from(info.symbol.slice(2), 'hex').toString()).toBe('STAKEPOOL-0');
    const out = rt.dispatch(acct(1), 'RmrkCore.send', {
      collection_id: 10000n,
      nft_id: id,
      new_owner: { type: 'AccountId', value: acct(2) },
    });
    expect(out.ok).toBe(false);
  });
});
