/**
 * A delegator's earnings from the history API's account records (`pha_accountHistory`, src/indexer/
 * types.ts), pure and exact in planck:
 *
 *   holding(pid, t)  value + queued value of the account's delegation in the pool, from the latest
 *                    `delegation` record at or before t
 *   earned(pid, t)   holding + everything withdrawn (paid) − everything contributed, up to t
 *
 * `accountSeries` gives one point per block with a delegation record (all pools, or one), for the value
 * and rewards charts; `windowed` cuts a series to the last 7 / 30 days (or all) of chain time;
 * `profitSince` is earned now − earned at the start of a window (now valued live from the chain), and
 * `realisedRate` turns a profit over a span into APR and APY.
 */
import type { AccountRecord } from '../indexer/types.js';

export const DAY_MS = 86_400_000;

export interface SeriesPoint {
  t: number;
  block: number;
  /** Value held (delegations + queued withdrawals), planck. */
  value: bigint;
  /** Earned to date: value + withdrawn − contributed, planck. */
  earned: bigint;
}

/** Records in block order (the API returns them so; sorted again to be sure, stable). */
const byBlock = (records: readonly AccountRecord[]): AccountRecord[] =>
  [...records].sort((a, b) => a.blockNumber - b.blockNumber);

/**
 * Value and earnings after every block with a delegation record; only pool `pid` when given. With `now`
 * (the value held as the chain's head stands, at its time), the series ends there, as the page's numbers do.
 */
export function accountSeries(
  records: readonly AccountRecord[],
  pid?: string,
  now?: { t: number; block: number; value: bigint },
): SeriesPoint[] {
  const holding = new Map<string, bigint>();
  let contributed = 0n;
  let withdrawn = 0n;
  const out: SeriesPoint[] = [];
  let snapshotInBlock = false;
  const sorted = byBlock(records).filter((r) => pid === undefined || r.pid === pid);
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i] as AccountRecord;
    if (r.type === 'contribution') contributed += BigInt(r.amount);
    else if (r.type === 'withdrawal') withdrawn += BigInt(r.amount);
    else if (r.type === 'delegation') {
      holding.set(r.pid, BigInt(r.value) + BigInt(r.withdrawingValue));
      snapshotInBlock = true;
    }
    const next = sorted[i + 1];
    const lastOfBlock = !next || next.blockNumber !== r.blockNumber;
    if (!lastOfBlock) continue;
    if (snapshotInBlock) {
      const value = [...holding.values()].reduce((s, v) => s + v, 0n);
      out.push({ t: r.timestampMs, block: r.blockNumber, value, earned: value + withdrawn - contributed });
    }
    snapshotInBlock = false;
  }
  const last = out[out.length - 1];
  if (now && last && now.t > last.t) out.push({ ...now, earned: now.value + withdrawn - contributed });
  return out;
}

/** Contributions minus paid withdrawals to date (the account's net deposit), per pool or overall. */
export function netDeposit(records: readonly AccountRecord[], pid?: string): bigint {
  let net = 0n;
  for (const r of records) {
    if (pid !== undefined && r.pid !== pid) continue;
    if (r.type === 'contribution') net += BigInt(r.amount);
    else if (r.type === 'withdrawal') net -= BigInt(r.amount);
  }
  return net;
}

export type RangeDays = 7 | 30 | 'all';

/** The points of the last `days` of chain time (`nowMs`); all of them for 'all'. */
export function windowed(points: readonly SeriesPoint[], nowMs: number, days: number | 'all'): SeriesPoint[] {
  if (days === 'all') return [...points];
  const from = nowMs - days * DAY_MS;
  return points.filter((p) => p.t >= from);
}

/** The last point at or before `t` (undefined when the history starts later). */
export function pointAt(points: readonly SeriesPoint[], t: number): SeriesPoint | undefined {
  let found: SeriesPoint | undefined;
  for (const p of points) if (p.t <= t) found = p;
  return found;
}

export interface Profit {
  /** Earned over the window, planck. */
  profit: bigint;
  /** Holding at the window's start (the base the rate is taken on), planck. */
  base: bigint;
  /** The window's length actually covered by history, ms (shorter when history starts inside it). */
  spanMs: number;
}

/**
 * Profit over the last `days` of chain time: `earnedNow` (valued live) minus earned at the window's start.
 * Records fall at midnights and at the account's own actions, rarely at the start itself: earned there is
 * read off the straight line between the records around it (the last one and `earnedNow` when no record
 * follows), in planck. Earned moves only with the share price (a contribution adds to the value and to what
 * was put in alike), which rewards raise a little every block, so the line is close. Taking the record
 * before the start instead counted up to a day more of profit into "1 day". When the history starts
 * inside the window, the profit and span run from its first record. The base is the holding at the last
 * record at or before the start. Undefined without any history.
 */
export function profitSince(
  points: readonly SeriesPoint[],
  earnedNow: bigint,
  nowMs: number,
  days: number,
): Profit | undefined {
  const start = nowMs - days * DAY_MS;
  const i = points.findLastIndex((p) => p.t <= start);
  if (i < 0) {
    const first = points[0];
    if (!first) return undefined;
    return { profit: earnedNow - first.earned, base: first.value, spanMs: Math.max(0, nowMs - first.t) };
  }
  const before = points[i] as SeriesPoint;
  const after = points[i + 1] ?? { t: nowMs, earned: earnedNow };
  const earnedAtStart =
    after.t > before.t
      ? before.earned +
        ((after.earned - before.earned) * BigInt(Math.round(start - before.t))) /
          BigInt(Math.round(after.t - before.t))
      : before.earned;
  return { profit: earnedNow - earnedAtStart, base: before.value, spanMs: nowMs - start };
}

/** APR (simple) and APY (compounded daily) of a profit over its span; null when undefined. */
export function realisedRate(p: Profit | undefined): { apr: number | null; apy: number | null } {
  if (!p || p.base <= 0n || p.spanMs < DAY_MS / 24) return { apr: null, apy: null };
  // a ratio for display: planck scaled to 1e-9 keeps 9 significant digits without floats on bigints
  const r = Number((p.profit * 1_000_000_000n) / p.base) / 1e9;
  const years = p.spanMs / (365 * DAY_MS);
  const apr = r / years;
  const apy = (1 + apr / 365) ** 365 - 1;
  return { apr, apy };
}

export interface PoolHolding {
  pid: bigint;
  delegated: bigint;
  queued: bigint;
  ownerRewards: bigint;
  total: bigint;
}

/**
 * The account's value split by pool or vault: NFT values, queued withdrawals and unclaimed owner
 * rewards, in pid order, with the overall totals.
 */
export function holdingsByPool(
  nfts: readonly { pid: bigint; value: bigint }[],
  queued: readonly { pid: bigint; value: bigint }[],
  ownerRewards: ReadonlyMap<bigint, bigint>,
): { pools: PoolHolding[]; total: PoolHolding } {
  const by = new Map<bigint, PoolHolding>();
  const at = (pid: bigint): PoolHolding => {
    let h = by.get(pid);
    if (!h) {
      h = { pid, delegated: 0n, queued: 0n, ownerRewards: 0n, total: 0n };
      by.set(pid, h);
    }
    return h;
  };
  for (const n of nfts) at(n.pid).delegated += n.value;
  for (const q of queued) at(q.pid).queued += q.value;
  for (const [pid, v] of ownerRewards) at(pid).ownerRewards += v;
  const pools = [...by.values()]
    .map((h) => ({ ...h, total: h.delegated + h.queued + h.ownerRewards }))
    .sort((a, b) => (a.pid < b.pid ? -1 : a.pid > b.pid ? 1 : 0));
  const total: PoolHolding = { pid: -1n, delegated: 0n, queued: 0n, ownerRewards: 0n, total: 0n };
  for (const h of pools) {
    total.delegated += h.delegated;
    total.queued += h.queued;
    total.ownerRewards += h.ownerRewards;
    total.total += h.total;
  }
  return { pools, total };
}
