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
 *    `tryState()` is not run per block (the tests do that). Measured three ways, each on a fresh network:
 *    signatures verified inline; each block's messages pre-verified on the worker_threads pool
 *    (chain/verify-pool.ts) as the relayer takes them; and pipelined (compute-network.ts `stepPipelined`):
 *    the messages signed (as on the pRuntimes' own machines) and pre-verified on the crypto board
 *    (crypto-board.ts: worker threads and the chain's thread sharing one queue) while the next block is built, each block's dispatched one block later, as
 *    pherry relays — every signature is still verified. Beside them, the sr25519 floor measured in the
 *    same run: the relayed messages × (one sign + one verify) on one core.
 *    Two rows named FAST-FORWARD run the explicit fast-forward mode (createRuntime's
 *    `fastForwardLocalSignatures`, off by default), stepped at once and pipelined: every message is still
 *    signed, relayed and checked, but the signatures made in this process are not verified again — not
 *    the default, shown beside it; their sr25519 floor counts the signing only.
 * After measuring, each row checks the work happened (V grew; settlements reached the chain, the Treasury
 * got Σ to_treasury of those the chain applied, every worker still computing). The chain drops a
 * settlement made no later than the block where the same worker's previous one landed
 * (`SessionSettlementDropped`, Khala's rule: the session's last update is not older than the report);
 * pipelined, messages land a block later, so a few more are dropped. The rows count them.
 */
import { loadavg } from 'node:os';
import { createVerifyPool } from '../../chain/verify-pool.js';
import { Gatekeeper } from '../../src/pallets-mock/offchain/gatekeeper.js';
import { signSr25519, sr25519FromSeed } from '../../src/pallets-mock/offchain/signer.js';
import type { BlockInfo } from '../../src/pallets-mock/offchain/worker-state.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { LocalSignatureLedger } from '../../src/pallets-mock/primitives/local-signatures.js';
import {
  cryptoReady,
  verifiedMemoSize,
  verifySignatureInThread,
} from '../../src/pallets-mock/primitives/signature.js';
import { fromFixed } from '../../src/primitives/fixed.js';
import { type BenchGroup, type BenchRow, bench } from './bench.js';
import { check, describePipeline, type Network, network } from './compute-network.js';
import { createCryptoBoard } from './crypto-board.js';

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

/** sr25519 signatures and verifications per second on one core (wasm, this thread), 0.5 s each. */
function sr25519Rates(): { sign: number; verify: number } {
  const pair = sr25519FromSeed(new Uint8Array(32).fill(7));
  const msg = new Uint8Array(120).fill(3);
  let sig = signSr25519(msg, pair);
  const rate = (f: () => void) => {
    const start = performance.now();
    let n = 0;
    while (performance.now() - start < 500) {
      for (let i = 0; i < 20; i++) f();
      n += 20;
    }
    return (n * 1000) / (performance.now() - start);
  };
  const sign = rate(() => {
    sig = signSr25519(msg, pair);
  });
  let ok = true;
  const verify = rate(() => {
    ok = verifySignatureInThread('Sr25519', sig, msg, pair.publicKey) && ok;
  });
  check(ok, 'the signature verified');
  return { sign, verify };
}

const FAST_FORWARD = 'FAST-FORWARD flag on: in-process signatures not re-verified (not the default)';

/** `verified`: whether the chain verifies the relayed signatures (false only in the fast-forward rows). */
async function weekRow(
  net: Network,
  how: string,
  step: () => void | Promise<void>,
  verified = true,
): Promise<BenchRow> {
  const treasury0 = (net.rt.query('System.Account', TREASURY_ACCOUNT) as { data: { free: bigint } }).data
    .free;
  const reports0 = net.gk.reports.length;
  const relayed0 = net.relayed();
  const dropped0 = net.droppedSettlements().length;
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  // a synchronous step is not awaited: an await per block would time the microtask queue too
  for (let i = 0; i < WEEK; i++) {
    const stepping = step();
    if (stepping) await stepping;
  }
  await net.flush();
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // CPU seconds of every thread of this process (the pool's too): steadier than wall time under load.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const messages = net.relayed() - relayed0;
  const settles = net.gk.reports.slice(reports0).flatMap((r) => r.settle);
  const treasury = (net.rt.query('System.Account', TREASURY_ACCOUNT) as { data: { free: bigint } }).data.free;
  check(settles.length > (WORKERS * WEEK) / 7200, 'settlements every day for every worker');
  // Every report reached the chain (flushed); the chain applied each settlement but those it dropped
  // (a settlement landing after the worker's next one: pipelined relaying's one-block delay, as on Khala).
  const key = (s: { v: bigint; payout: bigint }) => `${s.v}:${s.payout}`;
  const dropped = new Set(net.droppedSettlements().slice(dropped0).map(key));
  const applied = settles.filter((s) => !dropped.has(key(s)));
  check(
    treasury - treasury0 === applied.reduce((a, s) => a + fromFixed(s.treasury), 0n),
    'the Treasury received Σ to_treasury of the settlements not dropped',
  );
  check(dropped.size < settles.length / 20, 'under 5 % of the settlements dropped');
  check(net.rt.query('PhalaComputation.OnlineWorkers') === BigInt(WORKERS), 'every worker still computing');
  net.rt.tryState();
  check(verifiedMemoSize() === 0, 'every pre-verified message was consumed by its dispatch');
  const rate = WEEK / seconds;
  const sr = sr25519Rates();
  const floor = messages / sr.sign + (verified ? messages / sr.verify : 0);
  const work = verified ? '(sign + verify)' : '(sign only: not re-verified)';
  return {
    name: `advance ${WEEK / 7200} days (${WEEK.toLocaleString('en-US')} blocks), ${WORKERS} computing workers${how}`,
    unit: 'blocks/s',
    median: rate,
    min: rate,
    max: rate,
    ops: WEEK,
    seconds,
    note:
      `wall ${seconds.toFixed(1)} s, CPU ${cpuSeconds.toFixed(1)} s; Gatekeeper + relayer + ${WORKERS} pRuntimes; ${settles.length.toLocaleString('en-US')} settlements (${dropped.size} dropped by the chain as not newer than the session's last update); ` +
      `${messages.toLocaleString('en-US')} messages × ${work} at ${sr.sign.toFixed(0)} signs/s and ${sr.verify.toFixed(0)} verifies/s here = ${floor.toFixed(1)} s on one core; load ${loadavg()[0]?.toFixed(2)}`,
  };
}

/** The Gatekeeper row and the first week, on a network that keeps its history (dropped after them). */
async function firstRows(): Promise<BenchRow[]> {
  const net = await network(WORKERS, { keepHistory: true });
  return [gatekeeperRow(net), await weekRow(net, '', () => net.step())];
}

/**
 * A week on a network of its own, made for the row and dropped after it (a finished network left alive
 * would make every later row's garbage collection walk it); `fastForward`: in the explicit fast-forward mode.
 */
async function freshWeek(
  how: string,
  step: (net: Network) => void | Promise<void>,
  fastForward = false,
): Promise<BenchRow> {
  const ledger = fastForward ? new LocalSignatureLedger() : undefined;
  const net = await network(WORKERS, { fastForward: ledger });
  const row = await weekRow(net, how, () => step(net), !fastForward);
  if (ledger) check(ledger.size === 0, 'the chain consumed every in-process signature the ledger recorded');
  return row;
}

export const computeBench: BenchGroup = {
  title: 'Compute economy',
  async run() {
    await cryptoReady();
    const rows = await firstRows();
    const pool = createVerifyPool();
    const board = createCryptoBoard();
    try {
      await Promise.all([pool.ready, board.ready]);
      // Fresh networks: the first week's would start the next with V grown and the subsidy pool
      // (10M PHA, ~15 days of payouts here) nearly spent, so settlements would start failing.
      rows.push(
        await freshWeek(`, messages pre-verified on ${pool.threads} worker threads`, (net) =>
          net.stepPooled(pool),
        ),
        await freshWeek(`, pipelined: ${describePipeline({ board, verify: true })}`, (net) =>
          net.stepPipelined({ board, verify: true }),
        ),
        await freshWeek(` — ${FAST_FORWARD}`, (net) => net.step(), true),
        await freshWeek(
          `, pipelined: ${describePipeline({ board, verify: false })} — ${FAST_FORWARD}`,
          (net) => net.stepPipelined({ board, verify: false }),
          true,
        ),
      );
    } finally {
      await Promise.all([pool.close(), board.close()]);
    }
    return rows;
  },
};
