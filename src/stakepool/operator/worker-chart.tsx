/**
 * A worker's V and cumulative rewards over time from the history API (`pha_workerSeries`), drawn with
 * recharts, and the periods it spent unresponsive; without an indexer it says history is unavailable.
 */
import { useQuery } from '@tanstack/react-query';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useConnection } from '../../api/api-context.js';
import { arr, obj } from '../../api/codec.js';
import { stateKey } from '../../api/query-keys.js';
import { bitsToNumber } from './stake-bounds.js';
import { useOpT } from './use-op-t.js';
import { useHasRpc } from './use-rpc-methods.js';

const toNum = (v: unknown): number =>
  typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : Number.NaN;
const toBig = (v: unknown): bigint => (typeof v === 'string' && /^\d+$/.test(v) ? BigInt(v) : 0n);

export default function WorkerChart({ pubkey }: { pubkey: string }) {
  const t = useOpT();
  const { provider, genesis } = useConnection();
  const available = useHasRpc('pha_workerSeries');
  const q = useQuery({
    // re-read once per block while shown (the indexer follows the chain)
    queryKey: stateKey(genesis, 'history', 'worker', pubkey),
    queryFn: async () => arr(await provider.send('pha_workerSeries', [pubkey])).map((r) => obj(r)),
    enabled: available === true,
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: (previous) => previous,
  });
  if (available === false) return <p data-testid="worker-history-unavailable">{t('monitor.noHistory')}</p>;
  const rows = q.data ?? [];
  if (rows.length === 0) return <p>{t('monitor.noPoints')}</p>;
  const periods = unresponsivePeriods(rows.map((r) => ({ block: toNum(r.blockNumber), state: r.state })));
  const data = rows.map((r) => ({
    block: toNum(r.blockNumber),
    v: bitsToNumber(toBig(r.vBits)),
    reward: toNum(r.totalReward) / 1e12,
  }));
  return (
    <div className="chart" role="img" aria-label={t('monitor.chart')} data-testid="worker-chart">
      <ResponsiveContainer width="100%" height={200}>
        <LineChart data={data}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="block" />
          <YAxis yAxisId="v" />
          <YAxis yAxisId="r" orientation="right" />
          <Tooltip />
          <Line
            yAxisId="v"
            dataKey="v"
            name={t('monitor.v')}
            stroke="#7b5cff"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            yAxisId="r"
            dataKey="reward"
            name={t('monitor.rewards')}
            stroke="#1aa37a"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <p data-testid="unresponsive-periods">
        {periods.length === 0
          ? t('monitor.noUnresponsive')
          : t('monitor.unresponsivePeriods', {
              list: periods.map(([a, b]) => (b === null ? `#${a}…` : `#${a}–#${b}`)).join(', '),
            })}
      </p>
    </div>
  );
}

/** Block ranges a worker spent unresponsive ([start, end), end null while it still is). */
export function unresponsivePeriods(
  points: readonly { block: number; state: unknown }[],
): [number, number | null][] {
  const out: [number, number | null][] = [];
  let start: number | null = null;
  for (const p of points) {
    const down = p.state === 'WorkerUnresponsive';
    if (down && start === null) start = p.block;
    if (!down && start !== null) {
      out.push([start, p.block]);
      start = null;
    }
  }
  if (start !== null) out.push([start, null]);
  return out;
}
