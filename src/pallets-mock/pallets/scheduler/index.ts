/**
 * pallet_scheduler (v4 storage) of the final Khala runtime (polkadot-sdk release-polkadot-v1.2.0, same
 * shapes as Khala's Aug-2023 metadata): per-block agendas of `Bounded` calls with an
 * origin and a priority, named tasks through `Lookup`, periodic tasks, dispatched in on_initialize
 * (index 7, so before Democracy) in priority order, each in its own storage layer with its stored
 * origin. Calls longer than 128 bytes are noted as preimages and requested; a task whose preimage is
 * missing emits CallUnavailable and stays in the agenda, as in Rust.
 * ScheduleOrigin is Root or more than half of the Council (EnsureRootOrHalfCouncil); cancelling needs
 * the very origin that scheduled (EqualPrivilegeOnly).
 * Deviations: no weight accounting, so nothing is ever postponed as overweight and IncompleteSince
 * stays empty.
 */
import { badOrigin } from '../../frame/errors.js';
import type { Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { byteArray, encode, option, struct, tuple, u8, u32, type ValueOf } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, boundedVec, RuntimeCall, Weight } from '../../frame/types.js';
import { concatBytes, toHex, utf8 } from '../../primitives/bytes.js';
import { isRoot, originCallerOf, originOfCaller, proportionMoreThan } from '../collective/origin.js';
import { Bounded, type BoundedCall, bound, dropBounded, peek, requestBounded } from '../preimage/index.js';
import { currentBlock } from '../system/index.js';
import { DispatchResult, encodeDispatchError, OriginCaller, tryDispatch } from '../utility/index.js';
import { SchedulerDocs } from './docs.js';

export const TaskName = byteArray(32);
const Period = tuple(u32, u32);
const TaskAddress = tuple(u32, u32);

/** The runtime's OriginCaller as the Scheduler stores it (PalletsOrigin). */
export const PalletsOrigin = OriginCaller;

export const Scheduled = struct(
  {
    path: ['pallet_scheduler', 'Scheduled'],
    params: [
      { name: 'Name', type: TaskName },
      { name: 'Call', type: Bounded },
      { name: 'BlockNumber', type: u32 },
      { name: 'PalletsOrigin', type: PalletsOrigin },
      { name: 'AccountId', type: AccountId },
    ],
  },
  {
    maybe_id: option(TaskName),
    priority: u8,
    call: Bounded,
    maybe_periodic: option(Period),
    origin: PalletsOrigin,
  },
);
export type ScheduledValue = ValueOf<typeof Scheduled>;

const S = storage('Scheduler');
export const IncompleteSince = S.value('IncompleteSince', u32);
export const Agenda = S.map('Agenda', [['Twox64Concat', u32]], boundedVec(option(Scheduled)), {
  default: [],
});
export const Lookup = S.map('Lookup', [['Twox64Concat', TaskName]], TaskAddress);

export const SchedulerEvents = events('Scheduler', 'pallet_scheduler', {
  Scheduled: { when: u32, index: u32 },
  Canceled: { when: u32, index: u32 },
  Dispatched: { task: TaskAddress, id: option(TaskName), result: DispatchResult },
  CallUnavailable: { task: TaskAddress, id: option(TaskName) },
  PeriodicFailed: { task: TaskAddress, id: option(TaskName) },
  PermanentlyOverweight: { task: TaskAddress, id: option(TaskName) },
});
export const SchedulerErrors = errors('Scheduler', 'pallet_scheduler', [
  'FailedToSchedule',
  'NotFound',
  'TargetBlockNumberInPast',
  'RescheduleNoChange',
  'Named',
] as const);
export const SchedulerConstants = constants('Scheduler', {
  MaximumWeight: { codec: Weight, value: { refTime: 400_000_000_000n, proofSize: 4_194_304n } },
  MaxScheduledPerBlock: { codec: u32, value: 50n },
});

/**
 * `(prefix, index).encode_into()` task names (Democracy's `(DEMOCRACY_ID, ref_index)`): the 8-byte id,
 * the index as u32 little-endian, zero padded to the 32 bytes of a TaskName.
 */
export function taskName(prefix: string, index: bigint): string {
  const name = new Uint8Array(32);
  name.set(concatBytes(utf8(prefix), encode(u32, index)).subarray(0, 32));
  return toHex(name);
}

export type DispatchTime = { at: bigint } | { after: bigint };

function resolveTime(when: DispatchTime): bigint {
  const now = currentBlock();
  const at = 'at' in when ? when.at : now + when.after + 1n;
  if (at <= now) throw SchedulerErrors.fail('TargetBlockNumberInPast');
  return at;
}

/** push_to_agenda + Lookup + Scheduled event; throws Exhausted-like FailedToSchedule when full. */
function placeTask(when: bigint, task: ScheduledValue): [bigint, bigint] {
  const agenda = [...Agenda.get(when)];
  let index: number;
  if (BigInt(agenda.length) < SchedulerConstants.get('MaxScheduledPerBlock')) {
    agenda.push(task);
    index = agenda.length - 1;
  } else {
    index = agenda.indexOf(null);
    if (index < 0) throw SchedulerErrors.fail('FailedToSchedule');
    agenda[index] = task;
  }
  Agenda.set(when, agenda);
  if (task.maybeId) Lookup.set(task.maybeId, [when, BigInt(index)]);
  SchedulerEvents.emit('Scheduled', { when, index: BigInt(index) });
  return [when, BigInt(index)];
}

/** `Named::schedule_named` / `Anon::schedule` with a bounded call (what Democracy uses). */
export function scheduleBounded(
  id: string | null,
  when: DispatchTime,
  periodic: [bigint, bigint] | null,
  priority: bigint,
  origin: Origin,
  callBounded: BoundedCall,
): [bigint, bigint] {
  if (id !== null && Lookup.contains(id)) throw SchedulerErrors.fail('FailedToSchedule');
  const at = resolveTime(when);
  // a periodic task with a count of 1 is not periodic (`count > 1` check in do_schedule)
  const maybePeriodic =
    periodic && periodic[1] > 1n && periodic[0] > 0n
      ? ([periodic[0], periodic[1] - 1n] as [bigint, bigint])
      : null;
  const address = placeTask(at, {
    maybeId: id,
    priority,
    call: callBounded,
    maybePeriodic,
    origin: originCallerOf(origin) as ScheduledValue['origin'],
  });
  requestBounded(callBounded);
  return address;
}

function cleanupAgenda(when: bigint): void {
  const agenda = [...Agenda.get(when)];
  let last = agenda.length - 1;
  while (last >= 0 && agenda[last] === null) last--;
  if (last < 0) Agenda.remove(when);
  else if (agenda.length > last + 1) Agenda.set(when, agenda.slice(0, last + 1));
}

const sameOrigin = (a: ScheduledValue['origin'], b: ScheduledValue['origin']): boolean =>
  toHex(encode(PalletsOrigin, a)) === toHex(encode(PalletsOrigin, b));

/** do_cancel: `origin` null skips the privilege check (system cancellation). */
export function cancelTask(origin: Origin | null, when: bigint, index: bigint): void {
  const agenda = [...Agenda.get(when)];
  const task = agenda[Number(index)] ?? null;
  if (!task) throw SchedulerErrors.fail('NotFound');
  if (origin && !sameOrigin(originCallerOf(origin) as ScheduledValue['origin'], task.origin))
    throw badOrigin();
  agenda[Number(index)] = null;
  Agenda.set(when, agenda);
  dropBounded(task.call);
  if (task.maybeId) Lookup.remove(task.maybeId);
  cleanupAgenda(when);
  SchedulerEvents.emit('Canceled', { when, index });
}

/** do_cancel_named. */
export function cancelNamed(origin: Origin | null, id: string): void {
  const address = Lookup.tryGet(id);
  if (!address) throw SchedulerErrors.fail('NotFound');
  const [when, index] = address;
  const agenda = [...Agenda.get(when)];
  const task = agenda[Number(index)];
  if (task) {
    if (origin && !sameOrigin(originCallerOf(origin) as ScheduledValue['origin'], task.origin))
      throw badOrigin();
    if (origin) dropBounded(task.call);
  }
  if (Number(index) < agenda.length) {
    agenda[Number(index)] = null;
    Agenda.set(when, agenda);
  }
  Lookup.remove(id);
  cleanupAgenda(when);
  SchedulerEvents.emit('Canceled', { when, index });
}

/** service_agenda for block `now`: priority order (stable), each call in its own layer. */
function serviceAgenda(now: bigint): void {
  const agenda = [...Agenda.get(now)];
  if (agenda.length === 0) return;
  const order = agenda
    .map((t, i) => (t ? ([i, t.priority] as const) : null))
    .filter((x): x is readonly [number, bigint] => x !== null)
    .sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  let dropped = 0;
  for (const [i] of order) {
    const task = agenda[i];
    if (!task) continue;
    agenda[i] = null;
    const address: [bigint, bigint] = [now, BigInt(i)];
    if (task.maybeId) Lookup.remove(task.maybeId);
    const inner = peek(task.call);
    if (inner === null) {
      SchedulerEvents.emit('CallUnavailable', { task: address, id: task.maybeId });
      dropped++;
      agenda[i] = task;
      continue;
    }
    const error = tryDispatch(originOfCaller(task.origin), inner);
    SchedulerEvents.emit('Dispatched', {
      task: address,
      id: task.maybeId,
      result: (error
        ? { type: 'Err', value: encodeDispatchError(error) }
        : { type: 'Ok', value: null }) as never,
    });
    if (task.maybePeriodic) {
      const [period, count] = task.maybePeriodic;
      const next: ScheduledValue = { ...task, maybePeriodic: count > 1n ? [period, count - 1n] : null };
      try {
        placeTask(now + period, next);
      } catch {
        dropBounded(task.call);
        SchedulerEvents.emit('PeriodicFailed', { task: address, id: task.maybeId });
      }
    } else dropBounded(task.call);
  }
  if (dropped > 0) Agenda.set(now, agenda);
  else Agenda.remove(now);
}

/** ScheduleOrigin: Root or more than half of the Council. */
function ensureScheduleOrigin(o: Origin): void {
  if (!isRoot(o) && !proportionMoreThan(o, 'Council', 1, 2)) throw badOrigin();
}

const periodic = (p: readonly [bigint, bigint] | null): [bigint, bigint] | null => (p ? [p[0], p[1]] : null);

export const Scheduler: PalletDecl = {
  docs: SchedulerDocs,
  name: 'Scheduler',
  crate: 'pallet_scheduler',
  index: 7,
  storage: S.items,
  events: SchedulerEvents,
  errors: SchedulerErrors,
  constants: SchedulerConstants,
  hooks: {
    onInitialize(now) {
      serviceAgenda(now);
    },
  },
  calls: {
    schedule: call(
      0,
      { when: u32, maybe_periodic: option(Period), priority: u8, call: RuntimeCall },
      (o, a) => {
        ensureScheduleOrigin(o);
        scheduleBounded(null, { at: a.when }, periodic(a.maybe_periodic), a.priority, o, bound(a.call));
      },
    ),
    cancel: call(1, { when: u32, index: u32 }, (o, a) => {
      ensureScheduleOrigin(o);
      cancelTask(o, a.when, a.index);
    }),
    schedule_named: call(
      2,
      { id: TaskName, when: u32, maybe_periodic: option(Period), priority: u8, call: RuntimeCall },
      (o, a) => {
        ensureScheduleOrigin(o);
        scheduleBounded(a.id, { at: a.when }, periodic(a.maybe_periodic), a.priority, o, bound(a.call));
      },
    ),
    cancel_named: call(3, { id: TaskName }, (o, a) => {
      ensureScheduleOrigin(o);
      cancelNamed(o, a.id);
    }),
    schedule_after: call(
      4,
      { after: u32, maybe_periodic: option(Period), priority: u8, call: RuntimeCall },
      (o, a) => {
        ensureScheduleOrigin(o);
        scheduleBounded(null, { after: a.after }, periodic(a.maybe_periodic), a.priority, o, bound(a.call));
      },
    ),
    schedule_named_after: call(
      5,
      { id: TaskName, after: u32, maybe_periodic: option(Period), priority: u8, call: RuntimeCall },
      (o, a) => {
        ensureScheduleOrigin(o);
        scheduleBounded(a.id, { after: a.after }, periodic(a.maybe_periodic), a.priority, o, bound(a.call));
      },
    ),
  },
  invariants: {
    lookupPointsAtNamedTasks() {
      for (const [[id], [when, index]] of Lookup.entries()) {
        const task = Agenda.get(when)[Number(index)];
        if (!task || task.maybeId !== id)
          throw new Error(`Lookup ${id} → (${when}, ${index}) has no such task`);
      }
    },
    agendaWithinBound() {
      const max = SchedulerConstants.get('MaxScheduledPerBlock');
      for (const [[when], agenda] of Agenda.entries())
        if (BigInt(agenda.length) > max) throw new Error(`agenda ${when} holds ${agenda.length} > ${max}`);
    },
  },
};
