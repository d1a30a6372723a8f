/**
 * The relayer (pherry's role): after each finalized block it reads the block's number, timestamp and
 * PhalaMq.OutboundMessages, feeds them to the Gatekeeper and to every pRuntime worker it serves, and
 * returns their signed egress messages to submit as `PhalaMq.sync_offchain_message` (any signed account
 * may submit them; the chain checks the sender's signature and sequence). Transport-neutral: the caller
 * supplies `query` (the harness's `runtime.query`, or an RPC-backed reader) and submits the messages.
 *
 * A block reaches few of many pRuntimes: those it names in a worker event, those a heartbeat challenge can
 * hit (challenge-index.ts), those whose benchmark window it ends (`PRuntimeWorker.benchmarkEndBlock`, kept
 * by block number), and those that must see every block (`PRuntimeWorker.needsEveryBlock`: the relayer
 * keeps them in a set, updated after each pRuntime processes a block and whenever one wakes it through the
 * `FedClock`). Only they process it, in the order they were added; the others only count it as seen
 * through the relayer's `FedClock`, so a block costs O(messages + reached pRuntimes), and every
 * pRuntime's state and messages are what processing every block would give.
 */
import type { MessageValue, SignedMessageValue } from '../pallets/phala-mq/types.js';
import { blockSystemEvents } from './block-events.js';
import { ChallengeIndex } from './challenge-index.js';
import type { Gatekeeper } from './gatekeeper.js';
import type { FedClock, PRuntimeWorker } from './pruntime.js';
import type { BlockInfo, WorkerStateMachine } from './worker-state.js';

export type StorageQuery = (item: string, ...keys: unknown[]) => unknown;

/** Reads the finalized block the chain state is at. */
export function readBlock(query: StorageQuery): BlockInfo {
  return {
    number: query('System.Number') as bigint,
    timestampMs: query('Timestamp.Now') as bigint,
    messages: (query('PhalaMq.OutboundMessages') as MessageValue[] | undefined) ?? [],
  };
}

/** A pRuntime as the challenge index sees it: its state machine and its place in the relayer's list. */
interface Indexed {
  readonly state: WorkerStateMachine;
  readonly at: number;
}

export class Relayer {
  readonly workers: PRuntimeWorker[] = [];
  /** The time of the last block fed to every pRuntime (the ones it did not reach follow it). */
  private readonly fed: FedClock = { timestampMs: null, wake: (worker) => this.wake(worker) };
  /** Positions in `workers` by pubkey, and the challenge index over them (rebuilt after an add). */
  private readonly byPubkey = new Map<string, number[]>();
  private index: ChallengeIndex<Indexed> | undefined;
  /** The positions of the pRuntimes that must be handed every block (`needsEveryBlock`). */
  private readonly needy = new Set<number>();
  /** Positions by the block that ends their benchmark window (`benchmarkEndBlock`), and the last block. */
  private readonly benchmarkEnds = new Map<bigint, number[]>();
  private lastBlock: bigint | null = null;
  /** The pRuntimes the current block reaches: flags by position, and the positions flagged. */
  private reached = new Uint8Array(0);
  private readonly reachedAt: number[] = [];

  constructor(readonly gatekeeper?: Gatekeeper) {}

  addWorker(worker: PRuntimeWorker): void {
    const at = this.workers.push(worker) - 1;
    const same = this.byPubkey.get(worker.pubkey);
    if (same) same.push(at);
    else this.byPubkey.set(worker.pubkey, [at]);
    this.index = undefined;
    worker.followClock(this.fed);
  }

  /** Hands `worker` every block until it no longer needs every block. */
  private wake(worker: PRuntimeWorker): void {
    for (const at of this.byPubkey.get(worker.pubkey) ?? [])
      if (this.workers[at] === worker) this.needy.add(at);
  }

  private reach(at: number): void {
    if (this.reached[at] === 1) return;
    this.reached[at] = 1;
    this.reachedAt.push(at);
  }

  /** Reaches the pRuntimes whose benchmark window ends at `number` (or ended at a block not relayed). */
  private reachBenchmarkEnds(number: bigint): void {
    const last = this.lastBlock;
    this.lastBlock = number;
    if (last !== null && number === last + 1n) {
      for (const at of this.benchmarkEnds.get(number) ?? []) this.reach(at);
      this.benchmarkEnds.delete(number);
      return;
    }
    for (const [end, positions] of this.benchmarkEnds)
      if (end <= number) {
        for (const at of positions) this.reach(at);
        this.benchmarkEnds.delete(end);
      }
  }

  /** Keeps the pRuntime at `at` handed every block, or the block ending its benchmark window, as it needs. */
  private track(at: number, w: PRuntimeWorker): void {
    if (w.needsEveryBlock()) {
      this.needy.add(at);
      return;
    }
    this.needy.delete(at);
    const end = w.benchmarkEndBlock();
    if (end === null) return;
    const positions = this.benchmarkEnds.get(end);
    if (positions) positions.push(at);
    else this.benchmarkEnds.set(end, [at]);
  }

  /**
   * The positions the block reaches, ascending: the pRuntimes it names in worker events, those a
   * challenge can hit, those whose benchmark window it ends and those that need every block.
   */
  private reachedBy(block: BlockInfo): number[] {
    if (this.reached.length < this.workers.length) this.reached = new Uint8Array(this.workers.length);
    const events = blockSystemEvents(block);
    for (const pubkey of events.byWorker.keys())
      for (const at of this.byPubkey.get(pubkey) ?? []) this.reach(at);
    for (const e of events.broadcastEvents) {
      this.index ??= new ChallengeIndex(this.workers.map((w, at): Indexed => ({ state: w.state, at })));
      const candidates = e.type === 'HeartbeatChallenge' ? this.index.candidates(e.value) : undefined;
      if (candidates) for (const c of candidates) this.reach(c.at);
      else for (let at = 0; at < this.workers.length; at++) this.reach(at);
    }
    for (const at of this.needy) this.reach(at);
    this.reachBenchmarkEnds(block.number);
    const positions = this.reachedAt.splice(0).sort((a, b) => a - b);
    for (const at of positions) this.reached[at] = 0;
    return positions;
  }

  /**
   * Processes one finalized block; returns the messages to submit, Gatekeeper's first. `onEgress`, when
   * given, sees each source's messages as soon as they are taken (in the same order), so a caller can
   * start verifying them on other threads while the remaining pRuntimes run.
   */
  processBlock(block: BlockInfo, onEgress?: (messages: SignedMessageValue[]) => void): SignedMessageValue[] {
    const out: SignedMessageValue[] = [];
    if (this.gatekeeper) {
      this.gatekeeper.processBlock(block);
      const taken = this.gatekeeper.egress.take();
      if (taken.length) {
        out.push(...taken);
        onEgress?.(taken);
      }
    }
    for (const at of this.reachedBy(block)) {
      const w = this.workers[at] as PRuntimeWorker;
      w.processBlock(block);
      if (w.isOnline() && w.egress.pending) {
        const taken = w.takeEgress();
        out.push(...taken);
        onEgress?.(taken);
      }
      this.track(at, w);
    }
    const last = this.fed.timestampMs;
    if (last === null || block.timestampMs > last) this.fed.timestampMs = block.timestampMs;
    return out;
  }
}
