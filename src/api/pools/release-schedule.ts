/**
 * The next 14 days of a pool's withdraw queue against the stake that will be free to pay it (the view
 * the Phala App had): for each day, the stake available by its end — the free stake now plus the stake
 * of cooling-down workers whose cool-down has ended (reclaimable then) — and the queued value whose grace
 * period has ended by then (requests that may force workers to stop), next to the whole queue. Once the
 * first request is past its grace period anyone may force-stop the pool's workers
 * (`check_and_maybe_force_withdraw`): the schedule then also says what would be free if that were done now —
 * the whole pool's value once the cool-down that starts now has ended (slashes aside). Pure.
 */
import type { PoolSummary } from './pool-model.js';
import { requestValues } from './withdraw-preview.js';

const DAY_SECS = 86_400;

export interface ReleaseDay {
  /** End of the day, unix ms. */
  t: number;
  /** Free stake plus stake released from cool-down by then, planck. */
  available: bigint;
  /** Queued value past its grace period by then, planck. */
  due: bigint;
  /** The whole queue's value (today's price), planck. */
  queued: bigint;
  /** Overdue queue only: the stake available by then if the workers were force-stopped now, planck. */
  ifForced?: bigint;
}

export function releaseSchedule(
  pool: Pick<PoolSummary, 'totalValue' | 'totalShares' | 'freeStake' | 'withdrawQueue' | 'releasing'>,
  nowSecs: number,
  coolDownSecs: number,
  graceSecs: number,
  days = 14,
): ReleaseDay[] {
  const values = requestValues({ ...pool, queue: pool.withdrawQueue });
  const queued = values.reduce((s, v) => s + v, 0n);
  const first = pool.withdrawQueue[0];
  const forcible = first !== undefined && first.startTime + graceSecs <= nowSecs;
  return Array.from({ length: days }, (_, i) => {
    const end = nowSecs + (i + 1) * DAY_SECS;
    const released = pool.releasing
      .filter((r) => r.coolDownStart + coolDownSecs <= end)
      .reduce((s, r) => s + r.stake, 0n);
    const due = pool.withdrawQueue.reduce(
      (s, w, k) => (w.startTime + graceSecs <= end ? s + (values[k] ?? 0n) : s),
      0n,
    );
    const available = pool.freeStake + released;
    const day: ReleaseDay = { t: end * 1000, available, due, queued };
    if (forcible) day.ifForced = nowSecs + coolDownSecs <= end ? pool.totalValue : available;
    return day;
  });
}
