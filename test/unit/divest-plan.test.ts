/**
 * The vault owner's withdrawal of the vault's stake from a stake pool by amount (src/vault/manager/
 * divest-plan.ts) against the pallet itself: a vault invests in a stake pool whose share price rewards
 * moved, its owner types an amount up to the vault's position, and the real
 * `PhalaStakePoolv2.withdraw(pid, shares, Some(vault))` is dispatched with the planned shares. The request
 * is worth at least the amount typed in the chain's own arithmetic (`bmul` at the share price), with the
 * fewest such shares; the whole position withdraws every share; a request paid at once pays the vault the
 * planned value to the planck.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type PoolSummary, sharesToValue } from '../../src/api/pools/pool-model.js';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { fromInt } from '../../src/primitives/fixed.js';
import { planDivest } from '../../src/vault/manager/divest-plan.js';
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

interface Built {
  pool: bigint;
  vid: bigint;
  vaultAccount: string;
}

/** Vault `vid` (owner acct1) invests `invest` PHA in stake pool `pool`, then rewards move the pool's price. */
function build(rt: Runtime, invest: bigint, rewards: readonly bigint[]): Built {
  ok(rt, acct(2), 'PhalaWrappedBalances.wrap', { amount: 1500n * D });
  ok(rt, acct(99), 'PhalaWrappedBalances.wrap', { amount: 5000n * D });
  setupWorkers(rt, 1);
  const pool = setupStakePool(rt, 1, [1]);
  const vid = setupVault(rt, 1);
  ok(rt, acct(2), 'PhalaVault.contribute', { pid: vid, amount: 1500n * D });
  ok(rt, acct(99), 'PhalaStakePoolv2.contribute', { pid: pool, amount: 3000n * D, as_vault: null });
  ok(rt, acct(1), 'PhalaStakePoolv2.contribute', { pid: pool, amount: invest * D, as_vault: vid });
  ok(rt, acct(1), 'PhalaStakePoolv2.start_computing', { pid: pool, worker: workerKey(1), stake: 1400n * D });
  for (const r of rewards)
    rt.offchain.settle({ worker: workerKey(1), payoutBits: fromInt(r) + 12345n, treasuryBits: 0n });
  return { pool, vid, vaultAccount: vault(rt, vid).basepool.poolAccountId };
}

const totals = (rt: Runtime, pool: bigint): Totals => {
  const b = stakePool(rt, pool).basepool;
  return { totalShares: b.totalShares, totalValue: b.totalValue };
};

/** The vault's position in the pool: its NFTs there, valued as the dApp values them. */
function position(rt: Runtime, b: Built): { shares: bigint; value: bigint } {
  const cid = stakePool(rt, b.pool).basepool.cid;
  const shares = nfts(rt, cid)
    .filter(([, owner]) => owner === b.vaultAccount)
    .reduce((s, [, , x]) => s + x, 0n);
  return { shares, value: sharesToValue(totals(rt, b.pool), shares) };
}

/** Dispatches the divest; returns what the vault was paid at once, or undefined when a request was queued. */
function divest(rt: Runtime, b: Built, shares: bigint): bigint | undefined {
  const before = wpha(rt, b.vaultAccount);
  ok(rt, acct(1), 'PhalaStakePoolv2.withdraw', { pid: b.pool, shares, as_vault: b.vid });
  const queued = stakePool(rt, b.pool).basepool.withdrawQueue.some((w) => w.user === b.vaultAccount);
  return queued ? undefined : wpha(rt, b.vaultAccount) - before;
}

describe('a vault owner’s withdrawal by amount is worth at least the amount typed', () => {
  it('pays 200 PHA, not a planck less, when 200 is typed at a share price the rewards moved', () => {
    const rt = mockRuntime();
    const b = build(rt, 1000n, [50n, 7n, 13n]);
    const t = totals(rt, b.pool);
    const pos = position(rt, b);
    // shares truncated from the amount (the old conversion) are worth less than typed on chain
    const truncated = (200n * D * t.totalShares) / t.totalValue;
    expect(chainShareValue(t, truncated)).toBeLessThan(200n * D);

    const plan = planDivest(t, 200n * D, pos);
    if (!plan.ok) throw new Error(plan.problem);
    expect(plan.value).toBe(chainShareValue(t, plan.shares));
    expect(plan.value >= 200n * D).toBe(true);
    expect(chainShareValue(t, plan.shares - 1n)).toBeLessThan(200n * D);
    expect(divest(rt, b, plan.shares)).toBe(plan.value);
  });

  it('refuses nothing typed and more than the position, and withdraws every share for the whole position', () => {
    const rt = mockRuntime();
    const b = build(rt, 1000n, [50n, 7n, 13n]);
    const t = totals(rt, b.pool);
    const pos = position(rt, b);
    expect(planDivest(t, undefined, pos)).toEqual({ ok: false, problem: 'check.amount' });
    expect(planDivest(t, 0n, pos)).toEqual({ ok: false, problem: 'check.amount' });
    expect(planDivest(t, pos.value + 1n, pos)).toEqual({
      ok: false,
      problem: 'check.position',
      value: pos.value,
    });
    expect(planDivest(t, 1n, undefined)).toEqual({ ok: false, problem: 'check.position', value: 0n });
    const all = planDivest(t, pos.value, pos);
    expect(all).toEqual({ ok: true, shares: pos.shares, value: chainShareValue(t, pos.shares) });
  });

  it('across random investments, rewards and amounts, as the pallet withdraws it', () => {
    let paid = 0;
    fc.assert(
      fc.property(
        fc.bigInt(100n, 1500n),
        fc.array(fc.bigInt(1n, 40n), { minLength: 1, maxLength: 3 }),
        fc.oneof(fc.bigInt(1n, 1500n * D), fc.constant(-1n)),
        (invest, rewards, typed) => {
          const rt = mockRuntime();
          const b = build(rt, invest, rewards);
          const t = totals(rt, b.pool);
          const pos = position(rt, b);
          const amount = typed < 0n ? pos.value : typed;
          if (amount > pos.value) return;
          const plan = planDivest(t, amount, pos);
          if (!plan.ok) throw new Error(plan.problem);
          if (plan.shares <= 1000n) return; // the pallet refuses dust requests
          expect(plan.shares <= pos.shares).toBe(true);
          expect(plan.value).toBe(chainShareValue(t, plan.shares));
          if (amount === pos.value) expect(plan.shares).toBe(pos.shares);
          else {
            expect(plan.value >= amount).toBe(true);
            expect(chainShareValue(t, plan.shares - 1n) < amount).toBe(true);
          }
          const got = divest(rt, b, plan.shares);
          if (got !== undefined) {
            expect(got).toBe(plan.value);
            paid++;
          }
        },
      ),
      { numRuns: 40, seed: 2026 },
    );
    expect(paid).toBeGreaterThan(0);
  });
});
