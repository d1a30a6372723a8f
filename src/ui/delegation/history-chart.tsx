/**
 * The recharts drawing of pool snapshots (loaded lazily): share price and TVL against time. Snapshot
 * fields are read leniently (numbers as decimal strings, contracts §6).
 */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { HistoryRecord } from '../../api/history.js';

const toNum = (v: unknown): number =>
  typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;

export default function HistoryChart({
  records,
  priceLabel,
  tvlLabel,
}: {
  records: HistoryRecord[];
  priceLabel: string;
  tvlLabel: string;
}) {
  const data = records.map((r) => {
    const value = toNum(r.totalValue);
    const shares = toNum(r.totalShares);
    return {
      time: new Date(toNum(r.timestamp ?? r.time ?? r.at)).toISOString().slice(0, 10),
      tvl: value / 1e12,
      price: toNum(r.sharePrice) || (shares > 0 ? value / shares : 1),
    };
  });
  return (
    <div className="chart" role="img" aria-label={`${priceLabel}, ${tvlLabel}`}>
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="time" />
          <YAxis yAxisId="price" />
          <YAxis yAxisId="tvl" orientation="right" />
          <Tooltip />
          <Line yAxisId="price" dataKey="price" name={priceLabel} stroke="#7b5cff" dot={false} />
          <Line yAxisId="tvl" dataKey="tvl" name={tvlLabel} stroke="#1aa37a" dot={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
