/**
 * Metadata documentation of Vesting: every call, event, error, storage item and constant, after the doc
 * comments of polkadot-sdk release-polkadot-v1.2.0 (first paragraph, in our own words).
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const VestingDocs: PalletDocs = {
  pallet: ['Vesting: balances locked under schedules that release a fixed amount every block.'],
  calls: {
    vest: ['Unlock any vested funds of the sender account.'],
    vest_other: ['Unlock any vested funds of a `target` account.'],
    vested_transfer: [
      'Create a vested transfer: move `schedule.locked` to `target`, locked under the schedule.',
    ],
    force_vested_transfer: ['Force a vested transfer from `source` to `target`. Needs Root.'],
    merge_schedules: [
      'Merge two vesting schedules together, creating a new vesting schedule that unlocks over the highest',
      'possible start and end blocks.',
    ],
  },
  events: {
    VestingUpdated: [
      'The amount vested has been updated. This could indicate a change in funds available.',
      'The balance given is the amount which is left unvested (and thus locked).',
    ],
    VestingCompleted: ['An \\[account\\] has become fully vested.'],
  },
  errors: {
    NotVesting: ['The account given is not vesting.'],
    AtMaxVestingSchedules: [
      'The account already has `MaxVestingSchedules` count of schedules and thus',
      'cannot add another one. Consider merging existing schedules in order to add another.',
    ],
    AmountLow: ['Amount being transferred is too low to create a vesting schedule.'],
    ScheduleIndexOutOfBounds: ['An index was out of bounds of the vesting schedules.'],
    InvalidScheduleParams: ['Failed to create a new schedule because some parameter was invalid.'],
  },
  storage: {
    Vesting: ['Information regarding the vesting of a given account.'],
    StorageVersion: [
      'Storage version of the pallet.',
      'New networks start with latest version, as determined by the genesis build.',
    ],
  },
  constants: {
    MinVestedTransfer: ['The minimum amount transferred to call `vested_transfer`.'],
    MaxVestingSchedules: ['The maximum number of vesting schedules an account may hold.'],
  },
};
