/**
 * What the vault manager console reads, once per block while shown: the vault's owner shares and share
 * price checkpoint (`PhalaBasePool.Pools`), whether it is locked (`PhalaVault.VaultLocks`, set by a
 * ForceShutdown), and its stake-pool NFTs (its investments, through the foundation's delegation query on
 * the vault's pool account). Keys hold strings only.
 */
import type { ApiPromise } from '@polkadot/api';
import { useQuery } from '@tanstack/react-query';
import { useConnection } from '../../api/api-context.js';
import type { PoolSummary } from '../../api/pools/pool-model.js';
import { useDelegations } from '../../api/pools/use-pools.js';
import { stateKey } from '../../api/query-keys.js';
import { hasStorage } from '../../api/runtime-access.js';

export interface VaultState {
  ownerShares: bigint;
  /** Share price checkpoint (planck per 1 PHA of shares, 1e12 = 1.0). */
  checkpoint: bigint;
  locked: boolean;
}

async function fetchVaultState(api: ApiPromise, pid: bigint): Promise<VaultState | null> {
  const [pool, lock] = await Promise.all([
    api.query.phalaBasePool.pools(pid),
    hasStorage(api, 'phalaVault', 'vaultLocks') ? api.query.phalaVault.vaultLocks(pid) : null,
  ]);
  if (pool.isNone || !pool.unwrap().isVault) return null;
  const v = pool.unwrap().asVault;
  return {
    ownerShares: v.ownerShares.toBigInt(),
    checkpoint: v.lastSharePriceCheckpoint.toBigInt(),
    locked: !!lock?.isSome,
  };
}

export function useVaultState(pid: bigint) {
  const { api, genesis } = useConnection();
  return useQuery({
    queryKey: stateKey(genesis, 'manager', 'vault', pid.toString()),
    queryFn: () => fetchVaultState(api, pid),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * The vault's investments: the stake-pool NFTs of its pool account, priced with the current pool list
 * (the delegator's own hook, so shares and share prices always come from the same block).
 */
export function useVaultInvestments(vault: PoolSummary) {
  return useDelegations(vault.poolAccount);
}
