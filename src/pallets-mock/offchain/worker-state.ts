/**
 * The minimal worker state machine shared by a pRuntime and the Gatekeeper's replica of each worker
 * (crates/phactory/src/system/mod.rs `WorkerState`): registration, the benchmark window, the computing
 * session (Computing / Paused while unresponsive), and the heartbeat challenge test
 * `blake2_256(pubkey) XOR seed ≤ online_target` (both U256, big-endian from bytes).
 */

import type { MessageValue, SystemEventValue } from '../pallets/phala-mq/types.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import { blake2_256 } from '../primitives/hashing.js';

/** One finalized block as the off-chain components see it: number, time and PhalaMq.OutboundMessages. */
export interface BlockInfo {
  number: bigint;
  timestampMs: bigint;
  messages: MessageValue[];
}

export interface WorkerStateCallback {
  benchIterations(): bigint;
  benchResume(): void;
  benchPause(): void;
  benchReport(startTime: bigint, iterations: bigint): void;
  heartbeat(sessionId: bigint, challengeBlock: bigint, challengeTime: bigint, iterations: bigint): void;
}

interface BenchState {
  startBlock: bigint;
  startTime: bigint;
  startIter: bigint;
  duration: bigint;
}
export interface WorkingInfo {
  sessionId: bigint;
  state: 'Computing' | 'Paused';
  startTime: bigint;
  startIter: bigint;
}

const U256_LIMIT = 1n << 256n;

/** A u256 as 8 big-endian 32-bit words, or undefined outside u256. */
function u256Words(x: bigint): Uint32Array | undefined {
  if (x < 0n || x >= U256_LIMIT) return undefined;
  const w = new Uint32Array(8);
  let v = x;
  for (let i = 7; i >= 0; i--) {
    w[i] = Number(v & 0xffffffffn);
    v >>= 32n;
  }
  return w;
}

export type HeartbeatChallengeValue = Extract<SystemEventValue, { type: 'HeartbeatChallenge' }>['value'];

/** A challenge's seed and target as words, decoded once per challenge for every worker it reaches. */
const challengeWords = new WeakMap<
  HeartbeatChallengeValue,
  { seed: Uint32Array; target: Uint32Array } | null
>();

function wordsOf(c: HeartbeatChallengeValue): { seed: Uint32Array; target: Uint32Array } | null {
  let w = challengeWords.get(c);
  if (w === undefined) {
    const seed = u256Words(c.seed);
    const target = u256Words(c.onlineTarget);
    w = seed && target ? { seed, target } : null;
    challengeWords.set(c, w);
  }
  return w;
}

/** The most significant 32-bit words of a challenge's seed and target, or null outside u256. */
export function challengeTopWords(c: HeartbeatChallengeValue): { seed: number; target: number } | null {
  const w = wordsOf(c);
  return w && { seed: w.seed[0] as number, target: w.target[0] as number };
}

export class WorkerStateMachine {
  readonly hashedId: bigint;
  /** `hashedId` as 8 big-endian 32-bit words (the challenge test without a bigint per worker per block). */
  private readonly hashedWords: Uint32Array;
  /** `hashedId`'s most significant 32 bits (challenge-index.ts sorts workers by them). */
  readonly hashedTop: number;
  registered = false;
  benchState: BenchState | null = null;
  workingState: WorkingInfo | null = null;
  /**
   * The simulator's dev-profile shortcut: report the benchmark after at most this many blocks (the
   * chain's `BenchStart.duration`, 50 blocks, is otherwise waited out); null keeps Phala's behaviour.
   */
  benchBlocksCap: bigint | null = null;

  constructor(readonly pubkey: string) {
    const hash = blake2_256(fromHex(pubkey));
    this.hashedId = BigInt(toHex(hash));
    const view = new DataView(hash.buffer, hash.byteOffset, 32);
    this.hashedWords = new Uint32Array(8);
    for (let i = 0; i < 8; i++) this.hashedWords[i] = view.getUint32(4 * i);
    this.hashedTop = this.hashedWords[0] as number;
  }

  /** `blake2_256(pubkey) XOR seed ≤ online_target`, word by word from the most significant. */
  private hit(c: HeartbeatChallengeValue): boolean {
    const w = wordsOf(c);
    if (!w) return (this.hashedId ^ c.seed) <= c.onlineTarget;
    // The top word decides but for one value in 2^32; the rest of the words only then.
    const top = (this.hashedTop ^ (w.seed[0] as number)) >>> 0;
    const topTarget = w.target[0] as number;
    if (top !== topTarget) return top < topTarget;
    const h = this.hashedWords;
    for (let i = 1; i < 8; i++) {
      const x = ((h[i] as number) ^ (w.seed[i] as number)) >>> 0;
      const t = w.target[i] as number;
      if (x !== t) return x < t;
    }
    return true;
  }

  private needPause(): boolean {
    return this.benchState === null && this.workingState === null;
  }

  processEvent(block: BlockInfo, event: SystemEventValue, cb: WorkerStateCallback): void {
    if (event.type === 'HeartbeatChallenge') {
      if (!this.registered || !this.workingState || this.workingState.state === 'Paused') return;
      if (this.hit(event.value)) {
        cb.heartbeat(
          this.workingState.sessionId,
          block.number,
          block.timestampMs,
          cb.benchIterations() - this.workingState.startIter,
        );
      }
      return;
    }
    if (event.value.pubkey !== this.pubkey) return;
    const e = event.value.event;
    switch (e.type) {
      case 'Registered':
        this.registered = true;
        break;
      case 'BenchStart':
        this.benchState = {
          startBlock: block.number,
          startTime: block.timestampMs,
          startIter: cb.benchIterations(),
          duration: e.value.duration,
        };
        cb.benchResume();
        break;
      case 'BenchScore':
        break;
      case 'Started':
        this.workingState = {
          sessionId: e.value.session_id,
          state: 'Computing',
          startTime: block.timestampMs,
          startIter: cb.benchIterations(),
        };
        cb.benchResume();
        break;
      case 'Stopped':
        this.workingState = null;
        if (this.needPause()) cb.benchPause();
        break;
      case 'EnterUnresponsive':
        if (this.workingState?.state === 'Computing') this.workingState.state = 'Paused';
        break;
      case 'ExitUnresponsive':
        if (this.workingState?.state === 'Paused') this.workingState.state = 'Computing';
        break;
    }
  }

  /** The block whose processing ends the open benchmark window (the report goes out then), or null. */
  benchEndBlock(): bigint | null {
    const b = this.benchState;
    if (!b) return null;
    const cap = this.benchBlocksCap;
    return b.startBlock + (cap !== null && cap < b.duration ? cap : b.duration);
  }

  onBlockProcessed(block: BlockInfo, cb: WorkerStateCallback): void {
    const b = this.benchState;
    const end = this.benchEndBlock();
    if (b && end !== null && block.number >= end) {
      this.benchState = null;
      cb.benchReport(b.startTime, cb.benchIterations() - b.startIter);
      if (this.needPause()) cb.benchPause();
    }
  }
}
