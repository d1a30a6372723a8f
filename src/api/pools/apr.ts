/**
 * Estimated APR/APY of a pool, as Phala App estimates it: the network's yearly budget to workers
 * (budget per block × (1 − treasury ratio) × blocks per year) over the stake earning in computation is
 * the network APR; a stake pool earns it on its own earning stake (stake of responsive workers), less
 * the owner's commission, over the pool's value. Vaults earn the weighted APR of the stake pools they
 * invest in. An estimate for display only (floats at the display edge).
 */
import { earningStake, type PoolSummary, stakeInWork } from './pool-model.js';

export interface NetworkEconomy {
  /** PHA per block paid to workers before the treasury's cut (U64F64 → number). */
  budgetPerBlock: number;
  treasuryRatio: number;
  blockTimeSecs: number;
  /** Stake earning in computation over all stake pools (planck; unresponsive workers' stake excluded). */
  totalStakeInWork: bigint;
}

const UNIT = 1e12;
const YEAR_SECS = 365 * 24 * 3600;

/** U64F64 bits → number. */
export const fixedToNumber = (bits: bigint): number => Number(bits >> 32n) / 2 ** 32;

export function yearlyRewards(n: NetworkEconomy): number {
  return n.budgetPerBlock * (1 - n.treasuryRatio) * (YEAR_SECS / n.blockTimeSecs);
}

/** Yearly worker rewards over the stake earning them: what a fully staked pool without commission earns. */
export function networkApr(n: NetworkEconomy): number | null {
  const total = Number(n.totalStakeInWork) / UNIT;
  return total > 0 ? yearlyRewards(n) / total : null;
}

/** APR of a stake pool, optionally after `extra` more planck joins it (dilution preview). */
export function stakePoolApr(pool: PoolSummary, n: NetworkEconomy, extra = 0n): number | null {
  const working = Number(earningStake(pool)) / UNIT;
  const value = Number(pool.totalValue + extra) / UNIT;
  const network = networkApr(n);
  if (value <= 0 || network === null || working <= 0) return value > 0 ? 0 : null;
  return (network * working * (1 - pool.commission / 1e6)) / value;
}

export function vaultApr(
  vault: PoolSummary,
  pools: ReadonlyMap<bigint, PoolSummary>,
  n: NetworkEconomy,
  extra = 0n,
): number | null {
  let weighted = 0;
  for (const pid of vault.investPools) {
    const p = pools.get(pid);
    const apr = p ? stakePoolApr(p, n) : null;
    if (p && apr !== null)
      weighted += apr * (Number(stakeInWork(vault)) / Math.max(1, vault.investPools.length));
  }
  const value = Number(vault.totalValue + extra);
  if (value <= 0) return null;
  return (weighted / value) * (1 - vault.commission / 1e6);
}

export function poolApr(
  pool: PoolSummary,
  pools: ReadonlyMap<bigint, PoolSummary>,
  n: NetworkEconomy,
  extra = 0n,
): number | null {
  return pool.kind === 'StakePool' ? stakePoolApr(pool, n, extra) : vaultApr(pool, pools, n, extra);
}

/** APY with daily compounding. */
export const aprToApy = (apr: number): number => (1 + apr / 365) ** 365 - 1;

/** Which yield a pool shows: `apr` for a stake pool, `apy` for a vault. */
export type YieldMetric = 'apr' | 'apy';

/** A pool's estimated yield: which metric, and its value (null when unknown). */
export interface PoolYield {
  metric: YieldMetric;
  value: number | null;
}

/**
 * The estimated yield every page shows for a pool, as the Phala App labels it: a stake pool's APR; a
 * vault's APY, since a vault's rewards compound in its share price (its APR compounded daily). The one
 * place that picks the metric, so the explorer, the pool page and the vault manager agree.
 */
export function poolYield(pool: Pick<PoolSummary, 'kind'>, apr: number | null): PoolYield {
  const metric: YieldMetric = pool.kind === 'Vault' ? 'apy' : 'apr';
  return { metric, value: apr === null ? null : metric === 'apy' ? aprToApy(apr) : apr };
}
