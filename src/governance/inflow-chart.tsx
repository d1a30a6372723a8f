/**
 * The Treasury's daily inflow (recharts, loaded lazily), summed per UTC day from `pha_treasuryInflow`
 * records (amounts are planck as decimal strings; PHA at the display edge).
 */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Plain } from '../api/codec.js';

export default function InflowChart({ records, label }: { records: Record<string, Plain>[]; label: string }) {
  const byDay = new Map<number, bigint>();
  for (const r of records) {
    const day = Number(r.dayMs ?? 0);
    const amount = typeof r.amount === 'string' && /^\d+$/.test(r.amount) ? BigInt(r.amount) : 0n;
    byDay.set(day, (byDay.get(day) ?? 0n) + amount);
  }
  const data = [...byDay.entries()]
    .sort(([a], [b]) => a - b)
    .map(([day, planck]) => ({
      day: new Date(day).toISOString().slice(0, 10),
      pha: Number(planck / 1_000_000n) / 1e6,
    }));
  return (
    <div className="chart" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" />
          <YAxis />
          <Tooltip />
          <Bar dataKey="pha" name={label} fill="#1aa37a" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
