/**
 * Connection limits of the WebSocket endpoints of chain/server.ts (the node and `npm run indexer`): connections in total and
 * per IP (a refused upgrade is answered HTTP 429 with the JSON-RPC error as its body, so the socket is
 * never kept), and the idle timeout (a WebSocket without a request for that long and without a
 * subscription is told why with a JSON-RPC error and closed).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { LIMIT_CODES, limitData, type RpcLimits } from '../src/pallets-mock/rpc/limits.js';

const refusal = (message: string, data: string) =>
  JSON.stringify({ jsonrpc: '2.0', id: null, error: { code: LIMIT_CODES.busy, message, data } });

/** Counts WebSocket connections in total and per remote address. */
export class ConnectionGuard {
  private total = 0;
  private readonly perIp = new Map<string, number>();

  constructor(private readonly limits: Pick<RpcLimits, 'maxConnections' | 'maxConnectionsPerIp'>) {}

  get count(): number {
    return this.total;
  }

  /** Takes a slot for `ip`, or returns the refusal's JSON-RPC error text. */
  admit(ip: string): string | undefined {
    if (this.total >= this.limits.maxConnections)
      return refusal('Too many connections', limitData('maxConnections', this.limits.maxConnections));
    const mine = this.perIp.get(ip) ?? 0;
    if (mine >= this.limits.maxConnectionsPerIp)
      return refusal(
        'Too many connections from this address',
        limitData('maxConnectionsPerIp', this.limits.maxConnectionsPerIp),
      );
    this.total++;
    this.perIp.set(ip, mine + 1);
    return undefined;
  }

  release(ip: string): void {
    this.total--;
    const left = (this.perIp.get(ip) ?? 1) - 1;
    if (left <= 0) this.perIp.delete(ip);
    else this.perIp.set(ip, left);
  }
}

export const remoteIp = (req: IncomingMessage): string => req.socket.remoteAddress ?? 'unknown';

/** Answers an upgrade request with an HTTP status and a JSON body, then drops the socket. */
export function refuseUpgrade(socket: Duplex, status: 403 | 429, body: string): void {
  const reason = status === 429 ? 'Too Many Requests' : 'Forbidden';
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * Closes `ws` after `ms` without a message while `idle()` holds (no subscription), with a JSON-RPC error
 * naming the limit first. Returns the function to call on every message.
 */
export function watchIdle(ws: WebSocket, ms: number, idle: () => boolean): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      if (!idle()) return arm();
      ws.send(refusal('Connection idle', limitData('idleTimeoutMs', ms / 1000)), () =>
        ws.close(1000, 'idle'),
      );
    }, ms);
    timer.unref?.();
  };
  ws.once('close', () => {
    if (timer) clearTimeout(timer);
  });
  arm();
  return arm;
}
