import { describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import {
  SignedMessageChannel,
  type SigningJob,
  signSr25519,
} from '../../src/pallets-mock/offchain/signer.js';
import {
  messageSigningPayload,
  RegistryEvent,
  TOPIC,
} from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { LocalSignatureLedger } from '../../src/pallets-mock/primitives/local-signatures.js';
import { mqWorker, relayMessage as relay, benchReport as report } from './mq-worker-fixture.js';

const { key, sender } = mqWorker('mq-deferred-test/worker');
const ingress = (rt: Runtime) => rt.query('PhalaMq.OffchainIngress', sender);

describe('SignedMessageChannel deferred signing', () => {
  it('queues unsigned messages whose jobs sign the exact payload; completed, the chain accepts them', () => {
    const ch = new SignedMessageChannel(sender, key);
    const jobs: SigningJob[] = [];
    ch.deferSigningTo((job) => jobs.push(job));
    const m0 = ch.push(TOPIC.registryEvent, RegistryEvent, report(1n));
    const m1 = ch.push(TOPIC.registryEvent, RegistryEvent, report(2n));
    expect([m0.sequence, m1.sequence]).toEqual([0n, 1n]);
    expect(ch.pending).toBe(2);
    expect(jobs).toHaveLength(2);
    expect(jobs.map((j) => toHex(j.payload))).toEqual(
      [m0, m1].map((m) => toHex(messageSigningPayload(m.message, m.sequence))),
    );
    expect(jobs.every((j) => j.key === key)).toBe(true);
    const rt = createRuntime();
    // Not yet signed: refused, nothing recorded.
    expect(relay(rt, m0).ok).toBe(false);
    expect(ingress(rt)).toBeUndefined();
    for (const j of jobs) j.complete(signSr25519(j.payload, j.key));
    expect(relay(rt, m0).ok).toBe(true);
    expect(relay(rt, m1).ok).toBe(true);
    expect(ingress(rt)).toBe(2n);
  });

  it('a job completed with a wrong signature leaves a message the chain refuses', () => {
    const ch = new SignedMessageChannel(sender, key);
    const jobs: SigningJob[] = [];
    ch.deferSigningTo((job) => jobs.push(job));
    const m0 = ch.push(TOPIC.registryEvent, RegistryEvent, report(1n));
    const other = mqWorker('mq-deferred-test/other').key;
    jobs[0]?.complete(signSr25519(jobs[0].payload, other));
    const rt = createRuntime();
    expect(relay(rt, m0)).toMatchObject({ ok: false, error: 'PhalaRegistry.InvalidSignature' });
    expect(ingress(rt)).toBeUndefined();
  });

  it('records completed signatures in the ledger, which a fast-forward runtime consumes', () => {
    const ledger = new LocalSignatureLedger();
    const ch = new SignedMessageChannel(sender, key);
    ch.recordSignaturesIn(ledger);
    const jobs: SigningJob[] = [];
    ch.deferSigningTo((job) => jobs.push(job));
    const m0 = ch.push(TOPIC.registryEvent, RegistryEvent, report(1n));
    expect(ledger.size).toBe(0);
    for (const j of jobs) j.complete(signSr25519(j.payload, j.key));
    expect(ledger.size).toBe(1);
    const rt = createRuntime({ fastForwardLocalSignatures: ledger });
    expect(relay(rt, m0).ok).toBe(true);
    expect(ledger.size).toBe(0);
  });

  it('signs at once again once told null', () => {
    const ch = new SignedMessageChannel(sender, key);
    const jobs: SigningJob[] = [];
    ch.deferSigningTo((job) => jobs.push(job));
    const m0 = ch.push(TOPIC.registryEvent, RegistryEvent, report(1n));
    ch.deferSigningTo(null);
    const m1 = ch.push(TOPIC.registryEvent, RegistryEvent, report(2n));
    expect(jobs).toHaveLength(1);
    expect(m1.signature).not.toBe('0x');
    const rt = createRuntime();
    for (const j of jobs) j.complete(signSr25519(j.payload, j.key));
    expect(relay(rt, m0).ok).toBe(true);
    expect(relay(rt, m1).ok).toBe(true);
  });
});
