/**
 * The Treasury's daily inflow (recharts, loaded lazily), summed per UTC day from `pha_treasuryInflow`
 * records, with dates and amounts in the active locale.
 */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TreasuryInflow } from '../indexer/types.js';
import { dailyInflow } from '../ui/chart-data.js';
import { CHART_GRID } from '../ui/chart-theme.js';
import { formatDate, formatDay, formatNumber, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';

export default function InflowChart({
  records,
  label,
}: {
  records: readonly TreasuryInflow[];
  label: string;
}) {
  const { locale } = useLocale();
  const data = dailyInflow(records);
  const exact = new Map(data.map((d) => [d.day, d.planck]));
  return (
    <div className="chart" role="img" aria-label={label} data-testid="inflow-chart">
      <ResponsiveContainer width="100%" height={220} initialDimension={{ width: 480, height: 220 }}>
        <BarChart data={data}>
          <CartesianGrid {...CHART_GRID} />
          <XAxis dataKey="day" tickFormatter={(v: number) => formatDay(v, locale)} />
          <YAxis tickFormatter={(v: number) => formatNumber(v, locale, 0)} width={72} />
          <Tooltip
            labelFormatter={(v) => formatDate(Number(v), locale)}
            formatter={(_v, _n, item) => formatPha(exact.get(Number(item.payload?.day)) ?? 0n, locale)}
          />
          <Bar dataKey="pha" name={label} fill="var(--ok)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
