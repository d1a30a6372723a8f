/**
 * The runtime constants the delegator UI needs, read once from the metadata (no RPC): existential
 * deposit, W-PHA asset id, minimum contribution, grace period, block time.
 */
import type { ApiPromise } from '@polkadot/api';

export interface ChainConstants {
  existentialDeposit: bigint;
  wphaAssetId: number;
  minContribution: bigint;
  gracePeriodSecs: number;
  blockTimeSecs: number;
}

/** A constant of the connected runtime, or `fallback` when it lacks the pallet. */
const read = (c: { toBigInt(): bigint } | undefined, fallback: bigint): bigint => c?.toBigInt() ?? fallback;

const cache = new WeakMap<ApiPromise, ChainConstants>();

export function chainConstants(api: ApiPromise): ChainConstants {
  const hit = cache.get(api);
  if (hit) return hit;
  const out: ChainConstants = {
    existentialDeposit: read(api.consts.balances?.existentialDeposit, 10_000_000_000n),
    wphaAssetId: Number(read(api.consts.phalaWrappedBalances?.wPhaAssetId, 10_000n)),
    minContribution: read(api.consts.phalaStakePoolv2?.minContribution, 10_000_000_000n),
    gracePeriodSecs: Number(read(api.consts.phalaStakePoolv2?.gracePeriod, 604_800n)),
    blockTimeSecs: Number(read(api.consts.timestamp?.minimumPeriod, 6_000n) * 2n) / 1000,
  };
  cache.set(api, out);
  return out;
}
