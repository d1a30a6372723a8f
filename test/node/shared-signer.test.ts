import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createVerifyPool, type VerifyPool } from '../../chain/verify-pool.js';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { SignedMessageChannel, type SigningJob } from '../../src/pallets-mock/offchain/signer.js';
import { RegistryEvent, TOPIC } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { cryptoReady, verifiedMemoSize } from '../../src/pallets-mock/primitives/signature.js';
import { network } from '../bench/compute-network.js';
import { createSharedSigner, REQUEST_HALF, type SharedSigner } from '../bench/shared-signer.js';
import { mqWorker, relayMessage, benchReport as report } from '../pallets/mq-worker-fixture.js';

let signer: SharedSigner;
let pool: VerifyPool;
beforeAll(async () => {
  await cryptoReady();
  signer = createSharedSigner(2);
  pool = createVerifyPool(2);
  await Promise.all([signer.ready, pool.ready]);
});
afterAll(() => Promise.all([signer.close(), pool.close()]));

function channel(name: string) {
  const { key, sender } = mqWorker(`shared-signer-test/${name}`);
  const ch = new SignedMessageChannel(sender, key);
  const jobs: SigningJob[] = [];
  ch.deferSigningTo((job) => jobs.push(job));
  return { sender, ch, jobs };
}

describe('the shared-memory signing threads', () => {
  it('sign batches, several in flight, with signatures the chain accepts', () => {
    const a = channel('a');
    const b = channel('b');
    const messages = [];
    const waits = [];
    for (let batch = 0; batch < 5; batch++) {
      const pushed = [0, 1, 2].map((i) =>
        a.ch.push(TOPIC.registryEvent, RegistryEvent, report(BigInt(batch * 10 + i))),
      );
      pushed.push(b.ch.push(TOPIC.registryEvent, RegistryEvent, report(BigInt(batch))));
      expect(pushed.every((m) => m.signature === '0x')).toBe(true);
      messages.push(...pushed);
      waits.push(signer.sign([...a.jobs.splice(0), ...b.jobs.splice(0)]));
    }
    for (const wait of waits) wait();
    const rt = createRuntime();
    for (const m of messages) {
      expect(relayMessage(rt, m)).toMatchObject({ ok: true });
    }
    expect(rt.query('PhalaMq.OffchainIngress', a.sender)).toBe(15n);
    expect(rt.query('PhalaMq.OffchainIngress', b.sender)).toBe(5n);
  });

  it('refuse a batch larger than a request half', () => {
    const { jobs } = channel('big');
    const { key } = mqWorker('shared-signer-test/big');
    const payload = new Uint8Array(REQUEST_HALF);
    jobs.push({ payload, key, complete: () => {} });
    expect(() => signer.sign(jobs)).toThrow(/over its half/);
  });

  it("serve a pipelined network: each block's messages dispatched, verified, one step later", async () => {
    const net = await network(4);
    const channels = [net.gk.egress, ...net.workers.map((w) => w.egress)];
    const signedSoFar = () => channels.reduce((a, c) => a + c.nextSequence, 0n);
    const made: bigint[] = [];
    const relayed: number[] = [];
    for (let i = 0; i < 300; i++) {
      const [signed0, relayed0] = [signedSoFar(), net.relayed()];
      await net.stepPipelined({ signer, verifier: pool });
      made.push(signedSoFar() - signed0);
      relayed.push(net.relayed() - relayed0);
    }
    const relayed0 = net.relayed();
    await net.flush();
    relayed.push(net.relayed() - relayed0);
    expect(made.reduce((a, b) => a + b)).toBeGreaterThan(5n);
    // Step k dispatches what step k − 1 made; the flush, what the last step made.
    expect(relayed.map(BigInt)).toEqual([0n, ...made]);
    expect(verifiedMemoSize()).toBe(0);
    for (const c of channels) {
      expect(c.pending).toBe(0);
      expect(net.rt.query('PhalaMq.OffchainIngress', c.sender)).toBe(c.nextSequence);
    }
    expect(net.rt.query('PhalaComputation.OnlineWorkers')).toBe(4n);
    expect(net.gk.reports.some((r) => r.settle.length > 0)).toBe(true);
  });
});
