/**
 * PhalaComputation (Khala index 87, pallets/phala/src/compute/computation.rs): computing sessions bound to
 * registered workers, their state machine (Ready → WorkerIdle ⇄ WorkerUnresponsive → WorkerCoolingDown
 * → Ready), stakes, the minimum stake k·√P and the Ve ≤ Vmax limit, the heartbeat challenge broadcast
 * every block (`pow_target`, unless `HeartbeatPaused`), the tokenomic parameters (+ the update scheduled
 * for `on_finalize`), `set_budget_per_block`, and the Gatekeeper's settlements: V update, the treasury
 * share withdrawn from the subsidy wallet (`modlphala/pp`) to the Treasury, then `OnReward`.
 *
 * For the stake pool (which drives sessions, as StakePoolv2 does in Rust) this module exports the
 * pallet-internal functions `bind`, `unbindSession`, `startComputing`, `stopComputing`, `reclaim`,
 * `ensureWorkerBound`, `ensureSessionBound`, `withdrawSubsidyPool` and the storage items. Rust's `OnReward`,
 * `OnUnbound` and `OnStopped` Config types are the slots `ComputationOnReward` / `ComputationOnUnbound` /
 * `ComputationOnStopped`, bound by the runtime definition (Khala: the stake pool for the first two).
 * `computationHooks` holds extra observers (tests push to them; nothing subscribes at import), called
 * after the runtime's implementation: `onReward`, `onUnbound`, `onStopped`, `onReclaimed`,
 * `onTreasurySettled`.
 *
 * Constants that are Rust Config items, not metadata (hidden; override with the harness `config`):
 * `ExpectedBlockTimeSec` 12, `MinInitP` 50, `CheckWorkerRegisterTime` false (Khala).
 *
 * Genesis: cool-down 7 days, the code-default tokenomic parameters (queued to the Gatekeeper as Rust's
 * genesis does), HeartbeatPaused = false in the dev profile (true in production, as on chain), the
 * subsidy wallet funded with 10,000,000 PHA (added to TotalIssuance, so issuance stays Σ balances).
 *
 * Shapes are the final Khala runtime's (runtime-release-v1270): the storage item once spelled
 * `LastBugdetUpdateBlock` is `LastBudgetUpdateBlock` there.
 *
 * Deviations: the heartbeat seed is blake2_256("PhalaPoW" ‖ parent hash) instead of the collective-flip
 * randomness; where Rust panics on a malformed heartbeat (`expect`), the message is dropped; the Treasury
 * pallet's own `Deposit` event is left to an `onTreasurySettled` subscriber.
 */

import { fromFixed } from '../../../primitives/fixed.js';
import { initialV, minimalStake } from '../../../primitives/stake-bounds.js';
import { configSlot, configured } from '../../frame/config.js';
import { badOrigin } from '../../frame/errors.js';
import { ensureRoot, ensureSigned, type Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { isDevLike } from '../../frame/profile.js';
import { bool, enumOf, struct, u32, u64, u128, type ValueOf } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, BlockNumber } from '../../frame/types.js';
import { type AccountId as Account, accountId, palletAccount } from '../../primitives/account.js';
import { concatBytes, fromHex, toHex, utf8 } from '../../primitives/bytes.js';
import { blake2_256 } from '../../primitives/hashing.js';
import { powTarget } from '../../primitives/pow-target.js';
import { DOLLARS, deposit, TotalIssuance, TREASURY_ACCOUNT, transfer, withdraw } from '../balances/index.js';
import { pushPalletMessage, queuePalletMessage } from '../phala-mq/index.js';
import {
  decodePayload,
  GatekeeperEvent,
  type MessageValue,
  type SettleInfoValue,
  Sr25519Public,
  SystemEvent,
  TOPIC,
  TokenomicParameters,
  type TokenomicParametersValue,
  type WorkerEventValue,
  WorkingInfoUpdateEvent,
  type WorkingInfoUpdateEventValue,
  WorkingReportEvent,
} from '../phala-mq/types.js';
import { ensureGovernance, isWorkerRegisteredAfterGkLaunched, Workers } from '../phala-registry/index.js';
import { Number_, ParentHash, Account as SystemAccount } from '../system/index.js';
import { now as nowMs } from '../timestamp/index.js';
import { PhalaComputationDocs } from './docs.js';
import { DEFAULT_COOL_DOWN_PERIOD, defaultTokenomicParameters } from './tokenomic.js';

export * from './tokenomic.js';

const PALLET = 'PhalaComputation';
/** `COMPUTING_PALLETID = PalletId(*b"phala/pp")`: the subsidy wallet. */
export const SUBSIDY_ACCOUNT = palletAccount('phala/pp');
export const GENESIS_SUBSIDY = 10_000_000n * DOLLARS;
export const DEFAULT_EXPECTED_HEARTBEAT_COUNT = 20n;
const BUDGET_SAFE_MULTIPLIER = 2n;
const DEFAULT_CONTRACT_ACCOUNT = '0x9e6399cd577e8ac536bdc017675f747b2d1893ad9cc8c69fd17eef73d4e6e51e';

// ---------------------------------------------------------------------------------------------------
// Types and storage

export const WorkerState = enumOf('phala_pallets::compute::computation::pallet::WorkerState', {
  Ready: null,
  WorkerIdle: null,
  _Unused: null,
  WorkerUnresponsive: null,
  WorkerCoolingDown: null,
});
export type WorkerStateName = ValueOf<typeof WorkerState>['type'];
const st = (type: WorkerStateName) => ({ type, value: null }) as ValueOf<typeof WorkerState>;
export const isComputing = (s: WorkerStateName): boolean => s === 'WorkerIdle' || s === 'WorkerUnresponsive';

export const Benchmark = struct('phala_pallets::compute::computation::pallet::Benchmark', {
  p_init: u32,
  p_instant: u32,
  iterations: u64,
  working_start_time: u64,
  challenge_time_last: u64,
});
export type BenchmarkValue = ValueOf<typeof Benchmark>;
export const SessionStats = struct('phala_pallets::compute::computation::pallet::SessionStats', {
  total_reward: u128,
});
export const SessionInfo = struct('phala_pallets::compute::computation::pallet::SessionInfo', {
  state: WorkerState,
  ve: u128,
  v: u128,
  v_updated_at: u64,
  benchmark: Benchmark,
  cool_down_start: u64,
  stats: SessionStats,
});
export type SessionInfoValue = ValueOf<typeof SessionInfo>;

const S = storage(PALLET);
export const TokenomicParametersStore = S.value('TokenomicParameters', TokenomicParameters);
export const ScheduledTokenomicUpdate = S.value('ScheduledTokenomicUpdate', TokenomicParameters);
export const OnlineWorkers = S.value('OnlineWorkers', u32, { default: 0n });
export const ExpectedHeartbeatCount = S.value('ExpectedHeartbeatCount', u32);
export const HeartbeatPaused = S.value('HeartbeatPaused', bool, { default: true });
export const MaxBudgetLimit = S.value('MaxBudgetLimit', u128, { default: 1_729_382_256_910_270_464_000n });
export const BudgetUpdateNonce = S.value('BudgetUpdateNonce', u64, { default: 0n });
export const LastBudgetUpdateBlock = S.value('LastBudgetUpdateBlock', BlockNumber, { default: 0n });
export const ContractAccount = S.value('ContractAccount', AccountId, {
  default: accountId(DEFAULT_CONTRACT_ACCOUNT),
});
export const Sessions = S.map('Sessions', [['Twox64Concat', AccountId]], SessionInfo);
export const SessionBindings = S.map('SessionBindings', [['Twox64Concat', AccountId]], Sr25519Public);
export const WorkerBindings = S.map('WorkerBindings', [['Twox64Concat', Sr25519Public]], AccountId);
export const CoolDownPeriod = S.value('CoolDownPeriod', u64, { default: 0n });
export const NextSessionId = S.value('NextSessionId', u32, { default: 0n });
export const ComputingStartBlock = S.value('ComputingStartBlock', BlockNumber);
export const ComputingHalvingInterval = S.value('ComputingHalvingInterval', BlockNumber);
export const Stakes = S.map('Stakes', [['Twox64Concat', AccountId]], u128);

export const PhalaComputationEvents = events(PALLET, 'phala_pallets::compute::computation', {
  CoolDownExpirationChanged: { period: u64 },
  WorkerStarted: { session: AccountId, init_v: u128, init_p: u32 },
  WorkerStopped: { session: AccountId },
  WorkerReclaimed: { session: AccountId, original_stake: u128, slashed: u128 },
  SessionBound: { session: AccountId, worker: Sr25519Public },
  SessionUnbound: { session: AccountId, worker: Sr25519Public },
  WorkerEnterUnresponsive: { session: AccountId },
  WorkerExitUnresponsive: { session: AccountId },
  SessionSettled: { session: AccountId, v_bits: u128, payout_bits: u128 },
  InternalErrorWorkerSettleFailed: { worker: Sr25519Public },
  SubsidyBudgetHalved: {},
  InternalErrorWrongHalvingConfigured: {},
  TokenomicParametersChanged: {},
  SessionSettlementDropped: { session: AccountId, v: u128, payout: u128 },
  BenchmarkUpdated: { session: AccountId, p_instant: u32 },
  BudgetUpdated: { nonce: u64, budget: u128 },
});
const emit = PhalaComputationEvents.emit;

export const PhalaComputationErrors = errors(PALLET, 'phala_pallets::compute::computation', [
  'BadSender',
  '_InvalidMessage',
  'WorkerNotRegistered',
  '_GatekeeperNotRegistered',
  'DuplicateBoundSession',
  'BenchmarkMissing',
  'SessionNotFound',
  'SessionNotBound',
  'WorkerNotReady',
  'WorkerNotComputing',
  'WorkerNotBound',
  'CoolDownNotReady',
  'InsufficientStake',
  'TooMuchStake',
  'InternalErrorBadTokenomicParameters',
  'DuplicateBoundWorker',
  'BenchmarkTooLow',
  'InternalErrorCannotStartWithExistingStake',
  'NotMigrationRoot',
  'NonceIndexInvalid',
  'BudgetUpdateBlockInvalid',
  'BudgetExceedMaxLimit',
  'WorkerReregisterNeeded',
] as const);
const fail = PhalaComputationErrors.fail;

export const PhalaComputationConstants = constants(PALLET, {
  ExpectedBlockTimeSec: { codec: u32, value: 12n, hidden: true },
  MinInitP: { codec: u32, value: 50n, hidden: true },
  CheckWorkerRegisterTime: { codec: bool, value: false, hidden: true },
});

// ---------------------------------------------------------------------------------------------------
// Hooks for the stake pool (Rust Config callbacks)

export type OnReward = (settle: SettleInfoValue[]) => void;
export type OnUnbound = (worker: string, force: boolean) => void;
export type OnStopped = (worker: string, origStake: bigint, slashed: bigint) => void;
/** Config::OnReward: after every Gatekeeper WorkingInfoUpdateEvent, with all its SettleInfos. */
export const ComputationOnReward = configSlot<OnReward>('PhalaComputation.OnReward', () => {});
/** Config::OnUnbound: a session was unbound with notification. */
export const ComputationOnUnbound = configSlot<OnUnbound>('PhalaComputation.OnUnbound', () => {});
/** Config::OnStopped: a session entered cool-down (left unbound: the stake pool's on_stopped does nothing in this model). */
export const ComputationOnStopped = configSlot<OnStopped>('PhalaComputation.OnStopped', () => {});

/**
 * Extra observers of the computation callbacks (for tests; the runtime's own handlers are the Config
 * slots above and run first):
 * - `onReward(settle)`: after every Gatekeeper WorkingInfoUpdateEvent, with all its SettleInfos (bits);
 * - `onUnbound(worker, force)`: a session was unbound with notification (`force` = it was computing);
 * - `onStopped(worker, origStake, slashed)`: a session entered cool-down (slashed is always 0);
 * - `onReclaimed(session, origStake, slashed)`: a session returned to Ready after cool-down;
 * - `onTreasurySettled(amount)`: the treasury part of a settlement reached the Treasury account.
 */
export const computationHooks = {
  onReward: [] as OnReward[],
  onUnbound: [] as OnUnbound[],
  onStopped: [] as OnStopped[],
  onReclaimed: [] as Array<(session: Account, origStake: bigint, slashed: bigint) => void>,
  onTreasurySettled: [] as Array<(amount: bigint) => void>,
};

// ---------------------------------------------------------------------------------------------------
// Helpers

const nowSec = (): bigint => nowMs() / 1000n;

function pushWorkerEvent(pubkey: string, event: WorkerEventValue): void {
  pushPalletMessage(PALLET, TOPIC.systemEvent, SystemEvent, {
    type: 'WorkerEvent',
    value: { pubkey, event },
  });
}

export function tokenomicParameters(): TokenomicParametersValue {
  const params = TokenomicParametersStore.tryGet();
  if (!params) throw fail('InternalErrorBadTokenomicParameters');
  return params;
}

function updateTokenomicParameters(params: TokenomicParametersValue): void {
  TokenomicParametersStore.set(params);
  pushPalletMessage(PALLET, TOPIC.gatekeeperEvent, GatekeeperEvent, {
    type: 'TokenomicParametersChanged',
    value: params,
  });
  emit('TokenomicParametersChanged', {});
}

export function ensureWorkerBound(pubkey: string): Account {
  const session = WorkerBindings.tryGet(pubkey);
  if (session === undefined) throw fail('WorkerNotBound');
  return session;
}

export function ensureSessionBound(session: Account): string {
  const worker = SessionBindings.tryGet(session);
  if (worker === undefined) throw fail('SessionNotBound');
  return worker;
}

// ---------------------------------------------------------------------------------------------------
// Session lifecycle (pallet-internal functions the stake pool calls)

/** Binds a session account to a worker (→ Ready). */
export function bind(session: Account, pubkey: string): void {
  const worker = Workers.tryGet(pubkey);
  if (!worker) throw fail('WorkerNotRegistered');
  if (PhalaComputationConstants.get('CheckWorkerRegisterTime') && !isWorkerRegisteredAfterGkLaunched(pubkey))
    throw fail('WorkerReregisterNeeded');
  if (worker.initialScore === null) throw fail('BenchmarkMissing');
  if (SessionBindings.contains(session)) throw fail('DuplicateBoundSession');
  if (WorkerBindings.contains(pubkey)) throw fail('DuplicateBoundWorker');
  const existing = Sessions.tryGet(session);
  if (existing && existing.state.type !== 'Ready') throw fail('WorkerNotReady');
  const now = nowSec();
  SessionBindings.set(session, pubkey);
  WorkerBindings.set(pubkey, session);
  Sessions.set(session, {
    state: st('Ready'),
    ve: 0n,
    v: 0n,
    vUpdatedAt: now,
    benchmark: { pInit: 0n, pInstant: 0n, iterations: 0n, workingStartTime: now, challengeTimeLast: 0n },
    coolDownStart: 0n,
    stats: { totalReward: 0n },
  });
  emit('SessionBound', { session, worker: pubkey });
}

/** Unbinds a session (stopping it first when computing); `notify` runs the onUnbound hooks. */
export function unbindSession(session: Account, notify: boolean): void {
  const worker = ensureSessionBound(session);
  const info = Sessions.tryGet(session);
  if (!info) throw new Error(`bound session ${session} has no SessionInfo`);
  const force = !(info.state.type === 'Ready' || info.state.type === 'WorkerCoolingDown');
  if (force) stopComputing(session);
  SessionBindings.remove(session);
  WorkerBindings.remove(worker);
  emit('SessionUnbound', { session, worker });
  if (notify) {
    configured(ComputationOnUnbound)(worker, force);
    for (const h of computationHooks.onUnbound) h(worker, force);
  }
}

/** Starts computing with `stake` (already locked by the caller). */
export function startComputing(session: Account, stake: bigint): void {
  const worker = SessionBindings.tryGet(session);
  if (worker === undefined) throw fail('SessionNotFound');
  const info = Sessions.tryGet(session);
  if (!info || info.state.type !== 'Ready') throw fail('WorkerNotReady');
  if (Stakes.contains(session)) throw fail('InternalErrorCannotStartWithExistingStake');
  const registered = Workers.tryGet(worker);
  if (!registered) throw new Error(`bound worker ${worker} is not registered`);
  const p = registered.initialScore;
  if (p === null) throw fail('BenchmarkMissing');
  if (p < PhalaComputationConstants.get('MinInitP')) throw fail('BenchmarkTooLow');
  const params = tokenomicParameters();
  if (stake < minimalStake(params, p)) throw fail('InsufficientStake');
  const ve = initialV(params, stake, p, registered.confidenceLevel);
  if (ve > params.vMax) throw fail('TooMuchStake');
  const now = nowSec();
  Stakes.set(session, stake);
  Sessions.set(session, {
    ...info,
    state: st('WorkerIdle'),
    ve,
    v: ve,
    vUpdatedAt: now,
    benchmark: { ...info.benchmark, pInit: p },
  });
  OnlineWorkers.set(OnlineWorkers.get() + 1n);
  const sessionId = NextSessionId.get();
  NextSessionId.set(sessionId + 1n);
  pushWorkerEvent(worker, { type: 'Started', value: { session_id: sessionId, init_v: ve, init_p: p } });
  emit('WorkerStarted', { session, init_v: ve, init_p: p });
}

/** Stops computing: → WorkerCoolingDown, cool-down starts now. */
export function stopComputing(session: Account): void {
  const worker = SessionBindings.tryGet(session);
  if (worker === undefined) throw fail('SessionNotBound');
  const info = Sessions.tryGet(session);
  if (!info) throw fail('SessionNotFound');
  if (info.state.type === 'Ready' || info.state.type === 'WorkerCoolingDown')
    throw fail('WorkerNotComputing');
  Sessions.set(session, { ...info, state: st('WorkerCoolingDown'), coolDownStart: nowSec() });
  OnlineWorkers.set(OnlineWorkers.get() - 1n);
  const origStake = Stakes.tryGet(session) ?? 0n;
  configured(ComputationOnStopped)(worker, origStake, 0n);
  for (const h of computationHooks.onStopped) h(worker, origStake, 0n);
  pushWorkerEvent(worker, { type: 'Stopped', value: null });
  emit('WorkerStopped', { session });
}

/** After cool-down (or at once when `checkCooldown` is false): → Ready; returns the stake (never slashed). */
export function reclaim(session: Account, checkCooldown: boolean): { origStake: bigint; slashed: bigint } {
  const info = Sessions.tryGet(session);
  if (!info) throw fail('SessionNotFound');
  const ready =
    info.state.type === 'WorkerCoolingDown' &&
    (!checkCooldown || nowSec() - info.coolDownStart >= CoolDownPeriod.get());
  if (!ready) throw fail('CoolDownNotReady');
  Sessions.set(session, { ...info, state: st('Ready'), coolDownStart: 0n });
  const origStake = Stakes.tryGet(session) ?? 0n;
  Stakes.remove(session);
  emit('WorkerReclaimed', { session, original_stake: origStake, slashed: 0n });
  for (const h of computationHooks.onReclaimed) h(session, origStake, 0n);
  return { origStake, slashed: 0n };
}

/** `withdraw_subsidy_pool`: pays `value` from the subsidy wallet (KeepAlive). */
export function withdrawSubsidyPool(target: Account, value: bigint): void {
  transfer(SUBSIDY_ACCOUNT, target, value, true);
}

// ---------------------------------------------------------------------------------------------------
// Heartbeat challenge and messages

/** The `HeartbeatChallenge` of this block's `on_finalize` (unless paused). */
/** The challenge seed's domain prefix, encoded once. */
const POW_PREFIX = utf8('PhalaPoW');

/**
 * The last challenge target and its inputs: `pow_target` is a pure function of them, and they change only
 * when a worker starts or stops or a parameter changes, so most blocks reuse it.
 */
let lastTarget: { numTx: bigint; workers: bigint; blockTime: bigint; target: bigint } | undefined;

function challengeTarget(numTx: bigint, workers: bigint, blockTime: bigint): bigint {
  const last = lastTarget;
  if (last && last.numTx === numTx && last.workers === workers && last.blockTime === blockTime)
    return last.target;
  const target = powTarget(numTx, workers, blockTime);
  lastTarget = { numTx, workers, blockTime, target };
  return target;
}

function heartbeatChallenge(): void {
  if (HeartbeatPaused.get()) return;
  const seed = BigInt(toHex(blake2_256(concatBytes(POW_PREFIX, fromHex(ParentHash.get())))));
  const numTx = ExpectedHeartbeatCount.tryGet() ?? DEFAULT_EXPECTED_HEARTBEAT_COUNT;
  const target = challengeTarget(
    numTx,
    OnlineWorkers.get(),
    PhalaComputationConstants.get('ExpectedBlockTimeSec'),
  );
  pushPalletMessage(PALLET, TOPIC.systemEvent, SystemEvent, {
    type: 'HeartbeatChallenge',
    value: { seed, onlineTarget: target },
  });
}

/** `Benchmark::update` (seconds); returns false where Rust returns Err. */
function updateBenchmark(
  b: BenchmarkValue,
  now: bigint,
  iterations: bigint,
  challengeTime: bigint,
): BenchmarkValue | undefined {
  if (now <= b.challengeTimeLast) return undefined;
  const base = iterations < b.iterations ? iterations : b.iterations;
  const deltaTs = now - b.challengeTimeLast;
  const deltaIter = iterations - base;
  const raw = BigInt.asUintN(32, BigInt.asUintN(64, deltaIter * 6n) / deltaTs);
  const cap = (b.pInit * 12n) / 10n;
  return { ...b, challengeTimeLast: challengeTime, iterations, pInstant: raw < cap ? raw : cap };
}

/** `on_working_message_received` (topic `phala/mining/report`): updates the on-chain benchmark. */
export function onWorkingMessageReceived(message: MessageValue): void {
  if (message.sender.type !== 'Worker') return;
  const report = decodePayload(WorkingReportEvent, message);
  if (!report) throw fail('_InvalidMessage');
  const session = ensureWorkerBound(message.sender.value);
  const info = Sessions.tryGet(session);
  if (!info) throw fail('SessionNotFound');
  const benchmark = updateBenchmark(
    info.benchmark,
    nowSec(),
    report.value.iterations,
    report.value.challenge_time / 1000n,
  );
  if (!benchmark) throw fail('_InvalidMessage');
  emit('BenchmarkUpdated', { session, p_instant: benchmark.pInstant });
  Sessions.set(session, { ...info, benchmark });
}

function tryHandleSettle(s: SettleInfoValue, now: bigint, emitTs: bigint): void {
  const session = WorkerBindings.tryGet(s.pubkey);
  if (session === undefined) return;
  const info = Sessions.tryGet(session);
  if (!info) throw fail('SessionNotFound');
  if (info.vUpdatedAt >= emitTs) {
    emit('SessionSettlementDropped', { session, v: s.v, payout: s.payout });
    return;
  }
  Sessions.set(session, {
    ...info,
    v: s.v,
    vUpdatedAt: now,
    stats: { totalReward: info.stats.totalReward + fromFixed(s.payout) },
  });
  const treasury = fromFixed(s.treasury);
  if (treasury > 0n) {
    withdraw(SUBSIDY_ACCOUNT, treasury, false);
    deposit(TREASURY_ACCOUNT, treasury);
    for (const h of computationHooks.onTreasurySettled) h(treasury);
  }
  emit('SessionSettled', { session, v_bits: s.v, payout_bits: s.payout });
}

/** Applies a decoded WorkingInfoUpdateEvent from the Gatekeeper (`on_gk_message_received` body). */
export function applyWorkingInfoUpdate(event: WorkingInfoUpdateEventValue): void {
  if (event.offline.length === 0 && event.recoveredToOnline.length === 0 && event.settle.length === 0) return;
  const emitTs = event.timestampMs / 1000n;
  const now = nowSec();
  for (const worker of event.offline) {
    const session = WorkerBindings.tryGet(worker);
    if (session === undefined) continue;
    const info = Sessions.tryGet(session);
    if (!info || !isComputing(info.state.type)) continue;
    Sessions.set(session, { ...info, state: st('WorkerUnresponsive') });
    emit('WorkerEnterUnresponsive', { session });
    pushWorkerEvent(worker, { type: 'EnterUnresponsive', value: null });
  }
  for (const worker of event.recoveredToOnline) {
    const session = WorkerBindings.tryGet(worker);
    if (session === undefined) continue;
    const info = Sessions.tryGet(session);
    if (!info || !isComputing(info.state.type)) continue;
    Sessions.set(session, { ...info, state: st('WorkerIdle') });
    emit('WorkerExitUnresponsive', { session });
    pushWorkerEvent(worker, { type: 'ExitUnresponsive', value: null });
  }
  for (const s of event.settle) {
    try {
      tryHandleSettle(s, now, emitTs);
    } catch {
      emit('InternalErrorWorkerSettleFailed', { worker: s.pubkey });
    }
  }
  configured(ComputationOnReward)(event.settle);
  for (const h of computationHooks.onReward) h(event.settle);
}

/** `on_gk_message_received` (topic `^phala/mining/update`). */
export function onGkMessageReceived(message: MessageValue): void {
  if (message.sender.type !== 'Gatekeeper') throw fail('BadSender');
  const event = decodePayload(WorkingInfoUpdateEvent, message);
  if (!event) throw fail('_InvalidMessage');
  applyWorkingInfoUpdate(event);
}

/**
 * One Gatekeeper settlement for a worker, delivered straight to the settlement handler as the Rust
 * pallet tests do (the harness's `offchain.settle`). `v` defaults to the session's current V and
 * `treasury` to 0. The emit time is the block time, moved just past the session's `v_updated_at` when
 * the session was started or settled within the same second (a real Gatekeeper message always comes
 * from a later block), so the settlement is applied rather than dropped.
 */
export function deliverSettlement(
  pubkey: string,
  s: { vBits?: bigint; payoutBits: bigint; treasuryBits?: bigint },
): void {
  const session = WorkerBindings.tryGet(pubkey);
  const info = session === undefined ? undefined : Sessions.tryGet(session);
  let timestampMs = nowMs();
  if (info && info.vUpdatedAt >= timestampMs / 1000n) timestampMs = (info.vUpdatedAt + 1n) * 1000n;
  applyWorkingInfoUpdate({
    blockNumber: Number_.get(),
    timestampMs,
    offline: [],
    recoveredToOnline: [],
    settle: [{ pubkey, v: s.vBits ?? info?.v ?? 0n, payout: s.payoutBits, treasury: s.treasuryBits ?? 0n }],
  });
}

// ---------------------------------------------------------------------------------------------------
// The pallet

function ensureContractAccount(origin: Origin): void {
  if (origin.kind !== 'signed' || origin.who !== ContractAccount.get()) throw badOrigin();
}

function ensureHalfCouncil(origin: Origin): void {
  if (origin.kind === 'collective' && origin.collective === 'Council' && origin.yes * 2 >= origin.of) return;
  throw badOrigin();
}

const W0 = { refTime: 0n };
const W1 = { refTime: 1n };

export const PhalaComputation: PalletDecl = {
  docs: PhalaComputationDocs,
  name: PALLET,
  crate: 'phala_pallets::compute::computation',
  index: 87,
  storage: S.items,
  events: PhalaComputationEvents,
  errors: PhalaComputationErrors,
  constants: PhalaComputationConstants,
  calls: {
    set_cool_down_expiration: call(
      0,
      { period: u64 },
      (o, { period }) => {
        ensureRoot(o);
        CoolDownPeriod.set(period);
        emit('CoolDownExpirationChanged', { period });
      },
      W0,
    ),
    unbind: call(
      1,
      { session: AccountId },
      (o, { session }) => {
        const who = ensureSigned(o);
        const pubkey = ensureSessionBound(session);
        const worker = Workers.tryGet(pubkey);
        if (!worker) throw fail('WorkerNotRegistered');
        if (worker.operator !== who) throw fail('BadSender');
        unbindSession(session, true);
      },
      W0,
    ),
    force_heartbeat: call(
      2,
      {},
      (o) => {
        ensureRoot(o);
        pushPalletMessage(PALLET, TOPIC.systemEvent, SystemEvent, {
          type: 'HeartbeatChallenge',
          value: { seed: 0n, onlineTarget: (1n << 256n) - 1n },
        });
      },
      W1,
    ),
    force_start_computing: call(
      3,
      { session: AccountId, stake: u128 },
      (o, { session, stake }) => {
        ensureRoot(o);
        startComputing(session, stake);
      },
      W1,
    ),
    force_stop_computing: call(
      4,
      { session: AccountId },
      (o, { session }) => {
        ensureRoot(o);
        stopComputing(session);
      },
      W1,
    ),
    update_tokenomic: call(
      5,
      { new_params: TokenomicParameters },
      (o, { new_params }) => {
        ensureGovernance(o);
        ScheduledTokenomicUpdate.set(new_params);
      },
      W1,
    ),
    set_heartbeat_paused: call(
      6,
      { paused: bool },
      (o, { paused }) => {
        ensureGovernance(o);
        HeartbeatPaused.set(paused);
      },
      W1,
    ),
    set_budget_per_block: call(
      7,
      { nonce: u64, block_number: BlockNumber, budget: u128 },
      (o, { nonce, block_number, budget }) => {
        ensureContractAccount(o);
        if (nonce <= BudgetUpdateNonce.get()) throw fail('NonceIndexInvalid');
        if (block_number <= LastBudgetUpdateBlock.get()) throw fail('BudgetUpdateBlockInvalid');
        if (budget > MaxBudgetLimit.get() * BUDGET_SAFE_MULTIPLIER) throw fail('BudgetExceedMaxLimit');
        const params = tokenomicParameters();
        BudgetUpdateNonce.set(nonce);
        LastBudgetUpdateBlock.set(block_number);
        updateTokenomicParameters({ ...params, budgetPerBlock: budget });
        emit('BudgetUpdated', { nonce, budget });
      },
      W1,
    ),
    update_contract_root: call(
      8,
      { account_id: AccountId },
      (o, { account_id }) => {
        ensureHalfCouncil(o);
        ContractAccount.set(account_id);
      },
      W1,
    ),
  },
  hooks: {
    onFinalize() {
      heartbeatChallenge();
      const scheduled = ScheduledTokenomicUpdate.tryGet();
      if (scheduled) {
        ScheduledTokenomicUpdate.kill();
        updateTokenomicParameters(scheduled);
      }
    },
  },
  genesis(config) {
    const params = defaultTokenomicParameters();
    CoolDownPeriod.set(DEFAULT_COOL_DOWN_PERIOD);
    TokenomicParametersStore.set(params);
    queuePalletMessage(PALLET, TOPIC.gatekeeperEvent, GatekeeperEvent, {
      type: 'TokenomicParametersChanged',
      value: params,
    });
    if (isDevLike(config.profile)) HeartbeatPaused.set(false);
    // Fund the subsidy wallet as a genesis balance (issuance = Σ balances).
    const info = SystemAccount.get(SUBSIDY_ACCOUNT);
    SystemAccount.set(SUBSIDY_ACCOUNT, {
      ...info,
      providers: info.providers > 0n ? info.providers : 1n,
      data: { ...info.data, free: info.data.free + GENESIS_SUBSIDY },
    });
    TotalIssuance.set(TotalIssuance.get() + GENESIS_SUBSIDY);
  },
  invariants: {
    onlineWorkersCountsComputingSessions() {
      let n = 0n;
      for (const [, info] of Sessions.entries()) if (isComputing(info.state.type)) n++;
      const online = OnlineWorkers.get();
      if (n !== online) throw new Error(`OnlineWorkers ${online} ≠ ${n} computing sessions`);
    },
    stakesOnlyForRunningSessions() {
      const staked = new Set(Stakes.keys().map(([s]) => s));
      for (const [[session], info] of Sessions.entries()) {
        const running = isComputing(info.state.type) || info.state.type === 'WorkerCoolingDown';
        if (running !== staked.has(session))
          throw new Error(`session ${session} in ${info.state.type} ${running ? 'without' : 'with'} Stakes`);
        staked.delete(session);
      }
      if (staked.size > 0) throw new Error(`Stakes without a session: ${[...staked].join(', ')}`);
    },
    bindingsAreInverse() {
      for (const [[session], worker] of SessionBindings.entries()) {
        if (WorkerBindings.tryGet(worker) !== session)
          throw new Error(`SessionBindings[${session}] = ${worker} not mirrored`);
        if (!Sessions.contains(session)) throw new Error(`bound session ${session} has no SessionInfo`);
      }
      for (const [[worker], session] of WorkerBindings.entries())
        if (SessionBindings.tryGet(session) !== worker)
          throw new Error(`WorkerBindings[${worker}] = ${session} not mirrored`);
    },
    tokenomicParametersPresent() {
      if (!TokenomicParametersStore.exists()) throw new Error('TokenomicParameters missing');
    },
  },
};
