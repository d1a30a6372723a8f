/**
 * History for the embedded chain (contracts §6): the pha_* methods served in-process by an indexer that
 * follows the in-page chain through its own @polkadot/api connection. The methods exist from the start
 * (so the dApp finds them in rpc_methods) and answer once the indexer has caught up with the chain.
 */
import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import type { InProcessHistory } from '../indexer/in-process.js';
import type { HistoryApi } from '../indexer/types.js';
import type { MethodTable } from '../pallets-mock/rpc/server-core.js';

export interface EmbeddedHistory {
  module: MethodTable;
  /** Starts the indexer over another in-process connection to the chain. */
  start(): Promise<void>;
}

/**
 * `connect` opens another in-process connection to the embedded chain (the endpoint registry owns it);
 * `seed` are the records shipped with the chain's snapshot (`shippedHistory`), so history starts with
 * the snapshot's past.
 */
export async function embeddedHistory(
  connect: () => ProviderInterface,
  seed?: ReadonlyArray<readonly [string, string]>,
): Promise<EmbeddedHistory> {
  const [{ historyRpcModule }, { startInProcessHistory }, { ApiPromise }] = await Promise.all([
    import('../indexer/rpc-methods.js'),
    import('../indexer/in-process.js'),
    import('@polkadot/api'),
  ]);
  let resolveRunning: (h: InProcessHistory) => void = () => {};
  const running = new Promise<InProcessHistory>((resolve) => {
    resolveRunning = resolve;
  });
  // Each call waits for the indexer, then for it to reach the chain's current head.
  const caughtUp = async (): Promise<HistoryApi> => {
    const h = await running;
    await h.ready();
    return h.history;
  };
  const history: HistoryApi = {
    poolSnapshots: async (...a) => (await caughtUp()).poolSnapshots(...a),
    accountHistory: async (...a) => (await caughtUp()).accountHistory(...a),
    commissionChanges: async (...a) => (await caughtUp()).commissionChanges(...a),
    treasuryInflow: async (...a) => (await caughtUp()).treasuryInflow(...a),
    workerSeries: async (...a) => (await caughtUp()).workerSeries(...a),
    referendumTallies: async (...a) => (await caughtUp()).referendumTallies(...a),
    status: async () => (await running).history.status(),
  };
  return {
    module: historyRpcModule(history),
    async start() {
      const api = await ApiPromise.create({
        provider: connect(),
        noInitWarn: true,
        signedExtensions: { CheckMqSequence: { extrinsic: {}, payload: {} } },
      });
      resolveRunning(await startInProcessHistory(api, { seed }));
    },
  };
}
