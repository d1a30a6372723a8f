/**
 * The relayer (pherry's role): after each finalized block it reads the block's number, timestamp and
 * PhalaMq.OutboundMessages, feeds them to the Gatekeeper and to every pRuntime worker it serves, and
 * returns their signed egress messages to submit as `PhalaMq.sync_offchain_message` (any signed account
 * may submit them; the chain checks the sender's signature and sequence). Transport-neutral: the caller
 * supplies `query` (the harness's `runtime.query`, or an RPC-backed reader) and submits the messages.
 *
 * A block reaches few of many pRuntimes: those it names in a worker event, those a heartbeat challenge can
 * hit (challenge-index.ts), and those that must see every block (`PRuntimeWorker.needsEveryBlock`). Only
 * they process it, in the order they were added; the others only count it as seen through the relayer's
 * `FedClock`, so a block costs O(messages + reached pRuntimes) plus one flag test per pRuntime, and every
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
  private readonly fed: FedClock = { timestampMs: null };
  /** Positions in `workers` by pubkey, and the challenge index over them (rebuilt after an add). */
  private readonly byPubkey = new Map<string, number[]>();
  private index: ChallengeIndex<Indexed> | undefined;
  /** The pRuntimes the current block reaches, by position (cleared after each block). */
  private reached = new Uint8Array(0);

  constructor(readonly gatekeeper?: Gatekeeper) {}

  addWorker(worker: PRuntimeWorker): void {
    const at = this.workers.push(worker) - 1;
    worker.followClock(this.fed);
    const same = this.byPubkey.get(worker.pubkey);
    if (same) same.push(at);
    else this.byPubkey.set(worker.pubkey, [at]);
    this.index = undefined;
  }

  /** Flags in `reached` the pRuntimes the block names in worker events or a challenge can hit. */
  private markReached(block: BlockInfo): void {
    if (this.reached.length < this.workers.length) this.reached = new Uint8Array(this.workers.length);
    const reached = this.reached;
    const events = blockSystemEvents(block);
    for (const pubkey of events.byWorker.keys())
      for (const at of this.byPubkey.get(pubkey) ?? []) reached[at] = 1;
    for (const e of events.broadcastEvents) {
      this.index ??= new ChallengeIndex(this.workers.map((w, at): Indexed => ({ state: w.state, at })));
      const candidates = e.type === 'HeartbeatChallenge' ? this.index.candidates(e.value) : undefined;
      if (candidates) for (const c of candidates) reached[c.at] = 1;
      else reached.fill(1, 0, this.workers.length);
    }
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
    this.markReached(block);
    const reached = this.reached;
    for (let at = 0; at < this.workers.length; at++) {
      const w = this.workers[at] as PRuntimeWorker;
      if (reached[at] === 0 && !w.needsEveryBlock()) continue;
      reached[at] = 0;
      w.processBlock(block);
      if (w.isOnline() && w.egress.pending) {
        const taken = w.takeEgress();
        out.push(...taken);
        onEgress?.(taken);
      }
    }
    const last = this.fed.timestampMs;
    if (last === null || block.timestampMs > last) this.fed.timestampMs = block.timestampMs;
    return out;
  }
}
