/**
 * The node's own history indexer (issue 7): follows this node's chain in-process from its first block
 * through an EmbeddedProvider and @polkadot/api — the same indexer core any endpoint gets — stores in
 * the node's LevelDB (sublevel `hist` of the block store; in memory with `--db memory`) so it resumes
 * after a restart, and serves the pha_* history methods through the node's method table:
 *
 *   const history = await startNodeHistory(chain, store);
 *   const server = await startServer(chain, { ..., modules: [history.module] });
 *   …  await history.stop();
 */
import { ApiPromise } from '@polkadot/api';
import { Indexer } from '../src/indexer/indexer.js';
import { historyRpcModule } from '../src/indexer/rpc-methods.js';
import { IndexStore, type KvStore, MemoryKv } from '../src/indexer/store.js';
import type { HistoryApi } from '../src/indexer/types.js';
import type { DevChain } from '../src/pallets-mock/devchain/chain.js';
import { EmbeddedProvider } from '../src/pallets-mock/rpc/embedded-provider.js';
import type { MethodTable } from '../src/pallets-mock/rpc/server-core.js';
import { LevelKv } from './history-store.js';
import type { BlockStore } from './store.js';

export interface NodeHistory {
  /** The pha_* methods, for startServer's `modules`. */
  module: MethodTable;
  history: HistoryApi;
  indexer: Indexer;
  stop(): Promise<void>;
}

export async function startNodeHistory(
  chain: DevChain,
  store?: BlockStore,
  opts: { onError?: (err: unknown) => void } = {},
): Promise<NodeHistory> {
  const kv: KvStore = store ? new LevelKv(store.sublevel('hist')) : new MemoryKv();
  const api = await ApiPromise.create({ provider: new EmbeddedProvider(chain), noInitWarn: true });
  const indexer = new Indexer({
    api,
    store: new IndexStore(kv),
    onError:
      opts.onError ??
      ((err) => console.error(`history indexer: ${err instanceof Error ? err.message : String(err)}`)),
  });
  await indexer.init();
  await indexer.start();
  const history = indexer.history();
  return {
    module: historyRpcModule(history),
    history,
    indexer,
    async stop() {
      indexer.stop();
      await indexer.idle();
      await api.disconnect();
    },
  };
}
