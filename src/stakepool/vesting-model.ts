/**
 * What the portfolio says about an account's vesting: per schedule what it still locks now and the block
 * it frees completely; in total what stays locked now, what `vest` would release now (the `vesting ` lock
 * was last written at an earlier block), and when everything is free. Balance locks overlap: the
 * account's frozen amount is the largest lock, not their sum. Pure; the arithmetic is pallet_vesting's
 * (src/primitives/vesting.ts).
 */
import { endingBlock, lockedAt, type VestingSchedule } from '../primitives/vesting.js';

export interface ScheduleView extends VestingSchedule {
  lockedNow: bigint;
  endBlock: bigint;
}

export interface VestingSummary {
  schedules: ScheduleView[];
  /** Still locked by the schedules at the current block. */
  lockedNow: bigint;
  /** The `vesting ` lock minus what is still locked: what `vest` frees now. */
  releasable: bigint;
  /** The first block at which every schedule has ended (null without schedules). */
  freeAt: bigint | null;
}

export function vestingSummary(
  schedules: readonly VestingSchedule[],
  vestingLock: bigint,
  now: bigint,
): VestingSummary {
  const views = schedules.map((s) => ({ ...s, lockedNow: lockedAt(s, now), endBlock: endingBlock(s) }));
  const lockedNow = views.reduce((sum, s) => sum + s.lockedNow, 0n);
  const freeAt = views.reduce<bigint | null>(
    (max, s) => (max === null || s.endBlock > max ? s.endBlock : max),
    null,
  );
  return {
    schedules: views,
    lockedNow,
    releasable: vestingLock > lockedNow ? vestingLock - lockedNow : 0n,
    freeAt,
  };
}

export interface NamedLock {
  id: string;
  amount: bigint;
}

/** The lock that holds the balance: the largest (locks overlap, they do not add up). */
export function bindingLock(locks: readonly NamedLock[]): NamedLock | undefined {
  return locks.reduce<NamedLock | undefined>(
    (max, l) => (!max || l.amount > max.amount ? l : max),
    undefined,
  );
}
