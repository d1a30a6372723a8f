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
 * address: SS58 of any prefix or a 0x 32-byte key; pubkey: 0x 32-byte key. Bad params answer -32602.
 * `historyHandlers` are transport-free (the standalone indexer's server uses them); `historyRpcModule`
 * wraps them as a MethodTable module for the node (`startServer(chain, { modules: [...] })`).
 */
import { hexParam, maxParams } from '../pallets-mock/rpc/params.js';
import { invalidParams, type MethodTable } from '../pallets-mock/rpc/server-core.js';
import type { HistoryApi } from './types.js';

export type HistoryHandler = (params: unknown[]) => Promise<unknown>;

function idParam(v: unknown, name: string): string {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return String(v);
  if (typeof v === 'string' && /^[0-9]{1,20}$/.test(v)) return v;
  throw invalidParams(`${name}: expected a non-negative integer or a decimal string`);
}

function msParam(v: unknown, name: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  throw invalidParams(`${name}: expected unix milliseconds`);
}

function addressParam(v: unknown): string {
  if (typeof v !== 'string' || v.length === 0)
    throw invalidParams('address: expected an SS58 address or hex key');
  return v;
}

export const HISTORY_METHODS = [
  'pha_poolSnapshots',
  'pha_accountHistory',
  'pha_commissionChanges',
  'pha_treasuryInflow',
  'pha_workerSeries',
  'pha_referendumTallies',
  'pha_referendumStory',
  'pha_historyStatus',
] as const;

export function historyHandlers(
  history: HistoryApi,
): Record<(typeof HISTORY_METHODS)[number], HistoryHandler> {
  return {
    pha_poolSnapshots: async (params) => {
      maxParams(params, 3, 'pha_poolSnapshots');
      return history.poolSnapshots(
        idParam(params[0], 'pid'),
        msParam(params[1], 'fromMs'),
        msParam(params[2], 'toMs'),
      );
    },
    pha_accountHistory: async (params) => {
      maxParams(params, 1, 'pha_accountHistory');
      const address = addressParam(params[0]);
      try {
        return await history.accountHistory(address);
      } catch (err) {
        throw invalidParams(`address: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
    pha_commissionChanges: async (params) => {
      maxParams(params, 1, 'pha_commissionChanges');
      return history.commissionChanges(idParam(params[0], 'pid'));
    },
    pha_treasuryInflow: async (params) => {
      maxParams(params, 2, 'pha_treasuryInflow');
      return history.treasuryInflow(msParam(params[0], 'fromMs'), msParam(params[1], 'toMs'));
    },
    pha_workerSeries: async (params) => {
      maxParams(params, 1, 'pha_workerSeries');
      return history.workerSeries(hexParam(params[0], 'pubkey', { bytes: 32 }));
    },
    pha_referendumTallies: async (params) => {
      maxParams(params, 1, 'pha_referendumTallies');
      return history.referendumTallies(idParam(params[0], 'refIndex'));
    },
    pha_referendumStory: async (params) => {
      maxParams(params, 1, 'pha_referendumStory');
      return history.referendumStory(idParam(params[0], 'refIndex'));
    },
    pha_historyStatus: async (params) => {
      maxParams(params, 0, 'pha_historyStatus');
      return history.status();
    },
  };
}

/** The pha_* methods as a method-table module (see src/pallets-mock/rpc/method-table.ts). */
export function historyRpcModule(history: HistoryApi): MethodTable {
  const table: MethodTable = {};
  for (const [name, handler] of Object.entries(historyHandlers(history)))
    table[name] = (_ctx, params) => handler(params);
  return table;
}
