/**
 * A small, honest micro-benchmark helper: warm-up first (JIT, caches), then at least `minMs` of measured
 * time split into samples of at least `sampleMs`; the result is the median sample's rate, with the
 * slowest and fastest samples as the spread. `fn` does one operation (or `opsPerCall` of them).
 * Nothing here asserts performance; correctness checks belong in the row group after measuring.
 */

export interface BenchOptions {
  /** What one operation is, per second: 'dispatches/s', 'blocks/s', … */
  unit: string;
  /** Measured time in ms (default 2000). */
  minMs?: number;
  /** Warm-up time in ms before measuring (default 500). */
  warmupMs?: number;
  /** Length of one sample in ms (default 200). */
  sampleMs?: number;
  /** Operations performed by one call of fn (default 1). */
  opsPerCall?: number;
  /** A note for the table (what the row includes). */
  note?: string;
}

export interface BenchRow {
  name: string;
  unit: string;
  /** Median of the samples' rates (operations per second). */
  median: number;
  min: number;
  max: number;
  ops: number;
  seconds: number;
  note: string;
}

const now = (): number => performance.now();

/** Runs fn until at least `ms` have passed; returns [calls, elapsed ms]. Checks the clock every few calls. */
function runFor(fn: () => void, ms: number): [number, number] {
  const start = now();
  let calls = 0;
  let stride = 1;
  for (;;) {
    for (let i = 0; i < stride; i++) fn();
    calls += stride;
    const elapsed = now() - start;
    if (elapsed >= ms) return [calls, elapsed];
    // Aim for ~1 ms between clock reads once the speed is known.
    if (elapsed > 0) stride = Math.max(1, Math.min(stride * 2, Math.floor(calls / elapsed)));
  }
}

export function bench(name: string, fn: () => void, opts: BenchOptions): BenchRow {
  const minMs = opts.minMs ?? 2000;
  const sampleMs = opts.sampleMs ?? 200;
  const opsPerCall = opts.opsPerCall ?? 1;
  runFor(fn, opts.warmupMs ?? 500);
  const rates: number[] = [];
  let ops = 0;
  let ms = 0;
  while (ms < minMs) {
    const [calls, elapsed] = runFor(fn, sampleMs);
    rates.push((calls * opsPerCall * 1000) / elapsed);
    ops += calls * opsPerCall;
    ms += elapsed;
  }
  rates.sort((a, b) => a - b);
  const mid = rates.length >> 1;
  const median =
    rates.length % 2 ? (rates[mid] as number) : ((rates[mid - 1] as number) + (rates[mid] as number)) / 2;
  return {
    name,
    unit: opts.unit,
    median,
    min: rates[0] as number,
    max: rates[rates.length - 1] as number,
    ops,
    seconds: ms / 1000,
    note: opts.note ?? '',
  };
}

/** A group of related rows, one module each under test/bench/. */
export interface BenchGroup {
  title: string;
  /** Rows of the group; may be async (rows that need a server or a client library). */
  run(): BenchRow[] | Promise<BenchRow[]>;
}

const fmt = (n: number): string =>
  n >= 100
    ? Math.round(n).toLocaleString('en-US')
    : n.toLocaleString('en-US', { maximumSignificantDigits: 3 });

export function markdownTable(rows: readonly BenchRow[]): string {
  const lines = [
    '| benchmark | median | unit | spread (min – max) | ops | time | notes |',
    '|---|---:|---|---|---:|---:|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.name} | ${fmt(r.median)} | ${r.unit} | ${fmt(r.min)} – ${fmt(r.max)} | ${r.ops.toLocaleString('en-US')} | ${r.seconds.toFixed(1)} s | ${r.note} |`,
    );
  return lines.join('\n');
}
