/**
 * The account's history as CSV rows, one per event (pure): contributions, withdrawal requests, paid
 * withdrawals, owner-reward claims, and the rewards accrued in each pool per UTC day (the change of
 * earned-to-date, portfolio-model.ts, between the day's last delegation record and the previous one).
 * Dates are ISO 8601 (UTC), amounts in PHA with all 12 decimals, plus the raw planck, shares and block.
 */
import type { AccountRecord } from '../indexer/types.js';
import { PHA_DECIMALS, planckToDecimal } from '../primitives/planck.js';
import { accountSeries, DAY_MS } from './portfolio-model.js';

export type CsvEvent = 'contribution' | 'withdrawal_requested' | 'withdrawal' | 'reward' | 'claim';

export interface CsvRow {
  date: string;
  event: CsvEvent;
  pool: string;
  /** Planck ('' when the event moves shares only). */
  planck: string;
  shares: string;
  block: number;
}

export const CSV_COLUMNS = [
  'date',
  'event',
  'pool',
  'amount_pha',
  'amount_planck',
  'shares',
  'block',
] as const;

const iso = (ms: number): string => new Date(ms).toISOString();

/** Planck → "1234.500000000000" (fixed 12 decimals, no grouping: machine-readable). */
export const phaFixed = (planck: bigint): string => planckToDecimal(planck, PHA_DECIMALS, true);

/** Rewards accrued per pool and UTC day, from the pool's earned-to-date series. */
function rewardRows(records: readonly AccountRecord[]): CsvRow[] {
  const pids = [...new Set(records.filter((r) => r.type === 'delegation').map((r) => r.pid))];
  const rows: CsvRow[] = [];
  for (const pid of pids) {
    const points = accountSeries(records, pid);
    let earnedBefore = 0n;
    for (let i = 0; i < points.length; i++) {
      const p = points[i] as (typeof points)[number];
      const next = points[i + 1];
      if (next && Math.floor(next.t / DAY_MS) === Math.floor(p.t / DAY_MS)) continue;
      const accrued = p.earned - earnedBefore;
      earnedBefore = p.earned;
      if (accrued !== 0n)
        rows.push({
          date: iso(p.t),
          event: 'reward',
          pool: pid,
          planck: accrued.toString(),
          shares: '',
          block: p.block,
        });
    }
  }
  return rows;
}

function eventRow(r: AccountRecord): CsvRow | undefined {
  const base = { date: iso(r.timestampMs), pool: r.pid, block: r.blockNumber };
  switch (r.type) {
    case 'contribution':
      return { ...base, event: 'contribution', planck: r.amount, shares: r.shares };
    case 'withdrawalQueued':
      return { ...base, event: 'withdrawal_requested', planck: '', shares: r.shares };
    case 'withdrawal':
      return { ...base, event: 'withdrawal', planck: r.amount, shares: r.shares };
    case 'ownerRewardsWithdrawn':
      return { ...base, event: 'claim', planck: r.amount, shares: '' };
    case 'ownerSharesClaimed':
      return { ...base, event: 'claim', planck: '', shares: r.shares };
    case 'delegation':
      return undefined;
  }
}

/** Every row, in block order (events of a block before its reward row). */
export function csvRows(records: readonly AccountRecord[]): CsvRow[] {
  const events = records.flatMap((r) => eventRow(r) ?? []);
  return [...events, ...rewardRows(records)].sort(
    (a, b) => a.block - b.block || (a.event === 'reward' ? 1 : 0) - (b.event === 'reward' ? 1 : 0),
  );
}

const cell = (s: string): string => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function toCsv(rows: readonly CsvRow[]): string {
  const line = (r: CsvRow) =>
    [
      r.date,
      r.event,
      r.pool,
      r.planck === '' ? '' : phaFixed(BigInt(r.planck)),
      r.planck,
      r.shares,
      String(r.block),
    ]
      .map(cell)
      .join(',');
  return [CSV_COLUMNS.join(','), ...rows.map(line)].join('\n');
}
