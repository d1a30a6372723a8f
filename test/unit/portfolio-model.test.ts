/**
 * Pure portfolio logic over hand-built account records (the shapes of src/indexer/types.ts): the value
 * and earned-to-date series, profit windows in chain time with realised APR/APY, holdings by pool, and
 * the CSV rows (one per event, rewards accrued per UTC day summing to earned to date, 12-decimal PHA,
 * ISO dates, planck and block).
 */
import { describe, expect, it } from 'vitest';
import type { AccountRecord } from '../../src/indexer/types.js';
import { csvRows, phaFixed, toCsv } from '../../src/stakepool/csv-rows.js';
import {
  accountSeries,
  DAY_MS,
  holdingsByPool,
  netDeposit,
  profitSince,
  realisedRate,
  windowed,
} from '../../src/stakepool/portfolio-model.js';

const PHA = 10n ** 12n;
const T0 = Date.UTC(2026, 0, 1, 6);
const A = '5Grw';
const base = (block: number, day: number, pid = '0') => ({
  blockNumber: block,
  timestampMs: T0 + day * DAY_MS,
  address: A,
  pid,
});
const contribution = (block: number, day: number, amount: bigint, pid = '0'): AccountRecord => ({
  ...base(block, day, pid),
  type: 'contribution',
  amount: amount.toString(),
  shares: amount.toString(),
  asVault: null,
});
const delegation = (
  block: number,
  day: number,
  value: bigint,
  withdrawing = 0n,
  pid = '0',
): AccountRecord => ({
  ...base(block, day, pid),
  type: 'delegation',
  reason: 'daily',
  shares: '1',
  value: value.toString(),
  withdrawingShares: '0',
  withdrawingValue: withdrawing.toString(),
});
const withdrawal = (block: number, day: number, amount: bigint, pid = '0'): AccountRecord => ({
  ...base(block, day, pid),
  type: 'withdrawal',
  amount: amount.toString(),
  shares: amount.toString(),
});

// 1000 PHA in on day 0, +10 PHA a day; 100 PHA queued on day 3 and paid on day 4; a second pool from day 2
const records: AccountRecord[] = [
  contribution(10, 0, 1000n * PHA),
  delegation(10, 0, 1000n * PHA),
  delegation(20, 1, 1010n * PHA),
  contribution(30, 2, 500n * PHA, '1'),
  delegation(30, 2, 500n * PHA, 0n, '1'),
  delegation(31, 2.01, 1020n * PHA),
  delegation(40, 3, 930n * PHA, 100n * PHA),
  withdrawal(50, 4, 100n * PHA),
  delegation(50, 4, 940n * PHA),
  delegation(51, 4.01, 505n * PHA, 0n, '1'),
];

describe('portfolio series', () => {
  it('value and earned to date after each block with a delegation record', () => {
    const s = accountSeries(records, '0');
    expect(s.map((p) => p.value)).toEqual([1000n, 1010n, 1020n, 1030n, 940n].map((x) => x * PHA));
    expect(s.map((p) => p.earned)).toEqual([0n, 10n, 20n, 30n, 40n].map((x) => x * PHA));
    const all = accountSeries(records);
    expect(all.at(-1)?.value).toBe(1445n * PHA);
    expect(all.at(-1)?.earned).toBe(45n * PHA);
    expect(netDeposit(records)).toBe(1400n * PHA);
  });

  it('ends at the value held now when given, after the last record (not before it)', () => {
    const now = { t: T0 + 5 * DAY_MS, block: 60, value: 1460n * PHA };
    const s = accountSeries(records, undefined, now);
    expect(s.at(-1)).toEqual({ ...now, earned: 60n * PHA });
    expect(s.slice(0, -1)).toEqual(accountSeries(records));
    // a "now" no later than the last record adds nothing
    const stale = { ...now, t: records.at(-1)?.timestampMs ?? 0 };
    expect(accountSeries(records, undefined, stale)).toEqual(accountSeries(records));
  });

  it('windows in chain time and profit since a window start', () => {
    const s = accountSeries(records, '0');
    const now = T0 + 5 * DAY_MS;
    expect(windowed(s, now, 'all')).toHaveLength(5);
    expect(windowed(s, now, 7)).toHaveLength(5);
    expect(windowed(s, now, 2).map((p) => p.block)).toEqual([40, 50]);
    // live: 950 PHA now → earned 50; a day ago (day 4) earned 40; seven days ago → from the first point
    const earnedNow = 950n * PHA - netDeposit(records, '0');
    expect(profitSince(s, earnedNow, now, 1)?.profit).toBe(10n * PHA);
    const week = profitSince(s, earnedNow, now, 7);
    expect(week).toEqual({ profit: 50n * PHA, base: 1000n * PHA, spanMs: 5 * DAY_MS });
    const rate = realisedRate(week);
    expect(rate.apr).toBeCloseTo((0.05 * 365) / 5, 9);
    expect(rate.apy).toBeGreaterThan(rate.apr ?? 0);
    expect(realisedRate(undefined)).toEqual({ apr: null, apy: null });
  });

  it('a window that starts between records reads earned there off the line between them', () => {
    const s = accountSeries(records, '0');
    // half a day after the day-4 record, 55 PHA earned now: a day ago earned was 40 + 15 · (0.5 / 1.5)
    const now = T0 + 5.5 * DAY_MS;
    const day = profitSince(s, 55n * PHA, now, 1);
    expect(day).toEqual({ profit: 10n * PHA, base: 940n * PHA, spanMs: DAY_MS });
    // the record before the start (day 4) would have counted 15 PHA, a day and a half, as one day's profit
    expect(realisedRate(day).apr).toBeCloseTo((10 / 940) * 365, 6);
    // a start between two records (day 2.5: between day 2.01, earned 20, and day 3, earned 30)
    const two = profitSince(s, 50n * PHA, T0 + 4.5 * DAY_MS, 2) as { profit: bigint };
    const atStart = 20n * PHA + (10n * PHA * BigInt(0.49 * DAY_MS)) / BigInt(0.99 * DAY_MS);
    expect(two.profit).toBe(50n * PHA - atStart);
  });

  it('holdings by pool include queued withdrawals and owner rewards', () => {
    const h = holdingsByPool(
      [
        { pid: 1n, value: 5n },
        { pid: 0n, value: 7n },
      ],
      [{ pid: 0n, value: 3n }],
      new Map([[4n, 11n]]),
    );
    expect(h.pools.map((p) => [p.pid, p.total])).toEqual([
      [0n, 10n],
      [1n, 5n],
      [4n, 11n],
    ]);
    expect(h.total).toMatchObject({ delegated: 12n, queued: 3n, ownerRewards: 11n, total: 26n });
  });
});

describe('CSV rows', () => {
  it('one row per event, rewards per UTC day summing to earned to date', () => {
    const rows = csvRows(records);
    expect(rows.filter((r) => r.event === 'contribution').map((r) => [r.block, r.planck])).toEqual([
      [10, (1000n * PHA).toString()],
      [30, (500n * PHA).toString()],
    ]);
    expect(rows.filter((r) => r.event === 'withdrawal').map((r) => r.block)).toEqual([50]);
    const rewards = rows.filter((r) => r.event === 'reward');
    // pool 0: +10 on days 1, 2, 3, 4 (day 0 accrues nothing); pool 1: +5 on day 4
    expect(rewards.map((r) => [r.pool, r.block, BigInt(r.planck) / PHA])).toEqual([
      ['0', 20, 10n],
      ['0', 31, 10n],
      ['0', 40, 10n],
      ['0', 50, 10n],
      ['1', 51, 5n],
    ]);
    const sum = rewards.reduce((s, r) => s + BigInt(r.planck), 0n);
    expect(sum).toBe(accountSeries(records).at(-1)?.earned);
    expect(rows.map((r) => r.block)).toEqual([...rows.map((r) => r.block)].sort((a, b) => a - b));
    const csv = toCsv(rows).split('\n');
    expect(csv[0]).toBe('date,event,pool,amount_pha,amount_planck,shares,block');
    expect(csv[1]).toBe(
      `2026-01-01T06:00:00.000Z,contribution,0,1000.000000000000,${1000n * PHA},${1000n * PHA},10`,
    );
  });

  it('12-decimal PHA, exact', () => {
    expect(phaFixed(1n)).toBe('0.000000000001');
    expect(phaFixed(123_456_789_012_345n)).toBe('123.456789012345');
    expect(phaFixed(-5n * PHA)).toBe('-5.000000000000');
  });
});
