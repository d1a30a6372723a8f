import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { SignedMessageChannel, type SigningJob } from '../../src/pallets-mock/offchain/signer.js';
import { RegistryEvent, TOPIC } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import {
  cryptoReady,
  verifiedMemoSize,
  verifySignatureInThread,
} from '../../src/pallets-mock/primitives/signature.js';
import { network } from '../bench/compute-network.js';
import { ARENA_BYTES, type CryptoBoard, createCryptoBoard, SLOTS } from '../bench/crypto-board.js';
import { mqWorker, relayMessage, benchReport as report } from '../pallets/mq-worker-fixture.js';

let board: CryptoBoard;
/** No worker threads: the calling thread runs every job when it collects a batch. */
let alone: CryptoBoard;
beforeAll(async () => {
  await cryptoReady();
  board = createCryptoBoard(2);
  alone = createCryptoBoard(0);
  await Promise.all([board.ready, alone.ready]);
});
afterAll(() => Promise.all([board.close(), alone.close()]));

function channel(name: string) {
  const { key, sender } = mqWorker(`crypto-board-test/${name}`);
  const ch = new SignedMessageChannel(sender, key);
  const jobs: SigningJob[] = [];
  ch.deferSigningTo((job) => jobs.push(job));
  return { sender, ch, jobs };
}

describe.each([
  ['worker threads and the calling thread', () => board],
  ['the calling thread alone', () => alone],
])('the crypto board (%s)', (_, which) => {
  it('signs streams, several in flight, with signatures the chain accepts', () => {
    const a = channel('a');
    const b = channel('b');
    const messages = [];
    const streams = [];
    for (let block = 0; block < 5; block++) {
      const stream = which().signEach();
      const pushed = [0, 1, 2].map((i) =>
        a.ch.push(TOPIC.registryEvent, RegistryEvent, report(BigInt(block * 10 + i))),
      );
      pushed.push(b.ch.push(TOPIC.registryEvent, RegistryEvent, report(BigInt(block))));
      expect(pushed.every((m) => m.signature === '0x')).toBe(true);
      messages.push(...pushed);
      for (const job of [...a.jobs.splice(0), ...b.jobs.splice(0)]) stream.post(job);
      streams.push(stream);
    }
    // Completed out of posting order.
    for (const stream of streams.reverse()) expect(stream.completeAll()).toHaveLength(4);
    const rt = createRuntime();
    for (const m of messages) expect(relayMessage(rt, m)).toMatchObject({ ok: true });
    expect(rt.query('PhalaMq.OffchainIngress', a.sender)).toBe(15n);
    expect(rt.query('PhalaMq.OffchainIngress', b.sender)).toBe(5n);
  });

  it('signs a stream job by job, completing jobs in posting order only as far as asked', () => {
    const a = channel('stream');
    const stream = which().signEach();
    const messages = [0, 1, 2, 3].map((i) => {
      const m = a.ch.push(TOPIC.registryEvent, RegistryEvent, report(BigInt(i)));
      for (const job of a.jobs.splice(0)) stream.post(job);
      return m;
    });
    stream.completeUntil(() => messages[1]?.signature !== '0x');
    expect(messages.map((m) => m.signature !== '0x')).toEqual([true, true, false, false]);
    expect(stream.completeAll()).toHaveLength(4);
    const rt = createRuntime();
    for (const m of messages) expect(relayMessage(rt, m)).toMatchObject({ ok: true });
    expect(rt.query('PhalaMq.OffchainIngress', a.sender)).toBe(4n);
  });

  it('verifies each signature it makes when asked, finding one made with a mismatched key pair invalid', () => {
    const { key } = mqWorker('crypto-board-test/verify');
    const other = mqWorker('crypto-board-test/other').key;
    const payloads = [0, 1, 2, 3].map((i) => new Uint8Array(40 + i).fill(i));
    // The third job's public key is not its secret key's: its signature cannot verify under that key.
    const keys = [key, key, { publicKey: other.publicKey, secretKey: key.secretKey }, key];
    const run = (verify: boolean) => {
      const stream = which().signEach({ verify });
      payloads.forEach((payload, i) => {
        stream.post({ payload, key: keys[i] as typeof key, complete: () => {} });
      });
      return stream.completeAll();
    };
    const verified = run(true);
    expect(verified.map((o) => o.valid)).toEqual([true, true, false, true]);
    verified.forEach((o, i) => {
      const pair = keys[i] as typeof key;
      expect(verifySignatureInThread('Sr25519', o.signature, payloads[i] as Uint8Array, pair.publicKey)).toBe(
        o.valid,
      );
    });
    expect(run(false).map((o) => o.valid)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('the crypto board', () => {
  it('refuses more jobs than it holds in flight, and a job larger than its arena, with clear errors', () => {
    const { key } = mqWorker('crypto-board-test/full');
    const job = (bytes: number): SigningJob => ({ payload: new Uint8Array(bytes), key, complete: () => {} });
    const first = alone.signEach();
    expect(() => first.post(job(ARENA_BYTES))).toThrow(/larger than the board's arena/);
    for (let i = 0; i < SLOTS; i++) first.post(job(8));
    const second = alone.signEach();
    expect(() => second.post(job(8))).toThrow(/board is full/);
    first.completeAll();
    expect(alone.jobsInFlight()).toBe(0);
    // Collected, the room is free again.
    second.post(job(8));
    expect(second.completeAll()).toHaveLength(1);
  });

  it("serves a pipelined network: each block's messages dispatched, verified, one step later", async () => {
    const net = await network(4);
    const channels = [net.gk.egress, ...net.workers.map((w) => w.egress)];
    const signedSoFar = () => channels.reduce((a, c) => a + c.nextSequence, 0n);
    // The board, keeping the verdicts it gives.
    const verdicts: (boolean | undefined)[] = [];
    const watched: CryptoBoard = {
      ...board,
      signEach(options) {
        const stream = board.signEach(options);
        let seen = 0;
        const keep = () => {
          verdicts.push(...stream.outputs.slice(seen).map((o) => o.valid));
          seen = stream.outputs.length;
        };
        return {
          post: (job) => stream.post(job),
          outputs: stream.outputs,
          completeUntil(done) {
            stream.completeUntil(done);
            keep();
          },
          completeAll() {
            const out = stream.completeAll();
            keep();
            return out;
          },
        };
      },
    };
    for (const verify of [true, false]) {
      const made: bigint[] = [];
      const relayed: number[] = [];
      verdicts.length = 0;
      for (let i = 0; i < 150; i++) {
        const [signed0, relayed0] = [signedSoFar(), net.relayed()];
        net.stepPipelined({ board: watched, verify });
        made.push(signedSoFar() - signed0);
        relayed.push(net.relayed() - relayed0);
      }
      const relayed0 = net.relayed();
      net.flush();
      relayed.push(net.relayed() - relayed0);
      expect(made.reduce((a, b) => a + b)).toBeGreaterThan(2n);
      // Step k dispatches what step k − 1 made; the flush, what the last step made.
      expect(relayed.map(BigInt)).toEqual([0n, ...made]);
      // Pre-verified, every message was found valid on the board and the verdict consumed by its dispatch.
      expect(verdicts).toEqual(relayed.flatMap((n) => Array(n).fill(verify ? true : undefined)));
      expect(verifiedMemoSize()).toBe(0);
      // Every job posted was collected.
      expect(board.jobsInFlight()).toBe(0);
    }
    for (const c of channels) {
      expect(c.pending).toBe(0);
      expect(net.rt.query('PhalaMq.OffchainIngress', c.sender)).toBe(c.nextSequence);
    }
    expect(net.rt.query('PhalaComputation.OnlineWorkers')).toBe(4n);
    expect(net.gk.reports.some((r) => r.settle.length > 0)).toBe(true);
  });
});
