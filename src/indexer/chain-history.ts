/**
 * A dev chain's own history indexer, platform-neutral: follows the chain in-process from its first block
 * through an EmbeddedProvider and @polkadot/api — the same indexer core any endpoint gets — keeps its
 * records in the KvStore it is given (the node's LevelDB, the built-in chain's IndexedDB, or memory) so
 * it resumes after a restart, and serves the pha_* history methods through the chain's method table:
 *
 *   const history = await startChainHistory(chain, kv);
 *   createRpcCore(chain, { ..., modules: [history.module] });
 *   …  await history.stop();
 */
import { ApiPromise } from '@polkadot/api';
import type { DevChain } from '../pallets-mock/devchain/chain.js';
import { EmbeddedProvider } from '../pallets-mock/rpc/embedded-provider.js';
import type { MethodTable } from '../pallets-mock/rpc/server-core.js';
import { Indexer } from './indexer.js';
import { historyRpcModule } from './rpc-methods.js';
import { IndexStore, type KvStore } from './store.js';
import type { HistoryApi } from './types.js';

export interface ChainHistory {
  /** The pha_* methods, for the method table's `modules`. */
  module: MethodTable;
  history: HistoryApi;
  indexer: Indexer;
  stop(): Promise<void>;
}

export interface ChainHistoryOptions {
  onError?: (err: unknown) => void;
  /** Records shipped with the chain's snapshot (`shippedHistory`): an empty store starts with them. */
  seed?: ReadonlyArray<readonly [string, string]>;
  /** See IndexerOptions.rewardSnapshotWindowMs (the demo build thins reward-only snapshots). */
  rewardSnapshotWindowMs?: number;
}

export async function startChainHistory(
  chain: DevChain,
  kv: KvStore,
  opts: ChainHistoryOptions = {},
): Promise<ChainHistory> {
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
