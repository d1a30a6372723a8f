/**
 * Checks a withdrawal before signing: by amount or by shares, never more than the NFT holds; "all"
 * withdraws every share exactly. An amount becomes the fewest shares the chain values at least at that
 * amount (rounded up, at most the shares held), and a request's value is what the chain computes for its
 * shares (`sharesToValue`: `bmul(shares, share_price)` in U64F64, as `remove_stake_from_nft` pays it).
 */
import { sharePrice, shareValue } from '../../primitives/fixed.js';
import { parsePha } from '../../ui/format.js';
import type { Locale } from '../../ui/i18n/i18n.js';
import type { Problem } from './delegate-plan.js';
import { type PoolSummary, sharesToValue } from './pool-model.js';

export type WithdrawMode = 'amount' | 'shares';

export interface WithdrawPlan {
  shares?: bigint;
  value?: bigint;
  problem?: Problem;
}

type Totals = Pick<PoolSummary, 'totalShares' | 'totalValue'>;

/**
 * The fewest shares, at most `held`, whose value (`sharesToValue`) is at least `amount` (a ceiling, so a
 * request is never worth less than what was typed); `held` when the amount is the whole holding's value
 * or more, so the whole value withdraws every share exactly (no dust left behind).
 */
export function sharesForAmount(pool: Totals, amount: bigint, held: bigint): bigint {
  // the price once, then `shareValue` at it: `sharesToValue` without recomputing the price per step
  const price = sharePrice(pool.totalValue, pool.totalShares);
  if (shareValue(held, price) <= amount) return held;
  // the value is non-decreasing in shares: binary search, keeping value(hi) ≥ amount > value(lo - 1)
  let lo = 0n;
  let hi = held;
  while (lo < hi) {
    const mid = (lo + hi) / 2n;
    if (shareValue(mid, price) >= amount) hi = mid;
    else lo = mid + 1n;
  }
  return hi;
}

export function planWithdrawal(
  text: string,
  mode: WithdrawMode,
  pool: Totals,
  held: bigint,
  locale: Locale,
): WithdrawPlan {
  if (text.trim() === '') return { problem: { key: 'form.required' } };
  const parsed = parsePha(text, locale);
  if (parsed === undefined) return { problem: { key: 'form.invalidNumber' } };
  if (parsed === 0n) return { problem: { key: 'form.zero' } };
  const heldValue = sharesToValue(pool, held);
  if (mode === 'amount' && parsed > heldValue)
    return { problem: { key: 'form.moreThanValue', params: { value: heldValue } } };
  const shares = mode === 'shares' ? parsed : sharesForAmount(pool, parsed, held);
  if (shares > held) return { shares, problem: { key: 'form.notEnoughShares', params: { shares: held } } };
  if (shares === 0n) return { problem: { key: 'form.zero' } };
  return { shares, value: sharesToValue(pool, shares) };
}
