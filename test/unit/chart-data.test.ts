/**
 * Chart points from typed history records: a pool without shares has no price point (not a price of 0,
 * which pulled the share-price axis down to zero), daily inflow sums per UTC day, unresponsive periods.
 */
import { describe, expect, it } from 'vitest';
import type { PoolSnapshot, TreasuryInflow, WorkerSnapshot } from '../../src/indexer/types.js';
import { dailyInflow, poolPoints, workerPoints } from '../../src/ui/chart-data.js';

const DAY = 86_400_000;

function snapshot(over: Partial<PoolSnapshot>): PoolSnapshot {
  return {
    blockNumber: 1,
    timestampMs: DAY,
    reason: 'daily',
    pid: '0',
    kind: 'StakePool',
    owner: '5Owner',
    cid: '0',
    totalValue: '0',
    totalShares: '0',
    sharePriceBits: '0',
    sharePrice: '0',
    commission: '0',
    freeStake: '0',
    releasingStake: '0',
    withdrawingShares: '0',
    withdrawingValue: '0',
    delegators: '0',
    workers: '0',
    idleWorkers: '0',
    cap: null,
    ownerRewards: '0',
    cumulativeOwnerRewards: '0',
    ...over,
  };
}

describe('poolPoints', () => {
  it('draws no price while the pool has no shares, and the price in PHA once it has', () => {
    const points = poolPoints([
      snapshot({ timestampMs: DAY }),
      snapshot({
        timestampMs: 2 * DAY,
        totalShares: '5000000000000000',
        totalValue: '5050000000000000',
        sharePrice: '1010000000000',
      }),
    ]);
    expect(points).toEqual([
      { t: DAY, price: null, tvl: 0, exact: { price: null, tvl: 0n } },
      {
        t: 2 * DAY,
        price: 1.01,
        tvl: 5050,
        exact: { price: 1_010_000_000_000n, tvl: 5_050_000_000_000_000n },
      },
    ]);
  });

  it('ends at the pool as it stands at the head when that is later than the last record, valued as the indexer records it', () => {
    const records = [
      snapshot({ timestampMs: DAY, totalShares: '2000000000000', totalValue: '2000000000000' }),
    ];
    const now = {
      timestampMs: DAY + 6 * 3_600_000,
      totalValue: 3_000_000_000_000n,
      totalShares: 2_000_000_000_000n,
    };
    expect(poolPoints(records, now).at(-1)).toEqual({
      t: now.timestampMs,
      price: 1.5,
      tvl: 3,
      exact: { price: 1_500_000_000_000n, tvl: 3_000_000_000_000n },
    });
    // a price the U64F64 division truncates: 1/3 PHA per share, as the pallet's arithmetic gives it
    const third = poolPoints(records, {
      ...now,
      totalValue: 1_000_000_000_000n,
      totalShares: 3_000_000_000_000n,
    });
    expect(third.at(-1)?.exact.price).toBe(333_333_333_333n);
    expect(third.at(-1)?.price).toBe(0.333333333333);
    // no later than the last record, or without records: the records only
    expect(poolPoints(records, { ...now, timestampMs: DAY })).toHaveLength(1);
    expect(poolPoints([], now)).toEqual([]);
    // a head without shares has no price
    expect(poolPoints(records, { ...now, totalShares: 0n, totalValue: 0n }).at(-1)).toEqual({
      t: now.timestampMs,
      price: null,
      tvl: 0,
      exact: { price: null, tvl: 0n },
    });
  });
});

describe('workerPoints', () => {
  it('keeps the rewards to date exact for the tooltip beside the plotted float', () => {
    // 12,345,678.901234567891 PHA: more digits than a float holds
    const record = { blockNumber: 7, vBits: (3n << 64n).toString(), totalReward: '12345678901234567891' };
    const [point] = workerPoints([record as WorkerSnapshot]);
    expect(point).toMatchObject({ block: 7, v: 3, rewardPlanck: 12_345_678_901_234_567_891n });
    expect(BigInt(Math.round((point?.reward ?? 0) * 1e12))).not.toBe(12_345_678_901_234_567_891n);
  });
});

describe('dailyInflow', () => {
  it('sums the planck of each UTC day exactly, oldest day first', () => {
    const inflow = (dayMs: number, amount: string): TreasuryInflow => ({
      blockNumber: 1,
      timestampMs: dayMs + 1,
      amount,
      cumulative: '0',
      dayMs,
    });
    const days = dailyInflow([
      inflow(2 * DAY, '1'),
      inflow(DAY, '999999999999999999999'),
      inflow(DAY, '1'),
      inflow(2 * DAY, '2'),
    ]);
    expect(days.map((d) => [d.day, d.planck])).toEqual([
      [DAY, 1_000_000_000_000_000_000_000n],
      [2 * DAY, 3n],
    ]);
  });
});
