/**
 * Checks the vault owner's withdrawal of the vault's stake from a pool by amount, before signing: the
 * amount becomes shares by the pool page's rule (`sharesForAmount`: the fewest shares the chain values at
 * least at the amount, every share for the whole position), and the request's value is what the chain
 * pays for those shares (`sharesToValue`). Pure.
 */
import { type PoolSummary, sharesToValue } from '../../api/pools/pool-model.js';
import { sharesForAmount } from '../../api/pools/withdraw-plan.js';

/** The vault's position in the pool: its NFTs' shares and their value. */
export interface DivestPosition {
  shares: bigint;
  value: bigint;
}

export type DivestPlan =
  | { ok: true; shares: bigint; value: bigint }
  | { ok: false; problem: 'check.amount' }
  | { ok: false; problem: 'check.position'; value: bigint };

export function planDivest(
  pool: Pick<PoolSummary, 'totalShares' | 'totalValue'>,
  amount: bigint | undefined,
  position: DivestPosition | undefined,
): DivestPlan {
  if (amount === undefined || amount === 0n) return { ok: false, problem: 'check.amount' };
  if (!position || amount > position.value)
    return { ok: false, problem: 'check.position', value: position?.value ?? 0n };
  const shares = sharesForAmount(pool, amount, position.shares);
  return { ok: true, shares, value: sharesToValue(pool, shares) };
}
