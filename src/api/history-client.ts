/**
 * The one typed client of the history API (contracts §6): `HistoryClient` implements `HistoryApi` — the
 * interface the indexer serves in-process — over any JSON-RPC transport (the node, the embedded chain's
 * in-page indexer, `npm run indexer`), checks every record's shape (history-decode.ts) and returns the
 * record types of src/indexer/types.ts. The dApp reads history only through it.
 */
import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import type {
  AccountRecord,
  CommissionChange,
  HistoryApi,
  IndexerStatus,
  PoolSnapshot,
  ReferendumStory,
  ReferendumTally,
  TreasuryInflow,
  WorkerSnapshot,
} from '../indexer/types.js';
import {
  decodeAccountHistory,
  decodeCommissionChanges,
  decodePoolSnapshots,
  decodeReferendumStory,
  decodeReferendumTallies,
  decodeStatus,
  decodeTreasuryInflow,
  decodeWorkerSeries,
} from './history-decode.js';

/** Sends one JSON-RPC request and resolves with its result. */
export type RpcSend = (method: string, params: unknown[]) => Promise<unknown>;

/** Ids travel as decimal strings (a u64 pid may exceed 2^53). */
const id = (v: bigint | number | string): string => (typeof v === 'string' ? v : v.toString());
/** Optional trailing time bounds: `null` keeps a later bound in its place. */
const bounds = (fromMs?: number, toMs?: number): (number | null)[] =>
  toMs !== undefined ? [fromMs ?? null, toMs] : fromMs !== undefined ? [fromMs] : [];

export class HistoryClient implements HistoryApi {
  constructor(private readonly send: RpcSend) {}

  /** A client over a @polkadot/api provider (the connection's transport). */
  static over(provider: ProviderInterface): HistoryClient {
    return new HistoryClient((method, params) => provider.send(method, params));
  }

  async poolSnapshots(
    pid: bigint | number | string,
    fromMs?: number,
    toMs?: number,
  ): Promise<PoolSnapshot[]> {
    return decodePoolSnapshots(await this.send('pha_poolSnapshots', [id(pid), ...bounds(fromMs, toMs)]));
  }
  async accountHistory(address: string): Promise<AccountRecord[]> {
    return decodeAccountHistory(await this.send('pha_accountHistory', [address]));
  }
  async commissionChanges(pid: bigint | number | string): Promise<CommissionChange[]> {
    return decodeCommissionChanges(await this.send('pha_commissionChanges', [id(pid)]));
  }
  async treasuryInflow(fromMs?: number, toMs?: number): Promise<TreasuryInflow[]> {
    return decodeTreasuryInflow(await this.send('pha_treasuryInflow', bounds(fromMs, toMs)));
  }
  async workerSeries(pubkey: string): Promise<WorkerSnapshot[]> {
    return decodeWorkerSeries(await this.send('pha_workerSeries', [pubkey]));
  }
  async referendumTallies(refIndex: bigint | number | string): Promise<ReferendumTally[]> {
    return decodeReferendumTallies(await this.send('pha_referendumTallies', [id(refIndex)]));
  }
  async referendumStory(refIndex: bigint | number | string): Promise<ReferendumStory | null> {
    return decodeReferendumStory(await this.send('pha_referendumStory', [id(refIndex)]));
  }
  async status(): Promise<IndexerStatus> {
    return decodeStatus(await this.send('pha_historyStatus', []));
  }
}
