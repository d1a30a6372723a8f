/**
 * The history shipped with the demo snapshot (`npm run demo:build`): the history indexer's store after it
 * followed every block of the build. The build's indexer keeps every record — daily snapshots, account
 * history, commission changes, referendum tallies, worker state changes — except that snapshots caused
 * by rewards alone (a pool or worker read at each Gatekeeper settlement, tens of thousands a week) are
 * taken once per pool and per worker every `REWARD_SNAPSHOT_WINDOW_MS` (IndexerOptions
 * .rewardSnapshotWindowMs). Here the treasury inflows are merged per hour (amounts summed, the hour's
 * last record and cumulative kept). The cursor and running state are the indexer's own, so a node
 * continues indexing after the head exactly.
 */
import type { TreasuryInflow } from '../src/indexer/types.js';

/** Reward-only pool and worker snapshots: one per pool and per worker in each window of this length. */
export const REWARD_SNAPSHOT_WINDOW_MS = 6 * 3_600_000;
const HOUR_MS = 3_600_000;

type Pair = [string, string];

/** Merges the treasury inflows of an indexer store (src/indexer/store.ts layout, key order) per hour. */
export function packHistory(pairs: ReadonlyArray<readonly [string, string]>): Pair[] {
  const out: Pair[] = [];
  let hour: { index: number; hour: number; amount: bigint } | undefined;
  for (const [key, value] of pairs) {
    if (!key.startsWith('trea:')) {
      out.push([key, value]);
      continue;
    }
    const r = JSON.parse(value) as TreasuryInflow;
    const h = Math.floor(r.timestampMs / HOUR_MS);
    if (hour && hour.hour === h) {
      hour.amount += BigInt(r.amount);
      out[hour.index] = [key, JSON.stringify({ ...r, amount: hour.amount.toString() })];
    } else {
      hour = { index: out.length, hour: h, amount: BigInt(r.amount) };
      out.push([key, value]);
    }
  }
  return out;
}
