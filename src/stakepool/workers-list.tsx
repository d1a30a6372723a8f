/**
 * A stake pool's workers as a delegator needs them, read from the chain: state (Ready, computing,
 * unresponsive, cooling down), V and P, the age of the last heartbeat, and the stake. An unresponsive
 * worker is flagged with what it means for the pool's rewards.
 */
import { useNowSecs } from '../api/chain-time.js';
import type { PoolSummary } from '../api/pools/pool-model.js';
import { formatDuration, formatNumber, formatPha, formatV, shortAddress } from '../ui/format.js';
import { useLocale, useT } from '../ui/i18n/i18n.js';
import { hasHeartbeat, heartbeatSecs, useWorkers, type WorkerView } from './operator/operator-queries.js';

const STATE_KEY = {
  Unregistered: 'pool.worker.unregistered',
  Unbound: 'pool.worker.unbound',
  Ready: 'pool.worker.ready',
  WorkerIdle: 'pool.worker.computing',
  WorkerUnresponsive: 'pool.worker.unresponsive',
  WorkerCoolingDown: 'pool.worker.coolingDown',
} as const;

const stateKey = (w: WorkerView) => (w.coolingDown ? STATE_KEY.WorkerCoolingDown : STATE_KEY[w.state]);

export function WorkersList({ pool }: { pool: PoolSummary }) {
  const t = useT();
  const { locale } = useLocale();
  const now = useNowSecs();
  const workers = useWorkers(pool);
  const list = workers.data ?? [];
  const unresponsive = list.filter((w) => w.state === 'WorkerUnresponsive').length;
  return (
    <section className="card">
      <h3>{t('pool.workers')}</h3>
      {pool.workers.length === 0 ? (
        <p className="empty">{t('pool.noWorkers')}</p>
      ) : workers.isPending ? (
        <div className="skeleton skeleton-row" aria-busy="true" />
      ) : (
        <>
          {unresponsive > 0 && (
            <p className="warning" data-testid="unresponsive-note">
              {t('pool.worker.unresponsiveNote', { n: formatNumber(unresponsive, locale, 0) })}
            </p>
          )}
          <div className="table-wrap">
            <table className="data-table cards-on-phone" data-testid="workers">
              <thead>
                <tr>
                  <th scope="col">{t('pool.worker.key')}</th>
                  <th scope="col">{t('pool.worker.state')}</th>
                  <th scope="col" className="num">
                    V
                  </th>
                  <th scope="col" className="num">
                    P
                  </th>
                  <th scope="col">{t('pool.worker.heartbeat')}</th>
                  <th scope="col" className="num">
                    {t('pool.worker.stake')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((w) => (
                  <tr key={w.pubkey} data-testid="worker-row" data-state={w.state} data-pubkey={w.pubkey}>
                    <td className="mono nowrap">{shortAddress(w.pubkey)}</td>
                    <td
                      className={w.state === 'WorkerUnresponsive' ? 'warning' : undefined}
                      data-label={t('pool.worker.state')}
                    >
                      {t(stateKey(w))}
                    </td>
                    <td className="num" data-label="V" data-testid="worker-v">
                      {formatV(w.v, locale)}
                    </td>
                    <td className="num" data-label="P">
                      {formatNumber(w.pInstant || w.pInit, locale, 0)}
                    </td>
                    <td data-label={t('pool.worker.heartbeat')}>
                      {hasHeartbeat(w)
                        ? t('pool.worker.ago', {
                            ago: formatDuration(Math.max(0, now - heartbeatSecs(w)), locale),
                          })
                        : '—'}
                    </td>
                    <td className="num" data-label={t('pool.worker.stake')}>
                      {formatPha(w.stake, locale)} PHA
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
