/**
 * PhalaComputation against computation.rs's tests and spec §6/§9.13: tokenomic numbers (minimum stake,
 * Ve per confidence level, rig cost), the heartbeat challenge target, the postponed tokenomic update,
 * the on-chain benchmark (660, then capped at 720), late settlements dropped, session lifecycle errors
 * (InsufficientStake, TooMuchStake, BenchmarkTooLow, CoolDownNotReady, unbind by the operator), the
 * budget update checks, and a settlement moving exactly from_fixed(treasury) to the Treasury.
 */
import { describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import { Gatekeeper } from '../../src/pallets-mock/offchain/gatekeeper.js';
import { PRuntimeWorker } from '../../src/pallets-mock/offchain/pruntime.js';
import { readBlock } from '../../src/pallets-mock/offchain/relayer.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import {
  bind,
  computationHooks,
  defaultTokenomicParameters,
  OnlineWorkers,
  reclaim,
  SUBSIDY_ACCOUNT,
  unbindSession,
} from '../../src/pallets-mock/pallets/phala-computation/index.js';
import {
  decodePayload,
  SystemEvent,
  TOPIC,
  WorkingInfoUpdateEvent,
  WorkingReportEvent,
} from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { powTarget } from '../../src/pallets-mock/primitives/pow-target.js';
import { fp, fromFixed, PHA } from '../../src/primitives/fixed.js';
import { initialV, minimalStake, rigCost } from '../../src/primitives/stake-bounds.js';

const params = defaultTokenomicParameters();
const SESSION = '//session1';
const free = (rt: Runtime, who: string) =>
  (rt.query('System.Account', who) as { data: { free: bigint } }).data.free;

function setup(opts: { score?: number; minInitP?: number; confidenceLevel?: number } = {}) {
  const rt = createRuntime({ config: { 'PhalaComputation.MinInitP': opts.minInitP ?? 50 } });
  const worker = new PRuntimeWorker({ name: 'comp-1' });
  rt.offchain.registerWorker({
    pubkey: worker.pubkey,
    operator: '//Alice',
    initialScore: opts.score ?? 600,
    confidenceLevel: opts.confidenceLevel,
  });
  rt.kernel.enter(() =>
    rt.kernel.transactional(() =>
      bind(
        rt.kernel.enter(() => accountOf(SESSION)),
        worker.pubkey,
      ),
    ),
  );
  rt.events();
  return { rt, worker };
}

const accountOf = (s: string) => accountId(s);

describe('tokenomic (computation.rs test_tokenomic)', () => {
  it('reproduces the Rust numbers', () => {
    expect(params.vMax).toBe(fp('30000'));
    expect(minimalStake(params, 1000n)).toBe(3162_277660146355n);
    expect(initialV(params, 1000n * PHA, 1000n, 1n)).toBe(fp('1690.0000000000000000282'));
    expect(initialV(params, 1000n * PHA, 1000n, 3n)).toBe(fp('1690.0000000000000000282'));
    expect(initialV(params, 1000n * PHA, 1000n, 4n)).toBe(fp('1612.0000000000000000247'));
    expect(initialV(params, 1000n * PHA, 1000n, 5n)).toBe(fp('1572.9999999999999999877'));
    expect(rigCost(params, 500n)).toBe(fp('150.0000000000000000054'));
    expect(rigCost(params, 2800n)).toBe(fp('840.00000000000000003036'));
    expect(params.budgetPerBlock).toBe(fp('100'));
  });

  it('genesis stores the code defaults, matching the Gatekeeper test_params', () => {
    const rt = createRuntime();
    expect(rt.query('PhalaComputation.TokenomicParameters')).toEqual(params);
    expect(rt.query('PhalaComputation.CoolDownPeriod')).toBe(604_800n);
    expect(rt.query('PhalaComputation.HeartbeatPaused')).toBe(false);
    expect(createRuntime({ profile: 'production' }).query('PhalaComputation.HeartbeatPaused')).toBe(true);
    expect(free(rt, SUBSIDY_ACCOUNT)).toBe(10_000_000n * PHA);
    const gk = new Gatekeeper();
    expect(gk.params.slashRate).toBe(params.slashRate);
    expect(gk.params.costK).toBe(params.costK);
    expect(gk.params.costB).toBe(params.costB);
  });
});

describe('heartbeat challenge', () => {
  it('broadcasts pow_target(20, OnlineWorkers, 12) every block', () => {
    const rt = createRuntime();
    rt.kernel.enter(() => OnlineWorkers.set(20n));
    let messages: ReturnType<typeof readBlock>['messages'] = [];
    rt.onBlockFinalized(() => {
      messages = readBlock(rt.query).messages;
    });
    rt.advanceBlocks(1);
    const challenges = messages
      .map((m) => decodePayload(SystemEvent, m))
      .filter((e) => e?.type === 'HeartbeatChallenge');
    expect(challenges).toHaveLength(1);
    expect(powTarget(20n, 20n, 12n)).toBe(
      771946525395830978497002573683960742805751636319313395421818009383503547160n,
    );
    const target = challenges[0]?.type === 'HeartbeatChallenge' ? challenges[0].value.onlineTarget : 0n;
    expect(target).toBe(771946525395830978497002573683960742805751636319313395421818009383503547160n);
  });

  it('tokenomic updates are postponed to on_finalize', () => {
    const rt = createRuntime();
    rt.events();
    const out = rt.dispatch('root', 'PhalaComputation.update_tokenomic', {
      new_params: { ...params, budgetPerBlock: fp('50') },
    });
    expect(out).toEqual({ ok: true, events: [] });
    expect(rt.query('PhalaComputation.ScheduledTokenomicUpdate')).toBeDefined();
    rt.advanceBlocks(1);
    expect(rt.events().filter((e) => e.name === 'TokenomicParametersChanged')).toHaveLength(1);
    expect(rt.query('PhalaComputation.ScheduledTokenomicUpdate')).toBeUndefined();
    expect((rt.query('PhalaComputation.TokenomicParameters') as typeof params).budgetPerBlock).toBe(fp('50'));
  });
});

describe('sessions', () => {
  it('start_computing limits (spec §9.3 with P = 1)', () => {
    const { rt } = setup({ score: 1, minInitP: 1 });
    const session = accountOf(SESSION);
    expect(
      rt.dispatch('root', 'PhalaComputation.force_start_computing', { session, stake: 0n }),
    ).toMatchObject({
      error: 'PhalaComputation.InsufficientStake',
    });
    expect(
      rt.dispatch('root', 'PhalaComputation.force_start_computing', { session, stake: 30_000n * PHA }),
    ).toMatchObject({ error: 'PhalaComputation.TooMuchStake' });
    const ok = rt.dispatch('root', 'PhalaComputation.force_start_computing', { session, stake: 100n * PHA });
    expect(ok.ok).toBe(true);
    expect(rt.query('PhalaComputation.OnlineWorkers')).toBe(1n);
    expect(rt.query('PhalaComputation.Stakes', session)).toBe(100n * PHA);
    rt.tryState();
  });

  it('BenchmarkTooLow below MinInitP', () => {
    const { rt } = setup({ score: 49 });
    expect(
      rt.dispatch('root', 'PhalaComputation.force_start_computing', {
        session: accountOf(SESSION),
        stake: 5000n * PHA,
      }),
    ).toMatchObject({ error: 'PhalaComputation.BenchmarkTooLow' });
  });

  it('stop → cool-down → reclaim; unbind by the operator only', () => {
    const { rt, worker } = setup();
    const session = accountOf(SESSION);
    expect(
      rt.dispatch('root', 'PhalaComputation.force_start_computing', { session, stake: 3000n * PHA }).ok,
    ).toBe(true);
    expect(rt.dispatch('root', 'PhalaComputation.force_stop_computing', { session }).ok).toBe(true);
    expect(rt.query('PhalaComputation.Sessions', session)).toMatchObject({
      state: { type: 'WorkerCoolingDown' },
    });
    expect(rt.query('PhalaComputation.OnlineWorkers')).toBe(0n);
    const early = () => rt.kernel.enter(() => rt.kernel.transactional(() => reclaim(session, true)));
    expect(early).toThrow(/CoolDownNotReady/);
    rt.advanceTime(604_800);
    expect(early()).toEqual({ origStake: 3000n * PHA, slashed: 0n });
    expect(rt.query('PhalaComputation.Stakes', session)).toBeUndefined();
    rt.tryState();
    // restart and force-unbind through the operator
    expect(
      rt.dispatch('root', 'PhalaComputation.force_start_computing', { session, stake: 3000n * PHA }).ok,
    ).toBe(true);
    expect(rt.dispatch('//Bob', 'PhalaComputation.unbind', { session })).toMatchObject({
      error: 'PhalaComputation.BadSender',
    });
    // The extrinsic notifies the stake pool's OnUnbound, which (as in Rust) requires the worker to be in a
    // pool; without one, unbind through the pallet function without notification (test_bind_unbind).
    rt.events();
    rt.kernel.enter(() => rt.kernel.transactional(() => unbindSession(session, false)));
    expect(rt.events().map((e) => e.name)).toEqual(['WorkerStopped', 'SessionUnbound']);
    expect(rt.query('PhalaComputation.Sessions', session)).toMatchObject({
      state: { type: 'WorkerCoolingDown' },
    });
    expect(rt.query('PhalaComputation.WorkerBindings', worker.pubkey)).toBeUndefined();
    rt.tryState();
  });

  it('on-chain benchmark: 660, then capped at 1.2 × p_init = 720; a lower counter resets', () => {
    const { rt, worker } = setup({ score: 600 });
    const session = accountOf(SESSION);
    expect(
      rt.dispatch('root', 'PhalaComputation.force_start_computing', { session, stake: 3000n * PHA }).ok,
    ).toBe(true);
    const t0 = (rt.query('Timestamp.Now') as bigint) / 1000n;
    const hb = (ct: bigint, iterations: bigint) => {
      const m = worker.egress.push(TOPIC.workingReport, WorkingReportEvent, {
        type: 'Heartbeat',
        value: { session_id: 0n, challenge_block: 2n, challenge_time: ct * 1000n, iterations },
      });
      const out = rt.dispatch('//Ferdie', 'PhalaMq.sync_offchain_message', { signed_message: m });
      expect(out.ok).toBe(true);
      return (rt.query('PhalaComputation.Sessions', session) as { benchmark: Record<string, bigint> })
        .benchmark;
    };
    hb(t0, 0n);
    rt.advanceTime(100);
    expect(hb(t0 + 100n, 11_000n)).toMatchObject({
      pInit: 600n,
      pInstant: 660n,
      iterations: 11_000n,
      challengeTimeLast: t0 + 100n,
    });
    rt.advanceTime(100);
    expect(hb(t0 + 200n, 26_000n)).toMatchObject({ pInstant: 720n, iterations: 26_000n });
    rt.advanceTime(100);
    expect(hb(t0 + 300n, 999n)).toMatchObject({ pInstant: 0n, iterations: 999n });
  });

  it('drops a settlement not newer than the session (drop_late_arrived_update)', () => {
    const { rt } = setup();
    const session = accountOf(SESSION);
    expect(
      rt.dispatch('root', 'PhalaComputation.force_start_computing', { session, stake: 3000n * PHA }).ok,
    ).toBe(true);
    const gk = new Gatekeeper();
    const worker = rt.query('PhalaComputation.SessionBindings', session) as string;
    const m = gk.egress.push(TOPIC.workingInfoUpdate, WorkingInfoUpdateEvent, {
      blockNumber: 1n,
      timestampMs: rt.query('Timestamp.Now') as bigint,
      offline: [],
      recoveredToOnline: [],
      settle: [{ pubkey: worker, v: 1n, payout: 0n, treasury: 0n }],
    });
    const out = rt.dispatch('//Ferdie', 'PhalaMq.sync_offchain_message', { signed_message: m });
    expect(out.ok && out.events.find((e) => e.pallet === 'PhalaComputation')).toMatchObject({
      name: 'SessionSettlementDropped',
      fields: { session, v: 1n, payout: 0n },
    });
  });

  it('a settlement moves from_fixed(treasury) from the subsidy wallet to the Treasury and calls OnReward', () => {
    const { rt, worker } = setup();
    const session = accountOf(SESSION);
    expect(
      rt.dispatch('root', 'PhalaComputation.force_start_computing', { session, stake: 3000n * PHA }).ok,
    ).toBe(true);
    const treasury0 = free(rt, TREASURY_ACCOUNT);
    const subsidy0 = free(rt, SUBSIDY_ACCOUNT);
    const issuance0 = rt.query('Balances.TotalIssuance') as bigint;
    const rewards: unknown[] = [];
    computationHooks.onReward.push((s) => rewards.push(...s));
    const treasuryBits = fp('20.000000000000000001');
    const out = rt.offchain.settle({
      worker: worker.pubkey,
      vBits: fp('3000'),
      payoutBits: fp('80'),
      treasuryBits,
    });
    computationHooks.onReward.pop();
    expect(out.ok).toBe(true);
    const paid = fromFixed(treasuryBits);
    expect(free(rt, TREASURY_ACCOUNT) - treasury0).toBe(paid);
    expect(subsidy0 - free(rt, SUBSIDY_ACCOUNT)).toBe(paid);
    expect(rt.query('Balances.TotalIssuance')).toBe(issuance0);
    expect(rewards).toEqual([
      { pubkey: worker.pubkey, v: fp('3000'), payout: fp('80'), treasury: treasuryBits },
    ]);
    expect(rt.query('PhalaComputation.Sessions', session)).toMatchObject({
      v: fp('3000'),
      stats: { totalReward: fromFixed(fp('80')) },
    });
    rt.tryState();
  });

  it('set_budget_per_block: contract account, increasing nonce and block, 2 × MaxBudgetLimit', () => {
    const rt = createRuntime();
    const contract = rt.query('PhalaComputation.ContractAccount') as string;
    const args = (nonce: bigint, block: bigint, budget: bigint) => ({ nonce, block_number: block, budget });
    expect(
      rt.dispatch('//Alice', 'PhalaComputation.set_budget_per_block', args(1n, 1n, fp('50'))),
    ).toMatchObject({
      error: 'BadOrigin',
    });
    rt.dispatch('root', 'Balances.force_set_balance', { who: contract, new_free: PHA });
    expect(
      rt.dispatch(contract, 'PhalaComputation.set_budget_per_block', args(1n, 1n, fp('187.5') + 1n)),
    ).toMatchObject({
      error: 'PhalaComputation.BudgetExceedMaxLimit',
    });
    const ok = rt.dispatch(contract, 'PhalaComputation.set_budget_per_block', args(1n, 1n, fp('187.5')));
    expect(ok.ok && ok.events.map((e) => e.name)).toEqual(['TokenomicParametersChanged', 'BudgetUpdated']);
    expect(
      rt.dispatch(contract, 'PhalaComputation.set_budget_per_block', args(1n, 2n, fp('1'))),
    ).toMatchObject({
      error: 'PhalaComputation.NonceIndexInvalid',
    });
    expect(
      rt.dispatch(contract, 'PhalaComputation.set_budget_per_block', args(2n, 1n, fp('1'))),
    ).toMatchObject({
      error: 'PhalaComputation.BudgetUpdateBlockInvalid',
    });
  });
});
