/**
 * `npm run bench` (= tsx test/bench/run.ts): runs every row group and prints one markdown table.
 * `npm run bench -- <text>` runs only the rows of groups whose title contains <text> (case-insensitive).
 * `npm run bench -- soak [--minutes N]` runs the bounded soak of issue 20 (test/bench/soak.ts) alone;
 * `npm run bench -- long [--blocks N] [--state-pruning N]` the demo network's long run (test/bench/long-run.ts).
 *
 * To add rows: write a module under test/bench/ exporting a `BenchGroup` (see kernel-dispatch.ts) and
 * list it in GROUPS below. Performance is reported here, never asserted in tests.
 */
import { cpus } from 'node:os';
import { ageBench } from './age.js';
import type { BenchGroup, BenchRow } from './bench.js';
import { markdownTable } from './bench.js';
import { computeBench } from './compute.js';
import { dappBench } from './dapp.js';
import { demoBench } from './demo.js';
import { demoBrowserBench } from './demo-browser.js';
import { indexerBench } from './indexer.js';
import { indexerBackfillBench } from './indexer-backfill.js';
import { kernelDispatch } from './kernel-dispatch.js';
import { longRunBench } from './long-run.js';
import { rpcBench } from './rpc.js';
import { scaleBench } from './scale.js';
import { sgxBench } from './sgx.js';
import { soakBench } from './soak.js';

const GROUPS: BenchGroup[] = [
  kernelDispatch,
  rpcBench,
  indexerBench,
  indexerBackfillBench,
  computeBench,
  scaleBench,
  demoBench,
  demoBrowserBench,
  dappBench,
  sgxBench,
  ageBench,
];

const filter = process.argv[2]?.toLowerCase();
// The soak and the long run take minutes to hours: only when asked for by name.
const ON_REQUEST: Record<string, BenchGroup> = { soak: soakBench, long: longRunBench };
const requested = filter ? ON_REQUEST[filter] : undefined;
const groups = requested
  ? [requested]
  : GROUPS.filter((g) => !filter || g.title.toLowerCase().includes(filter));
if (!groups.length) {
  console.error(`no bench group matches "${filter}"; groups: ${GROUPS.map((g) => g.title).join(', ')}`);
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
