/**
 * `npm run bench` (= tsx test/bench/run.ts): runs every row group and prints one markdown table.
 * `npm run bench -- <text>` runs only the rows of groups whose title contains <text> (case-insensitive).
 * `npm run bench -- soak [--minutes N]` runs the bounded soak of issue 20 (test/bench/soak.ts) alone;
 * `npm run bench -- long [--blocks N] [--state-pruning N]` the demo network's long run (test/bench/long-run.ts).
 *
 * To add rows: write a module under test/bench/ exporting a `BenchGroup` (see kernel-dispatch.ts) and
 * list it in everyGroup below. Performance is reported here, never asserted in tests.
 */
import { cpus } from 'node:os';
import type { BenchGroup, BenchRow } from './bench.js';
import { markdownTable } from './bench.js';

// Groups are imported only when they run: the long run's RSS and heap rows measure the node, not the
// other groups' modules (imported up front they added ~60 MB of heap, ~30 MB of buffers and ~230 MB of
// RSS to the long run: the dapp group loads vite).
async function everyGroup(): Promise<BenchGroup[]> {
  return [
    (await import('./kernel-dispatch.js')).kernelDispatch,
    (await import('./rpc.js')).rpcBench,
    (await import('./indexer.js')).indexerBench,
    (await import('./indexer-backfill.js')).indexerBackfillBench,
    (await import('./compute.js')).computeBench,
    (await import('./scale.js')).scaleBench,
    (await import('./demo.js')).demoBench,
    (await import('./demo-browser.js')).demoBrowserBench,
    (await import('./dapp.js')).dappBench,
    (await import('./sgx.js')).sgxBench,
    (await import('./age.js')).ageBench,
  ];
}

const filter = process.argv[2]?.toLowerCase();
// The soak and the long run take minutes to hours: only when asked for by name.
const ON_REQUEST: Record<string, () => Promise<BenchGroup>> = {
  soak: async () => (await import('./soak.js')).soakBench,
  long: async () => (await import('./long-run.js')).longRunBench,
};
const requested = filter ? ON_REQUEST[filter] : undefined;
const all = requested ? [] : await everyGroup();
const groups = requested
  ? [await requested()]
  : all.filter((g) => !filter || g.title.toLowerCase().includes(filter));
if (!groups.length) {
  console.error(`no bench group matches "${filter}"; groups: ${all.map((g) => g.title).join(', ')}`);
  process.exit(1);
}

const rows: BenchRow[] = [];
for (const g of groups) {
  process.stderr.write(`running ${g.title}…\n`);
  rows.push(...(await g.run()));
}
const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(
  `pha-stake bench — node ${process.version}, ${cpu} (${cpus().length} cores), ${new Date().toISOString()}\n`,
);
console.log(markdownTable(rows));
