/**
 * PhalaMq.sync_offchain_message: sequences (replayed or skipped sequences fail with BadSequence and change
 * nothing; CheckMqSequence says 'stale' / 'future' at pool entry), signatures (a message signed by the
 * wrong key, a Gatekeeper message not signed by the master key, a short signature), senders and topics.
 */
import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { SignedMessageChannel } from '../../src/pallets-mock/offchain/signer.js';
import { checkMqSequence, mqValidity } from '../../src/pallets-mock/pallets/phala-mq/index.js';
import {
  RegistryEvent,
  TOPIC,
  WorkingInfoUpdateEvent,
} from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { devSeed } from '../../src/pallets-mock/pallets/phala-registry/dev-identities.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';

const key = sr25519PairFromSeed(devSeed('mq-test/worker'));
const worker = toHex(key.publicKey);
const sender = { type: 'Worker' as const, value: worker };
const bench = { type: 'BenchReport' as const, value: { start_time: 0n, iterations: 0n } };

describe('PhalaMq.sync_offchain_message', () => {
  it('accepts the expected sequence once and rejects replays and gaps', () => {
    const rt = createRuntime();
    const ch = new SignedMessageChannel(sender, key);
    const m0 = ch.push(TOPIC.registryEvent, RegistryEvent, bench);
    const m1 = ch.push(TOPIC.registryEvent, RegistryEvent, bench);
    const m2 = ch.push(TOPIC.registryEvent, RegistryEvent, bench);
    const call = (m: typeof m0) => ({
      type: 'PhalaMq',
      value: { type: 'sync_offchain_message', value: { signed_message: m } },
    });
    const status = (m: typeof m0) => rt.kernel.enter(() => checkMqSequence(call(m)));
    expect(status(m0)).toBe('ok');
    expect(status(m1)).toBe('future');
    expect(rt.dispatch('//Bob', 'PhalaMq.sync_offchain_message', { signed_message: m1 })).toMatchObject({
      error: 'PhalaMq.BadSequence',
    });
    expect(rt.dispatch('//Bob', 'PhalaMq.sync_offchain_message', { signed_message: m0 }).ok).toBe(true);
    expect(rt.query('PhalaMq.OffchainIngress', sender)).toBe(1n);
    expect(status(m0)).toBe('stale');
    expect(rt.dispatch('//Bob', 'PhalaMq.sync_offchain_message', { signed_message: m0 })).toMatchObject({
      error: 'PhalaMq.BadSequence',
    });
    expect(rt.query('PhalaMq.OffchainIngress', sender)).toBe(1n);
    const v = rt.kernel.enter(() => mqValidity(call(m2)));
    expect(v.status).toBe('future');
    expect(v.requires).toHaveLength(1);
    expect(rt.kernel.enter(() => mqValidity(call(m1))).provides).toEqual(v.requires);
    expect(checkMqSequence({ type: 'Balances', value: { type: 'transfer', value: {} } })).toBe('ok');
  });

  it('rejects messages signed by the wrong key and malformed signatures', () => {
    const rt = createRuntime();
    const other = sr25519PairFromSeed(devSeed('mq-test/other'));
    const forged = new SignedMessageChannel(sender, other).push(TOPIC.registryEvent, RegistryEvent, bench);
    expect(rt.dispatch('//Bob', 'PhalaMq.sync_offchain_message', { signed_message: forged })).toMatchObject({
      error: 'PhalaRegistry.InvalidSignature',
    });
    expect(
      rt.dispatch('//Bob', 'PhalaMq.sync_offchain_message', {
        signed_message: { ...forged, signature: '0x00' },
      }),
    ).toMatchObject({ error: 'PhalaRegistry.InvalidSignatureLength' });
    // A Gatekeeper message signed by a worker key instead of the master key.
    const fakeGk = new SignedMessageChannel({ type: 'Gatekeeper', value: null }, key).push(
      TOPIC.workingInfoUpdate,
      WorkingInfoUpdateEvent,
      { blockNumber: 1n, timestampMs: 0n, offline: [], recoveredToOnline: [], settle: [] },
    );
    expect(rt.dispatch('//Bob', 'PhalaMq.sync_offchain_message', { signed_message: fakeGk })).toMatchObject({
      error: 'PhalaRegistry.InvalidSignature',
    });
    expect(rt.query('PhalaMq.OffchainIngress', { type: 'Gatekeeper', value: null })).toBeUndefined();
  });

  it('rejects on-chain senders and reserved topics', () => {
    const rt = createRuntime();
    const pallet = new SignedMessageChannel({ type: 'Pallet', value: '0x00' }, key).push(
      TOPIC.registryEvent,
      RegistryEvent,
      bench,
    );
    expect(rt.dispatch('//Bob', 'PhalaMq.sync_offchain_message', { signed_message: pallet })).toMatchObject({
      error: 'PhalaMq.BadSender',
    });
    const badTopic = new SignedMessageChannel(sender, key).push('~oops', RegistryEvent, bench);
    expect(rt.dispatch('//Bob', 'PhalaMq.sync_offchain_message', { signed_message: badTopic })).toMatchObject(
      {
        error: 'PhalaMq.BadDestination',
      },
    );
  });
});
