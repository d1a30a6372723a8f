/**
 * A pool's withdraw queue: who waits, how much (PHA at today's price), since when, how long until the
 * grace period ends (or by how much it is overdue), what the pool's free stake covers of it, and the
 * critical time (first request + grace period, after which workers may be force-stopped) — once past it,
 * what anyone may now do and when the stake would return — and the next 14 days of stake released from
 * cool-down against the queue coming due (release-schedule.ts).
 */
import { lazy, Suspense } from 'react';
import type { PoolSummary } from '../api/pools/pool-model.js';
import { releaseSchedule } from '../api/pools/release-schedule.js';
import { queueCoverage, requestValues } from '../api/pools/withdraw-preview.js';
import {
  formatCount,
  formatCountdown,
  formatDateTime,
  formatDuration,
  formatPha,
  shortAddress,
} from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { SectionBoundary } from '../ui/section-boundary.js';
import { TableHead } from '../ui/table-head.js';
import { Term } from '../ui/term.js';

const ReleaseChart = lazy(() => import('./release-chart.js'));

export function WithdrawQueue({
  pool,
  nowSecs,
  graceSecs,
  wphaMinBalance,
  coolDownSecs,
}: {
  pool: PoolSummary;
  nowSecs: number;
  graceSecs: number;
  wphaMinBalance: bigint;
  coolDownSecs: number;
}) {
  const { t, locale } = useLocale();
  const first = pool.withdrawQueue[0];
  const view = { ...pool, queue: pool.withdrawQueue };
  const values = requestValues(view);
  const cover = queueCoverage(view, wphaMinBalance);
  return (
    <section className="card" data-testid="withdraw-queue">
      <h3>
        <Term term="withdrawQueue">{t('pool.withdrawQueue')}</Term>
      </h3>
      {first === undefined ? (
        <p className="empty">{t('pool.queueEmpty')}</p>
      ) : (
        <>
          {first.startTime + graceSecs <= nowSecs ? (
            <p className="warning" data-testid="queue-overdue">
              {t('pool.queue.overdue', {
                time: formatDateTime((first.startTime + graceSecs) * 1000, locale),
                coolDown: formatDuration(coolDownSecs, locale),
              })}
            </p>
          ) : (
            <p>
              {t('pool.criticalTime', { time: formatDateTime((first.startTime + graceSecs) * 1000, locale) })}
            </p>
          )}
          <p
            data-testid="queue-coverage"
            data-covered={cover.covered}
            data-planck={cover.coveredValue.toString()}
          >
            {t('pool.queue.coverage', {
              free: formatPha(pool.freeStake, locale),
              covered: formatCount(cover.covered, locale),
              count: formatCount(pool.withdrawQueue.length, locale),
              value: formatPha(cover.coveredValue, locale),
              total: formatPha(cover.total, locale),
            })}
          </p>
          <div className="table-wrap">
            <table className="cards-on-phone">
              <TableHead
                columns={[
                  { label: t('pool.queue.user') },
                  { label: t('pool.queue.amount'), num: true },
                  { label: t('pool.queue.since') },
                  { label: t('pool.queue.left') },
                ]}
              />
              <tbody>
                {pool.withdrawQueue.map((w, i) => (
                  <tr key={w.nftId} data-testid="queue-row">
                    <td className="mono nowrap" title={w.user}>
                      {shortAddress(w.user)}
                    </td>
                    <td
                      className="num"
                      data-label={t('pool.queue.amount')}
                      data-testid="queue-amount"
                      data-planck={values[i]?.toString()}
                    >
                      {formatPha(values[i] ?? 0n, locale)}
                    </td>
                    <td data-label={t('pool.queue.since')}>{formatDateTime(w.startTime * 1000, locale)}</td>
                    <td data-label={t('pool.queue.left')}>
                      {formatCountdown(w.startTime + graceSecs - nowSecs, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h4>{t('pool.release.heading')}</h4>
          <p className="hint">{t('pool.release.hint')}</p>
          <SectionBoundary>
            <Suspense fallback={<div className="skeleton skeleton-chart" />}>
              <ReleaseChart
                days={releaseSchedule(pool, nowSecs, coolDownSecs, graceSecs)}
                labels={{
                  available: t('pool.release.available'),
                  due: t('pool.release.due'),
                  queued: t('pool.release.queued'),
                  ifForced: t('pool.release.ifForced'),
                }}
              />
            </Suspense>
          </SectionBoundary>
        </>
      )}
    </section>
  );
}
