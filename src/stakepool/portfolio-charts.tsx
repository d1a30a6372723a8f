/**
 * The portfolio's value-over-time and rewards-over-time charts from the account's history, over the
 * last 7 or 30 days of chain time or all of it, ending at the value held now (`live`, as the page's total
 * says); recharts is loaded only when there is history to draw.
 */
import { lazy, Suspense, useState } from 'react';
import type { AccountRecord } from '../indexer/types.js';
import { useT } from '../ui/i18n/i18n.js';
import { SectionBoundary } from '../ui/section-boundary.js';
import { accountSeries, type RangeDays, windowed } from './portfolio-model.js';

const PortfolioChart = lazy(() => import('./portfolio-chart.js'));
const RANGES: RangeDays[] = [7, 30, 'all'];

export function PortfolioCharts({
  available,
  records,
  nowMs,
  live,
}: {
  available: boolean | undefined;
  records: readonly AccountRecord[] | undefined;
  nowMs: number;
  /** Delegations and queued withdrawals as the chain's head stands, and that head's number. */
  live: { value: bigint; block: number } | undefined;
}) {
  const t = useT();
  const [range, setRange] = useState<RangeDays>(30);
  const now = live && { t: nowMs, ...live };
  const points = records ? windowed(accountSeries(records, undefined, now), nowMs, range) : [];
  return (
    <section className="card" data-testid="portfolio-charts">
      <h2>{t('portfolio.charts')}</h2>
      {available === false && <p>{t('portfolio.historyUnavailable')}</p>}
      {available === true && !records && <div className="skeleton skeleton-chart" />}
      {records && (
        <>
          <fieldset className="segmented">
            <legend>{t('portfolio.range')}</legend>
            {RANGES.map((r) => (
              <label key={String(r)}>
                <input
                  type="radio"
                  name="portfolio-range"
                  checked={range === r}
                  onChange={() => setRange(r)}
                  data-testid={`range-${r}`}
                />
                {t(`portfolio.range.${r}`)}
              </label>
            ))}
          </fieldset>
          {points.length === 0 ? (
            <p className="empty">{t('portfolio.noHistory')}</p>
          ) : (
            <SectionBoundary>
              <Suspense fallback={<div className="skeleton skeleton-chart" />}>
                <h3>{t('portfolio.chartValue')}</h3>
                <PortfolioChart
                  points={points}
                  field="value"
                  label={t('portfolio.chartValue')}
                  testId="portfolio-value-chart"
                />
                <h3>{t('portfolio.chartRewards')}</h3>
                <PortfolioChart
                  points={points}
                  field="earned"
                  label={t('portfolio.chartRewards')}
                  testId="portfolio-rewards-chart"
                />
              </Suspense>
            </SectionBoundary>
          )}
        </>
      )}
    </section>
  );
}
