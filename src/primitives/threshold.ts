/**
 * Adaptive quorum biasing of pallet_democracy (`vote_threshold.rs`, `VoteThreshold::approved`): the exact
 * integer rule with floor square roots and a strict rational comparison; no votes never passes. The one
 * copy the Democracy pallet (when a referendum ends) and the governance pages (the pass/fail projection)
 * both use.
 */

import { isqrt } from './isqrt.js';

export type Threshold = 'SuperMajorityApprove' | 'SuperMajorityAgainst' | 'SimpleMajority';

export interface Tally {
  ayes: bigint;
  nays: bigint;
  turnout: bigint;
}

/** `VoteThreshold::approved(tally, electorate)`. */
export function approved(threshold: Threshold, t: Tally, electorate: bigint): boolean {
  const sv = isqrt(t.turnout);
  const se = isqrt(electorate);
  if (sv === 0n) return false;
  switch (threshold) {
    case 'SuperMajorityApprove':
      return t.nays * se < t.ayes * sv;
    case 'SuperMajorityAgainst':
      return t.nays * sv < t.ayes * se;
    case 'SimpleMajority':
      return t.ayes > t.nays;
  }
}
