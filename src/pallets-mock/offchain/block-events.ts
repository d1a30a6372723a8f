/**
 * A finalized block's system events (`phala/system/event` from a pallet), decoded once per block and
 * indexed by worker, so each of N pRuntimes and the Gatekeeper's N replicas read only the events that
 * reach them (every heartbeat challenge, and the worker events naming them) instead of scanning and
 * decoding every message of the block: O(messages + workers) per block instead of O(messages × workers).
 * Keyed by the BlockInfo object (the relayer hands the same object to every reader); a copy decodes anew.
 */
import {
  decodePayload,
  type MessageValue,
  SystemEvent,
  type SystemEventValue,
  TOPIC,
  topic,
} from '../pallets/phala-mq/types.js';
import type { BlockInfo } from './worker-state.js';

const TOPIC_SYSTEM = topic(TOPIC.systemEvent);

/** The block's system events in message order, by whom they reach. */
export interface BlockSystemEvents {
  /** Every system event, in message order. */
  all: SystemEventValue[];
  /** Events not addressed to one worker (heartbeat challenges), as indexes into `all`. */
  broadcast: number[];
  /** Those events themselves: what a worker without events of its own sees (shared, read-only). */
  broadcastEvents: readonly SystemEventValue[];
  /** Worker events by the worker's pubkey, as indexes into `all`. */
  byWorker: Map<string, number[]>;
}

const cache = new WeakMap<BlockInfo, BlockSystemEvents>();

/** Whether a message is a pallet's system event (the only ones the worker state machine reads). */
export const isSystemEvent = (m: MessageValue): boolean =>
  m.sender.type === 'Pallet' && m.destination.toLowerCase() === TOPIC_SYSTEM;

/** The block's system events, decoded and indexed on first use. */
export function blockSystemEvents(block: BlockInfo): BlockSystemEvents {
  let found = cache.get(block);
  if (found) return found;
  const broadcastEvents: SystemEventValue[] = [];
  found = { all: [], broadcast: [], broadcastEvents, byWorker: new Map() };
  for (const m of block.messages) {
    if (!isSystemEvent(m)) continue;
    const event = decodePayload(SystemEvent, m);
    if (!event) continue;
    const i = found.all.push(event) - 1;
    if (event.type === 'WorkerEvent') {
      const list = found.byWorker.get(event.value.pubkey);
      if (list) list.push(i);
      else found.byWorker.set(event.value.pubkey, [i]);
    } else {
      found.broadcast.push(i);
      broadcastEvents.push(event);
    }
  }
  cache.set(block, found);
  return found;
}

/**
 * The system events that reach one worker, in message order: every broadcast event and its own
 * (read-only: a worker without events of its own gets the block's shared list).
 */
export function systemEventsFor(block: BlockInfo, pubkey: string): readonly SystemEventValue[] {
  const { all, broadcast, broadcastEvents, byWorker } = blockSystemEvents(block);
  const own = byWorker.get(pubkey);
  if (!own) return broadcastEvents;
  const out: SystemEventValue[] = [];
  let a = 0;
  let b = 0;
  while (a < broadcast.length || b < own.length) {
    const x = broadcast[a] ?? Number.POSITIVE_INFINITY;
    const y = own[b] ?? Number.POSITIVE_INFINITY;
    if (x < y) a++;
    else b++;
    out.push(all[Math.min(x, y)] as SystemEventValue);
  }
  return out;
}
