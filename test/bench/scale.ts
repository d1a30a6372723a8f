/**
 * Compute-scale rows (issue 19 part 1): for N computing workers (default 100, 1,000, 3,000, 10,000,
 * 30,000; `BENCH_SCALE_WORKERS=100,1000` overrides), the wall time to set up N attested workers
 * (`register_worker_v2` with a simulated IAS report, benchmark, pools of ≤ 200, `start_computing`) and
 * the cost per worker-block at steady state: one `step()` builds the block (hooks, heartbeat challenges),
 * relays it to the Gatekeeper and the N pRuntime models and dispatches their signed messages through
 * `PhalaMq.sync_offchain_message` (WASM sr25519 verify), divided by N. Sizes whose projected setup plus
 * blocks would exceed `BENCH_SCALE_BUDGET_S` (default 600 s) are skipped and say so. The machine's load
 * (`os.loadavg()`) is printed beside each row: the cores are shared.
 * After measuring, each size checks every worker still computes and the Gatekeeper settled some.
 */
import { loadavg } from 'node:os';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import type { BenchGroup, BenchRow } from './bench.js';
import { check, network } from './compute-network.js';

const SIZES = (process.env.BENCH_SCALE_WORKERS ?? '100,1000,3000,10000,30000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const BUDGET_S = Number(process.env.BENCH_SCALE_BUDGET_S ?? 600);
/** Blocks relayed before measuring (challenges and settlements reach a steady rate). */
const WARMUP_BLOCKS = 10;
/** Measured blocks: at least this many, and at least MIN_MEASURE_S of wall time. */
const MIN_BLOCKS = 10;
const MIN_MEASURE_S = 5;

const load = (): string => `load ${loadavg()[0]?.toFixed(2)}`;

function row(
  name: string,
  unit: string,
  value: number,
  ops: number,
  seconds: number,
  note: string,
): BenchRow {
  return { name, unit, median: value, min: value, max: value, ops, seconds, note };
}

function measure(n: number): BenchRow[] {
  const net = network(n);
  const s = net.setup;
  const setupRow = row(
    `set up ${n.toLocaleString('en-US')} attested computing workers`,
    's',
    s.total,
    n,
    s.total,
    `keys ${s.keys.toFixed(1)} s, register ${s.register.toFixed(1)} s, benchmark ${s.benchmark.toFixed(1)} s, pools ${s.pools.toFixed(1)} s, start ${s.start.toFixed(1)} s; ${load()}`,
  );
  for (let i = 0; i < WARMUP_BLOCKS; i++) net.step();
  const reports0 = net.gk.reports.length;
  const start = performance.now();
  let blocks = 0;
  while (blocks < MIN_BLOCKS || performance.now() - start < MIN_MEASURE_S * 1000) {
    net.step();
    blocks++;
  }
  const seconds = (performance.now() - start) / 1000;
  const settled = net.gk.reports.slice(reports0).reduce((a, r) => a + r.settle.length, 0);
  check(net.rt.query('PhalaComputation.OnlineWorkers') === BigInt(n), 'every worker still computing');
  check(settled > 0, 'the Gatekeeper settled heartbeats');
  const us = (seconds * 1e6) / (blocks * n);
  const blockRow = row(
    `cost per worker-block, ${n.toLocaleString('en-US')} computing workers`,
    'µs',
    us,
    blocks * n,
    seconds,
    `${blocks} blocks, ${((seconds * 1000) / blocks).toFixed(1)} ms/block, ${(settled / blocks).toFixed(1)} settlements/block; ${load()}`,
  );
  return [setupRow, blockRow];
}

export const scaleBench: BenchGroup = {
  title: 'Compute scale',
  async run() {
    await cryptoReady();
    const rows: BenchRow[] = [];
    let perWorkerS = 0;
    for (const n of SIZES) {
      const projected = perWorkerS * n + MIN_MEASURE_S;
      if (perWorkerS > 0 && projected > BUDGET_S) {
        rows.push(
          row(
            `set up ${n.toLocaleString('en-US')} attested computing workers`,
            's',
            Number.NaN,
            0,
            0,
            `skipped: projected ${Math.round(projected)} s > BENCH_SCALE_BUDGET_S=${BUDGET_S}`,
          ),
        );
        continue;
      }
      const t0 = performance.now();
      process.stderr.write(`  ${n} workers… (${load()})\n`);
      rows.push(...measure(n));
      perWorkerS = (performance.now() - t0) / 1000 / n;
    }
    return rows;
  },
};
