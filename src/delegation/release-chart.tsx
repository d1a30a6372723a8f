/**
 * The recharts drawing of a pool's next 14 days (loaded lazily): stake available to pay the queue
 * against the queued value due and the whole queue, in PHA per day; for an overdue queue also the stake
 * that would be free if the workers were force-stopped now (drawn past the top of an axis scaled to the
 * queue).
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReleaseDay } from '../api/pools/release-schedule.js';
import { plotPha } from '../ui/chart-data.js';
import { CHART_GRID } from '../ui/chart-theme.js';
import { formatDate, formatDay, formatNumber, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { numberAxis } from '../ui/number-axis.js';

export default function ReleaseChart({
  days,
  labels,
}: {
  days: readonly ReleaseDay[];
  labels: { available: string; due: string; queued: string; ifForced: string };
}) {
  const { locale } = useLocale();
  // the bars' heights as plot coordinates; the tooltip reads the day's exact amounts
  const data = days.map((d) => ({
    t: d.t,
    available: plotPha(d.available.toString()),
    due: plotPha(d.due.toString()),
    queued: plotPha(d.queued.toString()),
    ifForced: d.ifForced === undefined ? undefined : plotPha(d.ifForced.toString()),
    exact: d,
  }));
  const forcible = days.some((d) => d.ifForced !== undefined);
  // A forced release returns the whole pool, often many times the queue: the axis stays scaled to the
  // queue and the free stake, and those bars run off its top (their tooltip still says how much).
  const scale = Math.max(...data.map((d) => Math.max(d.available, d.due, d.queued)));
  const axis = forcible && scale > 0 ? numberAxis([0, scale * 1.2], 1) : undefined;
  return (
    <div
      className="chart"
      role="img"
      aria-label={`${labels.available}, ${labels.due}`}
      data-testid="release-chart"
    >
      <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 480, height: 220 }}>
        <BarChart data={data}>
          <CartesianGrid {...CHART_GRID} />
          <XAxis dataKey="t" tickFormatter={(v: number) => formatDay(v, locale)} />
          <YAxis
            tickFormatter={(v: number) => formatNumber(v, locale, 0)}
            width={72}
            {...(axis ? { domain: axis.domain, ticks: axis.ticks, allowDataOverflow: true } : {})}
          />
          <Tooltip
            labelFormatter={(v) => formatDate(Number(v), locale)}
            formatter={(_v, _name, item) => {
              const day = (item.payload as { exact: ReleaseDay }).exact;
              const key = item.dataKey as 'available' | 'due' | 'queued' | 'ifForced';
              return formatPha(day[key] ?? 0n, locale);
            }}
          />
          <Legend />
          <Bar dataKey="available" name={labels.available} fill="var(--ok)" isAnimationActive={false} />
          <Bar dataKey="due" name={labels.due} fill="var(--accent)" isAnimationActive={false} />
          <Bar dataKey="queued" name={labels.queued} fill="var(--muted)" isAnimationActive={false} />
          {forcible && (
            <Bar dataKey="ifForced" name={labels.ifForced} fill="var(--warn)" isAnimationActive={false} />
          )}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
