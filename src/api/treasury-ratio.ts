/**
 * The Treasury's share of the computation budget as the chain sets it: `treasury_ratio` of
 * PhalaComputation.TokenomicParameters (U64F64 bits, 20 % on Khala), in Permill, truncated. The operator
 * console's payout split and the Treasury tab read it here, so a tokenomic update shows everywhere.
 */
import { useConnection } from './api-context.js';
import { subscriptionKey } from './query-keys.js';
import { hasStorage } from './runtime-access.js';
import { useSubscriptionQuery } from './use-subscription-query.js';

/** A U64F64 ratio's bits in Permill, truncated (exact). */
export const ratioBitsToPermill = (bits: bigint): bigint => (bits * 1_000_000n) >> 64n;

const wholeAtMost = (permill: bigint): bigint => (permill > 1_000_000n ? 1_000_000n : permill);

/**
 * The Treasury's Permill of the budget (at most the whole), pushed when the parameters change; undefined
 * while unknown (before the first answer, or on a chain without tokenomic parameters).
 */
export function useTreasuryPermill(): bigint | undefined {
  const { api, genesis } = useConnection();
  const supported = hasStorage(api, 'phalaComputation', 'tokenomicParameters');
  const permill = useSubscriptionQuery<bigint | null>(
    subscriptionKey(genesis, 'treasuryPermill'),
    supported
      ? (push) =>
          api.query.phalaComputation.tokenomicParameters((p) =>
            push(p.isSome ? wholeAtMost(ratioBitsToPermill(p.unwrap().treasuryRatio.toBigInt())) : null),
          )
      : undefined,
  );
  return permill ?? undefined;
}
