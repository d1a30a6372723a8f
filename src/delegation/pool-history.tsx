/**
 * Pool history charts (share price, TVL) from the history API, ending at the pool as it stands at the
 * chain's head; recharts is loaded only when there is history to draw. Without an indexer the section says history is unavailable; a failed read says so
 * with "Try again"; a drawing error stays inside the chart's boundary.
 */
import { lazy, Suspense } from 'react';
import { usePoolSnapshots } from '../api/history.js';
import type { PoolNow } from '../ui/chart-data.js';
import { useT } from '../ui/i18n/i18n.js';
import { SectionBoundary, SectionError } from '../ui/section-boundary.js';

const HistoryChart = lazy(() => import('./history-chart.js'));

/** `now`: the pool at the chain's head, drawn after the last record (undefined until the chain's time is known). */
export function PoolHistory({ pid, now }: { pid: bigint; now?: PoolNow }) {
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
            <HistoryChart
              records={h.data}
              now={now}
              priceLabel={t('chart.sharePrice')}
              tvlLabel={t('chart.tvl')}
            />
          </Suspense>
        </SectionBoundary>
      )}
    </section>
  );
}
