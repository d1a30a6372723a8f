/**
 * Unclaimed owner rewards of the pools and vaults an account owns, from each pool's latest snapshot in
 * the history API (the last two days of chain time): a stake pool's W-PHA in its owner-reward account, a
 * vault's unclaimed owner shares valued at today's share price. Empty without the history API.
 */
import { useQueries } from '@tanstack/react-query';
import { useConnection } from '../api/api-context.js';
import { useNowSecs } from '../api/chain-time.js';
import { useHistoryAvailable, useHistoryClient } from '../api/history.js';
import { type PoolSummary, sharesToValue } from '../api/pools/pool-model.js';

const WINDOW_MS = 2 * 86_400_000;

/** Planck of unclaimed owner rewards by pid. */
export function useOwnerRewards(
  address: string | undefined,
  pools: readonly PoolSummary[],
): Map<bigint, bigint> {
  const { genesis } = useConnection();
  const client = useHistoryClient();
  const available = useHistoryAvailable();
  const hour = Math.floor(useNowSecs() / 3_600);
  const owned = pools.filter((p) => p.owner === address);
  const results = useQueries({
    queries: owned.map((p) => ({
      queryKey: [genesis, 'history', 'owner-rewards', p.pid.toString(), String(hour)],
      queryFn: () => {
        const to = (hour + 1) * 3_600_000;
        return client.poolSnapshots(p.pid, to - WINDOW_MS, to);
      },
      enabled: available === true,
      staleTime: 60_000,
    })),
  });
  const out = new Map<bigint, bigint>();
  owned.forEach((p, i) => {
    const last = results[i]?.data?.at(-1);
    if (!last) return;
    const raw = BigInt(last.ownerRewards);
    const value = p.kind === 'Vault' ? sharesToValue(p, raw) : raw;
    if (value > 0n) out.set(p.pid, value);
  });
  return out;
}
