/**
 * The history API in-process (browser, embedded chain): `startInProcessHistory(api)` runs an Indexer
 * over the given ApiPromise with an in-memory store, following finalized heads from block 1, and returns
 * the same functions the pha_* RPC methods serve. `seed` (records shipped with a chain snapshot,
 * `shippedHistory` of src/pallets-mock/devchain/snapshot.ts) fills an empty store first, so history starts
 * with the snapshot's past and indexing continues after its head. Nothing persists: a reload re-indexes
 * (the embedded chain itself lives in memory too). The dApp's src/api may call this for the "embedded"
 * endpoint.
 *
 *   const h = await startInProcessHistory(api);
 *   await h.history.poolSnapshots(0);        // PoolSnapshot[]
 *   h.stop();
 */
import type { ApiPromise } from '@polkadot/api';
import { Indexer } from './indexer.js';
import { IndexStore, MemoryKv } from './store.js';
import type { HistoryApi } from './types.js';

export interface InProcessHistory {
  history: HistoryApi;
  indexer: Indexer;
  /** Resolves once block `n` (default: the endpoint's finalized head now) is indexed. */
  ready(n?: number): Promise<void>;
  stop(): void;
}

export async function startInProcessHistory(
  api: ApiPromise,
  opts: {
    store?: IndexStore;
    seed?: ReadonlyArray<readonly [string, string]>;
    onError?: (err: unknown) => void;
  } = {},
): Promise<InProcessHistory> {
  const store = opts.store ?? new IndexStore(new MemoryKv());
  if (opts.seed) await store.seed(opts.seed);
  const indexer = new Indexer({ api, store, onError: opts.onError });
  await indexer.init();
  await indexer.start();
  return {
    history: indexer.history(),
    indexer,
    async ready(n) {
      const target =
        n ?? (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
      await indexer.syncTo(target);
    },
    stop: () => indexer.stop(),
  };
}
