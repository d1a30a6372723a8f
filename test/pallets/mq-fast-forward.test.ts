/**
 * The fast-forward mode of issue 19 (createRuntime's `fastForwardLocalSignatures`): off by default, where
 * every relayed message's signature is verified — a tampered message is refused even when this process's
 * signer recorded the original in a ledger; on, only the exact bytes an in-process signer recorded skip
 * re-verification (a tampered or foreign message is still verified and refused, every other check
 * stays); and nothing but a LocalSignatureLedger object of this process turns it on (a JSON copy, as
 * RPC or any serialized input would deliver, is refused; the node's command line has no such flag).
 */
import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import { CHAIN_COMMAND } from '../../chain/args.js';
import { ArgsError, parseCommandLine } from '../../chain/cli-options.js';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { SignedMessageChannel } from '../../src/pallets-mock/offchain/signer.js';
import {
  messageSigningPayload,
  RegistryEvent,
  type SignedMessageValue,
  TOPIC,
} from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { devSeed } from '../../src/pallets-mock/pallets/phala-registry/dev-identities.js';
import { fromHex, toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { LocalSignatureLedger } from '../../src/pallets-mock/primitives/local-signatures.js';
import { mqWorker, relayMessage as relay, benchReport as report } from './mq-worker-fixture.js';

const { key, sender } = mqWorker('mq-ff-test/worker');

/** `m` with its payload replaced by another report's, signature and sequence kept. */
function tampered(m: SignedMessageValue, ch: SignedMessageChannel): SignedMessageValue {
  const other = new SignedMessageChannel(sender, key).push(TOPIC.registryEvent, RegistryEvent, report(999n));
  expect(ch.sender).toEqual(other.message.sender);
  return { ...m, message: { ...m.message, payload: other.message.payload } };
}

describe('PhalaMq fast-forward mode', () => {
  it('is off by default: a tampered message is refused though its original was recorded in a ledger', () => {
    const ledger = new LocalSignatureLedger();
    const ch = new SignedMessageChannel(sender, key);
    ch.recordSignaturesIn(ledger);
    const m0 = ch.push(TOPIC.registryEvent, RegistryEvent, report(1n));
    const rt = createRuntime();
    expect(relay(rt, tampered(m0, ch))).toMatchObject({ ok: false, error: 'PhalaRegistry.InvalidSignature' });
    expect(rt.query('PhalaMq.OffchainIngress', sender)).toBeUndefined();
    // A ledger entry whose signature is not valid at all: off, the chain verifies it and refuses it.
    const bogus = { ...m0, signature: toHex(new Uint8Array(64).fill(9)) };
    ledger.record(
      fromHex(bogus.signature),
      messageSigningPayload(bogus.message, bogus.sequence),
      key.publicKey,
    );
    expect(relay(rt, bogus)).toMatchObject({ ok: false, error: 'PhalaRegistry.InvalidSignature' });
    expect(relay(rt, m0).ok).toBe(true);
    expect(rt.query('PhalaMq.OffchainIngress', sender)).toBe(1n);
  });

  it('on, skips re-verifying only the exact bytes an in-process signer recorded', () => {
    const ledger = new LocalSignatureLedger();
    const rt = createRuntime({ fastForwardLocalSignatures: ledger });
    const ch = new SignedMessageChannel(sender, key);
    ch.recordSignaturesIn(ledger);
    const m0 = ch.push(TOPIC.registryEvent, RegistryEvent, report(1n));
    expect(ledger.size).toBe(1);
    // Tampered: not what was signed here, so it is verified, and refused; the entry stays.
    expect(relay(rt, tampered(m0, ch))).toMatchObject({ ok: false, error: 'PhalaRegistry.InvalidSignature' });
    expect(ledger.size).toBe(1);
    // Same signature under another sender key: not vouched for either.
    const otherKey = sr25519PairFromSeed(devSeed('mq-ff-test/other'));
    const foreign = {
      ...m0,
      message: { ...m0.message, sender: { ...sender, value: toHex(otherKey.publicKey) } },
    };
    expect(relay(rt, foreign)).toMatchObject({ ok: false, error: 'PhalaRegistry.InvalidSignature' });
    // The exact message: vouched for (the entry is consumed), recorded and dispatched as always.
    expect(relay(rt, m0).ok).toBe(true);
    expect(ledger.size).toBe(0);
    expect(rt.query('PhalaMq.OffchainIngress', sender)).toBe(1n);
    // Every other check still holds: a replay is a BadSequence.
    expect(relay(rt, m0)).toMatchObject({ ok: false, error: 'PhalaMq.BadSequence' });
    // A message signed by a channel that records nothing is verified: a forged one is refused.
    const forged = new SignedMessageChannel(sender, otherKey);
    forged.restoreSequence(1n);
    const f1 = forged.push(TOPIC.registryEvent, RegistryEvent, report(2n));
    expect(relay(rt, f1)).toMatchObject({ ok: false, error: 'PhalaRegistry.InvalidSignature' });
    const m1 = ch.push(TOPIC.registryEvent, RegistryEvent, report(2n));
    expect(relay(rt, m1).ok).toBe(true);
  });

  it('cannot be turned on from outside the process', () => {
    const ledger = new LocalSignatureLedger();
    const wire = JSON.parse(JSON.stringify(ledger)) as LocalSignatureLedger;
    expect(() => createRuntime({ fastForwardLocalSignatures: wire })).toThrow(TypeError);
    expect(() =>
      createRuntime({
        fastForwardLocalSignatures: { vouches: () => true } as unknown as LocalSignatureLedger,
      }),
    ).toThrow(TypeError);
    expect(() => parseCommandLine(CHAIN_COMMAND, ['--fast-forward-local-signatures'])).toThrow(ArgsError);
  });
});
