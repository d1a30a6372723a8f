/**
 * Withdrawing by amount (src/api/pools/withdraw-plan.ts) against the pallet itself: random stake pools
 * and vaults are built through the scenario harness (contributions, a computing worker, rewards moving
 * the share price, a vault's commission minting owner shares), a delegator types an amount up to its
 * holding, and the real `withdraw` is dispatched with the planned shares. The request is worth at least
 * what was typed, in the chain's own arithmetic (`bmul` at the share price), with the fewest such shares;
 * the whole holding (what Max types) withdraws every share and never more; a fully paid request pays the
 * planned value to the planck. A holding's value (`sharesToValue`, as the pages show it) is what withdrawing
 * all of it pays, so Max withdraws exactly the value shown.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PoolSummary, sharesToValue } from '../../src/api/pools/pool-model.js';
import { planWithdrawal } from '../../src/api/pools/withdraw-plan.js';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { fromInt } from '../../src/primitives/fixed.js';
import { pendingOwnerShares } from '../../src/primitives/vault-owner-shares.js';
import { formatPha, formatPhaExact } from '../../src/ui/format.js';
import {
  acct,
  chainShareValue,
  DOLLARS,
  mockRuntime,
  nfts,
  ok,
  setupStakePool,
  setupVault,
  setupWorkers,
  stakePool,
  vault,
  workerKey,
  wpha,
} from '../pallets/phala-pools-helpers.js';

const D = DOLLARS;
type Totals = Pick<PoolSummary, 'totalShares' | 'totalValue'>;

/** The totals the dApp reads (a vault's count with the owner shares its next call mints, as decodePoolProxy). */
function totals(rt: Runtime, pid: bigint, isVault: boolean): Totals {
  if (!isVault) {
    const b = stakePool(rt, pid).basepool;
    return { totalShares: b.totalShares, totalValue: b.totalValue };
  }
  const v = vault(rt, pid);
  const b = v.basepool;
  const pending = pendingOwnerShares(
    b.totalValue,
    b.totalShares,
    v.lastSharePriceCheckpoint,
    BigInt(v.commission ?? 0),
  );
  return { totalShares: b.totalShares + pending, totalValue: b.totalValue };
}

const cidOf = (rt: Runtime, pid: bigint, isVault: boolean): bigint =>
  isVault ? vault(rt, pid).basepool.cid : stakePool(rt, pid).basepool.cid;

const heldShares = (rt: Runtime, cid: bigint, who: string): bigint =>
  nfts(rt, cid)
    .filter(([, owner]) => owner === who)
    .reduce((s, [, , x]) => s + x, 0n);

/** A pool (or a vault investing in one) whose price moved: returns the pool to withdraw from. */
function build(
  rt: Runtime,
  s: {
    isVault: boolean;
    contributions: Array<{ user: number; amount: bigint }>;
    stake: bigint | undefined;
    rewards: bigint[];
    commission: number;
  },
): bigint {
  for (const n of [2, 3, 4, 5]) ok(rt, acct(n), 'PhalaWrappedBalances.wrap', { amount: 900n * D });
  ok(rt, acct(99), 'PhalaWrappedBalances.wrap', { amount: 5000n * D });
  setupWorkers(rt, 1);
  const pool = setupStakePool(rt, 1, [1]);
  const vid = s.isVault ? setupVault(rt, 1) : undefined;
  if (vid !== undefined && s.commission > 0)
    ok(rt, acct(1), 'PhalaVault.set_payout_pref', { pid: vid, payout_commission: s.commission });
  for (const c of s.contributions)
    if (vid === undefined)
      ok(rt, acct(c.user), 'PhalaStakePoolv2.contribute', {
        pid: pool,
        amount: c.amount * D,
        as_vault: null,
      });
    else ok(rt, acct(c.user), 'PhalaVault.contribute', { pid: vid, amount: c.amount * D });
  if (vid !== undefined) {
    // the vault invests half its value; another delegator keeps the pool above the minimum stake
    const invest = vault(rt, vid).basepool.totalValue / 2n;
    ok(rt, acct(1), 'PhalaStakePoolv2.contribute', { pid: pool, amount: invest, as_vault: vid });
    ok(rt, acct(99), 'PhalaStakePoolv2.contribute', { pid: pool, amount: 500n * D, as_vault: null });
  }
  const total = stakePool(rt, pool).basepool.totalValue;
  if (s.stake !== undefined && s.stake * D <= total)
    ok(rt, acct(1), 'PhalaStakePoolv2.start_computing', {
      pid: pool,
      worker: workerKey(1),
      stake: s.stake * D,
    });
  for (const r of s.rewards)
    rt.offchain.settle({ worker: workerKey(1), payoutBits: fromInt(r) + 12345n, treasuryBits: 0n });
  return vid ?? pool;
}

const scenario = fc.record({
  isVault: fc.boolean(),
  contributions: fc.array(fc.record({ user: fc.integer({ min: 2, max: 5 }), amount: fc.bigInt(1n, 300n) }), {
    minLength: 1,
    maxLength: 5,
  }),
  stake: fc.option(fc.bigInt(100n, 400n), { nil: undefined }),
  rewards: fc.array(fc.bigInt(1n, 40n), { minLength: 1, maxLength: 3 }),
  commission: fc.constantFrom(0, 100_000, 333_333),
  who: fc.integer({ min: 2, max: 5 }),
  /** The typed amount: a whole number of PHA, any planck amount, or the whole holding (Max). */
  amount: fc.oneof(
    fc.record({ kind: fc.constant('pha' as const), n: fc.bigInt(1n, 300n) }),
    fc.record({ kind: fc.constant('planck' as const), n: fc.bigInt(1n, 300n * D) }),
    fc.record({ kind: fc.constant('max' as const), n: fc.constant(0n) }),
  ),
});

describe('withdrawing by amount: the request is worth at least the amount typed', () => {
  it('is 200.0000 PHA, not 199.9999, when 200 is typed at a share price of 3070/3000', () => {
    const pool = { totalShares: 3000n * D, totalValue: 3070n * D };
    const plan = planWithdrawal('200', 'amount', pool, 3000n * D, 'en');
    expect(plan.problem).toBeUndefined();
    expect(plan.value).toBe(200n * D);
    expect(plan.value).toBe(chainShareValue(pool, plan.shares ?? 0n));
    expect(formatPha(plan.value ?? 0n, 'en')).toBe('200.0000');
    // the fewest such shares: one share fewer is worth less than 200 PHA
    expect(chainShareValue(pool, (plan.shares ?? 0n) - 1n)).toBeLessThan(200n * D);
    // the whole holding is every share, never more: worth 3,069.999999999999 PHA as the chain pays it
    const whole = sharesToValue(pool, 3000n * D);
    expect(whole).toBe(3070n * D - 1n);
    expect(planWithdrawal(formatPhaExact(whole, 'en'), 'amount', pool, 3000n * D, 'en').shares).toBe(
      3000n * D,
    );
  });

  it('values a holding as withdrawing all of it pays, so Max withdraws the value shown', () => {
    // 200 PHA withdrawn at 3070/3000 leaves the only delegator 2,870 PHA by the plain ratio
    const before = { totalShares: 3000n * D, totalValue: 3070n * D };
    const withdrawn = planWithdrawal('200', 'amount', before, 3000n * D, 'en').shares ?? 0n;
    const after = { totalShares: before.totalShares - withdrawn, totalValue: 2870n * D };
    const shown = sharesToValue(after, after.totalShares);
    expect(shown).toBe(chainShareValue(after, after.totalShares));
    expect(shown).toBeLessThan(2870n * D);
    const max = planWithdrawal(formatPhaExact(shown, 'en'), 'amount', after, after.totalShares, 'en');
    expect(max).toEqual({ shares: after.totalShares, value: shown });
    expect(formatPha(max.value ?? 0n, 'en')).toBe(formatPha(shown, 'en'));
  });

  it('across random stake pools and vaults, as the pallet withdraws it', () => {
    let paidInFull = 0;
    let vaults = 0;
    let whole = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const rt = mockRuntime([
          [acct(4), 1000n * D],
          [acct(5), 1000n * D],
        ]);
        const pid = build(rt, s);
        const who = acct(s.who);
        const cid = cidOf(rt, pid, s.isVault);
        const held = heldShares(rt, cid, who);
        if (held === 0n) return;
        const t = totals(rt, pid, s.isVault);
        const heldValue = sharesToValue(t, held);
        // a holding is worth what withdrawing all of it pays
        expect(heldValue).toBe(chainShareValue(t, held));
        const typed =
          s.amount.kind === 'max' ? heldValue : s.amount.kind === 'pha' ? s.amount.n * D : s.amount.n;
        if (typed === 0n || typed > heldValue) return;
        const plan = planWithdrawal(formatPhaExact(typed, 'en'), 'amount', t, held, 'en');
        const shares = plan.shares ?? 0n;
        if (shares <= 1000n) return; // the pallet refuses dust requests
        expect(plan.problem).toBeUndefined();
        expect(shares <= held).toBe(true);
        // the value shown and labelled is the chain's value of the shares
        expect(plan.value).toBe(chainShareValue(t, shares));
        if (shares < held) {
          // at least what was typed, with the fewest shares that are
          expect((plan.value ?? 0n) >= typed).toBe(true);
          expect(chainShareValue(t, shares - 1n) < typed).toBe(true);
        }
        if (typed === heldValue) {
          expect(shares).toBe(held);
          whole++;
        }
        const before = wpha(rt, who);
        if (s.isVault) {
          vaults++;
          ok(rt, who, 'PhalaVault.withdraw', { pid, shares });
        } else ok(rt, who, 'PhalaStakePoolv2.withdraw', { pid, shares, as_vault: null });
        const queued = (s.isVault ? vault(rt, pid) : stakePool(rt, pid)).basepool.withdrawQueue.some(
          (w) => w.user === who,
        );
        if (!queued && heldShares(rt, cid, who) === held - shares) {
          // paid in full at once: the chain paid exactly the planned value
          expect(wpha(rt, who) - before).toBe(plan.value);
          paidInFull++;
        }
      }),
      { numRuns: 80, seed: 2026 },
    );
    expect(paidInFull).toBeGreaterThan(0);
    expect(vaults).toBeGreaterThan(0);
    expect(whole).toBeGreaterThan(0);
  });
});
