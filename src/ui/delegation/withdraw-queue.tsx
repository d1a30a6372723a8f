/**
 * A pool's withdraw queue: who waits, since when, how long until the grace period ends, and the critical
 * time (first request + grace period, after which workers may be force-stopped).
 */
import type { PoolSummary } from '../../api/pools/pool-model.js';
import { formatCountdown, formatDateTime, shortAddress } from '../format.js';
import { useLocale } from '../i18n/i18n.js';
import { Term } from '../term.js';

export function WithdrawQueue({
  pool,
  nowSecs,
  graceSecs,
}: {
  pool: PoolSummary;
  nowSecs: number;
  graceSecs: number;
}) {
  const { t, locale } = useLocale();
  const first = pool.withdrawQueue[0];
  return (
    <section className="card" data-testid="withdraw-queue">
      <h3>
        <Term term="withdrawQueue">{t('pool.withdrawQueue')}</Term>
      </h3>
      {first === undefined ? (
        <p className="empty">{t('pool.queueEmpty')}</p>
      ) : (
        <>
          <p>
            {t('pool.criticalTime', { time: formatDateTime((first.startTime + graceSecs) * 1000, locale) })}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('pool.queue.user')}</th>
                <th scope="col">{t('pool.queue.since')}</th>
                <th scope="col">{t('pool.queue.left')}</th>
              </tr>
            </thead>
            <tbody>
              {pool.withdrawQueue.map((w) => (
                <tr key={w.nftId}>
                  <td className="mono">{shortAddress(w.user)}</td>
                  <td>{formatDateTime(w.startTime * 1000, locale)}</td>
                  <td>{formatCountdown(w.startTime + graceSecs - nowSecs, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
