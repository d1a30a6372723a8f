/**
 * The adaptive-quorum approval curve (recharts, loaded lazily): the aye share a referendum of this
 * threshold type needs at each turnout, and where its tally stands now.
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
import { requiredAyeShare } from './model/threshold.js';

const TURNOUTS = [0.5, 1, 2, 3, 5, 7.5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100];

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
  const data = TURNOUTS.map((x) => ({
    turnout: x,
    required: Math.round(requiredAyeShare(threshold, x / 100) * 10_000) / 100,
  }));
  const x = Math.min(100, Math.max(0.5, turnoutPct));
  return (
    <div
      className="chart"
      role="img"
      aria-label={`${curveLabel}; ${pointLabel}`}
      data-testid="approval-chart"
    >
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="turnout" type="number" scale="log" domain={[0.5, 100]} unit="%" />
          <YAxis domain={[0, 100]} unit="%" />
          <Tooltip />
          <Line dataKey="required" name={curveLabel} stroke="#7b5cff" dot={false} isAnimationActive={false} />
          {ayePct !== null && <ReferenceDot x={x} y={ayePct} r={6} fill="#1aa37a" stroke="none" />}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
