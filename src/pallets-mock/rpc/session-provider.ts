/**
 * An @polkadot/api `ProviderInterface` over a JSON-RPC session that is not a socket: an RPC core in the
 * same thread (EmbeddedProvider) or the built-in chain's Web Worker (src/embedded/client.ts). Like
 * WsProvider it connects on construction (emitting 'connected' on the next tick), keys subscription
 * callbacks by `${type}::${id}`, buffers notifications that arrive before their subscribe call has
 * resolved, and rejects failed calls with an error whose message reads `${code}: ${message}: ${data}` and
 * which carries `code` and `data`. Requests are handed over on a microtask, never inside the caller's
 * stack. disconnect() ends this provider's session and subscriptions, not the chain.
 */
import type {
  ProviderInterface,
  ProviderInterfaceCallback,
  ProviderInterfaceEmitCb,
  ProviderInterfaceEmitted,
  ProviderStats,
} from '@polkadot/rpc-provider/types';
import type { RpcErrorObject, RpcOutgoing, RpcResponse } from './server-core.js';

/** A failed call, shaped like @polkadot/rpc-provider's RpcError. */
export class EmbeddedRpcError extends Error {
  constructor(
    readonly code: number,
    readonly rpcMessage: string,
    readonly data?: unknown,
  ) {
    super(
      `${code}: ${rpcMessage}${data === undefined ? '' : `: ${typeof data === 'string' ? data : JSON.stringify(data)}`}`,
    );
    this.name = 'RpcError';
  }
}

/** One JSON-RPC session as the provider sees it: requests in, responses and notifications out. */
export interface SessionLink {
  handle(request: { jsonrpc: '2.0'; id: number; method: string; params: unknown[] }): void;
  close(): void;
}

/** Opens a session whose outgoing messages go to `send` (an RPC core in-process, or a Web Worker). */
export type SessionOpener = (send: (message: RpcOutgoing) => void) => SessionLink;

interface Pending {
  resolve: (v: unknown) => void;
  reject: (e: Error) => void;
}

const emptyStats = (): ProviderStats => ({
  active: { requests: 0, subscriptions: 0 },
  total: { bytesRecv: 0, bytesSent: 0, cached: 0, errors: 0, requests: 0, subscriptions: 0, timeout: 0 },
});

export class SessionProvider implements ProviderInterface {
  readonly #open: SessionOpener;
  #session: SessionLink | undefined;
  #nextId = 0;
  readonly #pending = new Map<number, Pending>();
  readonly #handlers = new Map<string, ProviderInterfaceCallback>();
  readonly #waiting = new Map<string, unknown[]>();
  readonly #listeners = new Map<ProviderInterfaceEmitted, Set<ProviderInterfaceEmitCb>>();
  readonly #stats = emptyStats();

  constructor(open: SessionOpener, autoConnect = true) {
    this.#open = open;
    if (autoConnect) setTimeout(() => void this.connect(), 0);
  }

  get hasSubscriptions(): boolean {
    return true;
  }

  get isClonable(): boolean {
    return true;
  }

  get isConnected(): boolean {
    return this.#session !== undefined;
  }

  get stats(): ProviderStats {
    return {
      active: { requests: this.#pending.size, subscriptions: this.#handlers.size },
      total: { ...this.#stats.total },
    };
  }

  /** A new, independent connection to the same chain and method table. */
  clone(): SessionProvider {
    return new SessionProvider(this.#open);
  }

  async connect(): Promise<void> {
    if (this.#session) return;
    this.#session = this.#open((m) => this.#receive(m));
    this.#emit('connected');
  }

  async disconnect(): Promise<void> {
    const session = this.#session;
    if (!session) return;
    this.#session = undefined;
    session.close();
    for (const p of this.#pending.values()) p.reject(new Error('Provider disconnected'));
    this.#pending.clear();
    this.#handlers.clear();
    this.#waiting.clear();
    this.#emit('disconnected');
  }

  on(type: ProviderInterfaceEmitted, sub: ProviderInterfaceEmitCb): () => void {
    let set = this.#listeners.get(type);
    if (!set) {
      set = new Set();
      this.#listeners.set(type, set);
    }
    set.add(sub);
    return () => {
      set.delete(sub);
    };
  }

  send<T = unknown>(method: string, params: unknown[], _isCacheable?: boolean): Promise<T> {
    const session = this.#session;
    if (!session) return Promise.reject(new Error('Provider is not connected'));
    const id = ++this.#nextId;
    this.#stats.total.requests++;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      queueMicrotask(() => session.handle({ jsonrpc: '2.0', id, method, params }));
    });
  }

  async subscribe(
    type: string,
    method: string,
    params: unknown[],
    cb: ProviderInterfaceCallback,
  ): Promise<number | string> {
    const id = await this.send<number | string>(method, params);
    this.#stats.total.subscriptions++;
    const key = `${type}::${id}`;
    this.#handlers.set(key, cb);
    const early = this.#waiting.get(key);
    if (early) {
      this.#waiting.delete(key);
      for (const result of early) cb(null, result);
    }
    return id;
  }

  async unsubscribe(type: string, method: string, id: number | string): Promise<boolean> {
    const key = `${type}::${id}`;
    if (!this.#handlers.has(key)) return false;
    this.#handlers.delete(key);
    this.#waiting.delete(key);
    return this.send<boolean>(method, [id]);
  }

  #emit(type: ProviderInterfaceEmitted, value?: unknown): void {
    for (const l of this.#listeners.get(type) ?? []) {
      try {
        l(value);
      } catch {
        // A listener's failure is its own.
      }
    }
  }

  #receive(message: RpcOutgoing): void {
    if (Array.isArray(message)) {
      for (const m of message) this.#respond(m);
      return;
    }
    if ('method' in message) {
      const key = `${message.method}::${message.params.subscription}`;
      const handler = this.#handlers.get(key);
      if (handler) {
        try {
          handler(null, message.params.result);
        } catch (err) {
          this.#emit('error', err);
        }
        return;
      }
      const queue = this.#waiting.get(key) ?? [];
      queue.push(message.params.result);
      // Bounded: a subscription nobody registers for (its subscribe call failed) must not grow forever.
      if (queue.length <= 1024) this.#waiting.set(key, queue);
      return;
    }
    this.#respond(message);
  }

  #respond(response: RpcResponse): void {
    if (typeof response.id !== 'number') return;
    const pending = this.#pending.get(response.id);
    if (!pending) return;
    this.#pending.delete(response.id);
    if ('error' in response) {
      this.#stats.total.errors++;
      const e: RpcErrorObject = response.error;
      pending.reject(new EmbeddedRpcError(e.code, e.message, e.data));
    } else {
      pending.resolve(response.result);
    }
  }
}
