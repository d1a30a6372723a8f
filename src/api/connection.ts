/**
 * Opens an ApiPromise on an endpoint: the embedded chain, or a WebSocket node, falling back to the
 * embedded chain when no node answers. Phala's extra signed extension CheckMqSequence is declared (it
 * adds nothing to the payload), so the same code signs for this dev chain and for a real Phala runtime.
 */
import type { ApiPromise } from '@polkadot/api';
import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import type { BuiltInChain } from '../embedded/client.js';
import { EMBEDDED_ENDPOINT, type NoNodeReason, openBuiltInChain, wsProvider } from './endpoints.js';
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

export async function connect(endpoint: string, opts: { wsTimeoutMs?: number } = {}): Promise<Connection> {
  let reason: NoNodeReason | undefined;
  if (endpoint !== EMBEDDED_ENDPOINT) {
    const ws = await wsProvider(endpoint, opts.wsTimeoutMs);
    if ('provider' in ws)
      return { ...(await describe(await createApi(ws.provider), ws.provider, endpoint)), retry: ws.provider };
    reason = ws.reason;
  }
  // The page's @polkadot/api loads while the worker starts the chain.
  const [builtIn] = await Promise.all([openBuiltInChain(), import('@polkadot/api')]);
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
