/**
 * Turns typed history records (src/indexer/types.ts) into chart points: x is the record's time (unix ms)
 * or block, y values are decimal strings turned into plot coordinates at the display edge (a chart needs
 * floats to place points; the exact values stay strings in the records and tooltips).
 */
import type { PoolSnapshot, TreasuryInflow, WorkerSnapshot } from '../indexer/types.js';
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
}

export const poolPoints = (records: readonly PoolSnapshot[]): PoolPoint[] =>
  records.map((r) => ({
    t: r.timestampMs,
    price: r.totalShares === '0' ? null : plotPha(r.sharePrice),
    tvl: plotPha(r.totalValue),
  }));

export interface WorkerPoint {
  block: number;
  v: number;
  reward: number;
}

export const workerPoints = (records: readonly WorkerSnapshot[]): WorkerPoint[] =>
  records.map((r) => ({ block: r.blockNumber, v: plotBits(r.vBits), reward: plotPha(r.totalReward) }));

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
