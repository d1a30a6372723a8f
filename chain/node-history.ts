/**
 * The node's own history indexer (issue 7): follows this node's chain in-process from its first block
 * through an EmbeddedProvider and @polkadot/api — the same indexer core any endpoint gets — stores in
 * the node's LevelDB (sublevel `hist` of the block store; in memory with `--db memory`) so it resumes
 * after a restart, and serves the pha_* history methods through the node's method table. A new node
 * from a snapshot passes the snapshot's shipped records as `seed`: its history then starts with the
 * snapshot's past (the demo's 7 days) and indexing continues after the snapshot's head.
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
  opts: {
    onError?: (err: unknown) => void;
    seed?: ReadonlyArray<readonly [string, string]>;
    /** See IndexerOptions.rewardSnapshotWindowMs (the demo build thins reward-only snapshots). */
    rewardSnapshotWindowMs?: number;
  } = {},
): Promise<NodeHistory> {
  const kv: KvStore = store ? new LevelKv(store.sublevel('hist')) : new MemoryKv();
  const index = new IndexStore(kv);
  if (opts.seed) await index.seed(opts.seed);
  const api = await ApiPromise.create({ provider: new EmbeddedProvider(chain), noInitWarn: true });
  const indexer = new Indexer({
    api,
    store: index,
    rewardSnapshotWindowMs: opts.rewardSnapshotWindowMs,
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
