/**
 * The relayer hands a block only to the pRuntimes it reaches (worker events naming them, heartbeat
 * challenges that can hit them, the ones that must see every block); the others count it as seen through
 * the relayer's clock (relayer.ts, pruntime.ts `followClock`). Checked here against the plain definition:
 * a shadow of every pRuntime, built with the same keys and options and handed every block directly,
 * emits the same messages (origin, topic, payload, sequence; sr25519 signatures are randomised) and holds
 * the same state (clock, benchmark time, state machine, backlog) after every block — through
 * registration, the benchmark window, computing with heartbeats, a message queued between blocks, a
 * pRuntime down and back, one restored from its exported state, and a stopped session. It also checks the relayer did skip pRuntimes.
 */
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { SimulatedAttestationService } from '../../src/pallets-mock/offchain/attestation-service.js';
import { Gatekeeper } from '../../src/pallets-mock/offchain/gatekeeper.js';
import { type PRuntimeOptions, PRuntimeWorker } from '../../src/pallets-mock/offchain/pruntime.js';
import { Relayer, readBlock } from '../../src/pallets-mock/offchain/relayer.js';
import type { BlockInfo } from '../../src/pallets-mock/offchain/worker-state.js';
import { bind } from '../../src/pallets-mock/pallets/phala-computation/index.js';
import { RegistryEvent, type SignedMessageValue } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { PHA } from '../../src/primitives/fixed.js';

const RELAYER = '//Ferdie';
const WORKERS = 24;
const ias = new SimulatedAttestationService();

/** A message without its (randomised) signature. */
const unsigned = (m: SignedMessageValue) => ({ message: m.message, sequence: m.sequence });

describe('relayer: pRuntimes a block does not reach', () => {
  it('emit and hold exactly what handing them every block gives', async () => {
    await cryptoReady();
    const rt = createRuntime();
    const gk = new Gatekeeper();
    const relayer = new Relayer(gk);
    const options = Array.from(
      { length: WORKERS },
      (_, i): PRuntimeOptions => ({
        name: `reach-${i}`,
        operator: '//Alice',
        iterationsPerSecond: 100n + 7n * BigInt(i),
        benchmarkBlocks: 5n + BigInt(i % 4),
      }),
    );
    const workers = options.map((o) => new PRuntimeWorker(o));
    const shadows = options.map((o) => new PRuntimeWorker(o));
    for (const w of workers) relayer.addWorker(w);
    /** The pRuntimes the relayer handed the last block to. */
    const handed = new Set<PRuntimeWorker>();
    for (const w of workers) {
      const processBlock = w.processBlock.bind(w);
      w.processBlock = (b: BlockInfo) => {
        handed.add(w);
        processBlock(b);
      };
    }
    /** A pRuntime the last block did not reach (its clock is the relayer's), other than `not`. */
    const skippedOne = (not: number) => {
      const i = workers.findIndex((w, i) => i !== not && !handed.has(w));
      expect(i).toBeGreaterThanOrEqual(0);
      return i;
    };

    const finalized: BlockInfo[] = [];
    rt.onBlockFinalized(() => finalized.push(readBlock(rt.query)));
    let blocks = 0;
    let skipped = 0;
    let heartbeats = 0;
    /** One block; `compare` false leaves the pRuntimes unread after it (a read moves a skipped clock). */
    const step = (compare = true) => {
      rt.advanceBlocks(1);
      for (const b of finalized.splice(0)) {
        handed.clear();
        const sent = relayer.processBlock(b);
        skipped += WORKERS - handed.size;
        blocks++;
        const fromWorkers = sent.filter((m) => m.message.sender.type === 'Worker');
        const expected = shadows.flatMap((s) => {
          s.processBlock(b);
          return s.takeEgress();
        });
        expect(fromWorkers.map(unsigned)).toEqual(expected.map(unsigned));
        heartbeats += fromWorkers.length;
        if (compare)
          workers.forEach((w, i) => {
            expect(w.exportState(), `pRuntime ${i} after block ${b.number}`).toEqual(
              (shadows[i] as PRuntimeWorker).exportState(),
            );
          });
        for (const m of sent) {
          const out = rt.dispatch(RELAYER, 'PhalaMq.sync_offchain_message', { signed_message: m });
          expect(out.ok, `relayed message: ${out.ok ? '' : out.error}`).toBe(true);
        }
      }
    };
    const both = (i: number, f: (w: PRuntimeWorker) => void) => {
      f(workers[i] as PRuntimeWorker);
      f(shadows[i] as PRuntimeWorker);
    };

    step();
    const nowSec = (rt.query('Timestamp.Now') as bigint) / 1000n;
    for (const w of workers)
      expect(rt.dispatch(RELAYER, 'PhalaRegistry.register_worker_v2', w.registration(ias, nowSec)).ok).toBe(
        true,
      );
    const scored = () =>
      workers.every(
        (w) =>
          (rt.query('PhalaRegistry.Workers', w.pubkey) as { initialScore: unknown }).initialScore !== null,
      );
    for (let i = 0; i < 60 && !scored(); i++) step();
    expect(scored()).toBe(true);
    const sessions = workers.map((w) => {
      const session = accountId(`//reach-session/${w.pubkey}`);
      rt.kernel.enter(() => rt.kernel.transactional(() => bind(session, w.pubkey)));
      const out = rt.dispatch('root', 'PhalaComputation.force_start_computing', {
        session,
        stake: 20_000n * PHA,
      });
      expect(out.ok, out.ok ? '' : out.error).toBe(true);
      return session;
    });
    for (let i = 0; i < 120; i++) step();
    step(false);
    // A message queued between blocks (by a test or an operator tool) goes out with the next block.
    both(skippedOne(-1), (w) =>
      w.egress.push('^pha-stake/relayer-reach', RegistryEvent, {
        type: 'BenchReport',
        value: { start_time: 0n, iterations: 0n },
      }),
    );
    step();
    step(false);
    const down = skippedOne(7);
    both(down, (w) => w.setOnline(false));
    for (let i = 0; i < 40; i++) step();
    step(false);
    both(down, (w) => w.setOnline(true));
    both(skippedOne(down), (w) => w.importState(w.exportState()));
    for (let i = 0; i < 60; i++) step();
    expect(rt.dispatch('root', 'PhalaComputation.force_stop_computing', { session: sessions[7] }).ok).toBe(
      true,
    );
    for (let i = 0; i < 120; i++) step();

    expect(heartbeats).toBeGreaterThan(50);
    // Most pRuntimes are not reached by a block once they compute: the relayer skipped them.
    expect(skipped).toBeGreaterThan((blocks * WORKERS) / 2);
  }, 120_000);
});
