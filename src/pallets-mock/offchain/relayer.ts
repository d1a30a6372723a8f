/**
 * The relayer (pherry's role): after each finalized block it reads the block's number, timestamp and
 * PhalaMq.OutboundMessages, feeds them to the Gatekeeper and to every pRuntime worker it serves, and
 * returns their signed egress messages to submit as `PhalaMq.sync_offchain_message` (any signed account
 * may submit them; the chain checks the sender's signature and sequence). Transport-neutral: the caller
 * supplies `query` (the harness's `runtime.query`, or an RPC-backed reader) and submits the messages.
 */
import type { MessageValue, SignedMessageValue } from '../pallets/phala-mq/types.js';
import type { Gatekeeper } from './gatekeeper.js';
import type { PRuntimeWorker } from './pruntime.js';
import type { BlockInfo } from './worker-state.js';

export type StorageQuery = (item: string, ...keys: unknown[]) => unknown;

/** Reads the finalized block the chain state is at. */
export function readBlock(query: StorageQuery): BlockInfo {
  return {
    number: query('System.Number') as bigint,
    timestampMs: query('Timestamp.Now') as bigint,
    messages: (query('PhalaMq.OutboundMessages') as MessageValue[] | undefined) ?? [],
  };
}

export class Relayer {
  readonly workers: PRuntimeWorker[] = [];

  constructor(readonly gatekeeper?: Gatekeeper) {}

  addWorker(worker: PRuntimeWorker): void {
    this.workers.push(worker);
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
    for (const w of this.workers) {
      w.processBlock(block);
      if (w.isOnline() && w.egress.pending) {
        const taken = w.takeEgress();
        out.push(...taken);
        onEgress?.(taken);
      }
    }
    return out;
  }
}
