/**
 * pallet_vesting of the final Khala runtime (polkadot-sdk release-polkadot-v1.2.0, index 6): up to
 * MAX_VESTING_SCHEDULES (28) schedules per account, each `{ locked, per_block, starting_block }` releasing
 * `per_block` (at least 1) every block after its start, so the amount still locked at block n is
 * `locked − per_block·(n − starting_block)` (0 once it underflows). The total still locked is held by the
 * Balances lock `vesting ` with reasons TRANSFER | RESERVE (Khala's UnvestedFundsAllowedWithdrawReasons
 * allows fees; reasons `Misc`); like every lock it overlays the others (Democracy's `democrac`, …) as a
 * maximum, not a sum. The lock is only recomputed by `vest` / `vest_other` / a new schedule /
 * `merge_schedules`, which also drop finished schedules (VestingUpdated, or VestingCompleted when nothing
 * stays locked). `vested_transfer` (MinVestedTransfer 0.01 PHA) and `force_vested_transfer` (Root) move
 * the locked amount and add the schedule; `merge_schedules` replaces two schedules by one ending at the
 * later end, starting at max(now, both starts), holding what both still lock (the arithmetic is
 * src/primitives/vesting.ts, shared with the portfolio).
 * Deviation: genesis does not write StorageVersion (Rust's genesis build puts V1), so it reads as its
 * default V0 and the chain's genesis state — and the demo snapshot built on it — stays as it was.
 */
import {
  isValidSchedule as isValid,
  lockedAt,
  mergeSchedules,
  type VestingSchedule,
} from '../../../primitives/vesting.js';
import { ensureRoot, ensureSigned } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { enumOf, struct, u32, u128 } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, boundedVec, MultiAddress } from '../../frame/types.js';
import type { AccountId as Account } from '../../primitives/account.js';
import { CENTS, Locks, lockId, lookup, removeLock, setLock, transfer } from '../balances/index.js';
import { currentBlock } from '../system/index.js';
import { VestingDocs } from './docs.js';

/** `VESTING_ID`, the Balances lock of the unvested amount. */
export const VESTING_ID = 'vesting ';

export const VestingInfo = struct(
  {
    path: ['pallet_vesting', 'vesting_info', 'VestingInfo'],
    params: [
      { name: 'Balance', type: u128 },
      { name: 'BlockNumber', type: u32 },
    ],
  },
  { locked: u128, per_block: u128, starting_block: u32 },
);
export type Schedule = VestingSchedule;

const Releases = enumOf('pallet_vesting::Releases', { V0: null, V1: null });

const S = storage('Vesting');
export const VestingSchedules = S.map('Vesting', [['Blake2_128Concat', AccountId]], boundedVec(VestingInfo));
export const StorageVersion = S.value('StorageVersion', Releases, { default: { type: 'V0', value: null } });

export const VestingEvents = events('Vesting', 'pallet_vesting', {
  VestingUpdated: { account: AccountId, unvested: u128 },
  VestingCompleted: { account: AccountId },
});
export const VestingErrors = errors('Vesting', 'pallet_vesting', [
  'NotVesting',
  'AtMaxVestingSchedules',
  'AmountLow',
  'ScheduleIndexOutOfBounds',
  'InvalidScheduleParams',
] as const);
export const VestingConstants = constants('Vesting', {
  MinVestedTransfer: { codec: u128, value: CENTS },
  MaxVestingSchedules: { codec: u32, value: 28n },
});

// ---------------------------------------------------------------------------------------------------
// Storage and the lock

export const schedulesOf = (who: Account): Schedule[] => (VestingSchedules.tryGet(who) ?? []) as Schedule[];

/** Drops the schedules that lock nothing now; returns the rest and what they lock now. */
function reportUpdates(schedules: Schedule[]): [Schedule[], bigint] {
  const now = currentBlock();
  let total = 0n;
  const kept = schedules.filter((s) => {
    const l = lockedAt(s, now);
    total += l;
    return l !== 0n;
  });
  return [kept, total];
}

function writeVesting(who: Account, schedules: Schedule[]): void {
  if (BigInt(schedules.length) > VestingConstants.get('MaxVestingSchedules'))
    throw VestingErrors.fail('AtMaxVestingSchedules');
  if (schedules.length === 0) VestingSchedules.remove(who);
  else VestingSchedules.set(who, schedules);
}

function writeLock(who: Account, lockedNow: bigint): void {
  if (lockedNow === 0n) {
    removeLock(VESTING_ID, who);
    VestingEvents.emit('VestingCompleted', { account: who });
  } else {
    setLock(VESTING_ID, who, lockedNow, 'Misc');
    VestingEvents.emit('VestingUpdated', { account: who, unvested: lockedNow });
  }
}

function doVest(who: Account): void {
  const current = VestingSchedules.tryGet(who) as Schedule[] | undefined;
  if (!current) throw VestingErrors.fail('NotVesting');
  const [kept, lockedNow] = reportUpdates(current);
  writeVesting(who, kept);
  writeLock(who, lockedNow);
}

/** `can_add_vesting_schedule`. */
function checkCanAdd(who: Account, s: Schedule): void {
  if (!isValid(s)) throw VestingErrors.fail('InvalidScheduleParams');
  if (BigInt(schedulesOf(who).length) >= VestingConstants.get('MaxVestingSchedules'))
    throw VestingErrors.fail('AtMaxVestingSchedules');
}

/** `add_vesting_schedule`: pushes the schedule, drops finished ones, rewrites the lock. */
export function addVestingSchedule(who: Account, s: Schedule): void {
  if (s.locked === 0n) return;
  if (!isValid(s)) throw VestingErrors.fail('InvalidScheduleParams');
  const schedules = [...schedulesOf(who), s];
  if (BigInt(schedules.length) > VestingConstants.get('MaxVestingSchedules'))
    throw VestingErrors.fail('AtMaxVestingSchedules');
  const [kept, lockedNow] = reportUpdates(schedules);
  writeVesting(who, kept);
  writeLock(who, lockedNow);
}

function doVestedTransfer(source: Account, target: Account, s: Schedule): void {
  if (s.locked < VestingConstants.get('MinVestedTransfer')) throw VestingErrors.fail('AmountLow');
  if (!isValid(s)) throw VestingErrors.fail('InvalidScheduleParams');
  checkCanAdd(target, s);
  transfer(source, target, s.locked, false);
  addVestingSchedule(target, s);
}

/** The `vesting ` lock of an account (0 when none). */
export function vestingLock(who: Account): bigint {
  const id = lockId(VESTING_ID);
  return Locks.get(who).find((l) => l.id === id)?.amount ?? 0n;
}

export const Vesting: PalletDecl = {
  docs: VestingDocs,
  name: 'Vesting',
  crate: 'pallet_vesting',
  index: 6,
  storage: S.items,
  events: VestingEvents,
  errors: VestingErrors,
  constants: VestingConstants,
  calls: {
    vest: call(0, {}, (o) => doVest(ensureSigned(o))),
    vest_other: call(1, { target: MultiAddress }, (o, a) => {
      ensureSigned(o);
      doVest(lookup(a.target));
    }),
    vested_transfer: call(2, { target: MultiAddress, schedule: VestingInfo }, (o, a) => {
      const source = ensureSigned(o);
      doVestedTransfer(source, lookup(a.target), a.schedule as Schedule);
    }),
    force_vested_transfer: call(
      3,
      { source: MultiAddress, target: MultiAddress, schedule: VestingInfo },
      (o, a) => {
        ensureRoot(o);
        doVestedTransfer(lookup(a.source), lookup(a.target), a.schedule as Schedule);
      },
    ),
    merge_schedules: call(4, { schedule1_index: u32, schedule2_index: u32 }, (o, a) => {
      const who = ensureSigned(o);
      if (a.schedule1_index === a.schedule2_index) return;
      const current = VestingSchedules.tryGet(who) as Schedule[] | undefined;
      if (!current) throw VestingErrors.fail('NotVesting');
      const i1 = Number(a.schedule1_index);
      const i2 = Number(a.schedule2_index);
      const s1 = current[i1];
      const s2 = current[i2];
      if (!s1 || !s2) throw VestingErrors.fail('ScheduleIndexOutOfBounds');
      let [kept, lockedNow] = reportUpdates(current.filter((_, i) => i !== i1 && i !== i2));
      const now = currentBlock();
      const merged = mergeSchedules(now, s1, s2);
      if (merged) {
        kept = [...kept, merged];
        lockedNow += lockedAt(merged, now);
      }
      writeVesting(who, kept);
      writeLock(who, lockedNow);
    }),
  },
  invariants: {
    schedulesValidAndBounded() {
      for (const [[who], list] of VestingSchedules.entries() as Array<[[Account], Schedule[]]>) {
        if (list.length === 0) throw new Error(`${who}: empty schedule list stored`);
        if (BigInt(list.length) > VestingConstants.get('MaxVestingSchedules'))
          throw new Error(`${who}: too many schedules`);
        if (list.some((s) => !isValid(s))) throw new Error(`${who}: invalid schedule`);
      }
    },
    lockCoversSchedules() {
      const now = currentBlock();
      const vesting = new Set<Account>();
      for (const [[who], list] of VestingSchedules.entries() as Array<[[Account], Schedule[]]>) {
        vesting.add(who);
        const due = list.reduce((sum, s) => sum + lockedAt(s, now), 0n);
        if (vestingLock(who) < due)
          throw new Error(`${who}: vesting lock ${vestingLock(who)} < ${due} unvested`);
      }
      const id = lockId(VESTING_ID);
      for (const [[who], locks] of Locks.entries())
        if (locks.some((l) => l.id === id) && !vesting.has(who as Account))
          throw new Error(`${who}: a vesting lock without schedules`);
    },
  },
};
