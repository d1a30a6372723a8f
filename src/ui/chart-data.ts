/**
 * Turns typed history records (src/indexer/types.ts) into chart points: x is the record's time (unix ms)
 * or block, y values are decimal strings turned into plot coordinates at the display edge (a chart needs
 * floats to place points; the exact values stay strings in the records and tooltips).
 */
import type { PoolSnapshot, TreasuryInflow, WorkerSnapshot } from '../indexer/types.js';
import { sharePrice, sharePricePlanck } from '../primitives/fixed.js';
import { toDecimalString } from './format.js';

/** A planck (or 1e12-scaled) decimal string → a plot coordinate in PHA. */
export const plotPha = (planck: string): number => Number(toDecimalString(BigInt(planck)));

/** U64F64 raw bits → a plot coordinate. */
export const plotBits = (bits: string): number => Number(BigInt(bits) >> 32n) / 2 ** 32;

export interface PoolPoint {
  t: number;
  /** null while the pool has no shares: it has no price then (the record says "0"), and no point is drawn. */
  price: number | null;
  tvl: number;
  /** The same, exact, for the tooltip: planck per 1e12 share units, and planck. */
  exact: { price: bigint | null; tvl: bigint };
}

/** A pool's state at the chain's head: its time (unix ms) and the base pool's totals. */
export interface PoolNow {
  timestampMs: number;
  totalValue: bigint;
  totalShares: bigint;
}

/**
 * The records' points, then, when `now` is later than the last record, the pool as it stands at the head
 * (valued as the records are), so the chart ends where the page's numbers are rather than at the last
 * snapshot (a vault's are hours apart).
 */
export const poolPoints = (records: readonly PoolSnapshot[], now?: PoolNow): PoolPoint[] => {
  const point = (t: number, price: bigint | null, tvl: bigint): PoolPoint => ({
    t,
    price: price === null ? null : plotPha(price.toString()),
    tvl: plotPha(tvl.toString()),
    exact: { price, tvl },
  });
  const points = records.map((r) =>
    point(r.timestampMs, r.totalShares === '0' ? null : BigInt(r.sharePrice), BigInt(r.totalValue)),
  );
  const last = records.at(-1);
  if (now && last && now.timestampMs > last.timestampMs) {
    const bits = sharePrice(now.totalValue, now.totalShares);
    points.push(point(now.timestampMs, bits === null ? null : sharePricePlanck(bits), now.totalValue));
  }
  return points;
};

export interface WorkerPoint {
  block: number;
  v: number;
  reward: number;
  /** The rewards to date, exact (planck), for the tooltip. */
  rewardPlanck: bigint;
}

export const workerPoints = (records: readonly WorkerSnapshot[]): WorkerPoint[] =>
  records.map((r) => ({
    block: r.blockNumber,
    v: plotBits(r.vBits),
    reward: plotPha(r.totalReward),
    rewardPlanck: BigInt(r.totalReward),
  }));

export interface DayPoint {
  day: number;
  planck: bigint;
  pha: number;
}

/** Inflow summed per UTC day, oldest first. */
export function dailyInflow(records: readonly TreasuryInflow[]): DayPoint[] {
  const byDay = new Map<number, bigint>();
  for (const r of records) byDay.set(r.dayMs, (byDay.get(r.dayMs) ?? 0n) + BigInt(r.amount));
  return [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, planck]) => ({ day, planck, pha: plotPha(planck.toString()) }));
}

/** Block ranges a worker spent unresponsive ([start, end), end null while it still is). */
export function unresponsivePeriods(records: readonly WorkerSnapshot[]): [number, number | null][] {
  const out: [number, number | null][] = [];
  let start: number | null = null;
  for (const r of records) {
    const down = r.state === 'WorkerUnresponsive';
    if (down && start === null) start = r.blockNumber;
    if (!down && start !== null) {
      out.push([start, r.blockNumber]);
      start = null;
    }
  }
  if (start !== null) out.push([start, null]);
  return out;
}

/** Few points are drawn as dots too, so a short history is visible. */
export const showDots = (n: number): boolean => n <= 60;
