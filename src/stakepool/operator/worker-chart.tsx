/**
 * A worker's V and cumulative rewards over time from the history API (`pha_workerSeries`), drawn with
 * recharts (V on the left axis, rewards in PHA on the right, named in the legend), and the periods it spent
 * unresponsive, the current one said to go on; without an indexer it says history is unavailable, and while
 * the indexer is still behind the head with nothing for the worker yet, that it is indexing.
 */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useWorkerSeries } from '../../api/history.js';
import { showDots, unresponsivePeriods, type WorkerPoint, workerPoints } from '../../ui/chart-data.js';
import { CHART_GRID } from '../../ui/chart-theme.js';
import { formatCount, formatNumber, formatPha, formatV } from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { useOpT } from './use-op-t.js';

export default function WorkerChart({ pubkey }: { pubkey: string }) {
  const t = useOpT();
  const { locale } = useLocale();
  const q = useWorkerSeries(pubkey);
  if (q.available === false) return <p data-testid="worker-history-unavailable">{t('monitor.noHistory')}</p>;
  const rows = q.data ?? [];
  const block = (b: number) => `#${formatCount(b, locale)}`;
  if (rows.length === 0)
    return q.behind || q.isPending ? (
      <p className="hint" data-testid="worker-history-indexing">
        {q.behind
          ? t('monitor.indexing', { indexed: block(q.behind.indexed), head: block(q.behind.head) })
          : t('monitor.loading')}
      </p>
    ) : (
      <p data-testid="worker-history-empty">{t('monitor.noPoints')}</p>
    );
  const periods = unresponsivePeriods(rows);
  const data = workerPoints(rows);
  const dots = showDots(data.length);
  return (
    <div className="chart" role="img" aria-label={t('monitor.chart')} data-testid="worker-chart">
      <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 480, height: 200 }}>
        <LineChart data={data}>
          <CartesianGrid {...CHART_GRID} />
          <XAxis dataKey="block" type="number" domain={['dataMin', 'dataMax']} tickFormatter={block} />
          <YAxis yAxisId="v" tickFormatter={(v: number) => formatNumber(v, locale, 0)} width={64} />
          <YAxis
            yAxisId="r"
            orientation="right"
            tickFormatter={(v: number) => formatNumber(v, locale, 0)}
            width={64}
          />
          <Tooltip
            labelFormatter={(v) => block(Number(v))}
            formatter={(v, _name, item) =>
              item.dataKey === 'v'
                ? formatV(Number(v), locale)
                : formatPha((item.payload as WorkerPoint).rewardPlanck, locale)
            }
          />
          <Legend />
          <Line
            yAxisId="v"
            dataKey="v"
            name={t('monitor.v')}
            stroke="var(--accent)"
            dot={dots}
            isAnimationActive={false}
          />
          <Line
            yAxisId="r"
            dataKey="reward"
            name={t('monitor.rewardsPha')}
            stroke="var(--ok)"
            dot={dots}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <p data-testid="unresponsive-periods">
        {periods.length === 0
          ? t('monitor.noUnresponsive')
          : t('monitor.unresponsivePeriods', {
              list: periods
                .map(([a, b]) =>
                  b === null ? t('monitor.ongoing', { from: block(a) }) : `${block(a)}–${block(b)}`,
                )
                .join(', '),
            })}
      </p>
    </div>
  );
}
