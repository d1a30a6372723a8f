/**
 * The Gatekeeper model against gk.rs's own tests (crates/phactory/src/system/gk.rs `mod test`): the
 * same message sequences (pallet says Registered/Started/Stopped, challenges hitting exactly one worker,
 * heartbeats) give the same states, reports and U64F64 numbers bit for bit — check_tokenomic_numerics,
 * should_payout_at_v_max, cases 1–5 and cross-session heartbeats; and the report's offline and recovered
 * lists in key order, as gk.rs's OrdMap gives them, for workers registered in the other order. Blocks are 12 s apart
 * (`block_ts(n) = n · 12000`), the GK runs on `test_params()` as in Rust.
 */
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pallets-mock/frame/scale.js';
import { Gatekeeper } from '../../src/pallets-mock/offchain/gatekeeper.js';
import type { BlockInfo } from '../../src/pallets-mock/offchain/worker-state.js';
import {
  type MessageValue,
  mkMessage,
  palletOrigin,
  SystemEvent,
  TOPIC,
  type WorkerEventValue,
  WorkingInfoUpdateEvent,
  WorkingReportEvent,
} from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { fromHex, toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { blake2_256 } from '../../src/pallets-mock/primitives/hashing.js';
import { fp } from '../../src/primitives/fixed.js';

const W = [toHex(new Uint8Array(32).fill(1)), toHex(new Uint8Array(32).fill(2))] as const;
const blockTs = (n: bigint) => n * 12000n;

class Roles {
  gk = new Gatekeeper();
  pending: MessageValue[] = [];
  palletSay(i: number, event: WorkerEventValue) {
    this.pending.push(
      mkMessage(palletOrigin('Pallet'), TOPIC.systemEvent, SystemEvent, {
        type: 'WorkerEvent',
        value: { pubkey: W[i] as string, event },
      }),
    );
  }
  challenge(i: number) {
    const seed = BigInt(toHex(blake2_256(fromHex(W[i] as string))));
    this.pending.push(
      mkMessage(palletOrigin('Pallet'), TOPIC.systemEvent, SystemEvent, {
        type: 'HeartbeatChallenge',
        value: { seed, onlineTarget: 0n },
      }),
    );
  }
  heartbeat(i: number, session: bigint, block: bigint, iterations: bigint) {
    this.pending.push(
      mkMessage({ type: 'Worker', value: W[i] as string }, TOPIC.workingReport, WorkingReportEvent, {
        type: 'Heartbeat',
        value: { session_id: session, challenge_block: block, challenge_time: blockTs(block), iterations },
      }),
    );
  }
  block(n: bigint) {
    const b: BlockInfo = { number: n, timestampMs: blockTs(n), messages: this.pending.splice(0) };
    const signed = this.gk.processBlock(b);
    return signed ? decode(WorkingInfoUpdateEvent, fromHex(signed.message.payload)) : undefined;
  }
  w(i: number) {
    const w = this.gk.worker(W[i] as string);
    if (!w) throw new Error('no worker');
    return w;
  }
}

const registered = { type: 'Registered', value: { confidenceLevel: 2n } } as const;
const started = (session: bigint, initV: bigint, initP: bigint): WorkerEventValue => ({
  type: 'Started',
  value: { session_id: session, init_v: initV, init_p: initP },
});

describe('Gatekeeper tokenomics (gk.rs tests)', () => {
  it('check_tokenomic_numerics', () => {
    const r = new Roles();
    let n = 1n;
    r.palletSay(0, registered);
    r.block(n);
    n++;
    r.palletSay(0, { type: 'BenchScore', value: 3000n });
    r.palletSay(0, started(1n, fp('3000'), 100n));
    r.block(n);
    expect(r.w(0).state.workingState).not.toBeNull();
    expect(r.w(0).tokenomic.pBench).toBe(fp('100'));
    expect(r.w(0).tokenomic.v).toBe(fp('3000.00203509369147797934'));
    for (let i = 0; i < 7200; i++) r.block(++n);
    expect(r.w(0).tokenomic.v).toBe(fp('3014.6899337932040476463'));
    n++;
    r.challenge(0);
    r.block(n);
    expect(r.w(0).tokenomic.challengeTimeLast).toBe(24000n);
    expect(r.w(0).tokenomic.iterationLast).toBe(0n);
    r.heartbeat(0, 1n, n, (110n * 7200n * 12n) / 6n);
    const report = r.block(++n);
    expect(r.w(0).tokenomic.v).toBe(fp('3000'));
    expect(r.w(0).tokenomic.pInstant).toBe(fp('109.96945292974173840575'));
    expect(report?.settle[0]?.payout).toBe(fp('576424.184820453732333905'));
    expect(report?.settle[0]?.treasury).toBe(fp('144106.0462051134330737112'));
    // Slash 0.1% (1 h + the 10-block challenge window)
    r.challenge(0);
    const reports = [];
    for (let i = 0; i <= 3600 / 12 + 10; i++) {
      const rep = r.block(++n);
      if (rep) reports.push(rep);
    }
    expect(r.w(0).unresponsive).toBe(true);
    expect(reports[0]?.offline).toEqual([W[0]]);
    expect(r.w(0).tokenomic.v).toBe(fp('2997.0260877851113935014'));
  });

  it('should_payout_at_v_max', () => {
    const r = new Roles();
    let n = 1n;
    r.palletSay(0, registered);
    r.block(n);
    r.palletSay(0, { type: 'BenchScore', value: 3000n });
    r.palletSay(0, started(1n, fp('30000'), 3000n));
    r.block(++n);
    for (let i = 0; i < 7200; i++) r.block(++n);
    n++;
    r.challenge(0);
    r.block(n);
    r.heartbeat(0, 1n, n, 1_000_000n);
    const report = r.block(++n);
    expect(r.w(0).tokenomic.v).toBe(fp('29855.38985958385856094607'));
    expect(r.w(0).tokenomic.vDeductible).toBe(0n);
    expect(report?.settle[0]?.payout).toBe(fp('564977.41335989500435977944'));
  });

  it('case 1: idle workers grow V and report nothing; case 2: a heartbeat pays out', () => {
    const r = new Roles();
    r.palletSay(0, registered);
    r.block(1n);
    r.palletSay(0, started(1n, fp('1'), 100n));
    r.challenge(0);
    r.block(2n);
    const v0 = r.w(0).tokenomic.v;
    expect(r.block(3n)).toBeUndefined();
    expect(r.w(0).tokenomic.v > v0).toBe(true);
    const v1 = r.w(0).tokenomic.v;
    r.heartbeat(0, 1n, 2n, 10_000_000n);
    const report = r.block(2n + r.gk.params.heartbeatWindow);
    expect(r.w(0).unresponsive).toBe(false);
    expect(r.w(0).tokenomic.v < v1).toBe(true);
    expect(report).toMatchObject({ offline: [], recoveredToOnline: [] });
    expect(report?.settle).toHaveLength(1);
  });

  it('cases 3–5: offline after the window, slashed silently, recovered on a late heartbeat', () => {
    const r = new Roles();
    r.palletSay(0, registered);
    r.block(1n);
    r.palletSay(0, started(1n, fp('1'), 100n));
    r.challenge(0);
    r.block(2n);
    let n = 2n + r.gk.params.heartbeatWindow;
    expect(r.block(n)).toBeUndefined();
    expect(r.w(0).unresponsive).toBe(false);
    const v0 = r.w(0).tokenomic.v;
    const offline = r.block(++n);
    expect(offline).toEqual({
      blockNumber: n,
      timestampMs: blockTs(n),
      offline: [W[0]],
      recoveredToOnline: [],
      settle: [],
    });
    expect(r.w(0).tokenomic.v < v0).toBe(true);
    const v1 = r.w(0).tokenomic.v;
    expect(r.block(++n)).toBeUndefined();
    expect(r.w(0).tokenomic.v < v1).toBe(true);
    const v2 = r.w(0).tokenomic.v;
    r.heartbeat(0, 1n, 2n, 10_000_000n);
    const recovered = r.block(++n);
    expect(r.w(0).tokenomic.v).toBe(v2);
    expect(recovered).toEqual({
      blockNumber: n,
      timestampMs: blockTs(n),
      offline: [],
      recoveredToOnline: [W[0]],
      settle: [],
    });
  });

  it('lists offline and recovered workers in key order (gk.rs OrdMap), not registration order', () => {
    const r = new Roles();
    r.palletSay(1, registered);
    r.palletSay(0, registered);
    r.block(1n);
    for (const i of [1, 0]) {
      r.palletSay(i, started(1n, fp('1'), 100n));
      r.challenge(i);
    }
    r.block(2n);
    let n = 3n + r.gk.params.heartbeatWindow;
    r.block(n - 1n);
    expect(r.block(n)).toMatchObject({ offline: [W[0], W[1]], recoveredToOnline: [] });
    r.heartbeat(1, 1n, 2n, 10_000_000n);
    r.heartbeat(0, 1n, 2n, 10_000_000n);
    expect(r.block(++n)).toMatchObject({ offline: [], recoveredToOnline: [W[0], W[1]] });
  });

  it('does not miss heartbeats across sessions; Stopped settles the final V', () => {
    const r = new Roles();
    r.palletSay(0, registered);
    r.block(1n);
    r.palletSay(0, started(1n, 1n, 100n));
    r.challenge(0);
    r.block(2n);
    r.palletSay(0, { type: 'Stopped', value: null });
    const stopped = r.block(3n);
    expect(stopped?.settle).toEqual([{ pubkey: W[0], v: r.w(0).tokenomic.v, payout: 0n, treasury: 0n }]);
    r.block(4n);
    r.palletSay(0, started(2n, 1n, 100n));
    r.challenge(0);
    r.block(5n);
    r.block(100n);
    expect(r.w(0).waitingHeartbeats).toHaveLength(2);
    expect(r.w(0).unresponsive).toBe(true);
    r.heartbeat(0, 1n, 2n, 10_000_000n);
    r.block(101n);
    expect(r.w(0).waitingHeartbeats).toHaveLength(1);
    expect(r.w(0).unresponsive).toBe(true);
    r.heartbeat(0, 2n, 5n, 10_000_000n);
    r.block(102n);
    expect(r.w(0).unresponsive).toBe(false);
  });

  it('an unregistered worker does not start computing', () => {
    const r = new Roles();
    r.palletSay(0, registered);
    r.block(1n);
    r.palletSay(1, started(1n, 1n, 100n));
    r.block(2n);
    expect(r.gk.workers.size).toBe(1);
  });
});
