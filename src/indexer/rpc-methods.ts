/**
 * The history API of spec/contracts.md §6 as JSON-RPC methods:
 *
 *   pha_poolSnapshots(pid, fromMs?, toMs?)   PoolSnapshot[]
 *   pha_accountHistory(address)              AccountRecord[]
 *   pha_commissionChanges(pid)               CommissionChange[]
 *   pha_treasuryInflow(fromMs?, toMs?)       TreasuryInflow[]
 *   pha_workerSeries(pubkey)                 WorkerSnapshot[]
 *   pha_referendumTallies(refIndex)          ReferendumTally[]   (beyond §6: referenda over time)
 *   pha_referendumStory(refIndex)            ReferendumStory | null (a finished referendum: call, tally, voters, enactment)
 *   pha_historyStatus()                      IndexerStatus       (which block the history reaches)
 *
 * pid / refIndex: a JSON number or a decimal string; times: unix ms (inclusive, default unbounded);
 * address: SS58 of any prefix or a 0x 32-byte key; pubkey: 0x 32-byte key. Each method declares its
 * parameter and result schemas (history-schemas.ts), which the RPC core checks params against (-32602)
 * and `rpc.discover` publishes. `historyRpcModule` is the method-table module every server serves: the
 * node's, the built-in chain's and the standalone indexer's, over any context.
 */
import {
  declare,
  invalidParams,
  type MethodSpec,
  type MethodTable,
} from '../pallets-mock/rpc/server-core.js';
import { HISTORY_SPECS, type HistoryMethod } from './history-schemas.js';
import type { HistoryApi } from './types.js';

export const HISTORY_METHODS = Object.keys(HISTORY_SPECS) as HistoryMethod[];

/** Ids arrive as a number or a decimal string (the schema checked which). */
const id = (v: unknown): string => String(v);
const ms = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

type Handlers = Record<HistoryMethod, (params: unknown[]) => Promise<unknown>>;

function handlers(history: HistoryApi): Handlers {
  return {
    pha_poolSnapshots: (p) => history.poolSnapshots(id(p[0]), ms(p[1]), ms(p[2])),
    pha_accountHistory: async (p) => {
      try {
        return await history.accountHistory(p[0] as string);
      } catch (err) {
        throw invalidParams(`address: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
    pha_commissionChanges: (p) => history.commissionChanges(id(p[0])),
    pha_treasuryInflow: (p) => history.treasuryInflow(ms(p[0]), ms(p[1])),
    pha_workerSeries: (p) => history.workerSeries((p[0] as string).toLowerCase()),
    pha_referendumTallies: (p) => history.referendumTallies(id(p[0])),
    pha_referendumStory: (p) => history.referendumStory(id(p[0])),
    pha_historyStatus: () => history.status(),
  };
}

/** The pha_* history methods as a method-table module, for a core of any context. */
export function historyRpcModule<C extends object>(history: HistoryApi): MethodTable<C> {
  const table: MethodTable<C> = {};
  const h = handlers(history);
  for (const name of HISTORY_METHODS) {
    const spec: MethodSpec = HISTORY_SPECS[name];
    const handler = h[name];
    table[name] = declare<C>(spec, (_ctx, params) => handler(params));
  }
  return table;
}
