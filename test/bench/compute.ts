/**
 * Compute-economy rows (issue 3):
 * 1. Gatekeeper worker-blocks per second: `Gatekeeper.processBlock` on a block without messages, with
 *    100 computing workers in its replica, so each call is one idle V update (gk.rs `update_v_idle`, plus
 *    the per-block bookkeeping: Σshare, offline checks) for each worker; rate = workers × blocks / s.
 *    The replica is built by replaying the real chain's finalized blocks up to the workers' start.
 * 2. Wall time to advance 7 days (50,400 blocks) with 100 computing workers: the harness builds every
 *    block (hooks, heartbeat challenges), the relayer feeds each finalized block to the 100 pRuntime
 *    models and the Gatekeeper and submits their signed messages through `PhalaMq.sync_offchain_message`
 *    (harness dispatch: no fee), WASM sr25519. Setup (attestation, benchmark, pool, start) is not timed;
 *    `tryState()` is not run per block (the tests do that).
 * After measuring, each row checks the work happened (V grew; settlements reached the chain, the Treasury
 * got Σ to_treasury, every worker still computing).
 */
import { Gatekeeper } from '../../src/pallets-mock/offchain/gatekeeper.js';
import type { BlockInfo } from '../../src/pallets-mock/offchain/worker-state.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { fromFixed } from '../../src/primitives/fixed.js';
import { type BenchGroup, type BenchRow, bench } from './bench.js';
import { check, type Network, network } from './compute-network.js';

const WORKERS = 100;
/** 7 days; BENCH_DAYS overrides it for a quick run. */
const WEEK = Number(process.env.BENCH_DAYS ?? 7) * 7200;

function gatekeeperRow(net: Network): BenchRow {
  // A fresh replica fed the chain's blocks up to the start: 100 computing workers, no pending challenge.
  const gk = new Gatekeeper();
  for (const b of net.history) gk.processBlock(b);
  const computing = [...gk.workers.values()].filter((w) => w.state.workingState);
  check(computing.length === WORKERS, 'the replica has every worker computing');
  for (const w of computing) w.waitingHeartbeats.length = 0;
  const v0 = computing.map((w) => w.tokenomic.v);
  const last = net.history.at(-1) as BlockInfo;
  let number = last.number;
  let timestampMs = last.timestampMs;
  const row = bench(
    'Gatekeeper V update (one worker, one block)',
    () => {
      number += 1n;
      timestampMs += 12_000n;
      gk.processBlock({ number, timestampMs, messages: [] });
    },
    {
      unit: 'worker-blocks/s',
      opsPerCall: WORKERS,
      note: `Gatekeeper.processBlock, ${WORKERS} idle computing workers, no messages`,
    },
  );
  check(
    computing.every((w, i) => w.tokenomic.v > (v0[i] as bigint) && !w.unresponsive),
    'every worker’s V grew and none went offline',
  );
  return row;
}

function weekRow(net: Network): BenchRow {
  const treasury0 = (net.rt.query('System.Account', TREASURY_ACCOUNT) as { data: { free: bigint } }).data
    .free;
  const reports0 = net.gk.reports.length;
  const start = performance.now();
  for (let i = 0; i < WEEK; i++) net.step();
  const seconds = (performance.now() - start) / 1000;
  const settles = net.gk.reports.slice(reports0).flatMap((r) => r.settle);
  const treasury = (net.rt.query('System.Account', TREASURY_ACCOUNT) as { data: { free: bigint } }).data.free;
  check(settles.length > (WORKERS * WEEK) / 7200, 'settlements every day for every worker');
  // Each step relays the Gatekeeper's report at once, so every settlement is on chain.
  check(
    treasury - treasury0 === settles.reduce((a, s) => a + fromFixed(s.treasury), 0n),
    'the Treasury received Σ to_treasury',
  );
  check(net.rt.query('PhalaComputation.OnlineWorkers') === BigInt(WORKERS), 'every worker still computing');
  net.rt.tryState();
  const rate = WEEK / seconds;
  return {
    name: `advance ${WEEK / 7200} days (${WEEK.toLocaleString('en-US')} blocks), ${WORKERS} computing workers`,
    unit: 'blocks/s',
    median: rate,
    min: rate,
    max: rate,
    ops: WEEK,
    seconds,
    note: `wall ${seconds.toFixed(1)} s; Gatekeeper + relayer + ${WORKERS} pRuntimes; ${settles.length.toLocaleString('en-US')} settlements`,
  };
}

export const computeBench: BenchGroup = {
  title: 'Compute economy',
  async run() {
    await cryptoReady();
    const net = network(WORKERS, { keepHistory: true });
    return [gatekeeperRow(net), weekRow(net)];
  },
};
