/**
 * The recharts drawing of a delegator's history (loaded lazily): value held and rewards earned to date
 * against chain time, with dates and numbers in the active locale.
 */
import { useState } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { plotPha, showDots } from '../ui/chart-data.js';
import { CHART_GRID } from '../ui/chart-theme.js';
import { formatDateTime, formatNumber, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { numberAxis } from '../ui/number-axis.js';
import { timeAxisOf, timeTicksFor } from '../ui/time-axis.js';
import type { SeriesPoint } from './portfolio-model.js';

/** The narrowest value axis: four steps of the 0.0001 PHA amounts are shown to. */
const MIN_SPAN_PHA = 0.0004;
/** About this many value ticks: more than five labels do not fit the chart's 200 px (recharts drops some). */
const Y_TICKS = 4;
const INITIAL_WIDTH = 480;
/** About the width the value axis takes (sized to its labels): the rest is the plot's. */
const Y_AXIS_PX = 70;

export default function PortfolioChart({
  points,
  field,
  label,
  testId,
}: {
  points: readonly SeriesPoint[];
  field: 'value' | 'earned';
  label: string;
  testId: string;
}) {
  const { locale } = useLocale();
  // y is a plot coordinate; the tooltip reads the exact amount
  const data = points.map((p) => ({ t: p.t, y: plotPha(p[field].toString()), exact: p[field] }));
  const [width, setWidth] = useState(INITIAL_WIDTH);
  const axis = timeAxisOf(
    data.map((p) => p.t),
    timeTicksFor(width - Y_AXIS_PX),
  );
  const yAxis = numberAxis(
    data.map((p) => p.y),
    MIN_SPAN_PHA,
    Y_TICKS,
  );
  return (
    <div className="chart" role="img" aria-label={label} data-testid={testId} data-points={data.length}>
      <ResponsiveContainer
        width="100%"
        height={200}
        initialDimension={{ width: INITIAL_WIDTH, height: 200 }}
        onResize={setWidth}
      >
        <LineChart data={data}>
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
          <YAxis
            domain={yAxis.domain}
            ticks={yAxis.ticks}
            tickFormatter={(v: number) => formatNumber(v, locale, yAxis.digits)}
            width="auto"
          />
          <Tooltip
            labelFormatter={(v) => formatDateTime(Number(v), locale)}
            formatter={(_v, _name, item) => formatPha((item.payload as { exact: bigint }).exact, locale)}
          />
          <Line
            dataKey="y"
            name={label}
            stroke={field === 'value' ? 'var(--accent)' : 'var(--ok)'}
            dot={showDots(data.length)}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
