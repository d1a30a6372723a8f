/**
 * Random sequences of wrap / contribute / withdraw / reward / stop / reclaim / force-withdraw over two
 * stake pools and a vault (deterministic PRNG). After every step the pallets' invariants must hold
 * (shares = NFT shares + owner shares, stake-pool value backed by free + staked W-PHA, W-PHA backed by
 * the wpha/ account, queue well formed), and PHA is conserved: total issuance never changes and
 * subsidy + treasury + everything else adds up.
 */
import { describe, expect, it } from 'vitest';
import { fromInt } from '../../src/pallets-mock/primitives/fixed.js';
import {
  acct,
  DOLLARS,
  mockRuntime,
  setupStakePool,
  setupVault,
  setupWorkers,
  stakePool,
  workerKey,
} from './phala-pools-helpers.js';

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s;
  };
}

describe('pool pallets under random operations', () => {
  it('keep their invariants for 1500 steps', () => {
    const rt = mockRuntime();
    const next = prng(42);
    const users = [1, 2, 3];
    for (const n of users)
      expect(rt.dispatch(acct(n), 'PhalaWrappedBalances.wrap', { amount: 800n * DOLLARS }).ok).toBe(true);
    expect(rt.dispatch(acct(99), 'PhalaWrappedBalances.wrap', { amount: 10_000n * DOLLARS }).ok).toBe(true);
    setupWorkers(rt, 4);
    const pools = [setupStakePool(rt, 1, [1, 2]), setupStakePool(rt, 1, [3, 4])];
    const vid = setupVault(rt, 99);
    const issuance = rt.query('Balances.TotalIssuance') as bigint;
    let okCount = 0;
    for (let step = 0; step < 1500; step++) {
      const r = next();
      const pool = pools[r % 2] as bigint;
      const user = users[(r >>> 3) % 3] as number;
      const amount = BigInt((r >>> 8) % 200) * DOLLARS + BigInt(r % 1000);
      const w = (r % 2) * 2 + 1 + ((r >>> 5) % 2);
      let out: { ok: boolean } = { ok: true };
      switch ((r >>> 16) % 10) {
        case 0:
        case 1:
          out = rt.dispatch(acct(user), 'PhalaStakePoolv2.contribute', { pid: pool, amount, as_vault: null });
          break;
        case 2:
          out = rt.dispatch(acct(user), 'PhalaStakePoolv2.withdraw', {
            pid: pool,
            shares: amount,
            as_vault: null,
          });
          break;
        case 3:
          out = rt.dispatch(acct(user), 'PhalaVault.contribute', { pid: vid, amount });
          if ((r >>> 12) % 2)
            rt.dispatch(acct(99), 'PhalaStakePoolv2.contribute', { pid: pool, amount, as_vault: vid });
          else
            rt.dispatch(acct(99), 'PhalaStakePoolv2.withdraw', { pid: pool, shares: amount, as_vault: vid });
          break;
        case 4:
          out = rt.dispatch(acct(user), 'PhalaVault.withdraw', { pid: vid, shares: amount });
          break;
        case 5: {
          const free = stakePool(rt, pool).basepool.poolAccountId;
          void free;
          out = rt.dispatch(acct(1), 'PhalaStakePoolv2.start_computing', {
            pid: pool,
            worker: workerKey(w),
            stake: 100n * DOLLARS + amount,
          });
          break;
        }
        case 6:
          out = rt.offchain.settle({ worker: workerKey(w), payoutBits: fromInt(BigInt(r % 50)) + BigInt(r) });
          break;
        case 7:
          out = rt.dispatch(acct(1), 'PhalaStakePoolv2.stop_computing', { pid: pool, worker: workerKey(w) });
          break;
        case 8:
          rt.advanceTime(24 * 3600 * ((r >>> 4) % 5));
          out = rt.dispatch(acct(2), 'PhalaStakePoolv2.reclaim_pool_worker', {
            pid: pool,
            worker: workerKey(w),
          });
          break;
        default:
          out = rt.dispatch(acct(3), 'PhalaStakePoolv2.check_and_maybe_force_withdraw', { pid: pool });
          rt.dispatch(acct(3), 'PhalaVault.check_and_maybe_force_withdraw', { vault_pid: vid });
      }
      if (out.ok) okCount++;
      rt.tryState();
      if (step % 100 === 0) rt.advanceBlocks(1);
      expect(rt.query('Balances.TotalIssuance')).toBe(issuance);
    }
    expect(okCount).toBeGreaterThan(300);
  });
});
