/**
 * Pool history charts (share price, TVL) from the history API; recharts is loaded only when there is
 * history to draw. Without an indexer the section says history is unavailable.
 */
import { lazy, Suspense } from 'react';
import { usePoolSnapshots } from '../../api/history.js';
import { useT } from '../i18n/i18n.js';

const HistoryChart = lazy(() => import('./history-chart.js'));

export function PoolHistory({ pid }: { pid: bigint }) {
  const t = useT();
  const h = usePoolSnapshots(pid);
  return (
    <section className="card" data-testid="pool-history">
      <h3>{t('chart.heading')}</h3>
      {h.available === false && <p data-testid="history-unavailable">{t('chart.unavailable')}</p>}
      {h.available === undefined && <p>{t('common.loading')}</p>}
      {h.data && h.data.length > 0 && (
        <Suspense fallback={<p>{t('common.loading')}</p>}>
          <HistoryChart records={h.data} priceLabel={t('chart.sharePrice')} tvlLabel={t('chart.tvl')} />
        </Suspense>
      )}
    </section>
  );
}
