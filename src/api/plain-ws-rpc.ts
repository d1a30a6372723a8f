/**
 * JSON-RPC over a plain browser WebSocket, for the few requests the dApp sends before @polkadot/api has
 * loaded (its provider comes with the API's chunk): requests queue until the socket opens, each answer
 * settles its request by id, and a request not answered in `timeoutMs` (or any request once the socket
 * fails or closes) rejects. One short-lived socket; `close()` ends it.
 */
import type { RpcSend } from './history-client.js';

export interface PlainRpc {
  send: RpcSend;
  close(): void;
}

export function plainWsRpc(url: string, timeoutMs = 10_000): PlainRpc {
  const socket = new WebSocket(url);
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 1;
  let failed: Error | undefined;
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve());
    socket.addEventListener('error', () => reject(new Error(`cannot reach ${url}`)));
  });
  opened.catch(() => {});
  const failAll = (err: Error) => {
    failed ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  socket.addEventListener('close', () => failAll(new Error(`${url} closed the connection`)));
  socket.addEventListener('message', (ev) => {
    let msg: { id?: unknown; result?: unknown; error?: { code?: unknown; message?: unknown } };
    try {
      msg = JSON.parse(String(ev.data));
    } catch {
      return;
    }
    const p = typeof msg.id === 'number' ? pending.get(msg.id) : undefined;
    if (!p) return;
    pending.delete(msg.id as number);
    if (msg.error) p.reject(new Error(`${String(msg.error.code)}: ${String(msg.error.message)}`));
    else p.resolve(msg.result);
  });
  const send: RpcSend = async (method, params) => {
    if (failed) throw failed;
    await opened;
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no answer in ${timeoutMs} ms`));
      }, timeoutMs);
      const settle =
        <T>(fn: (v: T) => void) =>
        (v: T) => {
          clearTimeout(timer);
          fn(v);
        };
      pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
      socket.send(JSON.stringify({ id, jsonrpc: '2.0', method, params }));
    });
  };
  return {
    send,
    close() {
      failAll(new Error('closed'));
      socket.close();
    },
  };
}
