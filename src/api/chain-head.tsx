/**
 * Follows the best block: one `chain_subscribeNewHeads` per connection writes the head into the cache and
 * marks the chain-state queries stale, so only the queries on screen refetch once per block. The health
 * light reads the head (age of the last block) and `system_health` (peers).
 */
import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useConnection } from './api-context.js';
import { headKey, healthKey, stateKey } from './query-keys.js';

export interface Head {
  number: number;
  hash: string;
  /** Local time the head arrived (ms). */
  receivedAt: number;
}

export function ChainHeadSync() {
  const { api, genesis } = useConnection();
  const client = useQueryClient();
  useEffect(() => {
    let unsub: (() => void) | undefined;
    let live = true;
    void api.rpc.chain
      .subscribeNewHeads((header) => {
        if (!live) return;
        client.setQueryData<Head>(headKey(genesis), {
          number: header.number.toNumber(),
          hash: header.hash.toHex(),
          receivedAt: Date.now(),
        });
        void client.invalidateQueries({ queryKey: stateKey(genesis) });
      })
      .then((u) => {
        if (live) unsub = u;
        else u();
      });
    return () => {
      live = false;
      unsub?.();
    };
  }, [api, genesis, client]);
  return null;
}

export function useHead(): Head | undefined {
  const { genesis } = useConnection();
  return useQuery<Head>({
    queryKey: headKey(genesis),
    queryFn: skipToken,
    staleTime: Number.POSITIVE_INFINITY,
  }).data;
}

export function usePeers(): number | undefined {
  const { api, genesis } = useConnection();
  return useQuery({
    queryKey: healthKey(genesis),
    queryFn: async () => (await api.rpc.system.health()).peers.toNumber(),
    refetchInterval: 30_000,
  }).data;
}
