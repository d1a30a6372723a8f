/**
 * The page's first requests to a node, sent at boot: main.tsx calls `sendEarly` before React renders, so
 * the pool list preview's requests (pool-list.ts) are on the wire, over a socket of their own
 * (plain-ws-rpc.ts), while the shell still renders — not after its first commit. The first connection to
 * the same endpoint takes that socket (`takeEarlyRpc`): its send of a request already on the wire, same
 * method and params, takes the pending answer instead of asking again (once each). A connection to any
 * other endpoint closes it. Not for the built-in chain (it starts with the connection, in its worker).
 */
import { EMBEDDED_ENDPOINT } from './endpoints.js';
import { type PlainRpc, plainWsRpc } from './plain-ws-rpc.js';
import { askPoolListPreview } from './pools/pool-list.js';

interface Early {
  endpoint: string;
  rpc: PlainRpc;
  /** Answers of the requests sent at boot, by method and params. */
  sent: Map<string, Promise<unknown>>;
}

let early: Early | undefined;

const requestKey = (method: string, params: unknown[]): string => `${method} ${JSON.stringify(params)}`;

/** Opens the socket to `endpoint` and sends the pool list preview's requests (once per page). */
export function sendEarly(endpoint: string): void {
  if (early || endpoint === EMBEDDED_ENDPOINT) return;
  const rpc = plainWsRpc(endpoint);
  const sent = new Map<string, Promise<unknown>>();
  // only sent here: the taker's previewPoolList reads the answers (once)
  askPoolListPreview((method, params) => {
    const answer = rpc.send(method, params);
    sent.set(requestKey(method, params), answer);
    return answer;
  }).catch(() => {}); // the taker sees a failure, not the boot
  early = { endpoint, rpc, sent };
}

/** The boot's socket, when it went to `endpoint` (once); closes one that went elsewhere. */
export function takeEarlyRpc(endpoint: string): PlainRpc | undefined {
  const mine = early;
  early = undefined;
  if (!mine) return undefined;
  if (mine.endpoint !== endpoint) {
    mine.rpc.close();
    return undefined;
  }
  return {
    send(method, params) {
      const key = requestKey(method, params);
      const answer = mine.sent.get(key);
      mine.sent.delete(key);
      return answer ?? mine.rpc.send(method, params);
    },
    close: () => mine.rpc.close(),
  };
}
