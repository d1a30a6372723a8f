/**
 * The Gatekeeper's computing economics (crates/phactory/src/system/gk.rs `ComputingEconomics`): it
 * replays every finalized block's PhalaMq.OutboundMessages in order and keeps, per worker, a replica of
 * the worker state machine, the pending heartbeat challenges and the tokenomic state (V, P, share).
 *
 * Per block, exactly as gk.rs:
 * 1. `will_process_block`: Σshare over computing, responsive workers is taken *before* the block's
 *    messages (so a heartbeat's payout uses the new p_instant in its own share but the old one in Σshare);
 * 2. messages in order: system events (Registered creates the worker; Started resets its tokenomic;
 *    Stopped settles the final V with zero payout), heartbeat reports (the oldest pending challenge must
 *    match; p_instant update; payout & treasury when online, recovery bookkeeping when unresponsive),
 *    TokenomicParametersChanged from a pallet;
 * 3. `did_process_block`: recovered / newly offline workers (a pending challenge older than
 *    heartbeat_window blocks), then slash (unresponsive) or idle V growth (no heartbeat this block);
 * 4. a `WorkingInfoUpdateEvent { block_number, timestamp_ms, offline, recovered_to_online, settle }`
 *    on `^phala/mining/update`, signed by the master key as `MessageOrigin::Gatekeeper`, if non-empty.
 *
 * Cost: two passes over the table's slots per block (Σshare; step 3, which reads a worker's objects only
 * when a message reached it since its last quiet block, or it is benchmarking, awaiting a heartbeat or
 * not computing and responsive), plus the block's messages; a worker event touches only the worker it
 * names, a challenge only the workers an index by hashed id says it can hit (challenge-index.ts), and
 * only the workers whose heartbeat flag a block set are cleared for the next. The passes run in
 * registration order, the order of the workers' table slots and objects in memory (gk.rs walks its
 * OrdMap in key order: a key-order walk over 30,000 workers jumps around memory at every step; measured
 * there, Σshare's pass took 1.8 µs per worker in key order, 0.5 µs in registration order). What each pass does for one worker does not depend on
 * the others, Σshare is an exact sum, and the one order that shows, the report's offline and recovered
 * lists, is restored by sorting them by key.
 * Each worker's V, V deductible and P terms live in a TokenomicTable (gk-tokenomic-table.ts): Σshare and
 * the quiet workers' idle V updates run in its WebAssembly kernel over the table's memory, without a
 * bigint per worker per block, to the same bits (the Gatekeeper marks there which workers it counts and
 * which are busy).
 */
import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import { fromInt } from '../../primitives/fixed.js';
import {
  decodePayload,
  GatekeeperEvent,
  type MessageValue,
  type SettleInfoValue,
  type SignedMessageValue,
  SystemEvent,
  TOPIC,
  topic,
  WorkingInfoUpdateEvent,
  type WorkingInfoUpdateEventValue,
  WorkingReportEvent,
} from '../pallets/phala-mq/types.js';
import { DEV_GATEKEEPER_MASTER_SEED } from '../pallets/phala-registry/dev-identities.js';
import { ChallengeIndex } from './challenge-index.js';
import {
  type GkParams,
  gkParams,
  type TokenomicInfo,
  testParams,
  updatePInstant,
  updateVHeartbeat,
  updateVRecover,
  updateVSlash,
} from './gk-tokenomic.js';
import { TokenomicTable } from './gk-tokenomic-table.js';
import { SignedMessageChannel } from './signer.js';
import {
  type BlockInfo,
  type HeartbeatChallengeValue,
  type WorkerStateCallback,
  WorkerStateMachine,
} from './worker-state.js';

/**
 * The Gatekeeper's replica of one worker. Its `state` and `unresponsive` are the Gatekeeper's to change:
 * it keeps the table's Σshare set (computing and responsive workers) in step with them.
 */
export interface GkWorker {
  state: WorkerStateMachine;
  readonly waitingHeartbeats: bigint[];
  unresponsive: boolean;
  /** The worker's slot in the Gatekeeper's TokenomicTable, and its record there. */
  slot: number;
  readonly tokenomic: TokenomicInfo;
  heartbeatFlag: boolean;
  /** gk.rs `WorkerSMTracker`: records the challenges the worker must answer. */
  readonly tracker: WorkerStateCallback;
}

/** The Gatekeeper's restorable state (see `Gatekeeper.exportState`). */
export interface GatekeeperState {
  params: GkParams;
  sequence: bigint;
  workers: Array<{
    pubkey: string;
    registered: boolean;
    benchState: WorkerStateMachine['benchState'];
    workingState: WorkerStateMachine['workingState'];
    waitingHeartbeats: bigint[];
    unresponsive: boolean;
    tokenomic: TokenomicInfo;
  }>;
}

const TOPIC_SYSTEM = topic(TOPIC.systemEvent);
const TOPIC_REPORT = topic(TOPIC.workingReport);
const TOPIC_GK_EVENT = topic(TOPIC.gatekeeperEvent);

export class GatekeeperStatePoisoned extends Error {
  constructor(detail: string) {
    super(`GK or Worker state poisoned: ${detail}`);
    this.name = 'GatekeeperStatePoisoned';
  }
}

export class Gatekeeper {
  /** Workers by key, in registration order (their table slots' order). */
  readonly workers = new Map<string, GkWorker>();
  params: GkParams;
  readonly egress: SignedMessageChannel;
  private sumShare = 0n;
  private report: WorkingInfoUpdateEventValue = emptyReport(0n, 0n);
  /** `workers`' values, kept until a worker registers. */
  private list: GkWorker[] | undefined;
  /** `list` indexed by hashed id, for the workers a heartbeat challenge can hit (built on demand). */
  private challengeIndex: ChallengeIndex<GkWorker> | undefined;
  /** The workers whose `heartbeatFlag` this block set (the only ones to clear for the next). */
  private flagged: GkWorker[] = [];
  /**
   * Every worker's V, V deductible and P terms (struct of arrays in WebAssembly memory), and its flags:
   * counted (computing and responsive) and busy. A slot is not busy when, as of the last end-of-block
   * pass, the worker had no benchmark window, no pending challenge and no heartbeat flag; every message
   * that reaches the worker sets it busy. A quiet worker (counted, not busy) needs nothing at the end of a
   * block but its idle V update, which the table runs for all of them at once (`didProcessBlock`).
   */
  private table = new TokenomicTable();
  /** Every WorkingInfoUpdateEvent emitted, oldest first (for tests and the indexer). */
  readonly reports: WorkingInfoUpdateEventValue[] = [];

  constructor(opts: { masterSeed?: Uint8Array; startSequence?: bigint; params?: GkParams } = {}) {
    this.params = opts.params ?? testParams();
    this.egress = new SignedMessageChannel(
      { type: 'Gatekeeper', value: null },
      sr25519PairFromSeed(opts.masterSeed ?? DEV_GATEKEEPER_MASTER_SEED),
      opts.startSequence ?? 0n,
    );
  }

  /** The Gatekeeper's restorable state, taken between blocks after its egress was taken. */
  exportState(): GatekeeperState {
    return {
      params: { ...this.params },
      sequence: this.egress.nextSequence,
      workers: [...this.workers.entries()].map(([pubkey, w]) => ({
        pubkey,
        registered: w.state.registered,
        benchState: w.state.benchState && { ...w.state.benchState },
        workingState: w.state.workingState && { ...w.state.workingState },
        waitingHeartbeats: [...w.waitingHeartbeats],
        unresponsive: w.unresponsive,
        tokenomic: { ...w.tokenomic },
      })),
    };
  }

  /** Restores what `exportState` returned. */
  importState(s: GatekeeperState): void {
    this.params = { ...s.params };
    this.egress.restoreSequence(s.sequence);
    this.workers.clear();
    this.list = undefined;
    this.flagged = [];
    this.table = new TokenomicTable();
    for (const w of s.workers) {
      const state = new WorkerStateMachine(w.pubkey);
      state.registered = w.registered;
      state.benchState = w.benchState && { ...w.benchState };
      state.workingState = w.workingState && { ...w.workingState };
      const gw = this.newWorker(state);
      gw.waitingHeartbeats.push(...w.waitingHeartbeats);
      gw.unresponsive = w.unresponsive;
      Object.assign(gw.tokenomic, w.tokenomic);
      this.count(gw);
      this.workers.set(w.pubkey, gw);
    }
  }

  worker(pubkey: string): GkWorker | undefined {
    return this.workers.get(pubkey);
  }

  /** A worker with a fresh slot in the table (zero tokenomic). */
  private newWorker(state: WorkerStateMachine): GkWorker {
    const slot = this.table.add();
    this.table.setBusy(slot, true);
    const waitingHeartbeats: bigint[] = [];
    return {
      state,
      waitingHeartbeats,
      unresponsive: false,
      slot,
      tokenomic: this.table.recordAt(slot),
      heartbeatFlag: false,
      tracker: tracker(waitingHeartbeats),
    };
  }

  /** Σshare of computing, responsive workers (`sum_share`), in the table's kernel. */
  computeSumShare(): bigint {
    return this.table.sumShare() ?? TokenomicTable.sumShareBigint(this.table.countedRecords());
  }

  /** Keeps the table's Σshare set: the worker counts while computing and responsive. */
  private count(w: GkWorker): void {
    this.table.setCounted(w.slot, !w.unresponsive && w.state.workingState !== null);
  }

  /** The workers in registration order, as an array kept until a worker registers. */
  private all(): GkWorker[] {
    if (this.list?.length !== this.workers.size) {
      this.list = [...this.workers.values()];
      this.challengeIndex = undefined;
    }
    return this.list;
  }

  /** The workers a challenge can hit (a superset of its hits, see challenge-index.ts). */
  private challenged(c: HeartbeatChallengeValue): GkWorker[] {
    const all = this.all();
    this.challengeIndex ??= new ChallengeIndex(all);
    return this.challengeIndex.candidates(c) ?? all;
  }

  /** Replays one finalized block; returns the signed report when there is one. */
  processBlock(block: BlockInfo): SignedMessageValue | undefined {
    this.willProcessBlock(block);
    for (const m of block.messages) this.processMessage(block, m);
    return this.didProcessBlock(block);
  }

  willProcessBlock(block: BlockInfo): void {
    this.sumShare = this.computeSumShare();
    this.report = emptyReport(block.number, block.timestampMs);
    for (const w of this.flagged) w.heartbeatFlag = false;
    this.flagged = [];
  }

  processMessage(block: BlockInfo, m: MessageValue): void {
    const dest = m.destination.toLowerCase();
    if (dest === TOPIC_SYSTEM) {
      if (m.sender.type !== 'Pallet') return;
      const event = decodePayload(SystemEvent, m);
      if (event) this.processSystemEvent(block, event);
    } else if (dest === TOPIC_REPORT) {
      if (m.sender.type !== 'Worker') return;
      const event = decodePayload(WorkingReportEvent, m);
      if (event) this.processComputingReport(block, m.sender.value, event);
    } else if (dest === TOPIC_GK_EVENT) {
      const event = decodePayload(GatekeeperEvent, m);
      if (event?.type === 'TokenomicParametersChanged' && m.sender.type === 'Pallet')
        this.params = gkParams(event.value);
    }
  }

  private processSystemEvent(block: BlockInfo, event: ReturnType<typeof SystemEvent.dec>): void {
    if (event.type === 'WorkerEvent' && event.value.event.type === 'Registered') {
      const pubkey = event.value.pubkey;
      if (!this.workers.has(pubkey)) this.workers.set(pubkey, this.newWorker(new WorkerStateMachine(pubkey)));
    }
    // A challenge reaches every worker it can hit; a worker event only the worker it names.
    if (event.type !== 'WorkerEvent') {
      for (const w of this.challenged(event.value)) {
        this.table.setBusy(w.slot, true);
        w.state.processEvent(block, event, w.tracker);
      }
      return;
    }
    const w = this.workers.get(event.value.pubkey);
    if (!w) return;
    this.table.setBusy(w.slot, true);
    w.state.processEvent(block, event, w.tracker);
    const e = event.value.event;
    if (e.type === 'Registered') w.tokenomic.confidenceLevel = e.value.confidenceLevel;
    else if (e.type === 'Started') {
      const p = fromInt(e.value.init_p);
      w.unresponsive = false;
      Object.assign(w.tokenomic, {
        v: e.value.init_v,
        vInit: e.value.init_v,
        vDeductible: 0n,
        vUpdateAt: block.timestampMs,
        vUpdateBlock: block.number,
        iterationLast: 0n,
        challengeTimeLast: block.timestampMs,
        pBench: p,
        pInstant: p,
        confidenceLevel: w.tokenomic.confidenceLevel,
        contractRunning: false,
      } satisfies TokenomicInfo);
    } else if (e.type === 'Stopped') {
      this.report.settle.push({ pubkey: w.state.pubkey, v: w.tokenomic.v, payout: 0n, treasury: 0n });
    }
    this.count(w);
  }

  private processComputingReport(
    block: BlockInfo,
    pubkey: string,
    event: ReturnType<typeof WorkingReportEvent.dec>,
  ): void {
    const w = this.workers.get(pubkey);
    if (!w) return;
    const hb = event.value;
    if (w.waitingHeartbeats[0] !== hb.challenge_block)
      throw new GatekeeperStatePoisoned(
        `unexpected heartbeat for block ${hb.challenge_block} from ${pubkey}, waiting ${w.waitingHeartbeats.join(',')}`,
      );
    w.waitingHeartbeats.shift();
    const working = w.state.workingState;
    if (!working || hb.session_id !== working.sessionId) return;
    if (!w.heartbeatFlag) this.flagged.push(w);
    w.heartbeatFlag = true;
    this.table.setBusy(w.slot, true);
    const contractRunning = event.type === 'HeartbeatV2' && event.value.n_clusters > 0n;
    updatePInstant(w.tokenomic, block.timestampMs, hb.iterations, contractRunning);
    w.tokenomic.challengeTimeLast = hb.challenge_time;
    w.tokenomic.iterationLast = hb.iterations;
    if (w.unresponsive) {
      updateVRecover(w.tokenomic, block.timestampMs, block.number);
      return;
    }
    const [payout, treasury] = updateVHeartbeat(
      w.tokenomic,
      this.params,
      this.sumShare,
      block.timestampMs,
      block.number,
    );
    const settle: SettleInfoValue = { pubkey, v: w.tokenomic.v, payout, treasury };
    this.report.settle.push(settle);
  }

  didProcessBlock(block: BlockInfo): SignedMessageValue | undefined {
    const window = this.params.heartbeatWindow;
    const all = this.all();
    const table = this.table;
    // The quiet workers' idle V updates first, all at once: what the pass does for one worker does not
    // depend on the others, and the busy ones below are the rest of the slots.
    table.updateQuietIdle(this.params);
    // Slot order is registration order: `all[slot]` is the worker in `slot`.
    for (let slot = table.nextNotQuiet(0); slot < all.length; slot = table.nextNotQuiet(slot + 1)) {
      const w = all[slot] as GkWorker;
      w.state.onBlockProcessed(block, w.tracker);
      table.setBusy(slot, Boolean(w.state.benchState || w.waitingHeartbeats.length || w.heartbeatFlag));
      if (!w.state.workingState) continue;
      if (w.unresponsive) {
        if (w.heartbeatFlag) {
          w.unresponsive = false;
          this.count(w);
          this.report.recoveredToOnline.push(w.state.pubkey);
        }
      } else {
        const sentAt = w.waitingHeartbeats[0];
        if (sentAt !== undefined && block.number - sentAt > window) {
          this.report.offline.push(w.state.pubkey);
          w.unresponsive = true;
          this.count(w);
        }
      }
      if (w.unresponsive) updateVSlash(w.tokenomic, this.params);
      else if (!w.heartbeatFlag) this.table.updateVIdle(w.slot, this.params);
    }
    const r = this.report;
    // gk.rs lists them in key order (its OrdMap's); the pass above ran in registration order.
    r.offline.sort();
    r.recoveredToOnline.sort();
    this.report = emptyReport(block.number, block.timestampMs);
    if (r.offline.length === 0 && r.recoveredToOnline.length === 0 && r.settle.length === 0) return undefined;
    this.reports.push(r);
    return this.egress.push(TOPIC.workingInfoUpdate, WorkingInfoUpdateEvent, r);
  }
}

function emptyReport(blockNumber: bigint, timestampMs: bigint): WorkingInfoUpdateEventValue {
  return { blockNumber, timestampMs, offline: [], recoveredToOnline: [], settle: [] };
}

/** gk.rs `WorkerSMTracker`: records the challenges the worker must answer in `waiting`. */
function tracker(waiting: bigint[]): WorkerStateCallback {
  return {
    benchIterations: () => 0n,
    benchResume() {},
    benchPause() {},
    benchReport() {},
    heartbeat(_session, challengeBlock) {
      waiting.push(challengeBlock);
    },
  };
}
