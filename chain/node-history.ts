/**
 * The node's own history indexer (issue 7): the platform-neutral chain history (src/indexer/
 * chain-history.ts) kept in the node's LevelDB (sublevel `hist` of the block store; in memory with
 * `--db memory`) so it resumes after a restart, serving the pha_* history methods of contracts §6:
 * A new node from a snapshot passes the snapshot's shipped records as `seed`: its history then starts
 * with the snapshot's past (the demo's 7 days) and indexing continues after the snapshot's head.
 *
 *   const history = await startNodeHistory(chain, store);
 *   const server = await startServer(chain, { ..., modules: [history.module] });
 *   …  await history.stop();
 */
import {
  type ChainHistory,
  type ChainHistoryOptions,
  startChainHistory,
} from '../src/indexer/chain-history.js';
import { LevelKv, type LevelLike } from '../src/indexer/level-kv.js';
import { MemoryKv } from '../src/indexer/store.js';
import type { DevChain } from '../src/pallets-mock/devchain/chain.js';

export type NodeHistory = ChainHistory;

export function startNodeHistory(
  chain: DevChain,
  store?: { sublevel(name: string): LevelLike },
  opts: ChainHistoryOptions = {},
): Promise<NodeHistory> {
  return startChainHistory(chain, store ? new LevelKv(store.sublevel('hist')) : new MemoryKv(), opts);
}
