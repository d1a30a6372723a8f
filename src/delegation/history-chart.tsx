/**
 * The recharts drawing of a pool's snapshots (loaded lazily): share price and TVL against time, with
 * dates and numbers in the active locale; a legend names the two lines (price on the left axis, TVL on the right).
 * The axes' labels keep a gap from their tick marks and the top ones a margin from the edge, so a top
 * label never runs into the corner the tick, the axis and the grid draw there (it read "1.0087").
 */
import { useState } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PoolSnapshot } from '../indexer/types.js';
import { type PoolNow, type PoolPoint, poolPoints, showDots } from '../ui/chart-data.js';
import { CHART_GRID } from '../ui/chart-theme.js';
import { formatDateTime, formatNumber, formatPha, formatSharePrice } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { timeAxisOf, timeTicksFor } from '../ui/time-axis.js';

const INITIAL_WIDTH = 480;
/** About the width the two value axes take (sized to their labels) and the margins: the rest is the plot's. */
const Y_AXES_PX = 120;

export default function HistoryChart({
  records,
  now,
  priceLabel,
  tvlLabel,
}: {
  records: readonly PoolSnapshot[];
  /** The pool at the chain's head: the chart's last point when it is later than the last record. */
  now?: PoolNow;
  priceLabel: string;
  tvlLabel: string;
}) {
  const { locale } = useLocale();
  const data = poolPoints(records, now);
  const [width, setWidth] = useState(INITIAL_WIDTH);
  const axis = timeAxisOf(
    data.map((p) => p.t),
    timeTicksFor(width - Y_AXES_PX),
  );
  const dots = showDots(data.length);
  return (
    <div className="chart" role="img" aria-label={`${priceLabel}, ${tvlLabel}`} data-testid="pool-chart">
      <ResponsiveContainer
        width="100%"
        height={240}
        initialDimension={{ width: INITIAL_WIDTH, height: 240 }}
        onResize={setWidth}
      >
        <LineChart data={data} margin={{ top: 12, right: 4, bottom: 4, left: 4 }}>
          <CartesianGrid {...CHART_GRID} />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            ticks={axis.ticks}
            tickFormatter={(v: number) => axis.label(v, locale)}
            minTickGap={12}
          />
          {/* the share price moves by tenths of a percent a day: an axis from 0 would flatten it */}
          <YAxis
            yAxisId="price"
            domain={['auto', 'auto']}
            tickFormatter={(v: number) => formatNumber(v, locale, 4)}
            tickMargin={6}
            width="auto"
          />
          <YAxis
            yAxisId="tvl"
            orientation="right"
            tickFormatter={(v: number) => formatNumber(v, locale, 0)}
            tickMargin={6}
            width="auto"
          />
          <Tooltip
            labelFormatter={(v) => formatDateTime(Number(v), locale)}
            formatter={(_v, _name, item) => {
              const { exact } = item.payload as PoolPoint;
              if (item.dataKey === 'tvl') return `${formatPha(exact.tvl, locale)} PHA`;
              return exact.price === null ? '—' : formatSharePrice(exact.price, locale);
            }}
          />
          <Legend />
          <Line
            yAxisId="price"
            dataKey="price"
            name={priceLabel}
            stroke="var(--accent)"
            dot={dots}
            isAnimationActive={false}
          />
          <Line
            yAxisId="tvl"
            dataKey="tvl"
            name={tvlLabel}
            stroke="var(--ok)"
            dot={dots}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
