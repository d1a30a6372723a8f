/** The 14-day releasing-stake vs queue view (src/api/pools/release-schedule.ts). */
import { describe, expect, it } from 'vitest';
import { releaseSchedule } from '../../src/api/pools/release-schedule.js';

const PHA = 10n ** 12n;
const DAY = 86_400;
const NOW = 1_800_000_000;

describe('release schedule', () => {
  it('free stake plus cool-downs ending, against the queue coming past its grace period', () => {
    const days = releaseSchedule(
      {
        totalValue: 2000n * PHA,
        totalShares: 1000n * PHA, // price 2.0
        freeStake: 10n * PHA,
        releasing: [
          { stake: 100n * PHA, coolDownStart: NOW - 5 * DAY }, // ends in 2 days (7-day cool-down)
          { stake: 50n * PHA, coolDownStart: NOW + DAY }, // ends in 8 days
        ],
        withdrawQueue: [
          { user: 'a', startTime: NOW - 6.5 * DAY, nftId: 1, shares: 20n * PHA }, // due in half a day
          { user: 'b', startTime: NOW - DAY, nftId: 2, shares: 30n * PHA }, // due in 6 days
        ],
      },
      NOW,
      7 * DAY,
      7 * DAY,
    );
    expect(days).toHaveLength(14);
    expect(days[0]).toEqual({
      t: (NOW + DAY) * 1000,
      available: 10n * PHA,
      due: 40n * PHA,
      queued: 100n * PHA,
    });
    expect(days[1]?.available).toBe(110n * PHA);
    expect(days[5]?.due).toBe(100n * PHA);
    expect(days[7]?.available).toBe(160n * PHA);
    expect(days[13]).toMatchObject({ available: 160n * PHA, due: 100n * PHA });
    // no request is past its grace period yet: nothing may be forced
    expect(days.map((d) => d.ifForced)).toEqual(Array(14).fill(undefined));
  });

  it('an overdue queue: the whole pool free once a cool-down started now would end', () => {
    const days = releaseSchedule(
      {
        totalValue: 2000n * PHA,
        totalShares: 1000n * PHA,
        freeStake: 10n * PHA,
        releasing: [{ stake: 100n * PHA, coolDownStart: NOW - 5 * DAY }], // ends in 2 days
        withdrawQueue: [{ user: 'a', startTime: NOW - 7.5 * DAY, nftId: 1, shares: 500n * PHA }],
      },
      NOW,
      7 * DAY,
      7 * DAY,
    );
    // days 1–6 end before the cool-down a stop now would start; day 7 ends exactly when it does
    expect(days.map((d) => d.ifForced)).toEqual([
      10n * PHA,
      ...Array(5).fill(110n * PHA),
      ...Array(8).fill(2000n * PHA),
    ]);
    expect(days.map((d) => d.available)).toEqual([10n * PHA, ...Array(13).fill(110n * PHA)]);
  });
});
