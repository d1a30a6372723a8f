/**
 * The adaptive-quorum approval curve (recharts, loaded lazily): the aye share a referendum of this
 * threshold type needs at each turnout, and where its tally stands now. Turnout is on a log scale (the
 * curve changes most at low turnout) whose axis starts at the decade below the current turnout, so the
 * point sits at its real turnout (a demo referendum at 0.04 % had been pinned to a fixed 0.5 % floor).
 */
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Threshold } from '../primitives/threshold.js';
import { CHART_GRID } from '../ui/chart-theme.js';
import { formatNumber, formatPercent } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { requiredAyeShare } from './model/threshold.js';
import { useGovT } from './use-gov-t.js';

/** The smallest turnout the axis shows, in %: the resolution the summary computes turnout at (a millionth). */
const MIN_TURNOUT_PCT = 0.0001;

/**
 * The turnout axis (in %): from the decade at or below the current turnout (0.1 % when it is higher or
 * unknown) up to 100 %, ticked at each decade; the curve sampled at 1, 2 and 5 of each decade.
 */
export function turnoutAxis(turnoutPct: number): {
  domain: [number, number];
  ticks: number[];
  samples: number[];
} {
  const low = turnoutPct > 0 ? Math.max(MIN_TURNOUT_PCT, Math.min(0.1, turnoutPct)) : 0.1;
  const first = Math.floor(Math.log10(low) + 1e-9);
  const ticks: number[] = [];
  const samples: number[] = [];
  for (let e = first; e <= 2; e++) {
    // decimal strings, so 0.001 is 0.001 and not 0.0010000000000000002
    const at = (m: number) => Number(`${m}e${e}`);
    ticks.push(at(1));
    for (const m of e < 2 ? [1, 2, 5] : [1]) samples.push(at(m));
  }
  return { domain: [ticks[0] ?? 0.1, 100], ticks, samples };
}

export default function ApprovalChart({
  threshold,
  turnoutPct,
  ayePct,
  curveLabel,
  pointLabel,
}: {
  threshold: Threshold;
  turnoutPct: number;
  ayePct: number | null;
  curveLabel: string;
  pointLabel: string;
}) {
  const t = useGovT();
  const { locale } = useLocale();
  const axis = turnoutAxis(turnoutPct);
  const data = axis.samples.map((x) => ({
    turnout: x,
    required: Math.round(requiredAyeShare(threshold, x / 100) * 10_000) / 100,
  }));
  const x = Math.max(axis.domain[0], Math.min(100, turnoutPct));
  const percent = (v: unknown) => formatPercent(Number(v) / 100, locale);
  return (
    <div
      className="chart"
      role="img"
      aria-label={`${curveLabel}; ${pointLabel}`}
      data-testid="approval-chart"
    >
      {/* HTML above the plot, not a rotated SVG label (that one was cut to a few words) */}
      <p className="axis-title">{t('ref.axisAye')}</p>
      <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 480, height: 260 }}>
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid {...CHART_GRID} />
          <XAxis
            dataKey="turnout"
            type="number"
            scale="log"
            domain={axis.domain}
            ticks={axis.ticks}
            allowDataOverflow
            tickFormatter={(v: number) => formatNumber(v, locale, 4)}
            height={44}
            label={{ value: t('ref.axisTurnout'), position: 'insideBottom', offset: 0 }}
          />
          <YAxis domain={[0, 100]} tickFormatter={(v: number) => formatNumber(v, locale, 0)} width={40} />
          <Tooltip labelFormatter={percent} formatter={percent} />
          <Line dataKey="required" name={curveLabel} stroke="#7b5cff" dot={false} isAnimationActive={false} />
          {ayePct !== null && <ReferenceDot x={x} y={ayePct} r={6} fill="#1aa37a" stroke="none" />}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
