/**
 * The limits on what one JSON-RPC client may take from a server, their defaults (Substrate's where it
 * has one), and the refusal each answers: a JSON-RPC error whose data names the limit and the flag that
 * sets it. Shared by every server of the one RPC core (chain/server.ts: the node and `npm run indexer`).
 * `jsonDepthExceeds` measures nesting on the raw text before JSON.parse, in one pass.
 */

export interface RpcLimits {
  /** WebSocket connections in total (Substrate's --rpc-max-connections: 100). */
  maxConnections: number;
  /** WebSocket connections from one IP address. */
  maxConnectionsPerIp: number;
  /** A WebSocket without a request for this long and without a subscription is closed (ms). */
  idleTimeoutMs: number;
  /** Subscriptions on one connection (Substrate: 1024). */
  maxSubscriptionsPerConnection: number;
  /** Subscriptions over all connections. */
  maxSubscriptions: number;
  /** Largest request in bytes (Substrate: 15 MiB). */
  maxRequestBytes: number;
  /** Largest response in bytes (Substrate: 15 MiB). */
  maxResponseBytes: number;
  /** Most calls in one batch (Substrate: unlimited by default; 1000 here). */
  maxBatchLength: number;
  /** Deepest JSON nesting of a request. */
  maxJsonDepth: number;
  /** Requests one connection may have in flight (answers not yet sent). */
  maxPendingRequests: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_RPC_LIMITS: RpcLimits = {
  maxConnections: 100,
  maxConnectionsPerIp: 50,
  idleTimeoutMs: 300_000,
  maxSubscriptionsPerConnection: 1024,
  maxSubscriptions: 8192,
  maxRequestBytes: 15 * MIB,
  maxResponseBytes: 15 * MIB,
  maxBatchLength: 1000,
  maxJsonDepth: 64,
  maxPendingRequests: 256,
};

/** The command-line flag of each limit (units: MiB for sizes, seconds for the idle timeout). */
export const LIMIT_FLAGS: Record<keyof RpcLimits, string> = {
  maxConnections: '--rpc-max-connections',
  maxConnectionsPerIp: '--rpc-max-connections-per-ip',
  idleTimeoutMs: '--rpc-idle-timeout',
  maxSubscriptionsPerConnection: '--rpc-max-subscriptions-per-connection',
  maxSubscriptions: '--rpc-max-subscriptions',
  maxRequestBytes: '--rpc-max-request-size',
  maxResponseBytes: '--rpc-max-response-size',
  maxBatchLength: '--rpc-max-batch-request-len',
  maxJsonDepth: '--rpc-max-json-depth',
  maxPendingRequests: '--rpc-max-pending-requests',
};

/** jsonrpsee's codes where it has one; -32009 "server busy" for the rest. */
export const LIMIT_CODES = {
  subscriptions: -32006,
  requestSize: -32007,
  responseSize: -32008,
  busy: -32009,
  batch: -32010,
  depth: -32700,
} as const;

/** The `data` of a refusal: the limit, its value and the flag that changes it. */
export const limitData = (limit: keyof RpcLimits, value: number): string =>
  `Exceeded max limit of ${value} (${LIMIT_FLAGS[limit]})`;

export function resolveLimits(limits: Partial<RpcLimits> = {}): RpcLimits {
  return { ...DEFAULT_RPC_LIMITS, ...limits };
}

/**
 * True when the JSON text nests arrays/objects deeper than `max` (brackets inside strings do not count).
 * Runs before JSON.parse so a 10^6-deep frame costs one linear scan, not a parser's recursion.
 */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
