/**
 * History for the built-in chain (contracts §6): the pha_* methods served by an indexer that follows the
 * chain in the same thread (the Web Worker) through its own @polkadot/api connection and keeps its
 * records in the store it is given (IndexedDB beside the blocks, so a reload resumes it). The methods
 * exist from the start (so the dApp finds them in rpc_methods, and the chain answers before the indexer
 * has loaded) and answer once the indexer has caught up with the chain. The indexer's code (with its own
 * @polkadot/api) is loaded only by `start`, so it costs nothing before the chain's first answers.
 */
import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import type { InProcessHistory } from '../indexer/in-process.js';
import { historyRpcModule } from '../indexer/rpc-methods.js';
import type { IndexStore } from '../indexer/store.js';
import type { HistoryApi } from '../indexer/types.js';
import type { MethodTable } from '../pallets-mock/rpc/server-core.js';

export interface DeferredHistory {
  module: MethodTable;
  /**
   * Starts the indexer over another in-process connection to the chain, keeping its records in `store`
   * (memory by default); `seed` are the records shipped with the chain's snapshot (`shippedHistory`),
   * which an empty store starts with, so history begins with the snapshot's past.
   */
  start(
    connect: () => ProviderInterface,
    store?: IndexStore,
    seed?: ReadonlyArray<readonly [string, string]>,
  ): Promise<void>;
  /** Stops the indexer (once started) and waits for its last block. */
  stop(): Promise<void>;
}

export async function deferredHistory(): Promise<DeferredHistory> {
  let resolveRunning: (h: InProcessHistory) => void = () => {};
  const running = new Promise<InProcessHistory>((resolve) => {
    resolveRunning = resolve;
  });
  let started: { h: InProcessHistory; api: { disconnect(): Promise<void> } } | undefined;
  // Catch-ups in flight: stop() lets them finish before it disconnects the indexer's API, so none reads
  // through a closed connection (which @polkadot/api reports as a console error) during a reset.
  const catchingUp = new Set<Promise<void>>();
  let stopping = false;
  // Each call waits for the indexer, then for it to reach the chain's current head (once stopping, it
  // answers from what is indexed).
  const caughtUp = async (): Promise<HistoryApi> => {
    const h = await running;
    if (!stopping) {
      const ready = h.ready();
      catchingUp.add(ready);
      try {
        await ready;
      } finally {
        catchingUp.delete(ready);
      }
    }
    return h.history;
  };
  const history: HistoryApi = {
    poolSnapshots: async (...a) => (await caughtUp()).poolSnapshots(...a),
    accountHistory: async (...a) => (await caughtUp()).accountHistory(...a),
    commissionChanges: async (...a) => (await caughtUp()).commissionChanges(...a),
    treasuryInflow: async (...a) => (await caughtUp()).treasuryInflow(...a),
    workerSeries: async (...a) => (await caughtUp()).workerSeries(...a),
    referendumTallies: async (...a) => (await caughtUp()).referendumTallies(...a),
    referendumStory: async (...a) => (await caughtUp()).referendumStory(...a),
    status: async () => (await running).history.status(),
  };
  return {
    module: historyRpcModule(history),
    async start(connect, store, seed) {
      const [{ startInProcessHistory }, { ApiPromise }] = await Promise.all([
        import('../indexer/in-process.js'),
        import('@polkadot/api'),
      ]);
      const api = await ApiPromise.create({
        provider: connect(),
        noInitWarn: true,
        signedExtensions: { CheckMqSequence: { extrinsic: {}, payload: {} } },
      });
      const h = await startInProcessHistory(api, { ...(store ? { store } : {}), seed });
      started = { h, api };
      resolveRunning(h);
    },
    async stop() {
      if (!started) return;
      stopping = true;
      await Promise.allSettled([...catchingUp]);
      started.h.stop();
      await started.h.indexer.idle();
      await started.api.disconnect();
    },
  };
}
