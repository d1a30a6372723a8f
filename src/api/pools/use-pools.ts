/**
 * React hooks over the pool queries: the whole pool list (refetched once per block, only while shown;
 * shown from the `pha_poolList` preview while the API still loads), one pool, its estimated APR, and a
 * delegator's NFTs and queued withdrawals.
 */
import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useChainView } from '../api-context.js';
import type { Connection } from '../connection.js';
import { stateKey } from '../query-keys.js';
import { type NetworkEconomy, poolApr, poolYield, type YieldMetric } from './apr.js';
import { type Delegations, fetchDelegations, priceDelegations } from './delegations-query.js';
import { fetchPoolList } from './pool-list.js';
import type { PoolsData } from './pool-list-wire.js';
import type { PoolSummary } from './pool-model.js';

const poolsQuery = ({ api, provider, genesis }: Connection) => ({
  queryKey: stateKey(genesis, 'pools'),
  queryFn: () => fetchPoolList(api, provider),
  staleTime: Number.POSITIVE_INFINITY,
});

export function usePools() {
  const { genesis, connection } = useChainView();
  return useQuery<PoolsData>(
    connection
      ? poolsQuery(connection)
      : { queryKey: stateKey(genesis, 'pools'), queryFn: skipToken, staleTime: Number.POSITIVE_INFINITY },
  );
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
  /** The yield shown for the pool (APR for a stake pool, APY for a vault): see `poolYield`. */
  yield(pool: PoolSummary): { metric: YieldMetric; value: number | null };
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
      yield: (pool) => poolYield(pool, economy ? poolApr(pool, byPid, economy) : null),
    };
  }, [data]);
  return { ...index, isLoading: q.isLoading, error: q.error };
}

/**
 * The account's NFTs and queued withdrawals. Shares come from their own query; values are priced here
 * with the current pool list, so both always describe the same block's share prices.
 */
export function useDelegations(address: string | undefined) {
  const { genesis, connection } = useChainView();
  const client = useQueryClient();
  const pools = usePools().data?.pools;
  const q = useQuery<Delegations>({
    queryKey: stateKey(genesis, 'delegations', address ?? ''),
    // the same block's pool list (joins the pools refetch a new block started)
    queryFn:
      connection && address
        ? async () =>
            fetchDelegations(connection.api, address, (await client.fetchQuery(poolsQuery(connection))).pools)
        : skipToken,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const data = useMemo(
    () => (q.data && pools ? priceDelegations(q.data, pools) : undefined),
    [q.data, pools],
  );
  return { data, isLoading: q.isLoading, error: q.error };
}
