/**
 * The JSON-RPC servers of the node and of the standalone indexer: one transport, WebSocket (package `ws`)
 * and HTTP POST on one port, CORS `*`, bound to 127.0.0.1 unless told otherwise (spec/chain-rpc.md §2.1,
 * contracts §4), over the one platform-neutral RPC core (src/pallets-mock/rpc/server-core.ts, generic
 * over its context): `startServer` serves a chain's method table, `startHistoryServer` the indexer's
 * pha_* history module (context `{}`, requests of at most 1 MiB by default). Both transports are thin
 * wrappers over the core: each WebSocket is one session (with
 * subscriptions, cancelled on close); each HTTP POST is a one-shot session without them. Limits
 * (src/pallets-mock/rpc/limits.ts, each a `--rpc-max-…` flag): connections in total and per IP (refused
 * upgrades answer HTTP 429 with the JSON-RPC error), an idle timeout for sockets without subscriptions,
 * response size (-32008 in place of the response), and the core's. Oversized requests are answered with
 * -32007 (HTTP 413); WebSocket frames beyond the limit plus 1 MiB close the socket (1009) so memory stays
 * bounded. Malformed input never throws out of a handler; a client too slow to drain its notifications
 * (over 64 MiB buffered) is disconnected. Dev methods only for the local user: dev_/sim_ calls from a
 * browser page whose Origin `--rpc-cors` does not allow (default: the dApp's own) answer -32000, and HTTP
 * bodies must be application/json (415 otherwise), so no cross-site simple request reaches a method.
 *
 *   const server = await startServer(chain, { port: 0, dev: true });
 *   server.url      // ws://127.0.0.1:PORT
 *   server.httpUrl  // http://127.0.0.1:PORT
 *   await server.close();
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import type { DevChain } from '../src/pallets-mock/devchain/chain.js';
import { DEFAULT_RPC_LIMITS, limitData, type RpcLimits } from '../src/pallets-mock/rpc/limits.js';
import { createRpcCore, type RpcCoreOptions } from '../src/pallets-mock/rpc/method-table.js';
import {
  type ChainContext,
  composeTable,
  INVALID_REQUEST,
  type MethodTable,
  OVERSIZED_REQUEST,
  type RpcOutgoing,
  RpcServerCore,
  serializeOutgoing,
} from '../src/pallets-mock/rpc/server-core.js';
import { ConnectionGuard, refuseUpgrade, remoteIp, watchIdle } from './connection-limits.js';

export interface ServerOptions
  extends RpcCoreOptions,
    Partial<
      Pick<RpcLimits, 'maxConnections' | 'maxConnectionsPerIp' | 'idleTimeoutMs' | 'maxResponseBytes'>
    > {
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Port (default 9944); 0 picks a free one. */
  port?: number;
  /**
   * Browser origins whose pages may call the dev and sim methods (`--rpc-cors`), or 'all'. Default: the
   * dApp's own (DAPP_ORIGINS). Clients that send no Origin (processes of the local user) always may.
   */
  rpcCors?: string[] | 'all';
}

/** The dApp's origins under `npm start` (vite on 127.0.0.1:5173). */
export const DAPP_ORIGINS = ['http://127.0.0.1:5173', 'http://localhost:5173'];

/** The server options that carry every limit of `limits` (the CLI's flags). */
export function limitOptions(limits: RpcLimits): ServerOptions {
  return {
    maxConnections: limits.maxConnections,
    maxConnectionsPerIp: limits.maxConnectionsPerIp,
    idleTimeoutMs: limits.idleTimeoutMs,
    maxResponseBytes: limits.maxResponseBytes,
    maxRequestBytes: limits.maxRequestBytes,
    maxSubscriptions: limits.maxSubscriptionsPerConnection,
    maxTotalSubscriptions: limits.maxSubscriptions,
    maxBatchLength: limits.maxBatchLength,
    maxJsonDepth: limits.maxJsonDepth,
    maxPendingRequests: limits.maxPendingRequests,
  };
}

/** The standalone indexer's limits: the node's defaults, but requests of at most 1 MiB (history requests are small). */
export const HISTORY_LIMITS: RpcLimits = { ...DEFAULT_RPC_LIMITS, maxRequestBytes: 1024 * 1024 };

/** The standalone indexer's OpenRPC title. */
export const INDEXER_RPC_INFO = { title: 'pha-stake indexer', version: '1' } as const;

export interface RunningServer<C extends object = ChainContext> {
  /** ws://HOST:PORT */
  url: string;
  /** http://HOST:PORT */
  httpUrl: string;
  host: string;
  port: number;
  core: RpcServerCore<C>;
  /** Open WebSocket connections. */
  readonly connections: number;
  /** Stops listening, closes every connection and its subscriptions. */
  close(): Promise<void>;
}

/** Thrown when the port is taken (`code` = 'EADDRINUSE'). */
export class PortInUseError extends Error {
  readonly code = 'EADDRINUSE';
  constructor(
    readonly host: string,
    readonly port: number,
  ) {
    super(`port ${port} on ${host} is already in use (another node running? pick another with --port)`);
    this.name = 'PortInUseError';
  }
}

const MAX_BUFFERED_BYTES = 64 * 1024 * 1024;
/** WebSocket frames up to the request limit plus this are read and answered with -32007; larger close. */
export const WS_FRAME_SLACK = 1024 * 1024;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '86400',
};

function rawToBuffer(data: RawData): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data);
  return Buffer.from(data);
}

/** The node's server: the chain's method table (dev RPCs with `dev`) on the shared transport. */
export function startServer(chain: DevChain, opts: ServerOptions = {}): Promise<RunningServer> {
  return serveRpc(createRpcCore(chain, opts), opts);
}

/**
 * The standalone indexer's server: `methods` (the pha_* history module) with `rpc_methods` and
 * `rpc.discover`, no chain (context `{}`), HISTORY_LIMITS unless `limits` says otherwise.
 */
export function startHistoryServer(
  methods: MethodTable<object>,
  opts: { host?: string; port?: number; limits?: Partial<RpcLimits> } = {},
): Promise<RunningServer<object>> {
  const limits = limitOptions({ ...HISTORY_LIMITS, ...opts.limits });
  const core = new RpcServerCore<object>({}, composeTable([methods], INDEXER_RPC_INFO), limits);
  return serveRpc(core, { ...limits, host: opts.host, port: opts.port ?? 9955 });
}

/** Serves any RPC core over WebSocket and HTTP POST on one port, with the connection limits of `opts`. */
export async function serveRpc<C extends object>(
  core: RpcServerCore<C>,
  opts: ServerOptions,
): Promise<RunningServer<C>> {
  const host = opts.host ?? '127.0.0.1';
  const limit = core.options.maxRequestBytes;
  const maxResponseBytes = opts.maxResponseBytes ?? DEFAULT_RPC_LIMITS.maxResponseBytes;

  const cors = opts.rpcCors ?? DAPP_ORIGINS;
  const devAllowed = (origin: string | undefined) =>
    origin === undefined || cors === 'all' || cors.includes(origin);
  const http = createServer(
    (req, res) =>
      void handleHttp(core, req, res, { maxResponseBytes, devAllowed: devAllowed(req.headers.origin) }),
  );
  http.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  const wss = new WebSocketServer({ noServer: true, maxPayload: limit + WS_FRAME_SLACK });
  const sockets = new Set<WebSocket>();
  const guard = new ConnectionGuard({
    maxConnections: opts.maxConnections ?? DEFAULT_RPC_LIMITS.maxConnections,
    maxConnectionsPerIp: opts.maxConnectionsPerIp ?? DEFAULT_RPC_LIMITS.maxConnectionsPerIp,
  });
  const idleMs = opts.idleTimeoutMs ?? DEFAULT_RPC_LIMITS.idleTimeoutMs;
  wss.on('error', () => {
    // Errors of the listening server surface through `http`; nothing to do per ws here.
  });
  http.on('upgrade', (req, socket, head) => {
    const ip = remoteIp(req);
    const refused = guard.admit(ip);
    if (refused) return refuseUpgrade(socket, 429, refused);
    socket.once('close', () => guard.release(ip));
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });
  wss.on('connection', (ws, req: IncomingMessage) => {
    sockets.add(ws);
    // What one turn of the event loop sends (a batch of submissions answered together) leaves in one
    // write: the socket is corked at the turn's first frame and uncorked once the turn's work is done.
    const socket = req.socket;
    let corked = false;
    const uncork = () => {
      corked = false;
      socket.uncork();
    };
    const session = core.openSession({
      subscriptions: true,
      devAllowed: devAllowed(req.headers.origin),
      send: (message) => {
        if (ws.readyState !== WebSocket.OPEN) return;
        if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
          ws.terminate();
          return;
        }
        const text = serializeOutgoing(message, maxResponseBytes);
        if (text === undefined) return;
        if (!corked) {
          corked = true;
          socket.cork();
          process.nextTick(uncork);
        }
        ws.send(text);
      },
    });
    const active = watchIdle(ws, idleMs, () => session.subscriptionCount === 0);
    ws.on('message', (data) => {
      active();
      const buf = rawToBuffer(data);
      void session.handleText(buf.toString('utf8'), buf.length);
    });
    ws.on('error', () => {
      // ws closes the socket itself (e.g. 1009 for a frame over maxPayload); 'close' cleans up.
    });
    ws.on('close', () => {
      sockets.delete(ws);
      session.close();
    });
  });

  const port = await new Promise<number>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException) => {
      http.off('listening', onListening);
      if (err.code === 'EADDRINUSE') reject(new PortInUseError(host, opts.port ?? 9944));
      else reject(new Error(`cannot listen on ${host}:${opts.port ?? 9944}: ${err.message}`));
    };
    const onListening = () => {
      http.off('error', onError);
      resolve((http.address() as AddressInfo).port);
    };
    http.once('error', onError);
    http.once('listening', onListening);
    http.listen(opts.port ?? 9944, host);
  });
  http.on('error', () => {
    // After listening, socket-level errors are per connection; the server keeps serving.
  });

  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closed: Promise<void> | undefined;
  return {
    url: `ws://${urlHost}:${port}`,
    httpUrl: `http://${urlHost}:${port}`,
    host,
    port,
    core,
    get connections() {
      return sockets.size;
    },
    close() {
      closed ??= closeAll(http, wss, sockets);
      return closed;
    },
  };
}

async function closeAll(http: Server, wss: WebSocketServer, sockets: Set<WebSocket>): Promise<void> {
  for (const ws of sockets) ws.terminate();
  await new Promise<void>((resolve) => wss.close(() => resolve()));
  await new Promise<void>((resolve) => {
    http.close(() => resolve());
    http.closeAllConnections();
  });
}

/** The request body, or undefined as soon as it exceeds `limit` bytes (reading then stops). */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    req.pause();
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

async function handleHttp<C extends object>(
  core: RpcServerCore<C>,
  req: IncomingMessage,
  res: ServerResponse,
  { maxResponseBytes, devAllowed }: { maxResponseBytes: number; devAllowed: boolean },
): Promise<void> {
  try {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS).end();
      return;
    }
    if (req.method !== 'POST') {
      res.writeHead(405, { ...CORS_HEADERS, Allow: 'POST, OPTIONS', 'Content-Type': 'text/plain' });
      res.end('JSON-RPC over HTTP POST, or a WebSocket upgrade\n');
      return;
    }
    const json = (status: number, payload: RpcOutgoing) => {
      res.writeHead(status, { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
      res.end(serializeOutgoing(payload, maxResponseBytes));
    };
    // As jsonrpsee: JSON only. A text/plain body is what a cross-site form or simple fetch can send
    // without a preflight.
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      req.resume();
      json(415, {
        jsonrpc: '2.0',
        id: null,
        error: {
          code: INVALID_REQUEST,
          message: 'Invalid Request',
          data: 'Supplied content type is not allowed. Content-Type: application/json is required',
        },
      });
      return;
    }
    const limit = core.options.maxRequestBytes;
    const body = await readBody(req, limit);
    if (body === undefined) {
      // Stop reading: answer and drop the connection once the answer is out.
      res.setHeader('Connection', 'close');
      res.on('finish', () => req.socket.destroy());
      json(413, {
        jsonrpc: '2.0',
        id: null,
        error: {
          code: OVERSIZED_REQUEST,
          message: 'Request is too big',
          data: limitData('maxRequestBytes', limit),
        },
      });
      return;
    }
    const response = await core.handleOnce(body.toString('utf8'), body.length, devAllowed);
    if (response === undefined) res.writeHead(204, CORS_HEADERS).end();
    else json(200, response);
  } catch (err) {
    if (!res.headersSent) {
      res.writeHead(500, { ...CORS_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          jsonrpc: '2.0',
          id: null,
          error: { code: -32603, message: 'Internal error', data: String(err) },
        }),
      );
    } else res.destroy();
  }
}
