/**
 * A vault's owner commission as shares: what `maybe_gain_owner_shares` (`vault.rs`) does before every vault
 * call — when the share price has risen past the vault's checkpoint, the owner's commission on that rise is
 * minted as new shares, which lowers everyone's price to the checkpoint it sets; a vault without a
 * checkpoint (0) only sets one. One function for the pallet (which applies it) and the dApp (which counts
 * the shares a vault would mint first, so a delegator's value is what a withdrawal would pay now). U64F64
 * bit for bit (fixed.ts); commission in Permill parts.
 */
import { bdiv, fromFixed, sharePrice, toFixed } from './fixed.js';
import { permillMul } from './permill.js';

/** The owner shares minted and the new checkpoint; null when there is nothing to do (no shares, no rise). */
export function ownerShareGain(
  totalValue: bigint,
  totalShares: bigint,
  checkpoint: bigint,
  commission: bigint,
): { shares: bigint; checkpoint: bigint } | null {
  const price = sharePrice(totalValue, totalShares);
  if (price === null) return null;
  const current = fromFixed(price);
  if (checkpoint === 0n) return { shares: 0n, checkpoint: current };
  if (current <= checkpoint) return null;
  const newPrice = current - permillMul(commission, current - checkpoint);
  const target = bdiv(totalValue, toFixed(newPrice));
  return { shares: target > totalShares ? target - totalShares : 0n, checkpoint: newPrice };
}

/** The owner shares a vault's next call mints first (0 when none): what a price read now must count. */
export function pendingOwnerShares(
  totalValue: bigint,
  totalShares: bigint,
  checkpoint: bigint,
  commission: bigint,
): bigint {
  return ownerShareGain(totalValue, totalShares, checkpoint, commission)?.shares ?? 0n;
}
