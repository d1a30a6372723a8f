/**
 * Adaptive quorum biasing (pallet_democracy `vote_threshold.rs`) for the pass/fail projection: the exact
 * integer rule (floor isqrt, strict rational comparison, no votes never passes), how much extra capital
 * at 1× on the other side would flip the current result, and the required aye share at a turnout.
 */

export type Threshold = 'SuperMajorityApprove' | 'SuperMajorityAgainst' | 'SimpleMajority';

export interface Tally {
  ayes: bigint;
  nays: bigint;
  turnout: bigint;
}

export function thresholdFromName(name: string): Threshold {
  const n = name.toLowerCase();
  if (n === 'supermajorityagainst') return 'SuperMajorityAgainst';
  if (n === 'simplemajority') return 'SimpleMajority';
  return 'SuperMajorityApprove';
}

/** Floor integer square root (Newton, bigint). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError('isqrt of a negative number');
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** `VoteThreshold::approved(tally, electorate)`. */
export function passes(threshold: Threshold, t: Tally, electorate: bigint): boolean {
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
  const now = passes(threshold, t, electorate);
  const flipped = (c: bigint) => passes(threshold, add(t, !now, c), electorate) !== now;
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
