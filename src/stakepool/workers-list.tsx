/**
 * A stake pool's workers: public key and whether it computes or cools down (releasing its stake).
 */
import type { PoolSummary } from '../api/pools/pool-model.js';
import { shortAddress } from '../ui/format.js';
import { useT } from '../ui/i18n/i18n.js';

export function WorkersList({ pool }: { pool: PoolSummary }) {
  const t = useT();
  return (
    <section className="card">
      <h3>{t('pool.workers')}</h3>
      {pool.workers.length === 0 ? (
        <p>{t('pool.noWorkers')}</p>
      ) : (
        <ul data-testid="workers">
          {pool.workers.map((w) => (
            <li key={w} className="mono">
              {shortAddress(w)} —{' '}
              {t(pool.cdWorkers.includes(w) ? 'pool.worker.coolingDown' : 'pool.worker.computing')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
