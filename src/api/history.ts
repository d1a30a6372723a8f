/**
 * History hooks over the one typed client (history-client.ts, contracts §6). Whether the endpoint serves
 * the history API is read once from `rpc_methods`; without it every hook reports `available: false` and
 * the UI says history is unavailable. Windows are in chain time (a dev chain's clock is not the wall
 * clock; a windowed read waits for the chain's first timestamp), rounded up to the hour so a query key
 * changes at most hourly; commission, per-worker and per-account series live under `stateKey` and are
 * re-read once per block while shown.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useConnection } from './api-context.js';
import { useHead } from './chain-head.js';
import { useChainNowMs } from './chain-time.js';
import { HistoryClient } from './history-client.js';
import { stateKey } from './query-keys.js';

const DAY_MS = 86_400_000;

export function useHistoryClient(): HistoryClient {
  const { provider } = useConnection();
  return useMemo(() => HistoryClient.over(provider), [provider]);
}

/** Which RPC methods the endpoint serves (read once per connection). */
export function useRpcMethods(): ReadonlySet<string> | undefined {
  const { api, genesis } = useConnection();
  return useQuery({
    queryKey: [genesis, 'rpc-methods'],
    queryFn: async () => new Set((await api.rpc.rpc.methods()).methods.map((m) => m.toString())),
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
}

export function useHistoryAvailable(): boolean | undefined {
  const methods = useRpcMethods();
  return methods?.has('pha_poolSnapshots');
}

/** Whether a windowed query's key (the series, then the window's end) belongs to `series`. */
function sameSeries(queryKey: readonly unknown[], series: readonly unknown[]): boolean {
  return queryKey.length === series.length + 1 && series.every((part, i) => queryKey[i] === part);
}

/**
 * A read over the last `days` of chain time, in a window that closes at the next full hour. It is not
 * asked before the chain's clock is known (the machine's clock would ask for a window the chain has not
 * reached or has long left, then ask again), and counts as loading until then.
 */
function useChainWindowQuery<T>(
  key: string[],
  days: number,
  read: (fromMs: number, toMs: number) => Promise<T>,
) {
  const { genesis } = useConnection();
  const available = useHistoryAvailable();
  const nowMs = useChainNowMs();
  const to = nowMs === undefined ? undefined : (Math.floor(nowMs / 3_600_000) + 1) * 3_600_000;
  const series: readonly unknown[] = [genesis, 'history', ...key, String(days)];
  const q = useQuery({
    queryKey: [...series, String(to)],
    queryFn: () => read((to as number) - days * DAY_MS, to as number),
    enabled: available === true && to !== undefined,
    staleTime: 60_000,
    // When only the window's end moves on (chain time passed the hour), the same series stays on screen
    // until the new window's records arrive, instead of the loading skeleton.
    placeholderData: (previous, previousQuery) =>
      previousQuery && sameSeries(previousQuery.queryKey, series) ? previous : undefined,
  });
  return { available, ...q, isLoading: q.isLoading || (available === true && to === undefined) };
}

/** The last `days` of a pool's snapshots. */
export function usePoolSnapshots(pid: bigint, days = 30) {
  const client = useHistoryClient();
  const id = pid.toString();
  return useChainWindowQuery(['pool', id], days, (from, to) => client.poolSnapshots(id, from, to));
}

/**
 * A history read together with how far the indexer has got, and the refetch interval that repeats it
 * every second while the indexer is behind the head: it indexes a block after the block arrives, so the
 * per-block re-read can come too early, and a dev chain that builds blocks only on demand sends no later
 * block to read again on.
 */
async function withIndexedBlock<T>(client: HistoryClient, read: () => Promise<T>) {
  const [status, value] = await Promise.all([client.status(), read()]);
  return { value, indexedBlock: status.indexedBlock };
}
const untilIndexed =
  (head: number | undefined) =>
  (query: { state: { data?: { indexedBlock: number } | undefined } }): number | false => {
    const indexed = query.state.data?.indexedBlock;
    return indexed !== undefined && head !== undefined && indexed < head ? 1_000 : false;
  };

/**
 * A history read kept with how far the indexer had got (`withIndexedBlock`), re-read every second while it
 * is behind the head (`untilIndexed`) and once per block after; `behind` says how far it still has to go.
 */
function useIndexedRead<T>(
  kind: string,
  id: string,
  read: (client: HistoryClient) => Promise<T>,
  enabled = true,
) {
  const { genesis } = useConnection();
  const client = useHistoryClient();
  const available = useHistoryAvailable();
  const head = useHead()?.number;
  const q = useQuery({
    queryKey: stateKey(genesis, 'history', kind, id),
    queryFn: () => withIndexedBlock(client, () => read(client)),
    enabled: available === true && enabled,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: (previous) => previous,
    refetchInterval: untilIndexed(head),
  });
  const indexed = q.data?.indexedBlock;
  const behind =
    indexed !== undefined && head !== undefined && indexed < head ? { indexed, head } : undefined;
  return { available, ...q, data: q.data?.value, behind };
}

/** The account's records, re-read once per block (the portfolio values them against live holdings). */
export function useAccountHistory(address: string | undefined) {
  return useIndexedRead('account', address ?? '', (c) => c.accountHistory(address ?? ''), !!address);
}

export function useCommissionChanges(pid: bigint) {
  const id = pid.toString();
  return useIndexedRead('commission', id, (c) => c.commissionChanges(id));
}

/** A worker's series; while the indexer is behind (`behind`) an empty series means "still indexing". */
export function useWorkerSeries(pubkey: string) {
  return useIndexedRead('worker', pubkey, (c) => c.workerSeries(pubkey));
}

/** The Treasury's inflow over the last `days` of chain time. */
export function useTreasuryInflow(days = 30) {
  const client = useHistoryClient();
  return useChainWindowQuery(['treasury'], days, (from, to) => client.treasuryInflow(from, to));
}

/** A finished referendum's story (call, final tally, voters, enactment); re-read each block while shown. */
export function useReferendumStory(refIndex: number, enabled = true) {
  const { genesis } = useConnection();
  const client = useHistoryClient();
  const available = useHistoryAvailable();
  const id = String(refIndex);
  const q = useQuery({
    queryKey: stateKey(genesis, 'history', 'referendum-story', id),
    queryFn: () => client.referendumStory(id),
    enabled: enabled && available === true,
    placeholderData: (previous) => previous,
  });
  return { available, ...q };
}
