/**
 * React hooks over the pool queries: the whole pool list (refetched once per block, only while shown),
 * one pool, its estimated APR, and a delegator's NFTs and queued withdrawals.
 */
import type { ApiPromise } from '@polkadot/api';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useConnection } from '../api-context.js';
import { stateKey } from '../query-keys.js';
import { type NetworkEconomy, poolApr } from './apr.js';
import { type Delegations, fetchDelegations, priceDelegations } from './delegations-query.js';
import type { PoolSummary } from './pool-model.js';
import { fetchPools, type PoolsData } from './pools-query.js';

const poolsQuery = (api: ApiPromise, genesis: string) => ({
  queryKey: stateKey(genesis, 'pools'),
  queryFn: () => fetchPools(api),
  staleTime: Number.POSITIVE_INFINITY,
});

export function usePools() {
  const { api, genesis } = useConnection();
  return useQuery<PoolsData>(poolsQuery(api, genesis));
}

export interface PoolIndex {
  list: PoolSummary[];
  byPid: ReadonlyMap<bigint, PoolSummary>;
  economy: NetworkEconomy | undefined;
  /** The W-PHA minimum balance (0 until loaded). */
  wphaMinBalance: bigint;
  /** The computation cool-down period, seconds (0 until loaded). */
  coolDownSecs: number;
  apr(pool: PoolSummary, extra?: bigint): number | null;
}

export function usePoolIndex(): PoolIndex & { isLoading: boolean; error: unknown } {
  const q = usePools();
  const data = q.data;
  const index = useMemo((): PoolIndex => {
    const list = data?.pools ?? [];
    const byPid = new Map(list.map((p) => [p.pid, p]));
    const economy = data?.economy;
    return {
      list,
      byPid,
      economy,
      wphaMinBalance: data?.wphaMinBalance ?? 0n,
      coolDownSecs: data?.coolDownSecs ?? 0,
      apr: (pool, extra = 0n) => (economy ? poolApr(pool, byPid, economy, extra) : null),
    };
  }, [data]);
  return { ...index, isLoading: q.isLoading, error: q.error };
}

/**
 * The account's NFTs and queued withdrawals. Shares come from their own query; values are priced here
 * with the current pool list, so both always describe the same block's share prices.
 */
export function useDelegations(address: string | undefined) {
  const { api, genesis } = useConnection();
  const client = useQueryClient();
  const pools = usePools().data?.pools;
  const q = useQuery<Delegations>({
    queryKey: stateKey(genesis, 'delegations', address ?? ''),
    // the same block's pool list (joins the pools refetch a new block started)
    queryFn: async () =>
      fetchDelegations(api, address as string, (await client.fetchQuery(poolsQuery(api, genesis))).pools),
    enabled: !!address,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const data = useMemo(
    () => (q.data && pools ? priceDelegations(q.data, pools) : undefined),
    [q.data, pools],
  );
  return { data, isLoading: q.isLoading, error: q.error };
}
