/**
 * The pass/fail projection of a referendum on top of adaptive quorum biasing (the rule itself,
 * `approved`, lives in src/primitives/threshold.ts): the threshold named by the chain, how much extra
 * capital at 1× on the other side would flip the current result (and whether a failing one fails only by
 * its turnout), and the required aye share at a turnout.
 */

import { approved, type Tally, type Threshold } from '../../primitives/threshold.js';

export function thresholdFromName(name: string): Threshold {
  const n = name.toLowerCase();
  if (n === 'supermajorityagainst') return 'SuperMajorityAgainst';
  if (n === 'simplemajority') return 'SimpleMajority';
  return 'SuperMajorityApprove';
}

/** The tally after `capital` more is voted at 1× on one side. */
const add = (t: Tally, aye: boolean, capital: bigint): Tally => ({
  ayes: aye ? t.ayes + capital : t.ayes,
  nays: aye ? t.nays : t.nays + capital,
  turnout: t.turnout + capital,
});

/**
 * The least capital voted at 1× conviction on the losing side of the projection that flips it (nays when
 * it passes now, ayes when it fails); undefined when no amount up to `limit` does.
 */
export function votesToFlip(
  threshold: Threshold,
  t: Tally,
  electorate: bigint,
  limit = electorate * 4n + 1n,
): bigint | undefined {
  const now = approved(threshold, t, electorate);
  const flipped = (c: bigint) => approved(threshold, add(t, !now, c), electorate) !== now;
  let hi = 1n;
  while (!flipped(hi)) {
    if (hi > limit) return undefined;
    hi *= 2n;
  }
  let lo = hi / 2n;
  // invariant: !flipped(lo) (or lo == 0), flipped(hi)
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (flipped(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** Where a referendum stands now: the result if it ended at this tally, and what would change it. */
export interface Projection {
  passing: boolean;
  /** `votesToFlip`: capital at 1× on the losing side that flips the result (undefined: none would). */
  flip: bigint | undefined;
  /** Failing although ayes outweigh nays: the threshold's turnout bias asks for more than this turnout. */
  lowTurnout: boolean;
}

export function projection(threshold: Threshold, t: Tally, electorate: bigint): Projection {
  const passing = approved(threshold, t, electorate);
  return {
    passing,
    flip: votesToFlip(threshold, t, electorate),
    lowTurnout: !passing && t.ayes > t.nays,
  };
}

/**
 * The aye share of votes (ayes / (ayes + nays)) a referendum needs at turnout fraction `t` (0 < t ≤ 1),
 * ignoring floors: SMA needs more than 1/(1+√t), SMAgainst more than √t/(1+√t), simple majority ½.
 */
export function requiredAyeShare(threshold: Threshold, t: number): number {
  const s = Math.sqrt(Math.max(t, 0));
  if (threshold === 'SimpleMajority') return 0.5;
  if (threshold === 'SuperMajorityApprove') return 1 / (1 + s);
  return s / (1 + s);
}
