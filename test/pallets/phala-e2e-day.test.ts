/**
 * Issue 3 end to end, with no shortcuts, for one simulated day (7,200 blocks of 12 s):
 * - three pRuntime workers register through attestation (`register_worker_v2` with quotes from the
 *   simulated attestation service, submitted by the relayer's account) and benchmark (BenchReport →
 *   initial_score);
 * - the operator creates a stake pool, sets a 40 % commission and adds the workers; three delegators wrap
 *   PHA and contribute (price 1, one NFT each); the owner starts the workers with pool stake;
 * - from then on every block's heartbeat challenges reach the workers and the Gatekeeper through the
 *   relayer, whose signed messages go back through `PhalaMq.sync_offchain_message`;
 * - every settlement is recomputed here from the Gatekeeper's replica *before* the block (Σshare over the
 *   computing workers, the worker's share with its new p_instant from the heartbeat's iterations, blocks
 *   since its last payout, chain's TokenomicParameters) — payout and treasury bits must match, the
 *   Treasury must grow by exactly Σ from_fixed(treasury) (gk.rs `to_treasury`), the owner must get exactly
 *   Permill(40 %)·reward per settlement, the rest raises the share price;
 * - `tryState()` after every block; total issuance never changes;
 * - at the end: the owner claims the commission; the workers stop, cool down and are reclaimed, and each
 *   delegator withdraws all shares for exactly bmul(shares, price at that moment) W-PHA — more than contributed — and
 *   keeps an emptied NFT.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import { SimulatedAttestationService } from '../../src/pallets-mock/offchain/attestation-service.js';
import { Gatekeeper } from '../../src/pallets-mock/offchain/gatekeeper.js';
import type { TokenomicInfo } from '../../src/pallets-mock/offchain/gk-tokenomic.js';
import { PRuntimeWorker } from '../../src/pallets-mock/offchain/pruntime.js';
import { Relayer, readBlock } from '../../src/pallets-mock/offchain/relayer.js';
import type { BlockInfo } from '../../src/pallets-mock/offchain/worker-state.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import type { PoolProxyValue, StakePoolValue } from '../../src/pallets-mock/pallets/phala-base-pool/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import {
  bmul,
  fadd,
  fdiv,
  fdivInt,
  fmul,
  fmulInt,
  fp,
  fromFixed,
  fromInt,
  fsqrt,
  ONE,
  PHA,
  sharePrice,
} from '../../src/primitives/fixed.js';
import { permillMul } from '../../src/primitives/permill.js';

const DAY = 7200;
const RELAYER = '//Ferdie';
const OWNER = accountId('//Alice');
const DELEGATORS: Array<[string, bigint]> = [
  [accountId('//Bob'), 7_000n * PHA],
  [accountId('//Charlie'), 9_000n * PHA],
  [accountId('//Dave'), 11_000n * PHA],
];
const STAKE = 9_000n * PHA;
const COMMISSION = 400_000n; // Permill: 40 %
const WPHA = 10000n;

const free = (rt: Runtime, who: string) =>
  (rt.query('System.Account', who) as { data: { free: bigint } }).data.free;
const wpha = (rt: Runtime, who: string) =>
  (rt.query('Assets.Account', WPHA, who) as { balance: bigint } | undefined)?.balance ?? 0n;
const nowSec = (rt: Runtime) => (rt.query('Timestamp.Now') as bigint) / 1000n;
function pool(rt: Runtime, pid: bigint): StakePoolValue {
  const p = rt.query('PhalaBasePool.Pools', pid) as PoolProxyValue;
  if (p.type !== 'StakePool') throw new Error('not a stake pool');
  return p.value;
}
/** The delegator's NFTs in the pool's collection and their stake-info shares (u128 LE). */
function nftShares(rt: Runtime, cid: bigint, who: string): bigint[] {
  const list = rt.query('RmrkCore.Nfts', cid) as Array<[[bigint, bigint], { owner: { value: unknown } }]>;
  return list
    .filter(([, info]) => info.owner.value === who)
    .map(([[, id]]) => {
      const hex = rt.query('RmrkCore.Properties', cid, id, `0x${Buffer.from('stake-info').toString('hex')}`);
      const b = Buffer.from(String(hex).slice(2), 'hex');
      let shares = 0n;
      for (let i = 15; i >= 0; i--) shares = (shares << 8n) | BigInt(b[i] as number);
      return shares;
    });
}

function ok(rt: Runtime, who: string, call: string, args: Record<string, unknown> = {}) {
  const out = rt.dispatch(who, call, args);
  if (!out.ok) throw new Error(`${call} failed: ${out.error} ${out.detail ?? ''}`);
  return out;
}

/** gk.rs share with confidence score 1 (CL 1): √(v² + (2·p)²). */
const shareOf = (v: bigint, p: bigint) => {
  const p2 = fmul(fp('2'), p);
  return fsqrt(fadd(fmul(v, v), fmul(p2, p2)));
};

describe('a day of the compute economy, end to end', () => {
  beforeAll(async () => {
    await cryptoReady(); // WASM sr25519 for the workers' and Gatekeeper's signatures and the chain's checks
  });

  it('attested workers earn for a pool: Treasury gets gk.rs to_treasury to the bit, owner the commission, delegators a higher price', () => {
    const t0 = performance.now();
    const rt = createRuntime();
    const ias = new SimulatedAttestationService();
    const gk = new Gatekeeper();
    const relayer = new Relayer(gk);
    const workers = [100n, 150n, 200n].map(
      (rate, i) => new PRuntimeWorker({ name: `day-${i}`, operator: OWNER, iterationsPerSecond: rate }),
    );
    for (const w of workers) relayer.addWorker(w);
    const finalized: BlockInfo[] = [];
    rt.onBlockFinalized(() => finalized.push(readBlock(rt.query)));
    const issuance = rt.query('Balances.TotalIssuance') as bigint;
    let relayed = 0;
    const step = () => {
      rt.advanceBlocks(1);
      for (const b of finalized.splice(0))
        for (const m of relayer.processBlock(b)) {
          ok(rt, RELAYER, 'PhalaMq.sync_offchain_message', { signed_message: m });
          relayed++;
        }
      rt.tryState();
      expect(rt.query('Balances.TotalIssuance')).toBe(issuance);
    };

    // 1. Attestation and benchmark.
    step();
    for (const w of workers)
      ok(rt, RELAYER, 'PhalaRegistry.register_worker_v2', w.registration(ias, nowSec(rt)));
    const score = (w: PRuntimeWorker) =>
      (rt.query('PhalaRegistry.Workers', w.pubkey) as { initialScore: bigint | null }).initialScore;
    for (let i = 0; i < 100 && workers.some((w) => score(w) === null); i++) step();
    for (const w of workers) {
      expect(score(w)).not.toBeNull();
      expect(
        (rt.query('PhalaRegistry.Workers', w.pubkey) as { confidenceLevel: bigint }).confidenceLevel,
      ).toBe(1n);
    }

    // 2. The pool, its commission, its workers and its delegators.
    const pid = rt.query('PhalaBasePool.PoolCount') as bigint;
    ok(rt, OWNER, 'PhalaStakePoolv2.create');
    ok(rt, OWNER, 'PhalaStakePoolv2.set_payout_pref', { pid, payout_commission: COMMISSION });
    for (const w of workers) ok(rt, OWNER, 'PhalaStakePoolv2.add_worker', { pid, pubkey: w.pubkey });
    const cid = pool(rt, pid).basepool.cid;
    for (const [who, amount] of DELEGATORS) {
      ok(rt, who, 'PhalaWrappedBalances.wrap', { amount });
      ok(rt, who, 'PhalaStakePoolv2.contribute', { pid, amount, as_vault: null });
      expect(nftShares(rt, cid, who)).toEqual([amount]); // price 1
    }
    const contributed = DELEGATORS.reduce((a, [, x]) => a + x, 0n);
    expect(sharePrice(pool(rt, pid).basepool.totalValue, pool(rt, pid).basepool.totalShares)).toBe(ONE);
    for (const w of workers)
      ok(rt, OWNER, 'PhalaStakePoolv2.start_computing', { pid, worker: w.pubkey, stake: STAKE });
    expect(rt.query('PhalaComputation.OnlineWorkers')).toBe(3n);
    rt.events();

    // 3. A day: every settlement recomputed independently.
    const params = rt.query('PhalaComputation.TokenomicParameters') as {
      budgetPerBlock: bigint;
      treasuryRatio: bigint;
    };
    const treasury0 = free(rt, TREASURY_ACCOUNT);
    const ownerAccount = pool(rt, pid).ownerRewardAccount;
    let expectedTreasury = 0n;
    const expectedRewards: Array<{ to_owner: bigint; to_stakers: bigint }> = [];
    const settlesSeen: bigint[] = [];
    const rewardEvents: Array<Record<string, unknown>> = [];
    let settledOnChain = 0;
    const tDay = performance.now();
    for (let i = 0; i < DAY; i++) {
      // The Gatekeeper's replica as it stands before the block it will process next.
      const snap = new Map<string, TokenomicInfo>();
      let sumShare = 0n;
      for (const w of workers) {
        const g = gk.worker(w.pubkey);
        if (!g) continue;
        snap.set(w.pubkey, { ...g.tokenomic });
        expect(g.tokenomic.contractRunning).toBe(false);
        if (g.state.workingState && !g.unresponsive)
          sumShare = fadd(sumShare, shareOf(g.tokenomic.v, g.tokenomic.pInstant));
      }
      const reportsBefore = gk.reports.length;
      step();
      for (const r of gk.reports.slice(reportsBefore)) {
        expect(r.offline).toEqual([]);
        for (const s of r.settle) {
          const before = snap.get(s.pubkey) as TokenomicInfo;
          const after = gk.worker(s.pubkey)?.tokenomic as TokenomicInfo;
          // update_p_instant from the heartbeat's iterations, capped at 1.2 · p_bench.
          const dt = fdivInt(fromInt(r.timestampMs - before.challengeTimeLast), 1000n);
          const measured = fmulInt(fdiv(fromInt(after.iterationLast - before.iterationLast), dt), 6n);
          const cap = fmul(before.pBench, fp('1.2'));
          const pNew = measured < cap ? measured : cap;
          const blocks = r.blockNumber - before.vUpdateBlock;
          let budget = 0n;
          if (sumShare > 0n && before.vDeductible > 0n && blocks > 0n)
            budget = fmul(
              fmul(fdiv(shareOf(before.v, pNew), sumShare), params.budgetPerBlock),
              fromInt(blocks),
            );
          const treasury = fmul(budget, params.treasuryRatio);
          const payout = fmul(budget, ONE - params.treasuryRatio);
          expect(s.treasury).toBe(treasury);
          expect(s.payout).toBe(payout);
          // A second settlement of the same worker in this block starts from this one.
          Object.assign(before, { vUpdateBlock: r.blockNumber, vDeductible: 0n, pInstant: pNew });
          expectedTreasury += fromFixed(treasury);
          settlesSeen.push(s.v);
          const reward = fromFixed(payout);
          if (reward > 1000n) {
            const toOwner = permillMul(COMMISSION, reward);
            expectedRewards.push({ to_owner: toOwner, to_stakers: reward - toOwner });
          }
        }
      }
      const events = rt.events();
      settledOnChain += events.filter((e) => e.name === 'SessionSettled').length;
      expect(events.filter((e) => e.name === 'WorkerEnterUnresponsive')).toEqual([]);
      for (const e of events)
        if (e.pallet === 'PhalaStakePoolv2' && e.name === 'RewardReceived') rewardEvents.push(e.fields);
    }
    const dayMs = performance.now() - tDay;

    // Every settlement of the last block is on chain one block later: deliver it.
    step();
    settledOnChain += rt.events().filter((e) => e.name === 'SessionSettled').length;
    for (const r of gk.reports.slice(-1))
      expect(r.blockNumber).toBeLessThan(BigInt(rt.query('System.Number') as bigint));
    // Payouts arrived: tens of heartbeats per worker (≤ 2 per hour each), all settled on chain.
    expect(settlesSeen.length).toBeGreaterThan(3 * 24);
    expect(settledOnChain).toBe(settlesSeen.length);
    // The Treasury received exactly Σ to_treasury, to the planck.
    expect(free(rt, TREASURY_ACCOUNT) - treasury0).toBe(expectedTreasury);
    expect(expectedTreasury).toBeGreaterThan(0n);
    // The owner got exactly the commission of each settlement; the rest went to the stakers.
    expect(rewardEvents).toEqual(expectedRewards.map((r) => ({ pid, ...r })));
    const toOwner = expectedRewards.reduce((a, r) => a + r.to_owner, 0n);
    const toStakers = expectedRewards.reduce((a, r) => a + r.to_stakers, 0n);
    expect(wpha(rt, ownerAccount)).toBe(toOwner);
    const ownerBefore = wpha(rt, OWNER);
    ok(rt, OWNER, 'PhalaStakePoolv2.claim_owner_rewards', { pid, target: OWNER });
    expect(wpha(rt, OWNER) - ownerBefore).toBe(toOwner);
    expect(wpha(rt, ownerAccount)).toBe(0n);

    // The share price rose for the delegators: value = contributions + distributed rewards, shares unchanged.
    const bp = pool(rt, pid).basepool;
    expect(bp.totalShares).toBe(contributed);
    expect(bp.totalValue).toBe(contributed + toStakers);
    const price = sharePrice(bp.totalValue, bp.totalShares) as bigint;
    expect(price).toBeGreaterThan(ONE);
    const nftValue = new Map<string, bigint>();
    for (const [who, amount] of DELEGATORS) {
      const [shares] = nftShares(rt, cid, who);
      expect(shares).toBe(amount);
      nftValue.set(who, bmul(amount, price));
      expect(nftValue.get(who)).toBeGreaterThan(amount);
    }

    // 4. Exit: stop, cool down, reclaim, withdraw everything at the new price.
    for (const w of workers) ok(rt, OWNER, 'PhalaStakePoolv2.stop_computing', { pid, worker: w.pubkey });
    for (let i = 0; i < 3; i++) step();
    rt.advanceTime(Number(rt.query('PhalaComputation.CoolDownPeriod') as bigint));
    step();
    for (const w of workers)
      ok(rt, DELEGATORS[0]?.[0] as string, 'PhalaStakePoolv2.reclaim_pool_worker', { pid, worker: w.pubkey });
    expect(wpha(rt, pool(rt, pid).basepool.poolAccountId)).toBe(contributed + toStakers);
    for (const [i, [who, amount]] of DELEGATORS.entries()) {
      const before = wpha(rt, who);
      // Each withdrawal is paid at the price of its moment (the truncation of the previous one left a
      // hair of value behind, so later ones may get a planck or two more than at the day's end).
      const now = pool(rt, pid).basepool;
      const priceNow = sharePrice(now.totalValue, now.totalShares) as bigint;
      expect(priceNow).toBeGreaterThanOrEqual(price);
      const poolFree = wpha(rt, now.poolAccountId);
      const out = ok(rt, who, 'PhalaStakePoolv2.withdraw', { pid, shares: amount, as_vault: null });
      const paid = out.events.find((e) => e.name === 'Withdrawal')?.fields;
      expect(paid).toMatchObject({ pid, user: who, amount: bmul(amount, priceNow), shares: amount });
      const received = wpha(rt, who) - before;
      if (i < DELEGATORS.length - 1) expect(received).toBe(bmul(amount, priceNow));
      else {
        // The last one empties the pool account: the W-PHA it would leave below the asset's minimum
        // balance goes with the transfer (pallet_assets reaps the account), the event keeps bmul.
        expect(received).toBe(poolFree);
        expect(poolFree - bmul(amount, priceNow)).toBeLessThan(100_000_000n);
        expect(pool(rt, pid).basepool.totalValue).toBe(0n);
      }
      expect(received).toBeGreaterThanOrEqual(nftValue.get(who) as bigint);
      // The user's NFT stays, emptied (push_withdraw_in_queue subtracts the shares; nothing burns it).
      expect(nftShares(rt, cid, who)).toEqual([0n]);
    }
    step();
    const total = performance.now() - t0;
    console.info(
      `e2e day: ${DAY} blocks in ${(dayMs / 1000).toFixed(1)} s (${((dayMs * 1000) / DAY).toFixed(0)} µs/block), ` +
        `${relayed} messages relayed, ${settlesSeen.length} settlements; whole test ${(total / 1000).toFixed(1)} s`,
    );
  }, 300_000);
});
