/**
 * The standalone indexer's JSON-RPC server: the pha_* history methods (src/indexer/rpc-methods.ts) and
 * `rpc_methods`, over HTTP POST and WebSocket on one port, CORS `*`, bound to 127.0.0.1 unless told
 * otherwise. No subscriptions and no chain: the node serves the same methods through its own method
 * table (chain/node-history.ts). JSON-RPC 2.0 framing as the node's: single or batch requests, -32700
 * parse error, -32600 invalid request, -32601 unknown method, -32602 bad params, -32603 otherwise. It
 * shares the node's limits (src/pallets-mock/rpc/limits.ts, same flags): connections in total and per IP,
 * idle timeout, request size (1 MiB by default here) -32007, JSON depth checked before parsing, batch
 * length -32010, response size -32008.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RawData, WebSocketServer } from 'ws';
import type { HistoryHandler } from '../src/indexer/rpc-methods.js';
import {
  DEFAULT_RPC_LIMITS,
  jsonDepthExceeds,
  LIMIT_CODES,
  limitData,
  type RpcLimits,
} from '../src/pallets-mock/rpc/limits.js';
import { type RpcOutgoing, serializeOutgoing, toErrorObject } from '../src/pallets-mock/rpc/server-core.js';
import { ConnectionGuard, refuseUpgrade, remoteIp, watchIdle } from './connection-limits.js';

/** The node's defaults, but requests of at most 1 MiB (history requests are small). */
export const HISTORY_LIMITS: RpcLimits = { ...DEFAULT_RPC_LIMITS, maxRequestBytes: 1024 * 1024 };
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
};

type Id = number | string | null;
type Reply = { jsonrpc: '2.0'; id: Id; result: unknown } | { jsonrpc: '2.0'; id: Id; error: unknown };

export interface HistoryServer {
  url: string;
  httpUrl: string;
  port: number;
  close(): Promise<void>;
}

const err = (id: Id, code: number, message: string, data?: string): Reply => ({
  jsonrpc: '2.0',
  id,
  error: data === undefined ? { code, message } : { code, message, data },
});

async function handleOne(handlers: Record<string, HistoryHandler>, raw: unknown): Promise<Reply | undefined> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return err(null, -32600, 'Invalid Request', 'expected a request object');
  const req = raw as Record<string, unknown>;
  const id = (typeof req.id === 'number' || typeof req.id === 'string' ? req.id : null) as Id;
  if (req.jsonrpc !== '2.0' || typeof req.method !== 'string') return err(id, -32600, 'Invalid Request');
  const params = req.params === undefined || req.params === null ? [] : req.params;
  if (!Array.isArray(params)) return err(id, -32602, 'Invalid params', 'params must be an array');
  let reply: Reply;
  if (req.method === 'rpc_methods') {
    reply = {
      jsonrpc: '2.0',
      id,
      result: { version: 1, methods: [...Object.keys(handlers), 'rpc_methods'].sort() },
    };
  } else {
    const handler = Object.hasOwn(handlers, req.method) ? handlers[req.method] : undefined;
    if (!handler) reply = err(id, -32601, 'Method not found');
    else {
      try {
        reply = { jsonrpc: '2.0', id, result: (await handler(params)) ?? null };
      } catch (e) {
        reply = { jsonrpc: '2.0', id, error: toErrorObject(e) };
      }
    }
  }
  return 'id' in req ? reply : undefined;
}

async function handleText(
  handlers: Record<string, HistoryHandler>,
  text: string,
  limits: RpcLimits,
): Promise<Reply | Reply[] | undefined> {
  if (Buffer.byteLength(text) > limits.maxRequestBytes)
    return err(
      null,
      LIMIT_CODES.requestSize,
      'Request is too big',
      limitData('maxRequestBytes', limits.maxRequestBytes),
    );
  if (jsonDepthExceeds(text, limits.maxJsonDepth))
    return err(
      null,
      LIMIT_CODES.depth,
      'Parse error',
      `JSON nesting too deep: ${limitData('maxJsonDepth', limits.maxJsonDepth)}`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return err(null, -32700, 'Parse error', e instanceof Error ? e.message : undefined);
  }
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) return err(null, -32600, 'Invalid Request', 'empty batch');
    if (parsed.length > limits.maxBatchLength)
      return err(
        null,
        LIMIT_CODES.batch,
        'The batch request was too large',
        limitData('maxBatchLength', limits.maxBatchLength),
      );
    const replies = (await Promise.all(parsed.map((r) => handleOne(handlers, r)))).filter(
      (r) => r !== undefined,
    );
    return replies.length ? replies : undefined;
  }
  return handleOne(handlers, parsed);
}

const toText = (data: RawData): string =>
  Buffer.isBuffer(data)
    ? data.toString('utf8')
    : Array.isArray(data)
      ? Buffer.concat(data).toString('utf8')
      : Buffer.from(data).toString('utf8');

export async function startHistoryServer(
  handlers: Record<string, HistoryHandler>,
  opts: { host?: string; port?: number; limits?: Partial<RpcLimits> } = {},
): Promise<HistoryServer> {
  const host = opts.host ?? '127.0.0.1';
  const limits: RpcLimits = { ...HISTORY_LIMITS, ...opts.limits };
  const serialize = (reply: Reply | Reply[]) =>
    serializeOutgoing(reply as RpcOutgoing, limits.maxResponseBytes) ?? '';
  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { ...CORS, Allow: 'POST, OPTIONS' }).end('JSON-RPC over HTTP POST or WebSocket\n');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limits.maxRequestBytes + 1) chunks.push(c);
    });
    req.on('end', () => {
      void handleText(handlers, Buffer.concat(chunks).toString('utf8'), limits).then((reply) => {
        if (reply === undefined) res.writeHead(204, CORS).end();
        else res.writeHead(200, { ...CORS, 'Content-Type': 'application/json' }).end(serialize(reply));
      });
    });
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxRequestBytes * 2 });
  const guard = new ConnectionGuard(limits);
  http.on('upgrade', (req, socket, head) => {
    const ip = remoteIp(req);
    const refused = guard.admit(ip);
    if (refused) return refuseUpgrade(socket, 429, refused);
    socket.once('close', () => guard.release(ip));
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  wss.on('connection', (ws) => {
    const active = watchIdle(ws, limits.idleTimeoutMs, () => true);
    ws.on('message', (data) => {
      active();
      void handleText(handlers, toText(data), limits).then((reply) => {
        if (reply !== undefined && ws.readyState === ws.OPEN) ws.send(serialize(reply));
      });
    });
    ws.on('error', () => {});
  });
  const port = await new Promise<number>((resolve, reject) => {
    http.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new Error(`port ${opts.port ?? 9955} on ${host} is already in use (pick another with --port)`)
          : e,
      ),
    );
    http.listen(opts.port ?? 9955, host, () => resolve((http.address() as AddressInfo).port));
  });
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `ws://${urlHost}:${port}`,
    httpUrl: `http://${urlHost}:${port}`,
    port,
    async close() {
      for (const ws of wss.clients) ws.terminate();
      await new Promise<void>((r) => wss.close(() => r()));
      await new Promise<void>((r) => {
        http.close(() => r());
        http.closeAllConnections();
      });
    },
  };
}
