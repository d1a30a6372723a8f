/**
 * PhalaMq.sync_offchain_message: sequences (replayed or skipped sequences fail with BadSequence and change
 * nothing; CheckMqSequence says 'stale' / 'future' at pool entry), signatures (a message signed by the
 * wrong key, a Gatekeeper message not signed by the master key, a short signature), senders and topics;
 * fees through the Executive (contracts §1): a Gatekeeper message that succeeds pays nothing but its tip
 * (ExtrinsicSuccess says Pays::No), a worker message and a failed Gatekeeper message pay the full fee.
 */
import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import { Executive } from '../../src/pallets-mock/frame/executive.js';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { SignedMessageChannel } from '../../src/pallets-mock/offchain/signer.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { checkMqSequence, mqValidity } from '../../src/pallets-mock/pallets/phala-mq/index.js';
import {
  RegistryEvent,
  TOPIC,
  WorkingInfoUpdateEvent,
} from '../../src/pallets-mock/pallets/phala-mq/types.js';
import {
  DEV_GATEKEEPER_MASTER_SEED,
  devSeed,
} from '../../src/pallets-mock/pallets/phala-registry/dev-identities.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { callValue, expectedFee, free, info, names, signedXt } from './helpers/kernel.js';

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

describe('PhalaMq fees through the Executive (Pays::No for the Gatekeeper)', () => {
  const RELAYER = accountId('//Ferdie');
  const MQ_REF_TIME = 100_010_000n; // 10_000 + DbWeight.writes(1)
  const gkKey = sr25519PairFromSeed(DEV_GATEKEEPER_MASTER_SEED);
  const gkChannel = () => new SignedMessageChannel({ type: 'Gatekeeper', value: null }, gkKey);
  const emptyUpdate = { blockNumber: 1n, timestampMs: 0n, offline: [], recoveredToOnline: [], settle: [] };
  const payInfo = (events: ReturnType<ReturnType<typeof createRuntime>['events']>) =>
    (events.at(-1)?.fields.dispatch_info as { paysFee: { type: string } }).paysFee.type;

  it('a successful Gatekeeper message is refunded but for the tip; the pre-dispatch fee is quoted in full', () => {
    const rt = createRuntime();
    const ex = new Executive(rt.kernel);
    const ch = gkChannel();
    const m0 = ch.push(TOPIC.workingInfoUpdate, WorkingInfoUpdateEvent, emptyUpdate);
    const m1 = ch.push(TOPIC.workingInfoUpdate, WorkingInfoUpdateEvent, { ...emptyUpdate, blockNumber: 2n });
    rt.events();
    const relayer0 = free(rt, RELAYER);
    const treasury0 = free(rt, TREASURY_ACCOUNT);
    const xt0 = signedXt(rt, RELAYER, callValue(rt, 'PhalaMq.sync_offchain_message', { signed_message: m0 }));
    // validate (and payment_queryInfo) see the declared Pays::Yes: the fee is withdrawn before dispatch.
    expect(ex.validateSigned(xt0).fee).toBe(expectedFee(MQ_REF_TIME, xt0.len));
    expect(ex.applySigned(xt0)).toEqual({ ok: true, error: undefined, fee: 0n });
    expect(free(rt, RELAYER)).toBe(relayer0);
    expect(free(rt, TREASURY_ACCOUNT)).toBe(treasury0);
    expect(info(rt, RELAYER).nonce).toBe(1n);
    const events = rt.events();
    expect(payInfo(events)).toBe('No');
    const paid = events.find((e) => e.name === 'TransactionFeePaid');
    expect(paid?.fields).toEqual({ who: RELAYER, actual_fee: 0n, tip: 0n });
    expect(names(events)).not.toContain('Treasury.Deposit');
    // With a tip, only the tip is kept (and goes to the Treasury).
    const tip = 12_345n;
    const xt1 = signedXt(
      rt,
      RELAYER,
      callValue(rt, 'PhalaMq.sync_offchain_message', { signed_message: m1 }),
      {
        tip,
      },
    );
    expect(ex.applySigned(xt1)).toEqual({ ok: true, error: undefined, fee: tip });
    expect(free(rt, RELAYER)).toBe(relayer0 - tip);
    expect(free(rt, TREASURY_ACCOUNT)).toBe(treasury0 + tip);
    expect(rt.query('PhalaMq.OffchainIngress', { type: 'Gatekeeper', value: null })).toBe(2n);
  });

  it('a failed Gatekeeper message (replayed sequence) and a worker message pay the full fee', () => {
    const rt = createRuntime();
    const ex = new Executive(rt.kernel);
    const ch = gkChannel();
    const m0 = ch.push(TOPIC.workingInfoUpdate, WorkingInfoUpdateEvent, emptyUpdate);
    const call0 = callValue(rt, 'PhalaMq.sync_offchain_message', { signed_message: m0 });
    expect(ex.applySigned(signedXt(rt, RELAYER, call0)).fee).toBe(0n);
    rt.events();
    const relayer0 = free(rt, RELAYER);
    const treasury0 = free(rt, TREASURY_ACCOUNT);
    const replay = signedXt(rt, RELAYER, call0);
    const fee = expectedFee(MQ_REF_TIME, replay.len);
    const out = ex.applySigned(replay);
    expect(out.ok).toBe(false);
    expect(out.error?.path).toBe('PhalaMq.BadSequence');
    expect(out.fee).toBe(fee);
    expect(free(rt, RELAYER)).toBe(relayer0 - fee);
    expect(free(rt, TREASURY_ACCOUNT)).toBe(treasury0 + fee);
    expect(payInfo(rt.events())).toBe('Yes');
    // A worker's message pays like any other call.
    const w = new SignedMessageChannel(sender, key).push(TOPIC.registryEvent, RegistryEvent, bench);
    const xtW = signedXt(rt, RELAYER, callValue(rt, 'PhalaMq.sync_offchain_message', { signed_message: w }));
    const feeW = expectedFee(MQ_REF_TIME, xtW.len);
    expect(ex.applySigned(xtW)).toEqual({ ok: true, error: undefined, fee: feeW });
    expect(free(rt, RELAYER)).toBe(relayer0 - fee - feeW);
    expect(payInfo(rt.events())).toBe('Yes');
    expect(rt.query('PhalaMq.OffchainIngress', sender)).toBe(1n);
  });
});
