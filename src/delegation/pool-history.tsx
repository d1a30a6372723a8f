/**
 * Pool history charts (share price, TVL) from the history API; recharts is loaded only when there is
 * history to draw. Without an indexer the section says history is unavailable; a failed read says so
 * with "Try again"; a drawing error stays inside the chart's boundary.
 */
import { lazy, Suspense } from 'react';
import { usePoolSnapshots } from '../api/history.js';
import { useT } from '../ui/i18n/i18n.js';
import { SectionBoundary, SectionError } from '../ui/section-boundary.js';

const HistoryChart = lazy(() => import('./history-chart.js'));

export function PoolHistory({ pid }: { pid: bigint }) {
  const t = useT();
  const h = usePoolSnapshots(pid);
  return (
    <section className="card" data-testid="pool-history">
      <h3>{t('chart.heading')}</h3>
      {h.available === false && <p data-testid="history-unavailable">{t('chart.unavailable')}</p>}
      {(h.available === undefined || h.isLoading) && <div className="skeleton skeleton-chart" />}
      {h.isError && <SectionError error={h.error} onRetry={() => void h.refetch()} />}
      {h.data && h.data.length === 0 && <p className="empty">{t('chart.empty')}</p>}
      {h.data && h.data.length > 0 && (
        <SectionBoundary>
          <Suspense fallback={<div className="skeleton skeleton-chart" />}>
            <HistoryChart records={h.data} priceLabel={t('chart.sharePrice')} tvlLabel={t('chart.tvl')} />
          </Suspense>
        </SectionBoundary>
      )}
    </section>
  );
}
