/**
 * The withdraw preview (src/api/pools/withdraw-preview.ts) against the pallet itself: random pool states
 * are built through the scenario harness (contributions, a computing worker taking part of the stake,
 * rewards moving the share price, earlier withdrawals queued, repeated requests by the same account),
 * then the preview is computed from the state as the dApp reads it and the real `withdraw` is
 * dispatched: the W-PHA paid to the account equals `paidNow`, the shares its request keeps in the queue
 * equal `queuedShares`, and paidNow + queued + forfeited = requested, to the planck.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewWithdraw, queueCoverage } from '../../src/api/pools/withdraw-preview.js';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { fromInt } from '../../src/primitives/fixed.js';
import {
  acct,
  DOLLARS,
  mockRuntime,
  nfts,
  ok,
  setupStakePool,
  setupWorkers,
  stakePool,
  WPHA,
  workerKey,
  wpha,
} from '../pallets/phala-pools-helpers.js';

const D = DOLLARS;

function read(rt: Runtime, pid: bigint) {
  const p = stakePool(rt, pid).basepool;
  const shares = new Map(nfts(rt, p.cid).map(([id, , s]) => [id, s]));
  return {
    totalValue: p.totalValue,
    totalShares: p.totalShares,
    freeStake: wpha(rt, p.poolAccountId),
    queue: p.withdrawQueue.map((w) => ({ user: w.user, shares: shares.get(w.nftId) ?? 0n })),
  };
}

const heldShares = (rt: Runtime, pid: bigint, who: string): bigint => {
  const cid = stakePool(rt, pid).basepool.cid;
  return nfts(rt, cid)
    .filter(([, owner]) => owner === who)
    .reduce((s, [, , x]) => s + x, 0n);
};

const scenario = fc.record({
  contributions: fc.array(fc.record({ user: fc.integer({ min: 2, max: 5 }), amount: fc.bigInt(1n, 300n) }), {
    minLength: 1,
    maxLength: 6,
  }),
  stake: fc.option(fc.bigInt(100n, 400n), { nil: undefined }),
  rewards: fc.array(fc.bigInt(1n, 40n), { maxLength: 3 }),
  earlier: fc.array(
    fc.record({ user: fc.integer({ min: 2, max: 5 }), part: fc.integer({ min: 1, max: 100 }) }),
    {
      maxLength: 4,
    },
  ),
  who: fc.integer({ min: 2, max: 5 }),
  part: fc.integer({ min: 1, max: 100 }),
});

describe('withdraw preview = what the pallet pays and queues', () => {
  it('across random queue states', () => {
    let partial = 0;
    let queuedCases = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const rt = mockRuntime([
          [acct(4), 1000n * D],
          [acct(5), 1000n * D],
        ]);
        for (const n of [2, 3, 4, 5]) ok(rt, acct(n), 'PhalaWrappedBalances.wrap', { amount: 900n * D });
        setupWorkers(rt, 1);
        const pid = setupStakePool(rt, 1, [1]);
        for (const c of s.contributions)
          ok(rt, acct(c.user), 'PhalaStakePoolv2.contribute', { pid, amount: c.amount * D, as_vault: null });
        const total = stakePool(rt, pid).basepool.totalValue;
        if (s.stake !== undefined && s.stake * D <= total)
          ok(rt, acct(1), 'PhalaStakePoolv2.start_computing', {
            pid,
            worker: workerKey(1),
            stake: s.stake * D,
          });
        for (const r of s.rewards)
          rt.offchain.settle({ worker: workerKey(1), payoutBits: fromInt(r) + 12345n, treasuryBits: 0n });
        for (const e of s.earlier) {
          const held = heldShares(rt, pid, acct(e.user));
          const shares = (held * BigInt(e.part)) / 100n;
          if (shares > 1000n)
            rt.dispatch(acct(e.user), 'PhalaStakePoolv2.withdraw', { pid, shares, as_vault: null });
        }
        const who = acct(s.who);
        const held = heldShares(rt, pid, who);
        const shares = (held * BigInt(s.part)) / 100n;
        if (shares <= 1000n) return;
        const state = read(rt, pid);
        const wphaMin = (rt.query('Assets.Asset', WPHA) as { minBalance: bigint }).minBalance;
        const preview = previewWithdraw(state, who, shares, wphaMin);
        if (!preview) throw new Error('a pool with shares has a price');
        expect(preview.paidNow + preview.queued + preview.forfeited).toBe(preview.requested);
        expect(preview.queued >= 0n && preview.forfeited >= 0n).toBe(true);
        const before = wpha(rt, who);
        ok(rt, who, 'PhalaStakePoolv2.withdraw', { pid, shares, as_vault: null });
        const after = read(rt, pid);
        expect(wpha(rt, who) - before).toBe(preview.paidNow);
        const mine = after.queue.filter((w) => w.user === who);
        expect(mine.reduce((x, w) => x + w.shares, 0n)).toBe(preview.queuedShares);
        // a request that leaves the queue loses at most dust; one that stays owes what is not paid
        if (preview.queuedShares === 0n) expect(preview.forfeited <= wphaMin).toBe(true);
        if (preview.paidNow > 0n && preview.queuedShares > 0n) partial++;
        if (preview.queuedShares > 0n) queuedCases++;
        // the coverage of the queue the pool now has never exceeds its free stake
        expect(queueCoverage(after, wphaMin).coveredValue <= after.freeStake).toBe(true);
      }),
      { numRuns: 60, seed: 14 },
    );
    // the random states reach the interesting cases
    expect(queuedCases).toBeGreaterThan(0);
    expect(partial).toBeGreaterThan(0);
  });
});
