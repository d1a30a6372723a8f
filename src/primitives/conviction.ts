/**
 * Conviction voting arithmetic of pallet_democracy (Gov v1, `conviction.rs`), the one copy the Democracy
 * pallet and the governance pages share: the seven convictions with their vote multiplier and lock
 * periods (0, 1, 2, 4, 8, 16, 32 × VoteLockingPeriod), the votes a capital counts for (None counts a
 * tenth, floored; LockedNx N×, saturating at u128::MAX like `saturating_mul`), the one-byte Vote, and
 * when a winning vote's lock expires. Pure bigint arithmetic; days are derived at the display edge.
 */

import { U128_MAX } from './arithmetic.js';

export const CONVICTION_NAMES = [
  'None',
  'Locked1x',
  'Locked2x',
  'Locked3x',
  'Locked4x',
  'Locked5x',
  'Locked6x',
] as const;
export type ConvictionName = (typeof CONVICTION_NAMES)[number];

/** 0 … 6, the index of the Conviction enum and the low bits of the vote byte. */
export type Conviction = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const CONVICTIONS: readonly Conviction[] = [0, 1, 2, 3, 4, 5, 6];

export const isConviction = (n: number): n is Conviction => Number.isInteger(n) && n >= 0 && n <= 6;

export function convictionFromName(name: string): Conviction {
  const i = CONVICTION_NAMES.findIndex((c) => c.toLowerCase() === name.toLowerCase());
  return isConviction(i) ? i : 0;
}

/** Lock periods after a winning vote (or a delegation): 0, 1, 2, 4, 8, 16, 32. */
export const lockPeriods = (c: number): bigint => (c === 0 ? 0n : 1n << BigInt(c - 1));

/** "0.1×", "1×" … "6×". */
export const multiplierLabel = (c: Conviction): string => (c === 0 ? '0.1×' : `${c}×`);

/** `Conviction::votes(capital)`: None → floor(capital / 10), LockedNx → capital × N (saturating). */
export function convictionVotes(c: number, capital: bigint): bigint {
  if (c === 0) return capital / 10n;
  const votes = capital * BigInt(c);
  return votes > U128_MAX ? U128_MAX : votes;
}

/** The lock of a vote in blocks once it is on the winning side (delegations: once undelegated). */
export const lockBlocks = (c: Conviction, voteLockingPeriod: bigint): bigint =>
  lockPeriods(c) * voteLockingPeriod;

/** The block from which a winning Standard vote on a referendum that ended at `end` can be unlocked. */
export const winningLockExpiry = (end: bigint, c: Conviction, voteLockingPeriod: bigint): bigint =>
  end + lockBlocks(c, voteLockingPeriod);

/** Lock duration in days (display only). */
export const lockDays = (c: Conviction, voteLockingPeriod: bigint, blockTimeSecs: number): number =>
  (Number(lockBlocks(c, voteLockingPeriod)) * blockTimeSecs) / 86_400;

/** The one-byte `Vote`: `conviction | 0x80 if aye`. */
export const voteByte = (aye: boolean, c: number): number => (aye ? 0x80 : 0) | c;

export function decodeVoteByte(byte: number): { aye: boolean; conviction: Conviction } {
  const c = byte & 0x7f;
  return { aye: (byte & 0x80) !== 0, conviction: isConviction(c) ? c : 0 };
}
