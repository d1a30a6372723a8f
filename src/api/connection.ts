/**
 * Opens an ApiPromise on an endpoint: the embedded chain, or a WebSocket node, falling back to the
 * embedded chain when no node answers. Phala's extra signed extension CheckMqSequence is declared (it
 * adds nothing to the payload), so the same code signs for this dev chain and for a real Phala runtime.
 * `onEarlyRpc` is handed a JSON-RPC sender to the endpoint as soon as one exists — a plain WebSocket
 * (plain-ws-rpc.ts; the one main.tsx opened at boot when it went to this endpoint, early-rpc.ts) or a
 * session of the built-in chain — long before the API has loaded and read the metadata; whoever takes
 * it closes it. On a node, the API's script (a megabyte, evaluated on the main thread) starts loading
 * once that early work is done or after EARLY_MS, so the early answer is not held up behind it; after
 * early work, its parts (util-crypto with its wasm, then the API) each load when the page is idle, so
 * what the early work showed answers input between them.
 */
import type { ApiPromise } from '@polkadot/api';
import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import type { BuiltInChain } from '../embedded/client.js';
import { takeEarlyRpc } from './early-rpc.js';
import { EMBEDDED_ENDPOINT, type NoNodeReason, openBuiltInChain, wsProvider } from './endpoints.js';
import { idle } from './idle.js';
import { type PlainRpc, plainWsRpc } from './plain-ws-rpc.js';
import type { BackoffWsProvider } from './reconnect.js';

export const API_OPTIONS = {
  noInitWarn: true,
  throwOnConnect: true,
  signedExtensions: { CheckMqSequence: { extrinsic: {}, payload: {} } },
} as const;

export interface Connection {
  api: ApiPromise;
  /** The transport, for raw calls the API does not decorate (the history API). */
  provider: ProviderInterface;
  /** What was asked for. */
  endpoint: string;
  /** True when the node did not answer and the embedded chain was used instead. */
  fallback: boolean;
  /** Why the node was not used (with `fallback`). */
  fallbackReason?: NoNodeReason;
  /** A node's reconnection schedule (after a drop), when this connection is to a node. */
  retry?: Pick<BackoffWsProvider, 'retry' | 'onRetry'>;
  /** The built-in chain's controls (reset), when this connection is to it. */
  builtIn?: BuiltInChain;
  /** The chain's genesis hash: the namespace of every cached query. */
  genesis: string;
  chain: string;
  ss58: number;
  decimals: number;
  isDev: boolean;
}

export async function createApi(provider: ProviderInterface): Promise<ApiPromise> {
  const { ApiPromise } = await import('@polkadot/api');
  return ApiPromise.create({ provider, ...API_OPTIONS });
}

/** Longest the API waits for the early work on a node (ms). */
const EARLY_MS = 2_000;

export interface ConnectOptions {
  wsTimeoutMs?: number;
  /** Given the early sender; may return a promise of its work (the API waits for it, see above). */
  onEarlyRpc?: (rpc: PlainRpc) => Promise<void> | undefined;
}

/** The API's code in two steps, each started when the page is idle (see above). */
async function loadApiWhenIdle(): Promise<void> {
  await idle();
  await import('@polkadot/util-crypto');
  await idle();
  await import('@polkadot/api');
  await idle();
}

export async function connect(endpoint: string, opts: ConnectOptions = {}): Promise<Connection> {
  let reason: NoNodeReason | undefined;
  if (endpoint !== EMBEDDED_ENDPOINT) {
    const boot = takeEarlyRpc(endpoint);
    if (!opts.onEarlyRpc) boot?.close();
    const early = opts.onEarlyRpc?.(boot ?? plainWsRpc(endpoint, opts.wsTimeoutMs));
    if (early) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const waited = new Promise((resolve) => {
        timer = setTimeout(resolve, EARLY_MS);
      });
      await Promise.race([early, waited]);
      clearTimeout(timer);
      await loadApiWhenIdle();
    }
    const ws = await wsProvider(endpoint, opts.wsTimeoutMs);
    if ('provider' in ws)
      return { ...(await describe(await createApi(ws.provider), ws.provider, endpoint)), retry: ws.provider };
    reason = ws.reason;
  }
  // The page's @polkadot/api loads while the worker starts the chain.
  const [builtIn] = await Promise.all([
    openBuiltInChain().then((chain) => {
      const early = chain.provider();
      void opts.onEarlyRpc?.({
        send: async (method, params) => {
          await early.connect();
          return early.send(method, params);
        },
        close: () => void early.disconnect(),
      });
      return chain;
    }),
    import('@polkadot/api'),
  ]);
  const provider = builtIn.provider();
  const connection = await describe(await createApi(provider), provider, endpoint, reason !== undefined);
  return { ...connection, builtIn, ...(reason ? { fallbackReason: reason } : {}) };
}

/** Reads the facts the UI needs once per connection. */
export async function describe(
  api: ApiPromise,
  provider: ProviderInterface,
  endpoint: string,
  fallback = false,
): Promise<Connection> {
  const [chain, type] = await Promise.all([api.rpc.system.chain(), api.rpc.system.chainType()]);
  return {
    api,
    provider,
    endpoint,
    fallback,
    genesis: api.genesisHash.toHex(),
    chain: chain.toString(),
    ss58: api.registry.chainSS58 ?? 42,
    decimals: api.registry.chainDecimals[0] ?? 12,
    isDev: type.isDevelopment || type.isLocal || endpoint === EMBEDDED_ENDPOINT || fallback,
  };
}
