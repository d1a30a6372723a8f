/**
 * Compute-scale rows (issue 19 part 1): for N computing workers (default 100, 1,000, 3,000, 10,000,
 * 30,000; `BENCH_SCALE_WORKERS=100,1000` overrides), the wall time to set up N attested workers
 * (`register_worker_v2` with a simulated IAS report, benchmark, pools of ≤ 200, `start_computing`; the
 * registrations' and relayed messages' signatures pre-verified on the worker_threads pool, the pRuntimes'
 * keys and IAS reports made on off-chain threads, offchain-pool.ts) and
 * the cost per worker-block at steady state: one `step()` builds the block (hooks, heartbeat challenges),
 * relays it to the Gatekeeper and the N pRuntime models and dispatches their signed messages through
 * `PhalaMq.sync_offchain_message` (WASM sr25519 verify), divided by N. Sizes whose projected setup plus
 * blocks would exceed `BENCH_SCALE_BUDGET_S` (default 600 s) are skipped and say so. The machine's load
 * (`os.loadavg()`) is printed beside each row: the cores are shared.
 * Each size is measured three ways on the same network: signatures verified inline (as dispatch does
 * alone); each block's messages pre-verified on the worker_threads pool (chain/verify-pool.ts) before
 * dispatch; and pipelined (compute-network.ts `stepPipelined`): the pRuntimes' and the Gatekeeper's
 * messages signed (as on their own machines) and pre-verified on the crypto board (crypto-board.ts: worker
 * threads and the chain's thread sharing one queue) while the chain's thread builds the next block, each
 * block's dispatched one block later, as pherry relays — beside one core's sr25519 verify limit measured
 * in the same run.
 * After measuring, each size checks every worker still computes and the Gatekeeper settled some.
 * Between consecutive sizes a row gives the marginal cost of one more worker per block (the slope of the
 * block time), beside the fixed part per block that slope leaves.
 *
 * `BENCH_SCALE_PROFILE=DIR` writes a CPU profile of each size's pre-verified blocks into DIR.
 *
 * `BENCH_SCALE_DAY=1` (opt-in: hours at Khala's scale) adds one simulated day, 7,200 blocks, at
 * `BENCH_SCALE_DAY_WORKERS` (default 30,000) computing workers, pipelined, every block's messages
 * pre-verified on the board and every signature checked by dispatch, beside one core's sr25519 limit measured in the same run
 * and the day's wall time if verifying its messages on one core at that limit were all it did.
 */
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { createVerifyPool, type VerifyPool } from '../../chain/verify-pool.js';
import {
  cryptoReady,
  verifiedMemoSize,
  verifySignatureInThread,
} from '../../src/pallets-mock/primitives/signature.js';
import type { BenchGroup, BenchRow } from './bench.js';
import { check, describePipeline, network } from './compute-network.js';
import { profiled } from './cpu-profile.js';
import { type CryptoBoard, createCryptoBoard } from './crypto-board.js';
import { createOffchainPool, type OffchainPool } from './offchain-pool.js';

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

/** A directory: each size's pre-verified blocks are profiled into `scale-<N>.cpuprofile` there (cpu-profile.ts). */
const PROFILE_DIR = process.env.BENCH_SCALE_PROFILE;
const DAY = process.env.BENCH_SCALE_DAY === '1';
const DAY_WORKERS = Number(process.env.BENCH_SCALE_DAY_WORKERS ?? 30_000);
const DAY_BLOCKS = 7_200;

/** Threads making the pRuntimes' keys and IAS reports during setup (what their own machines would do). */
const OFFCHAIN_THREADS = availableParallelism();
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

/** One core's sr25519 verify limit (wasm, this thread), measured in the same run as the rows beside it. */
function singleCoreLimit(): number {
  const pair = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
  const msg = new Uint8Array(120).fill(7);
  const sig = pair.sign(msg);
  let ok = true;
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) {
    for (let i = 0; i < 100; i++) ok = verifySignatureInThread('Sr25519', sig, msg, pair.publicKey) && ok;
    n += 100;
  }
  check(ok, 'the signature verified');
  return (n * 1000) / (performance.now() - start);
}

/** CPU seconds this process (every thread) used since `from` (the cores are shared: wall time is not all ours). */
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};

/** Steps `net` for at least MIN_BLOCKS blocks and MIN_MEASURE_S seconds; returns blocks and seconds. */
async function run(
  step: () => void | Promise<void>,
): Promise<{ blocks: number; seconds: number; cpu: number }> {
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  let blocks = 0;
  while (blocks < MIN_BLOCKS || performance.now() - start < MIN_MEASURE_S * 1000) {
    await step();
    blocks++;
  }
  return { blocks, seconds: (performance.now() - start) / 1000, cpu: cpuSince(cpu0) };
}

/** A size's rows and its block time with messages pre-verified (for the marginal-cost rows). */
interface Measured {
  rows: BenchRow[];
  pooledMsPerBlock: number;
}

/** The scale bench's threads: the chain's verification pool, the pRuntimes' key and report makers, the pipelined rows' job board. */
interface Threads {
  pool: VerifyPool;
  offchain: OffchainPool;
  board: CryptoBoard;
}

async function measure(n: number, { pool, offchain, board }: Threads): Promise<Measured> {
  const cpu0 = process.cpuUsage();
  const net = await network(n, { verifier: pool, offchain });
  const setupCpu = cpuSince(cpu0);
  const s = net.setup;
  const setupRow = row(
    `set up ${n.toLocaleString('en-US')} attested computing workers`,
    's',
    s.total,
    n,
    s.total,
    `signatures pre-verified on ${pool.threads} worker threads, pRuntime keys and IAS reports made on ${OFFCHAIN_THREADS} off-chain threads; CPU ${setupCpu.toFixed(1)} s (all threads); keys ${s.keys.toFixed(1)} s, register ${s.register.toFixed(1)} s, benchmark ${s.benchmark.toFixed(1)} s, pools ${s.pools.toFixed(1)} s, start ${s.start.toFixed(1)} s; ${load()}`,
  );
  for (let i = 0; i < WARMUP_BLOCKS; i++) net.step();
  const reports0 = net.gk.reports.length;
  const inline = await run(() => net.step());
  const limit = singleCoreLimit();
  const pooled0 = net.relayed();
  const pooled = await profiled(PROFILE_DIR && join(PROFILE_DIR, `scale-${n}.cpuprofile`), () =>
    run(() => net.stepPooled(pool)),
  );
  const relayed0 = net.relayed();
  const pipelined = await run(() => net.stepPipelined({ board, verify: true }));
  net.flush();
  const settled = net.gk.reports.slice(reports0).reduce((a, r) => a + r.settle.length, 0);
  check(net.rt.query('PhalaComputation.OnlineWorkers') === BigInt(n), 'every worker still computing');
  check(settled > 0, 'the Gatekeeper settled heartbeats');
  check(verifiedMemoSize() === 0, 'every pre-verified message was consumed by its dispatch');
  const blockRow = (what: string, r: { blocks: number; seconds: number; cpu: number }, extra: string) =>
    row(
      `cost per worker-block, ${n.toLocaleString('en-US')} computing workers${what}`,
      'µs',
      (r.seconds * 1e6) / (r.blocks * n),
      r.blocks * n,
      r.seconds,
      `CPU ${((r.cpu * 1e6) / (r.blocks * n)).toFixed(1)} µs/worker-block (all threads); ${r.blocks} blocks, ${((r.seconds * 1000) / r.blocks).toFixed(1)} ms/block${extra}; ${load()}`,
    );
  const perBlock = (relayed0 - pooled0) / pooled.blocks;
  const pipelinedPerBlock = (net.relayed() - relayed0) / pipelined.blocks;
  // The block time if its messages' verification were all it did, on one core at the measured limit.
  const verifyMs = (perBlock * 1000) / limit;
  const pooledMs = (pooled.seconds * 1000) / pooled.blocks;
  const pipelinedMs = (pipelined.seconds * 1000) / pipelined.blocks;
  const pipelinedVerifyMs = (pipelinedPerBlock * 1000) / limit;
  const rows = [
    setupRow,
    blockRow(
      ', signatures verified inline',
      inline,
      `, ${(settled / (inline.blocks + pooled.blocks)).toFixed(1)} settlements/block`,
    ),
    blockRow(
      `, messages pre-verified on ${pool.threads} worker threads`,
      pooled,
      `, ${perBlock.toFixed(0)} messages/block; one core's sr25519 limit here ${limit.toFixed(0)}/s ⇒ ${verifyMs.toFixed(1)} ms/block verify-only; block time ${(pooledMs / verifyMs).toFixed(2)}× that`,
    ),
    blockRow(
      `, pipelined: ${describePipeline({ board, verify: true })}`,
      pipelined,
      `, ${pipelinedPerBlock.toFixed(0)} messages/block ⇒ ${pipelinedVerifyMs.toFixed(1)} ms/block verify-only at one core's limit; block time ${(pipelinedMs / pipelinedVerifyMs).toFixed(2)}× that`,
    ),
  ];
  return { rows, pooledMsPerBlock: pooledMs };
}

/**
 * What one more computing worker adds to a block (messages pre-verified), between two measured sizes:
 * the block times' difference over the workers' difference. The per-worker-block rows divide the whole
 * block, whose fixed part (block building, the heartbeats the challenge targets at a constant rate per
 * block whatever the number of workers) dominates at small sizes; this row is the part that grows with N.
 */
function marginalRow(from: { n: number; ms: number }, to: { n: number; ms: number }): BenchRow {
  const us = ((to.ms - from.ms) * 1000) / (to.n - from.n);
  const fmt = (n: number) => n.toLocaleString('en-US');
  return row(
    `marginal cost per added worker-block, ${fmt(from.n)} → ${fmt(to.n)} computing workers`,
    'µs',
    us,
    to.n - from.n,
    0,
    `block time ${from.ms.toFixed(2)} → ${to.ms.toFixed(2)} ms (messages pre-verified); the fixed part per block is ${Math.max(0, from.ms - (us * from.n) / 1000).toFixed(2)} ms by this slope; ${load()}`,
  );
}

/** One simulated day (7,200 blocks) at `n` computing workers, pipelined, every message pre-verified on the board. */
async function day(n: number, { pool, offchain, board }: Threads): Promise<BenchRow[]> {
  process.stderr.write(`  one day at ${n} workers… (${load()})\n`);
  const net = await network(n, { verifier: pool, offchain });
  const relayed0 = net.relayed();
  const before = singleCoreLimit();
  const start = performance.now();
  for (let i = 0; i < DAY_BLOCKS; i++) {
    net.stepPipelined({ board, verify: true });
    if (i % 720 === 719) process.stderr.write(`    block ${i + 1} (${load()})\n`);
  }
  net.flush();
  const seconds = (performance.now() - start) / 1000;
  const limit = (before + singleCoreLimit()) / 2;
  check(net.rt.query('PhalaComputation.OnlineWorkers') === BigInt(n), 'every worker still computing');
  check(verifiedMemoSize() === 0, 'every pre-verified message was consumed by its dispatch');
  const messages = net.relayed() - relayed0;
  const verifyOnly = messages / limit;
  return [
    row(
      `one day (7,200 blocks), ${n.toLocaleString('en-US')} computing workers, every signature checked`,
      's',
      seconds,
      DAY_BLOCKS,
      seconds,
      `set up ${net.setup.total.toFixed(0)} s before; pipelined: ${describePipeline({ board, verify: true })}; ${messages.toLocaleString('en-US')} messages; one core's sr25519 limit here ${limit.toFixed(0)}/s ⇒ ${verifyOnly.toFixed(0)} s verify-only; the day took ${(seconds / verifyOnly).toFixed(2)}× that; ${load()}`,
    ),
  ];
}

export const scaleBench: BenchGroup = {
  title: 'Compute scale',
  async run() {
    await cryptoReady();
    const threads: Threads = {
      pool: createVerifyPool(),
      offchain: createOffchainPool(OFFCHAIN_THREADS),
      board: createCryptoBoard(),
    };
    const { pool, offchain, board } = threads;
    await Promise.all([pool.ready, offchain.ready, board.ready]);
    const rows: BenchRow[] = [];
    let perWorkerS = 0;
    let previous: { n: number; ms: number } | undefined;
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
      const measured = await measure(n, threads);
      rows.push(...measured.rows);
      const current = { n, ms: measured.pooledMsPerBlock };
      if (previous) rows.push(marginalRow(previous, current));
      previous = current;
      perWorkerS = (performance.now() - t0) / 1000 / n;
    }
    if (DAY) rows.push(...(await day(DAY_WORKERS, threads)));
    await Promise.all([pool.close(), offchain.close(), board.close()]);
    return rows;
  },
};
