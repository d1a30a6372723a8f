import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/pallets-mock/index.js';
import {
  SignedMessageChannel,
  type SigningJob,
  signSr25519,
} from '../../src/pallets-mock/offchain/signer.js';
import { RegistryEvent, TOPIC } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { cryptoReady, verifiedMemoSize } from '../../src/pallets-mock/primitives/signature.js';
import type { VerifyItem } from '../../src/pallets-mock/primitives/signature-batch.js';
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

/** Signed items, and the same with one message byte, the key or the signature changed. */
function verifyItems(n: number): { items: VerifyItem[]; expected: boolean[] } {
  const { key } = mqWorker('crypto-board-test/verify');
  const other = mqWorker('crypto-board-test/other').key;
  const items: VerifyItem[] = [];
  const expected: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const message = new Uint8Array(40 + i).fill(i);
    const signature = signSr25519(message, key);
    const item = { kind: 'Sr25519' as const, signature, message, key: key.publicKey };
    const tampered = message.slice();
    tampered[i % message.length] = (i % 256) ^ 1;
    const badSignature = signature.slice();
    badSignature[0] = (signature[0] as number) ^ 1;
    items.push(
      item,
      { ...item, message: tampered },
      { ...item, key: other.publicKey },
      { ...item, signature: badSignature },
    );
    expected.push(true, false, false, false);
  }
  return { items, expected };
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

  it('verifies streams, several in flight, finding each changed message, key or signature invalid', () => {
    const batches = [3, 1, 8].map(verifyItems);
    const streams = batches.map(({ items }) => {
      const stream = which().verifyEach();
      for (const item of items) stream.post(item);
      return stream;
    });
    // The first verdicts of the last stream only, then every stream's.
    const last = streams.at(-1);
    last?.completeUntil(() => (last?.outputs.length ?? 0) >= 5);
    expect(last?.outputs).toEqual(batches.at(-1)?.expected.slice(0, 5));
    expect(streams.map((v) => v.completeAll())).toEqual(batches.map(({ expected }) => expected));
  });
});

describe('the crypto board', () => {
  it('refuses more jobs than it holds in flight, and a batch larger than its arena, with clear errors', () => {
    const { key } = mqWorker('crypto-board-test/full');
    const job = (bytes: number): SigningJob => ({ payload: new Uint8Array(bytes), key, complete: () => {} });
    const first = alone.signEach();
    expect(() => first.post(job(ARENA_BYTES))).toThrow(/larger than the board's arena/);
    for (let i = 0; i < SLOTS; i++) first.post(job(8));
    const second = alone.signEach();
    expect(() => second.post(job(8))).toThrow(/board is full/);
    first.completeAll();
    expect(alone.batchesInFlight()).toBe(0);
    // Collected, the room is free again.
    second.post(job(8));
    expect(second.completeAll()).toHaveLength(1);
  });

  it("serves a pipelined network: each block's messages dispatched, verified, one step later", async () => {
    const net = await network(4);
    const channels = [net.gk.egress, ...net.workers.map((w) => w.egress)];
    const signedSoFar = () => channels.reduce((a, c) => a + c.nextSequence, 0n);
    // The board, keeping the verdicts it gives.
    const verdicts: boolean[] = [];
    const watched: CryptoBoard = {
      ...board,
      verifyEach() {
        const stream = board.verifyEach();
        let seen = 0;
        const keep = () => {
          verdicts.push(...stream.outputs.slice(seen));
          seen = stream.outputs.length;
        };
        return {
          post: (item) => stream.post(item),
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
      expect(verdicts).toEqual(verify ? relayed.flatMap((n) => Array(n).fill(true)) : []);
      expect(verifiedMemoSize()).toBe(0);
      // Every batch posted was collected, those of blocks without messages too.
      expect(board.batchesInFlight()).toBe(0);
    }
    for (const c of channels) {
      expect(c.pending).toBe(0);
      expect(net.rt.query('PhalaMq.OffchainIngress', c.sender)).toBe(c.nextSequence);
    }
    expect(net.rt.query('PhalaComputation.OnlineWorkers')).toBe(4n);
    expect(net.gk.reports.some((r) => r.settle.length > 0)).toBe(true);
  });
});
