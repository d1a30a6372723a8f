/**
 * Vesting schedule arithmetic of pallet_vesting (polkadot-sdk release-polkadot-v1.2.0, `vesting_info.rs`
 * and `merge_vesting_info`), the one copy the Vesting pallet and the portfolio share: the rate (at least 1
 * per block), what a schedule still locks at a block, the block from which it locks nothing, and the
 * schedule two schedules merge into. Pure bigint arithmetic on block numbers.
 */

export interface VestingSchedule {
  locked: bigint;
  perBlock: bigint;
  startingBlock: bigint;
}

/** `per_block()`: the raw rate, at least 1. */
export const perBlock = (s: VestingSchedule): bigint => (s.perBlock > 0n ? s.perBlock : 1n);

/** `is_valid`: something locked and a non-zero raw rate. */
export const isValidSchedule = (s: VestingSchedule): boolean => s.locked !== 0n && s.perBlock !== 0n;

/** `locked_at(n)`: what the schedule still locks at block n. */
export function lockedAt(s: VestingSchedule, n: bigint): bigint {
  const blocks = n > s.startingBlock ? n - s.startingBlock : 0n;
  const unlocked = blocks * perBlock(s);
  return unlocked >= s.locked ? 0n : s.locked - unlocked;
}

/** `ending_block_as_balance`: the first block at which the schedule locks nothing. */
export function endingBlock(s: VestingSchedule): bigint {
  const rate = perBlock(s);
  const duration = rate >= s.locked ? 1n : s.locked / rate + (s.locked % rate === 0n ? 0n : 1n);
  return s.startingBlock + duration;
}

/** `merge_vesting_info`: one schedule for two at block `now`, or null when both have ended. */
export function mergeSchedules(now: bigint, a: VestingSchedule, b: VestingSchedule): VestingSchedule | null {
  const endA = endingBlock(a);
  const endB = endingBlock(b);
  if (endA <= now && endB <= now) return null;
  if (endA <= now) return b;
  if (endB <= now) return a;
  const locked = lockedAt(a, now) + lockedAt(b, now);
  const ending = endA > endB ? endA : endB;
  let start = now > a.startingBlock ? now : a.startingBlock;
  if (b.startingBlock > start) start = b.startingBlock;
  const duration = ending > start ? ending - start : 1n;
  const rate = locked / duration;
  return { locked, perBlock: rate > 1n ? rate : 1n, startingBlock: start };
}
