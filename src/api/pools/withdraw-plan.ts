/**
 * Checks a withdrawal before signing: by amount (converted to shares at the share price, truncated) or by
 * shares, never more than the NFT holds; "all" withdraws every share exactly.
 */
import { parsePha } from '../../ui/format.js';
import type { Locale } from '../../ui/i18n/i18n.js';
import type { Problem } from './delegate-plan.js';
import { type PoolSummary, sharesToValue, valueToShares } from './pool-model.js';

export type WithdrawMode = 'amount' | 'shares';

export interface WithdrawPlan {
  shares?: bigint;
  value?: bigint;
  problem?: Problem;
}

export function planWithdrawal(
  text: string,
  mode: WithdrawMode,
  pool: PoolSummary,
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
  // the whole value withdraws every share exactly (no dust left by truncation)
  const shares = mode === 'shares' ? parsed : parsed === heldValue ? held : valueToShares(pool, parsed);
  if (shares > held) return { shares, problem: { key: 'form.notEnoughShares', params: { shares: held } } };
  if (shares === 0n) return { problem: { key: 'form.zero' } };
  return { shares, value: sharesToValue(pool, shares) };
}
