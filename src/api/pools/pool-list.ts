/**
 * The dApp's side of `pha_poolList` (src/indexer/pool-list-rpc.ts): the whole pool list in one round trip
 * where the endpoint serves it — the node and the built-in chain do — and the dApp's own bulk reads
 * (pools-query.ts, loaded only then) where it does not (any other Phala-runtime node). `previewPoolList`
 * asks before @polkadot/api is ready, over any JSON-RPC sender, together with the genesis hash that keys
 * the cache, so the explorer can show the list while the API still loads the metadata.
 * `askPoolListPreview` only sends the requests (at boot, early-rpc.ts; the taker reads the answers).
 */
import type { ApiPromise } from '@polkadot/api';
import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import type { RpcSend } from '../history-client.js';
import { POOL_LIST_METHOD, type PoolsData, poolsFromWire } from './pool-list-wire.js';

/** Providers whose endpoint answered that it has no pha_poolList. */
const without = new WeakSet<ProviderInterface>();

const isMethodNotFound = (err: unknown): boolean => err instanceof Error && /-32601/.test(err.message);

/** The pool list at the best block. */
export async function fetchPoolList(api: ApiPromise, provider: ProviderInterface): Promise<PoolsData> {
  if (!without.has(provider)) {
    try {
      return poolsFromWire(await provider.send(POOL_LIST_METHOD, []));
    } catch (err) {
      if (!isMethodNotFound(err)) throw err;
      without.add(provider);
    }
  }
  const { fetchPools } = await import('./pools-query.js');
  return fetchPools(api);
}

export interface PoolListPreview {
  genesis: string;
  data: PoolsData;
}

/** Sends the preview's requests, together: the genesis hash and the pool list; their answers as sent. */
export const askPoolListPreview = (send: RpcSend): Promise<[unknown, unknown]> =>
  Promise.all([send('chain_getBlockHash', [0]), send(POOL_LIST_METHOD, [])]);

/** The genesis hash and the pool list in one round trip; undefined when the endpoint cannot say. */
export async function previewPoolList(send: RpcSend): Promise<PoolListPreview | undefined> {
  try {
    const [genesis, list] = await askPoolListPreview(send);
    if (typeof genesis !== 'string') return undefined;
    return { genesis, data: poolsFromWire(list) };
  } catch {
    return undefined;
  }
}
