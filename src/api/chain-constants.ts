/**
 * The runtime constants the delegator UI needs, read once from the metadata (no RPC): existential
 * deposit, W-PHA asset id, minimum contribution, grace period, block time.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { big } from './codec.js';

export interface ChainConstants {
  existentialDeposit: bigint;
  wphaAssetId: number;
  minContribution: bigint;
  gracePeriodSecs: number;
  blockTimeSecs: number;
}

const read = (api: ApiPromise, section: string, name: string, fallback: bigint): bigint => {
  const c = api.consts[section]?.[name] as Codec | undefined;
  return c ? big(c.toPrimitive()) : fallback;
};

const cache = new WeakMap<ApiPromise, ChainConstants>();

export function chainConstants(api: ApiPromise): ChainConstants {
  const hit = cache.get(api);
  if (hit) return hit;
  const out: ChainConstants = {
    existentialDeposit: read(api, 'balances', 'existentialDeposit', 10_000_000_000n),
    wphaAssetId: Number(read(api, 'phalaWrappedBalances', 'wPhaAssetId', 10_000n)),
    minContribution: read(api, 'phalaStakePoolv2', 'minContribution', 10_000_000_000n),
    gracePeriodSecs: Number(read(api, 'phalaStakePoolv2', 'gracePeriod', 604_800n)),
    blockTimeSecs: Number(read(api, 'timestamp', 'minimumPeriod', 6_000n) * 2n) / 1000,
  };
  cache.set(api, out);
  return out;
}
