/**
 * Signature verification on the worker_threads pool (issue 19 items 1 and 3): the pool's verdicts equal
 * the in-thread verifier's on valid, tampered-message, tampered-signature and wrong-key items (sr25519 and
 * ed25519); the verified memo never turns a false into a true (a tampered item whose genuine sibling was
 * pre-verified still fails, at the pallet and at the chain); a bad extrinsic signature submitted through
 * the pooled path is still refused with BadProof, and a forged relayed message still fails dispatch; the
 * in-process actors work with their relays pre-verified on the pool.
 */
import { Keyring } from '@polkadot/keyring';
import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createVerifyPool, type VerifyPool } from '../../chain/verify-pool.js';
import { ChainError, DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { SimulatedAttestationService } from '../../src/pallets-mock/offchain/attestation-service.js';
import { PRuntimeWorker } from '../../src/pallets-mock/offchain/pruntime.js';
import { SignedMessageChannel } from '../../src/pallets-mock/offchain/signer.js';
import { signCall } from '../../src/pallets-mock/offchain/tx-signer.js';
import { relayCall } from '../../src/pallets-mock/offchain/worker-agent.js';
import { Sessions, WorkerBindings } from '../../src/pallets-mock/pallets/phala-computation/index.js';
import { messageVerifyItem, OffchainIngress } from '../../src/pallets-mock/pallets/phala-mq/index.js';
import { RegistryEvent, TOPIC } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { devSeed } from '../../src/pallets-mock/pallets/phala-registry/dev-identities.js';
import { fromHex, toHex } from '../../src/pallets-mock/primitives/bytes.js';
import {
  clearVerifiedMemo,
  cryptoReady,
  verifiedMemoSize,
  verifySignature,
  verifySignatureInThread,
} from '../../src/pallets-mock/primitives/signature.js';
import { preverify, type VerifyItem } from '../../src/pallets-mock/primitives/signature-batch.js';
import { poolWithSimWorker } from '../fixtures/sim-worker-pool.js';

let pool: VerifyPool;

beforeAll(async () => {
  await cryptoReady();
  pool = createVerifyPool(2);
  await pool.ready;
});
afterAll(() => pool.close());
beforeEach(() => clearVerifiedMemo());

const bench = { type: 'BenchReport' as const, value: { start_time: 0n, iterations: 0n } };

const flip = (b: Uint8Array, i = 0): Uint8Array => {
  const c = b.slice();
  c[i] = (c[i] as number) ^ 1;
  return c;
};

function cases(type: 'sr25519' | 'ed25519'): VerifyItem[] {
  const keyring = new Keyring({ type });
  const alice = keyring.addFromUri('//Alice');
  const bob = keyring.addFromUri('//Bob');
  const kind = type === 'sr25519' ? 'Sr25519' : 'Ed25519';
  const out: VerifyItem[] = [];
  for (let i = 0; i < 6; i++) {
    const message = new Uint8Array(40 + i * 30).fill(i + 1);
    const signature = alice.sign(message);
    out.push(
      { kind, signature, message, key: alice.publicKey },
      { kind, signature, message: flip(message, i), key: alice.publicKey },
      { kind, signature: flip(signature, 10 + i), message, key: alice.publicKey },
      { kind, signature, message, key: bob.publicKey },
    );
  }
  return out;
}

const inThread = (items: VerifyItem[]) =>
  items.map((it) => verifySignatureInThread(it.kind, it.signature, it.message, it.key));

describe('the verification pool', () => {
  it('gives the in-thread verdicts on valid, tampered and wrong-key items', async () => {
    for (const type of ['sr25519', 'ed25519'] as const) {
      const items = cases(type);
      const expected = inThread(items);
      expect(expected.filter(Boolean)).toHaveLength(6); // only the untouched ones are valid
      expect(await pool.verify(items)).toEqual(expected);
      // Split over the workers in other shapes: one item, and concurrent batches.
      expect(await pool.verify(items.slice(1, 2))).toEqual([false]);
      const [a, b] = await Promise.all([pool.verify(items.slice(0, 7)), pool.verify(items.slice(7))]);
      expect([...a, ...b]).toEqual(expected);
    }
  });

  it('the memo holds only verified items, is consumed, and never turns a false into a true', async () => {
    const items = cases('sr25519');
    const verdicts = await preverify(pool, items);
    expect(verdicts).toEqual(inThread(items));
    expect(verifiedMemoSize()).toBe(6);
    const [good, badMsg, badSig, wrongKey] = items as [VerifyItem, VerifyItem, VerifyItem, VerifyItem];
    // Siblings of a memoised item: every byte that differs is checked for real.
    for (const it of [badMsg, badSig, wrongKey])
      expect(verifySignature(it.kind, it.signature, it.message, it.key)).toBe(false);
    expect(verifiedMemoSize()).toBe(6);
    expect(verifySignature(good.kind, good.signature, good.message, good.key)).toBe(true);
    expect(verifiedMemoSize()).toBe(5); // consumed
    // A second check of the same bytes verifies again (and is still true).
    expect(verifySignature(good.kind, good.signature, good.message, good.key)).toBe(true);
  });

  it('a forged relayed message fails dispatch with InvalidSignature though its genuine sibling was pre-verified', async () => {
    const rt = createRuntime();
    const key = sr25519PairFromSeed(devSeed('verify-pool-test/worker'));
    const ch = new SignedMessageChannel({ type: 'Worker', value: toHex(key.publicKey) }, key);
    const m0 = ch.push(TOPIC.registryEvent, RegistryEvent, bench);
    const forged = { ...m0, signature: toHex(flip(fromHex(m0.signature), 5)) };
    expect(await preverify(pool, [rt.kernel.enter(() => messageVerifyItem(m0))])).toEqual([true]);
    expect(verifiedMemoSize()).toBe(1);
    expect(rt.dispatch('//Bob', 'PhalaMq.sync_offchain_message', { signed_message: forged })).toMatchObject({
      error: 'PhalaRegistry.InvalidSignature',
    });
    expect(verifiedMemoSize()).toBe(1);
    expect(rt.dispatch('//Bob', 'PhalaMq.sync_offchain_message', { signed_message: m0 }).ok).toBe(true);
    expect(verifiedMemoSize()).toBe(0); // dispatch consumed the pool's verdict
  });
});

describe('DevChain submissions through the pool', () => {
  it('a bad extrinsic signature is refused with BadProof; good ones in the same batch are pooled', async () => {
    const chain = new DevChain({ mode: 'Manual', verifier: pool });
    const call = {
      type: 'System',
      value: { type: 'remark', value: { remark: '0x01' } },
    };
    const good = [signCall(chain, '//Alice', call), signCall(chain, '//Bob', call)];
    const bad = signCall(chain, '//Charlie', call);
    // The signature is the 64 bytes before the extra and call: flip one inside it.
    const tampered = flip(bad, 1 + 1 + 32 + 1 + 10);
    const results = await Promise.allSettled([
      chain.submitQueued(good[0] as Uint8Array),
      chain.submitQueued(tampered),
      chain.submitQueued(good[1] as Uint8Array),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const err = (results[1] as PromiseRejectedResult).reason;
    expect(err).toBeInstanceOf(ChainError);
    expect((err as ChainError).code).toBe(1010);
    expect((err as ChainError).invalid).toBe('BadProof');
    expect(chain.pool.size).toBe(2);
    expect(verifiedMemoSize()).toBe(0); // both good verdicts consumed by validation, none for the bad one
    chain.stop();
  });

  it('a forged relayed message in a submitted extrinsic fails dispatch; the genuine one is applied', async () => {
    const chain = new DevChain({ mode: 'Manual', verifier: pool });
    const w = new PRuntimeWorker({ name: 'verify-pool' });
    const ias = new SimulatedAttestationService();
    const nowSec = 1_767_225_600n + 12n;
    chain.submit(
      signCall(chain, '//Ferdie', {
        type: 'PhalaRegistry',
        value: { type: 'register_worker_v2', value: w.registration(ias, nowSec) },
      }),
    );
    await chain.newBlocks(1);
    const m0 = w.egress.push(TOPIC.registryEvent, RegistryEvent, bench);
    const forged = { ...m0, signature: toHex(flip(fromHex(m0.signature), 3)) };
    const ingress = () =>
      chain.atBlock(undefined, () => OffchainIngress.tryGet({ type: 'Worker', value: w.pubkey }) ?? 0n);
    await chain.submitQueued(signCall(chain, '//Ferdie', relayCall(forged)));
    await chain.newBlocks(1);
    expect(ingress()).toBe(0n);
    await chain.submitQueued(signCall(chain, '//Ferdie', relayCall(m0)));
    expect(verifiedMemoSize()).toBe(1); // the relayed message's verdict waits for dispatch
    await chain.newBlocks(1);
    expect(ingress()).toBe(1n);
    expect(verifiedMemoSize()).toBe(0);
    chain.stop();
  });

  it('the in-process actors take a worker to computing with their relays pre-verified on the pool', async () => {
    let pooled = 0;
    const counting = {
      threads: pool.threads,
      verify: (items: readonly VerifyItem[]) => {
        pooled += items.length;
        return pool.verify(items);
      },
      close: async () => {},
    };
    const chain = new DevChain({ mode: 'Manual', verifier: counting });
    const { actors, pubkey } = await poolWithSimWorker(chain);
    const state = () =>
      chain.atBlock(undefined, () => {
        const s = WorkerBindings.tryGet(pubkey);
        return s === undefined ? undefined : Sessions.tryGet(s)?.state.type;
      });
    for (let i = 0; i < 100 && state() !== 'WorkerIdle'; i++) {
      await chain.newBlocks(1);
      await new Promise((r) => setImmediate(r));
    }
    expect(state()).toBe('WorkerIdle');
    expect(actors.refused).toBe(0);
    expect(pooled).toBeGreaterThan(0);
    actors.stop();
    chain.stop();
  });
});
