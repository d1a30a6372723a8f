/**
 * The standalone indexer's JSON-RPC server: the pha_* history methods (src/indexer/rpc-methods.ts) and
 * `rpc_methods`, over HTTP POST and WebSocket on one port, CORS `*`, bound to 127.0.0.1 unless told
 * otherwise. No subscriptions and no chain: the node serves the same methods through its own method
 * table (chain/node-history.ts). JSON-RPC 2.0 framing as the node's: single or batch requests, -32700
 * parse error, -32600 invalid request, -32601 unknown method, -32602 bad params, -32603 otherwise;
 * requests over 1 MiB answer -32007.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RawData, WebSocketServer } from 'ws';
import type { HistoryHandler } from '../src/indexer/rpc-methods.js';
import { toErrorObject } from '../src/pallets-mock/rpc/server-core.js';

const MAX_REQUEST_BYTES = 1024 * 1024;
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

async function handleText(handlers: Record<string, HistoryHandler>, text: string): Promise<unknown> {
  if (Buffer.byteLength(text) > MAX_REQUEST_BYTES)
    return err(null, -32007, 'Request is too big', `Exceeded max limit of ${MAX_REQUEST_BYTES}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return err(null, -32700, 'Parse error', e instanceof Error ? e.message : undefined);
  }
  if (Array.isArray(parsed)) {
    if (parsed.length === 0) return err(null, -32600, 'Invalid Request', 'empty batch');
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
  opts: { host?: string; port?: number } = {},
): Promise<HistoryServer> {
  const host = opts.host ?? '127.0.0.1';
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
      if (size <= MAX_REQUEST_BYTES + 1) chunks.push(c);
    });
    req.on('end', () => {
      void handleText(handlers, Buffer.concat(chunks).toString('utf8')).then((reply) => {
        if (reply === undefined) res.writeHead(204, CORS).end();
        else res.writeHead(200, { ...CORS, 'Content-Type': 'application/json' }).end(JSON.stringify(reply));
      });
    });
  });
  const wss = new WebSocketServer({ server: http, maxPayload: MAX_REQUEST_BYTES * 2 });
  wss.on('connection', (ws) => {
    ws.on('message', (data) => {
      void handleText(handlers, toText(data)).then((reply) => {
        if (reply !== undefined && ws.readyState === ws.OPEN) ws.send(JSON.stringify(reply));
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
