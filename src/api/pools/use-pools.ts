/**
 * React hooks over the pool queries: the whole pool list (refetched once per block, only while shown),
 * one pool, its estimated APR, and a delegator's NFTs and queued withdrawals.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useConnection } from '../api-context.js';
import { stateKey } from '../query-keys.js';
import { type NetworkEconomy, poolApr } from './apr.js';
import { type Delegations, fetchDelegations } from './delegations-query.js';
import type { PoolSummary } from './pool-model.js';
import { fetchPools, type PoolsData } from './pools-query.js';

export function usePools() {
  const { api, genesis } = useConnection();
  return useQuery<PoolsData>({
    queryKey: stateKey(genesis, 'pools'),
    queryFn: () => fetchPools(api),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export interface PoolIndex {
  list: PoolSummary[];
  byPid: ReadonlyMap<bigint, PoolSummary>;
  economy: NetworkEconomy | undefined;
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
      apr: (pool, extra = 0n) => (economy ? poolApr(pool, byPid, economy, extra) : null),
    };
  }, [data]);
  return { ...index, isLoading: q.isLoading, error: q.error };
}

export function useDelegations(address: string | undefined) {
  const { api, genesis } = useConnection();
  const pools = usePools().data?.pools;
  return useQuery<Delegations>({
    queryKey: stateKey(genesis, 'delegations', address ?? ''),
    queryFn: () => fetchDelegations(api, address as string, pools ?? []),
    enabled: !!address && !!pools,
    staleTime: Number.POSITIVE_INFINITY,
  });
}
