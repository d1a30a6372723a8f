/**
 * Metadata documentation of Scheduler: every call, event, error, storage item and constant,
 * from the doc comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const SchedulerDocs: PalletDocs = {
  pallet: [
    'The Scheduler pallet: calls dispatched at a later block, by name or address, once or periodically.',
  ],
  calls: {
    schedule: ['Anonymously schedule a task.'],
    cancel: ['Cancel an anonymously scheduled task.'],
    schedule_named: ['Schedule a named task.'],
    cancel_named: ['Cancel a named scheduled task.'],
    schedule_after: ['Anonymously schedule a task after a delay.'],
    schedule_named_after: ['Schedule a named task after a delay.'],
  },
  events: {
    Scheduled: ['Scheduled some task.'],
    Canceled: ['Canceled some task.'],
    Dispatched: ['Dispatched some task.'],
    CallUnavailable: ['The call for the provided hash was not found so the task has been aborted.'],
    PeriodicFailed: ['The given task was unable to be renewed since the agenda is full at that block.'],
    PermanentlyOverweight: ['The given task can never be executed since it is overweight.'],
  },
  errors: {
    FailedToSchedule: ['Failed to schedule a call'],
    NotFound: ['Cannot find the scheduled call.'],
    TargetBlockNumberInPast: ['Given target block number is in the past.'],
    RescheduleNoChange: ['Reschedule failed because it does not change scheduled time.'],
    Named: ['Attempt to use a non-named function on a named task.'],
  },
  storage: {
    IncompleteSince: ['Block number at which the agenda began incomplete execution.'],
    Agenda: ['Items to be executed, indexed by the block number that they should be executed on.'],
    Lookup: ['Lookup from a name to the block number and index of the task.'],
  },
  constants: {
    MaximumWeight: ['The maximum weight that may be scheduled per block for any dispatchables.'],
    MaxScheduledPerBlock: ['The maximum number of scheduled calls in the queue for a single block.'],
  },
};
