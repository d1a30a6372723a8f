/**
 * Property test over 10,000 random steps (deterministic PRNG) of wrap / unwrap / contribute / withdraw /
 * reward / start / stop / reclaim / force-withdraw over two stake pools and a vault, with time jumps.
 * After every step, besides the pallets' own invariants (`tryState()`), the test checks by itself:
 * - no PHA created or lost: total issuance never changes; the PHA of every account involved (users,
 *   subsidy wallet, Treasury, wpha/) sums to its starting value; the subsidy wallet pays exactly what the
 *   Treasury and the wpha/ backing receive; the wpha/ account holds exactly W-PHA supply + UnmintableDust;
 * - pool value = free + staked (+ queued, which is part of both): a stake pool's lock account holds
 *   exactly the Stakes of its workers' sessions, and total_value is free + staked within the W-PHA
 *   minimum balance (the dust rules of spec §1.2); a vault's total_value is its free W-PHA plus the
 *   value of its shares (NFT + queued) in the pools it invests in, within rounding (1e6 planck);
 * - every share is backed: Σ stake-info shares of the pool's NFTs (+ vault owner shares) = total_shares,
 *   and every NFT held by the pallet account is exactly one queued withdrawal.
 */
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { PALLET_ID_ACCOUNT } from '../../src/pallets-mock/pallets/phala-base-pool/index.js';
import { SUBSIDY_ACCOUNT } from '../../src/pallets-mock/pallets/phala-computation/index.js';
import { poolSubAccount } from '../../src/pallets-mock/pallets/phala-stake-pool-v2/index.js';
import { WPHA_ACCOUNT } from '../../src/pallets-mock/pallets/phala-wrapped-balances/index.js';
import { bmul, fromInt, sharePrice } from '../../src/primitives/fixed.js';
import {
  acct,
  DOLLARS,
  mockRuntime,
  nfts,
  pha,
  setupStakePool,
  setupVault,
  setupWorkers,
  stakePool,
  vault,
  WPHA,
  workerKey,
  wpha,
} from './phala-pools-helpers.js';

/** 10,000 in CI; POOL_STEPS overrides it locally. */
const STEPS = Number(process.env.POOL_STEPS ?? 10_000);
const WPHA_MIN = 100_000_000n;
/** Rounding drift allowed between a vault's book value and the market value of its holdings (seen: ~1e4). */
const VAULT_DRIFT = 1_000_000n;

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s;
  };
}

const reserved = (rt: Runtime, who: string) =>
  (rt.query('System.Account', who) as { data: { reserved: bigint } }).data.reserved;
const wphaSupply = (rt: Runtime) => (rt.query('Assets.Asset', WPHA) as { supply: bigint }).supply;

/** Σ NFT shares (+ owner shares) = total_shares; pallet-held NFTs are exactly the queued ones. */
function checkSharesBacked(rt: Runtime, pid: bigint): void {
  const p = rt.query('PhalaBasePool.Pools', pid) as {
    type: string;
    value: { basepool: { cid: bigint; totalShares: bigint; withdrawQueue: Array<{ nftId: bigint }> } };
  };
  const bp = p.value.basepool;
  const all = nfts(rt, bp.cid);
  const owner = p.type === 'Vault' ? vault(rt, pid).ownerShares : 0n;
  expect(
    all.reduce((a, [, , s]) => a + s, owner),
    `pool ${pid} shares`,
  ).toBe(bp.totalShares);
  const held = all.filter(([, who]) => who === PALLET_ID_ACCOUNT).map(([id]) => id);
  expect(held.sort(), `pool ${pid} queue NFTs`).toEqual(bp.withdrawQueue.map((w) => w.nftId).sort());
}

describe('pool pallets under random operations (property)', () => {
  it(`conserve PHA, back value and shares for ${STEPS} steps`, () => {
    const rt = mockRuntime();
    const next = prng(42);
    const users = [1, 2, 3];
    for (const n of users)
      expect(rt.dispatch(acct(n), 'PhalaWrappedBalances.wrap', { amount: 800n * DOLLARS }).ok).toBe(true);
    expect(rt.dispatch(acct(99), 'PhalaWrappedBalances.wrap', { amount: 10_000n * DOLLARS }).ok).toBe(true);
    setupWorkers(rt, 4);
    const pools = [setupStakePool(rt, 1, [1, 2]), setupStakePool(rt, 1, [3, 4])];
    const vid = setupVault(rt, 99);
    const tracked = [...users.map(acct), acct(99), SUBSIDY_ACCOUNT, TREASURY_ACCOUNT, WPHA_ACCOUNT];
    const phaOf = (who: string) => pha(rt, who) + reserved(rt, who);
    const trackedSum = () => tracked.reduce((a, who) => a + phaOf(who), 0n);
    const issuance = rt.query('Balances.TotalIssuance') as bigint;
    const total0 = trackedSum();
    const counts = new Map<string, number>();
    let maxVaultDrift = 0n;
    for (let step = 0; step < STEPS; step++) {
      const r = next();
      const pool = pools[r % 2] as bigint;
      const user = users[(r >>> 3) % 3] as number;
      const amount = BigInt((r >>> 8) % 200) * DOLLARS + BigInt(r % 1000);
      const w = (r % 2) * 2 + 1 + ((r >>> 5) % 2);
      const before = {
        subsidy: phaOf(SUBSIDY_ACCOUNT),
        treasury: phaOf(TREASURY_ACCOUNT),
        backing: phaOf(WPHA_ACCOUNT),
      };
      let op: string;
      let out: { ok: boolean } = { ok: true };
      switch ((r >>> 16) % 12) {
        case 0:
        case 1:
          op = 'contribute';
          out = rt.dispatch(acct(user), 'PhalaStakePoolv2.contribute', { pid: pool, amount, as_vault: null });
          break;
        case 2:
          op = 'withdraw';
          out = rt.dispatch(acct(user), 'PhalaStakePoolv2.withdraw', {
            pid: pool,
            shares: amount,
            as_vault: null,
          });
          break;
        case 3:
          op = 'vault contribute';
          out = rt.dispatch(acct(user), 'PhalaVault.contribute', { pid: vid, amount });
          if ((r >>> 12) % 2)
            rt.dispatch(acct(99), 'PhalaStakePoolv2.contribute', { pid: pool, amount, as_vault: vid });
          else
            rt.dispatch(acct(99), 'PhalaStakePoolv2.withdraw', { pid: pool, shares: amount, as_vault: vid });
          break;
        case 4:
          op = 'vault withdraw';
          out = rt.dispatch(acct(user), 'PhalaVault.withdraw', { pid: vid, shares: amount });
          break;
        case 5:
          op = 'start';
          out = rt.dispatch(acct(1), 'PhalaStakePoolv2.start_computing', {
            pid: pool,
            worker: workerKey(w),
            stake: 100n * DOLLARS + amount,
          });
          break;
        case 6:
        case 7:
          op = 'reward';
          out = rt.offchain.settle({
            worker: workerKey(w),
            payoutBits: fromInt(BigInt(r % 50)) + BigInt(r),
            treasuryBits: fromInt(BigInt((r >>> 7) % 13)) + BigInt(r >>> 4),
          });
          break;
        case 8:
          op = 'stop';
          out = rt.dispatch(acct(1), 'PhalaStakePoolv2.stop_computing', { pid: pool, worker: workerKey(w) });
          break;
        case 9:
          op = 'reclaim';
          rt.advanceTime(24 * 3600 * ((r >>> 4) % 5));
          out = rt.dispatch(acct(2), 'PhalaStakePoolv2.reclaim_pool_worker', {
            pid: pool,
            worker: workerKey(w),
          });
          break;
        case 10:
          op = (r >>> 9) % 2 ? 'unwrap' : 'wrap';
          out = rt.dispatch(acct(user), `PhalaWrappedBalances.${op}`, { amount: amount / 4n });
          break;
        default:
          op = 'force withdraw';
          out = rt.dispatch(acct(3), 'PhalaStakePoolv2.check_and_maybe_force_withdraw', { pid: pool });
          rt.dispatch(acct(3), 'PhalaVault.check_and_maybe_force_withdraw', { vault_pid: vid });
      }
      if (out.ok) counts.set(op, (counts.get(op) ?? 0) + 1);
      const where = `step ${step} (${op})`;
      rt.tryState();
      if (step % 100 === 0) rt.advanceBlocks(1);

      // No PHA created or lost.
      expect(rt.query('Balances.TotalIssuance'), where).toBe(issuance);
      expect(trackedSum(), where).toBe(total0);
      const paid = before.subsidy - phaOf(SUBSIDY_ACCOUNT);
      expect(paid, where).toBe(
        phaOf(TREASURY_ACCOUNT) -
          before.treasury +
          (op === 'reward' ? phaOf(WPHA_ACCOUNT) - before.backing : 0n),
      );
      expect(phaOf(WPHA_ACCOUNT), where).toBe(
        wphaSupply(rt) + (rt.query('PhalaWrappedBalances.UnmintableDust') as bigint),
      );

      // Pool value = free + staked (+ queued); every share backed by an NFT or the queue.
      for (const pid of pools) {
        const p = stakePool(rt, pid);
        const sessions = p.workers.concat(p.cdWorkers.filter((x) => !p.workers.includes(x)));
        const staked = sessions.reduce(
          (a, wk) =>
            a + ((rt.query('PhalaComputation.Stakes', poolSubAccount(pid, wk)) as bigint | undefined) ?? 0n),
          0n,
        );
        expect(wpha(rt, p.lockAccount), `${where}: pool ${pid} lock`).toBe(staked);
        const held = wpha(rt, p.basepool.poolAccountId) + staked;
        const diff = p.basepool.totalValue - held;
        expect(diff < WPHA_MIN && -diff < WPHA_MIN, `${where}: pool ${pid} value ${diff}`).toBe(true);
        checkSharesBacked(rt, pid);
      }
      const v = vault(rt, vid);
      let invested = 0n;
      for (const pid of v.investPools) {
        const bp = stakePool(rt, pid).basepool;
        const price = sharePrice(bp.totalValue, bp.totalShares);
        if (price === null) continue;
        const mine = nfts(rt, bp.cid).filter(
          ([id, who]) =>
            who === v.basepool.poolAccountId ||
            bp.withdrawQueue.some((q) => q.nftId === id && q.user === v.basepool.poolAccountId),
        );
        invested += bmul(
          mine.reduce((a, [, , s]) => a + s, 0n),
          price,
        );
      }
      const drift = v.basepool.totalValue - (wpha(rt, v.basepool.poolAccountId) + invested);
      const absDrift = drift < 0n ? -drift : drift;
      if (absDrift > maxVaultDrift) maxVaultDrift = absDrift;
      expect(absDrift < VAULT_DRIFT, `${where}: vault value drift ${drift}`).toBe(true);
      checkSharesBacked(rt, vid);
    }
    // The mix really exercised every path.
    for (const op of ['contribute', 'withdraw', 'vault contribute', 'vault withdraw', 'start', 'reward'])
      expect(counts.get(op) ?? 0, op).toBeGreaterThan(100);
    for (const op of ['stop', 'reclaim', 'wrap', 'unwrap'])
      expect(counts.get(op) ?? 0, op).toBeGreaterThan(20);
    console.info(`pools property: ${JSON.stringify([...counts])}; max vault drift ${maxVaultDrift} planck`);
  }, 300_000);
});
