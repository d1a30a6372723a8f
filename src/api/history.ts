/**
 * The history API of contracts §6 (`pha_poolSnapshots`, `pha_accountHistory`, `pha_commissionChanges`),
 * served by an indexer on the node. Whether the endpoint has it is read once from `rpc_methods`; without
 * it the hooks report `available: false` and the UI says history is unavailable.
 */
import type { ApiPromise } from '@polkadot/api';
import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import { useQuery } from '@tanstack/react-query';
import { useConnection } from './api-context.js';
import { useNowSecs } from './chain-time.js';
import { arr, obj, type Plain } from './codec.js';

export type HistoryRecord = Record<string, Plain>;

async function methods(api: ApiPromise): Promise<Set<string>> {
  const m = await api.rpc.rpc.methods();
  return new Set(m.methods.map((x) => x.toString()));
}

export function useHistoryAvailable(): boolean | undefined {
  const { api, genesis } = useConnection();
  return useQuery({
    queryKey: [genesis, 'rpc-methods'],
    queryFn: async () => (await methods(api)).has('pha_poolSnapshots'),
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
}

async function call(
  provider: ProviderInterface,
  method: string,
  params: unknown[],
): Promise<HistoryRecord[]> {
  const out: unknown = await provider.send(method, params);
  return arr(out).map((r) => obj(r));
}

const DAY_MS = 86_400_000;

/** The last `days` of a pool's snapshots, in chain time (a dev chain's clock is not the wall clock). */
export function usePoolSnapshots(pid: bigint, days = 30) {
  const { provider, genesis } = useConnection();
  const available = useHistoryAvailable();
  const nowSecs = useNowSecs();
  // Rounded up to the hour so the query key (and the request) changes at most hourly.
  const to = (Math.floor(nowSecs / 3_600) + 1) * 3_600_000;
  const id = pid.toString();
  const q = useQuery({
    queryKey: [genesis, 'history', 'pool', id, String(days), String(to)],
    queryFn: () => call(provider, 'pha_poolSnapshots', [Number(id), to - days * DAY_MS, to]),
    enabled: available === true,
    staleTime: 60_000,
  });
  return { available, ...q };
}

export function useAccountHistory(address: string | undefined) {
  const { provider, genesis } = useConnection();
  const available = useHistoryAvailable();
  const q = useQuery({
    queryKey: [genesis, 'history', 'account', address ?? ''],
    queryFn: () => call(provider, 'pha_accountHistory', [address]),
    enabled: available === true && !!address,
    staleTime: 60_000,
  });
  return { available, ...q };
}
