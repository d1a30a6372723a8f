/**
 * The page side of the built-in chain: one chain per page, started on first use. In a browser it runs in
 * a module Web Worker (chain.worker.ts) and every provider is a JSON-RPC session over postMessage; where
 * there is no Worker (Node tests) the same chain host runs in this thread, in memory. Dev builds expose
 * `window.__phaStakeEmbeddedChain.run(module, fn, args)` — runs `fn(chain, ...args)` exported by a module
 * served by the Vite dev server, inside the worker — the e2e tier's way to drive the chain directly.
 */
import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import type { RpcOutgoing } from '../pallets-mock/rpc/server-core.js';
import { type SessionOpener, SessionProvider } from '../pallets-mock/rpc/session-provider.js';
import type { ChainStarted, FromWorker, StartOptions, ToWorker } from './protocol.js';

export interface BuiltInChain {
  started: ChainStarted;
  /** A new connection (its own session) to the chain. */
  provider(): ProviderInterface;
  /** Stops the chain and deletes what this browser stored of it; the next start is the snapshot head. */
  reset(): Promise<void>;
  /** Stops the chain (tests). */
  close(): Promise<void>;
}

/** The e2e tier's handle on the chain (dev builds only). */
export interface EmbeddedChainHook {
  run(module: string, fn: string, args?: unknown[]): Promise<unknown>;
}

let shared: Promise<BuiltInChain> | undefined;

/** The page's built-in chain, started with `options` on the first call. */
export function builtInChain(options: StartOptions): Promise<BuiltInChain> {
  shared ??= (typeof Worker === 'undefined' ? inThisThread(options) : inWorker(options)).catch((err) => {
    shared = undefined;
    throw err;
  });
  return shared;
}

function inWorker(options: StartOptions): Promise<BuiltInChain> {
  const worker = new Worker(new URL('./chain.worker.ts', import.meta.url), {
    type: 'module',
    name: 'pha-stake built-in chain',
  });
  const loaded = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (e) =>
      reject(new Error(`the built-in chain did not load: ${e.message}`)),
    ),
  );
  const chain = connectToChain(worker, options, () => {
    worker.terminate();
    shared = undefined;
  });
  return Promise.race([chain, loaded]);
}

/** What the page needs of the worker (or of a MessageChannel port, in tests). */
export interface ChainEndpoint {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
}

/** Starts the chain behind `endpoint` (serve.ts on the other side) and resolves once it runs. */
export function connectToChain(
  endpoint: ChainEndpoint,
  options: StartOptions,
  close: () => void,
): Promise<BuiltInChain> {
  const post = (m: ToWorker) => endpoint.postMessage(m);
  const sessions = new Map<number, (m: RpcOutgoing) => void>();
  const calls = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 0;
  const call = (make: (id: number) => ToWorker): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      calls.set(id, { resolve, reject });
      post(make(id));
    });
  const opener: SessionOpener = (send) => {
    const session = ++nextId;
    sessions.set(session, send);
    post({ type: 'open', session });
    return {
      handle: (request) => post({ type: 'request', session, request }),
      close: () => {
        sessions.delete(session);
        post({ type: 'close', session });
      },
    };
  };

  return new Promise<BuiltInChain>((resolve, reject) => {
    endpoint.addEventListener('message', (event) => {
      const m = event.data;
      if (m.type === 'message') sessions.get(m.session)?.(JSON.parse(m.text) as RpcOutgoing);
      else if (m.type === 'done') {
        const pending = calls.get(m.id);
        calls.delete(m.id);
        if (m.error === undefined) pending?.resolve(m.result);
        else pending?.reject(new Error(m.error));
      } else if (m.type === 'failed') reject(new Error(m.message));
      else if (m.type === 'started') {
        if (options.testHooks) {
          const hook: EmbeddedChainHook = {
            run: (module, fn, args = []) => call((id) => ({ type: 'test-run', id, module, fn, args })),
          };
          (globalThis as { __phaStakeEmbeddedChain?: EmbeddedChainHook }).__phaStakeEmbeddedChain = hook;
        }
        resolve({
          started: m.info,
          provider: () => new SessionProvider(opener),
          reset: async () => void (await call((id) => ({ type: 'reset', id }))),
          close: async () => close(),
        });
      }
    });
    post({ type: 'start', options });
  });
}

async function inThisThread(options: StartOptions): Promise<BuiltInChain> {
  const [{ fetchSnapshot, startChainHost }, { coreSessions }] = await Promise.all([
    import('./chain-host.js'),
    import('../pallets-mock/rpc/embedded-provider.js'),
  ]);
  const host = await startChainHost({
    blockMs: options.blockMs,
    snapshot: () => fetchSnapshot(options.snapshotUrl),
  });
  const opener = coreSessions(host.core);
  return {
    started: { resumed: false, persisted: false, best: Number(host.chain.best) },
    provider: () => new SessionProvider(opener),
    reset: () => host.reset(),
    close: async () => {
      await host.stop();
      shared = undefined;
    },
  };
}
