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

export class WorkerStateMachine {
  readonly hashedId: bigint;
  registered = false;
  benchState: BenchState | null = null;
  workingState: WorkingInfo | null = null;
  /**
   * The simulator's dev-profile shortcut: report the benchmark after at most this many blocks (the
   * chain's `BenchStart.duration`, 50 blocks, is otherwise waited out); null keeps Phala's behaviour.
   */
  benchBlocksCap: bigint | null = null;

  constructor(readonly pubkey: string) {
    this.hashedId = BigInt(toHex(blake2_256(fromHex(pubkey))));
  }

  private needPause(): boolean {
    return this.benchState === null && this.workingState === null;
  }

  processEvent(block: BlockInfo, event: SystemEventValue, cb: WorkerStateCallback): void {
    if (event.type === 'HeartbeatChallenge') {
      if (!this.registered || !this.workingState || this.workingState.state === 'Paused') return;
      const x = this.hashedId ^ event.value.seed;
      if (x <= event.value.onlineTarget) {
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

  onBlockProcessed(block: BlockInfo, cb: WorkerStateCallback): void {
    const b = this.benchState;
    const cap = this.benchBlocksCap;
    const duration = b && cap !== null && cap < b.duration ? cap : b?.duration;
    if (b && duration !== undefined && block.number - b.startBlock >= duration) {
      this.benchState = null;
      cb.benchReport(b.startTime, cb.benchIterations() - b.startIter);
      if (this.needPause()) cb.benchPause();
    }
  }
}
