/**
 * The portfolio's vesting summary (src/stakepool/vesting-model.ts) over pallet_vesting's arithmetic
 * (src/primitives/vesting.ts): what stays locked at a block, what `vest` would release, when everything
 * is free, and the binding lock among overlapping ones.
 */
import { describe, expect, it } from 'vitest';
import { endingBlock, lockedAt, mergeSchedules } from '../../src/primitives/vesting.js';
import { bindingLock, vestingSummary } from '../../src/stakepool/vesting-model.js';

const s = (locked: bigint, perBlock: bigint, startingBlock: bigint) => ({ locked, perBlock, startingBlock });

describe('vesting arithmetic', () => {
  it('releases per_block every block after the start; the rate is at least 1', () => {
    expect(lockedAt(s(100n, 10n, 5n), 5n)).toBe(100n);
    expect(lockedAt(s(100n, 10n, 5n), 7n)).toBe(80n);
    expect(lockedAt(s(100n, 10n, 5n), 15n)).toBe(0n);
    expect(lockedAt(s(3n, 0n, 0n), 2n)).toBe(1n);
    expect(endingBlock(s(100n, 10n, 5n))).toBe(15n);
    expect(endingBlock(s(101n, 10n, 5n))).toBe(16n);
    expect(endingBlock(s(5n, 10n, 5n))).toBe(6n);
  });

  it('merges two running schedules to the later end', () => {
    expect(mergeSchedules(5n, s(1000n, 10n, 0n), s(600n, 20n, 10n))).toEqual(s(1550n, 17n, 10n));
    expect(mergeSchedules(200n, s(10n, 1n, 0n), s(10n, 1n, 0n))).toBeNull();
  });
});

describe('vesting summary', () => {
  it('locked now, releasable by vest, free at the last end', () => {
    const sum = vestingSummary([s(100n, 10n, 5n), s(50n, 1n, 0n)], 150n, 8n);
    expect(sum.lockedNow).toBe(70n + 42n);
    expect(sum.releasable).toBe(150n - 112n);
    expect(sum.freeAt).toBe(50n);
    expect(sum.schedules.map((x) => x.endBlock)).toEqual([15n, 50n]);
    expect(vestingSummary([], 0n, 1n).freeAt).toBeNull();
  });

  it('the binding lock is the largest, not the sum', () => {
    expect(
      bindingLock([
        { id: 'vesting ', amount: 500n },
        { id: 'democrac', amount: 600n },
      ]),
    ).toEqual({
      id: 'democrac',
      amount: 600n,
    });
    expect(bindingLock([])).toBeUndefined();
  });
});
