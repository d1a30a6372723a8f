/**
 * Vesting through the harness (polkadot-sdk release-polkadot-v1.2.0 semantics, Khala's MinVestedTransfer
 * and 28 schedules): a schedule releasing linearly with the exact amount every block, the `vesting ` lock
 * overlaying Democracy's lock as a maximum and barring a W-PHA wrap of locked PHA, merging schedules with
 * the amounts worked out by hand, and refusals with typed errors and no storage change; try-state after
 * every block and call.
 */
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { aye, inject } from './governance-helpers.js';
import {
  bal,
  CENT,
  goTo,
  id,
  names,
  now,
  ok,
  PHA,
  refused,
  step,
  treasuryRuntime,
} from './treasury-helpers.js';

const VESTING = '0x76657374696e6720'; // b"vesting "
const DEMOCRACY = '0x64656d6f63726163'; // b"democrac"

type Lock = { id: string; amount: bigint };
const locks = (rt: Runtime, who: string): Lock[] =>
  (rt.query('Balances.Locks', id(who)) as Lock[]).map((l) => ({ id: l.id, amount: l.amount }));
const lockOf = (rt: Runtime, who: string, lockId: string): bigint =>
  locks(rt, who).find((l) => l.id === lockId)?.amount ?? 0n;
const schedules = (rt: Runtime, who: string) =>
  rt.query('Vesting.Vesting', id(who)) as
    | Array<{ locked: bigint; perBlock: bigint; startingBlock: bigint }>
    | undefined;

const schedule = (locked: bigint, perBlock: bigint, startingBlock: bigint) => ({
  locked,
  per_block: perBlock,
  starting_block: startingBlock,
});

describe('a vesting schedule releasing linearly', () => {
  it('unlocks exactly per_block every block from its start, then completes', () => {
    const rt = treasuryRuntime();
    const start = now(rt) + 3n;
    const out = ok(rt, '//Alice', 'Vesting.vested_transfer', {
      target: id('//V1'),
      schedule: schedule(1_000n * PHA, 10n * PHA, start),
    });
    expect(out.at(-1)).toEqual({
      pallet: 'Vesting',
      name: 'VestingUpdated',
      fields: { account: id('//V1'), unvested: 1_000n * PHA },
    });
    expect(bal(rt, '//V1')).toEqual({ free: 1_000n * PHA, reserved: 0n, frozen: 1_000n * PHA });
    refused(rt, '//V1', 'Balances.transfer_keep_alive', { dest: id('//Bob'), value: PHA }, 'Token.Frozen');

    let previous = 1_000n * PHA;
    let last: string[] = [];
    for (let n = now(rt) + 1n; n <= start + 100n; n++) {
      step(rt);
      last = names(
        ok(rt, n % 2n === 0n ? '//V1' : '//Bob', n % 2n === 0n ? 'Vesting.vest' : 'Vesting.vest_other', {
          target: id('//V1'),
        }),
      );
      const expected = n <= start ? 1_000n * PHA : 1_000n * PHA - 10n * PHA * (n - start);
      expect(lockOf(rt, '//V1', VESTING), `block ${n}`).toBe(expected);
      expect(previous - expected).toBe(n <= start ? 0n : 10n * PHA);
      expect(bal(rt, '//V1').frozen).toBe(expected);
      previous = expected;
      if (expected === 0n) break;
    }
    expect(now(rt)).toBe(start + 100n);
    expect(locks(rt, '//V1')).toEqual([]);
    expect(schedules(rt, '//V1')).toBeUndefined();
    expect(bal(rt, '//V1')).toEqual({ free: 1_000n * PHA, reserved: 0n, frozen: 0n });
    expect(last).toEqual(['Vesting.VestingCompleted']); // the last vest reports completion
    refused(rt, '//V1', 'Vesting.vest', {}, 'Vesting.NotVesting');
  });

  it('the vested part can be spent while the rest stays locked', () => {
    const rt = treasuryRuntime();
    ok(rt, '//Alice', 'Vesting.vested_transfer', {
      target: id('//V1'),
      schedule: schedule(100n * PHA, PHA, now(rt)),
    });
    step(rt, 30);
    ok(rt, '//V1', 'Vesting.vest');
    expect(lockOf(rt, '//V1', VESTING)).toBe(70n * PHA);
    refused(
      rt,
      '//V1',
      'Balances.transfer_allow_death',
      { dest: id('//Bob'), value: 30n * PHA + 1n },
      'Token.Frozen',
    );
    ok(rt, '//V1', 'Balances.transfer_allow_death', { dest: id('//Bob'), value: 30n * PHA });
    expect(bal(rt, '//V1')).toEqual({ free: 70n * PHA, reserved: 0n, frozen: 70n * PHA });
  });
});

describe('the vesting lock with the other locks', () => {
  it('overlays the Democracy lock as a maximum, not a sum', () => {
    const rt = treasuryRuntime();
    ok(rt, '//Alice', 'Vesting.vested_transfer', {
      target: id('//V2'),
      schedule: schedule(1_000n * PHA, 10n * PHA, now(rt)),
    });
    const ref = inject(rt, Number(now(rt)) + 200, 1n, 'SuperMajorityApprove', 0);
    ok(rt, '//V2', 'Democracy.vote', { ref_index: BigInt(ref), vote: aye(600n * PHA, 1) });
    expect(lockOf(rt, '//V2', DEMOCRACY)).toBe(600n * PHA);
    expect(lockOf(rt, '//V2', VESTING)).toBe(1_000n * PHA);
    expect(bal(rt, '//V2').frozen).toBe(1_000n * PHA);

    step(rt, 50);
    ok(rt, '//V2', 'Vesting.vest');
    expect(lockOf(rt, '//V2', VESTING)).toBe(500n * PHA);
    expect(bal(rt, '//V2').frozen).toBe(600n * PHA);
    refused(
      rt,
      '//V2',
      'Balances.transfer_allow_death',
      { dest: id('//Bob'), value: 400n * PHA + 1n },
      'Token.Frozen',
    );
    ok(rt, '//V2', 'Balances.transfer_allow_death', { dest: id('//Bob'), value: 400n * PHA });
  });

  it('bars wrapping locked PHA into W-PHA; the free part wraps', () => {
    const rt = treasuryRuntime();
    ok(rt, '//Alice', 'Vesting.vested_transfer', {
      target: id('//V3'),
      schedule: schedule(1_000n * PHA, 10n * PHA, now(rt) + 100n),
    });
    ok(rt, '//Alice', 'Balances.transfer_allow_death', { dest: id('//V3'), value: 100n * PHA });
    refused(rt, '//V3', 'PhalaWrappedBalances.wrap', { amount: 200n * PHA }, 'Token.Frozen');
    ok(rt, '//V3', 'PhalaWrappedBalances.wrap', { amount: 99n * PHA });
    expect(bal(rt, '//V3')).toEqual({ free: 1_001n * PHA, reserved: 0n, frozen: 1_000n * PHA });
  });
});

describe('merge_schedules', () => {
  it('replaces two running schedules by one holding what both still lock, to the later end', () => {
    const rt = treasuryRuntime();
    const s0 = now(rt);
    ok(rt, '//Alice', 'Vesting.vested_transfer', {
      target: id('//V4'),
      schedule: schedule(1_000n * PHA, 10n * PHA, s0),
    });
    ok(rt, '//Alice', 'Vesting.vested_transfer', {
      target: id('//V4'),
      schedule: schedule(600n * PHA, 20n * PHA, s0 + 10n),
    });
    expect(lockOf(rt, '//V4', VESTING)).toBe(1_600n * PHA);
    goTo(rt, s0 + 5n);
    refused(
      rt,
      '//V4',
      'Vesting.merge_schedules',
      { schedule1_index: 0n, schedule2_index: 2n },
      'Vesting.ScheduleIndexOutOfBounds',
    );
    expect(
      names(ok(rt, '//V4', 'Vesting.merge_schedules', { schedule1_index: 1n, schedule2_index: 1n })),
    ).toEqual([]);
    ok(rt, '//V4', 'Vesting.merge_schedules', { schedule1_index: 0n, schedule2_index: 1n });
    // First: 1000 − 5·10 = 950 left, ends at s0 + 100. Second: not started, 600, ends at s0 + 40.
    // Merged: 1550 from max(s0+5, s0, s0+10) = s0 + 10 to s0 + 100: per block ⌊1550 / 90⌋ = 17.
    expect(schedules(rt, '//V4')).toEqual([
      { locked: 1_550n * PHA, perBlock: (1_550n * PHA) / 90n, startingBlock: s0 + 10n },
    ]);
    expect(lockOf(rt, '//V4', VESTING)).toBe(1_550n * PHA);
  });

  it('keeps the unfinished one when the other has ended', () => {
    const rt = treasuryRuntime();
    const s0 = now(rt);
    ok(rt, '//Alice', 'Vesting.vested_transfer', {
      target: id('//V5'),
      schedule: schedule(10n * PHA, 10n * PHA, s0),
    });
    ok(rt, '//Alice', 'Vesting.vested_transfer', {
      target: id('//V5'),
      schedule: schedule(100n * PHA, PHA, s0),
    });
    goTo(rt, s0 + 2n);
    ok(rt, '//V5', 'Vesting.merge_schedules', { schedule1_index: 0n, schedule2_index: 1n });
    expect(schedules(rt, '//V5')).toEqual([{ locked: 100n * PHA, perBlock: PHA, startingBlock: s0 }]);
    expect(lockOf(rt, '//V5', VESTING)).toBe(98n * PHA);
  });
});

describe('refusals', () => {
  it('typed errors and no storage change', () => {
    const rt = treasuryRuntime();
    const start = now(rt);
    refused(rt, '//Bob', 'Vesting.vest', {}, 'Vesting.NotVesting');
    refused(rt, '//Bob', 'Vesting.vest_other', { target: id('//Dave') }, 'Vesting.NotVesting');
    refused(
      rt,
      '//Bob',
      'Vesting.merge_schedules',
      { schedule1_index: 0n, schedule2_index: 1n },
      'Vesting.NotVesting',
    );
    refused(
      rt,
      '//Alice',
      'Vesting.vested_transfer',
      { target: id('//V6'), schedule: schedule(CENT - 1n, 1n, start) },
      'Vesting.AmountLow',
    );
    refused(
      rt,
      '//Alice',
      'Vesting.vested_transfer',
      { target: id('//V6'), schedule: schedule(PHA, 0n, start) },
      'Vesting.InvalidScheduleParams',
    );
    refused(
      rt,
      '//Alice',
      'Vesting.force_vested_transfer',
      { source: id('//Alice'), target: id('//V6'), schedule: schedule(PHA, 1n, start) },
      'BadOrigin',
    );
    refused(
      rt,
      '//V7',
      'Vesting.vested_transfer',
      { target: id('//V6'), schedule: schedule(PHA, 1n, start) },
      'Token.FundsUnavailable',
    );
    expect(
      rt.dispatch('root', 'Vesting.force_vested_transfer', {
        source: id('//Alice'),
        target: id('//V6'),
        schedule: schedule(PHA, 1n, start + 1_000n),
      }).ok,
    ).toBe(true);
    for (let k = 1; k < 28; k++)
      ok(rt, '//Alice', 'Vesting.vested_transfer', {
        target: id('//V6'),
        schedule: schedule(PHA, 1n, start + 1_000n),
      });
    expect(schedules(rt, '//V6')).toHaveLength(28);
    refused(
      rt,
      '//Alice',
      'Vesting.vested_transfer',
      { target: id('//V6'), schedule: schedule(PHA, 1n, start + 1_000n) },
      'Vesting.AtMaxVestingSchedules',
    );
    expect(lockOf(rt, '//V6', VESTING)).toBe(28n * PHA);
  });
});
