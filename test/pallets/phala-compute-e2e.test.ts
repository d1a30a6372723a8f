/**
 * The compute side end to end with no shortcuts: pRuntime workers register through attestation
 * (register_worker_v2 submitted by the relayer), benchmark (BenchReport → initial_score), start computing,
 * and from then on the chain's heartbeat challenges, the workers' signed heartbeats and the Gatekeeper's
 * signed WorkingInfoUpdateEvents flow through PhalaMq every block. Checked: settlements arrive; each
 * SessionSettled carries the Gatekeeper's V; the Treasury receives exactly from_fixed(treasury) per
 * settlement and, with a single computing worker (share/Σshare = 1), treasury = budget·blocks·0.2 computed
 * by hand in U64F64; an offline worker becomes unresponsive and recovers; invariants hold every block.
 */
import { describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import { SimulatedAttestationService } from '../../src/pallets-mock/offchain/attestation-service.js';
import { Gatekeeper } from '../../src/pallets-mock/offchain/gatekeeper.js';
import type { TokenomicInfo } from '../../src/pallets-mock/offchain/gk-tokenomic.js';
import { PRuntimeWorker } from '../../src/pallets-mock/offchain/pruntime.js';
import { Relayer, readBlock } from '../../src/pallets-mock/offchain/relayer.js';
import type { BlockInfo } from '../../src/pallets-mock/offchain/worker-state.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { bind } from '../../src/pallets-mock/pallets/phala-computation/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import {
  fadd,
  fdiv,
  fdivInt,
  fmul,
  fmulInt,
  fp,
  fromFixed,
  fromInt,
  fsqrt,
  PHA,
} from '../../src/primitives/fixed.js';

const RELAYER = '//Ferdie';
const ias = new SimulatedAttestationService();

interface Net {
  rt: Runtime;
  relayer: Relayer;
  gk: Gatekeeper;
  step(): void;
}

function network(workers: PRuntimeWorker[]): Net {
  const rt = createRuntime();
  const gk = new Gatekeeper();
  const relayer = new Relayer(gk);
  for (const w of workers) relayer.addWorker(w);
  const finalized: BlockInfo[] = [];
  rt.onBlockFinalized(() => finalized.push(readBlock(rt.query)));
  return {
    rt,
    relayer,
    gk,
    step() {
      rt.advanceBlocks(1);
      for (const b of finalized.splice(0))
        for (const m of relayer.processBlock(b)) {
          const out = rt.dispatch(RELAYER, 'PhalaMq.sync_offchain_message', { signed_message: m });
          if (!out.ok) throw new Error(`relayed message failed: ${out.error}`);
        }
      rt.tryState();
    },
  };
}

const free = (rt: Runtime, who: string) =>
  (rt.query('System.Account', who) as { data: { free: bigint } }).data.free;
const nowSec = (rt: Runtime) => (rt.query('Timestamp.Now') as bigint) / 1000n;

function registerAndBenchmark(net: Net, workers: PRuntimeWorker[]): void {
  for (const w of workers) {
    const out = net.rt.dispatch(
      RELAYER,
      'PhalaRegistry.register_worker_v2',
      w.registration(ias, nowSec(net.rt)),
    );
    expect(out.ok).toBe(true);
  }
  for (let i = 0; i < 52; i++) net.step();
  for (const w of workers) {
    const info = net.rt.query('PhalaRegistry.Workers', w.pubkey) as { initialScore: bigint | null };
    expect(info.initialScore).not.toBeNull();
  }
}

function start(net: Net, w: PRuntimeWorker, stake: bigint): string {
  const session = accountId(`//session/${w.pubkey}`);
  net.rt.kernel.enter(() => net.rt.kernel.transactional(() => bind(session, w.pubkey)));
  const out = net.rt.dispatch('root', 'PhalaComputation.force_start_computing', { session, stake });
  expect(out.ok).toBe(true);
  return session;
}

describe('compute network end to end', () => {
  it('a single worker: each settlement is share/Σshare · budget · blocks split 80/20, checked by hand to the bit', () => {
    const w = new PRuntimeWorker({ name: 'solo', operator: '//Alice', iterationsPerSecond: 100n });
    const net = network([w]);
    net.step();
    registerAndBenchmark(net, [w]);
    // score = iterations / elapsed s · 6, from the chain's clock
    expect((net.rt.query('PhalaRegistry.Workers', w.pubkey) as { initialScore: bigint }).initialScore).toBe(
      588n,
    );
    start(net, w, 5000n * PHA);
    net.rt.events();
    const treasury0 = free(net.rt, TREASURY_ACCOUNT);
    const expectedTreasury: bigint[] = [];
    let settled = 0;
    for (let i = 0; i < 1500 && settled < 4; i++) {
      const snap = { ...(net.gk.worker(w.pubkey)?.tokenomic as TokenomicInfo) };
      const reportsBefore = net.gk.reports.length;
      net.step();
      const after = net.gk.worker(w.pubkey)?.tokenomic as TokenomicInfo;
      for (const r of net.gk.reports.slice(reportsBefore))
        for (const s of r.settle) {
          // By hand, U64F64: Σshare is taken before the heartbeat (old p_instant), the worker's share after
          // (new p_instant); conf level 1 → score 1.
          const sq = (x: bigint) => fmul(x, x);
          const shareOf = (v: bigint, p: bigint) => fsqrt(fadd(sq(v), sq(fmul(fp('2'), p))));
          const sumShare = shareOf(snap.v, snap.pInstant);
          const dt = fdivInt(fromInt(r.timestampMs - snap.challengeTimeLast), 1000n);
          const measured = fmulInt(fdiv(fromInt(after.iterationLast - snap.iterationLast), dt), 6n);
          const cap = fmul(snap.pBench, fp('1.2'));
          const pNew = measured < cap ? measured : cap;
          const blocks = fromInt(r.blockNumber - snap.vUpdateBlock);
          const budget = fmul(fmul(fdiv(shareOf(snap.v, pNew), sumShare), fp('100')), blocks);
          expect(s.treasury).toBe(fmul(budget, fp('0.2')));
          expect(s.payout).toBe(fmul(budget, fp('1') - fp('0.2')));
          expectedTreasury.push(fromFixed(s.treasury));
          settled++;
        }
    }
    expect(settled).toBeGreaterThan(0);
    const events = net.rt.events();
    const settledEvents = events.filter((e) => e.name === 'SessionSettled');
    expect(settledEvents.length).toBe(settled);
    expect(free(net.rt, TREASURY_ACCOUNT) - treasury0).toBe(expectedTreasury.reduce((a, b) => a + b, 0n));
    const session = net.rt.query('PhalaComputation.WorkerBindings', w.pubkey) as string;
    expect((net.rt.query('PhalaComputation.Sessions', session) as { v: bigint }).v).toBe(
      settledEvents.at(-1)?.fields.v_bits,
    );
  });

  it('three workers for 3 hours: settlements match the Gatekeeper; offline → unresponsive → recovered', () => {
    const ws = [100n, 150n, 200n].map(
      (rate, i) => new PRuntimeWorker({ name: `w${i}`, operator: '//Alice', iterationsPerSecond: rate }),
    );
    const net = network(ws);
    net.step();
    registerAndBenchmark(net, ws);
    for (const w of ws) start(net, w, 5000n * PHA);
    expect(net.rt.query('PhalaComputation.OnlineWorkers')).toBe(3n);
    net.rt.events();
    const treasury0 = free(net.rt, TREASURY_ACCOUNT);
    for (let i = 0; i < 900; i++) net.step();
    const events = net.rt.events();
    const gkSettles = net.gk.reports.flatMap((r) => r.settle);
    const onChain = events.filter((e) => e.name === 'SessionSettled');
    expect(onChain.length).toBe(gkSettles.length);
    expect(onChain.length).toBeGreaterThan(3);
    expect(onChain.map((e) => e.fields.v_bits)).toEqual(gkSettles.map((s) => s.v));
    expect(free(net.rt, TREASURY_ACCOUNT) - treasury0).toBe(
      gkSettles.reduce((a, s) => a + fromFixed(s.treasury), 0n),
    );
    // Take worker 1 down until the Gatekeeper reports it offline, then bring it back.
    const w1 = ws[1] as PRuntimeWorker;
    w1.setOnline(false);
    let entered = false;
    for (let i = 0; i < 3000 && !entered; i++) {
      net.step();
      entered = net.rt.events().some((e) => e.name === 'WorkerEnterUnresponsive');
    }
    expect(entered).toBe(true);
    const session1 = net.rt.query('PhalaComputation.WorkerBindings', w1.pubkey) as string;
    expect(net.rt.query('PhalaComputation.Sessions', session1)).toMatchObject({
      state: { type: 'WorkerUnresponsive' },
    });
    w1.setOnline(true);
    let exited = false;
    for (let i = 0; i < 5 && !exited; i++) {
      net.step();
      exited = net.rt.events().some((e) => e.name === 'WorkerExitUnresponsive');
    }
    expect(exited).toBe(true);
    expect(net.rt.query('PhalaComputation.Sessions', session1)).toMatchObject({
      state: { type: 'WorkerIdle' },
    });
    expect(net.gk.worker(w1.pubkey)?.unresponsive).toBe(false);
  }, 120_000);
});
