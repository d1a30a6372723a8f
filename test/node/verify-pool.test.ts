/**
 * Signature verification on the worker_threads pool (issue 19 items 1 and 3): the pool's verdicts equal
 * the in-thread verifier's on valid, tampered-message, tampered-signature and wrong-key items (sr25519 and
 * ed25519); the verified memo never turns a false into a true (a tampered item whose genuine sibling was
 * pre-verified still fails, at the pallet and at the chain) and holds one check per verification of the
 * same bytes; a registration's IAS certificate and report signatures pre-verified on the pool are what
 * `register_worker_v2` consumes, and a tampered report still fails; a bad extrinsic signature submitted through
 * the pooled path is still refused with BadProof, and a forged relayed message still fails dispatch; the
 * in-process actors work with their relays pre-verified on the pool; over a real WebSocket, a JSON-RPC
 * batch of author_submitAndWatchExtrinsic and transaction_v1_broadcast requests, each with one tampered
 * signature, is pre-verified in batches and the tampered ones are still refused (1010 BadProof, a
 * broadcast dropped silently).
 */
import { Keyring } from '@polkadot/keyring';
import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startServer } from '../../chain/server.js';
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
import { attestationVerifyItems } from '../../src/pallets-mock/pallets/phala-registry/index.js';
import { fromHex, toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { blake2_256 } from '../../src/pallets-mock/primitives/hashing.js';
import {
  clearVerifiedMemo,
  cryptoReady,
  verifiedMemoSize,
  verifySignature,
  verifySignatureInThread,
} from '../../src/pallets-mock/primitives/signature.js';
import { preverify, type VerifyItem } from '../../src/pallets-mock/primitives/signature-batch.js';
import { poolWithSimWorker } from '../fixtures/sim-worker-pool.js';
import { RawClient, type RpcReply } from '../rpc/helpers.js';

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

  it('the same bytes verified k times on the pool stand for k checks, no more', async () => {
    const [good, bad] = cases('ed25519') as [VerifyItem, VerifyItem];
    expect(await preverify(pool, [good, bad, good])).toEqual([true, false, true]);
    expect(verifiedMemoSize()).toBe(2);
    expect(verifySignature(bad.kind, bad.signature, bad.message, bad.key)).toBe(false);
    expect(verifySignature(good.kind, good.signature, good.message, good.key)).toBe(true);
    expect(verifiedMemoSize()).toBe(1);
    expect(verifySignature(good.kind, good.signature, good.message, good.key)).toBe(true);
    expect(verifiedMemoSize()).toBe(0);
  });

  it("a registration's IAS signatures pre-verified on the pool are consumed by its dispatch; a tampered report still fails", async () => {
    const rt = createRuntime();
    rt.advanceBlocks(1);
    const nowSec = (rt.query('Timestamp.Now') as bigint) / 1000n;
    const w = new PRuntimeWorker({ name: 'verify-pool-registration' });
    const args = w.registration(new SimulatedAttestationService(), nowSec);
    const items = rt.kernel.enter(() => attestationVerifyItems(args.attestation));
    expect(items.map((it) => it.kind)).toEqual(['Ed25519', 'Ed25519']); // certificate, then report
    expect(await preverify(pool, items)).toEqual([true, true]);
    expect(verifiedMemoSize()).toBe(2);
    const report = fromHex(args.attestation.value.ra_report);
    const tampered = {
      ...args,
      attestation: {
        ...args.attestation,
        value: { ...args.attestation.value, ra_report: toHex(flip(report, 40)) },
      },
    };
    expect(rt.dispatch('//Ferdie', 'PhalaRegistry.register_worker_v2', tampered)).toMatchObject({
      error: 'PhalaRegistry.InvalidIASSigningCert',
    });
    expect(verifiedMemoSize()).toBe(1); // the shared certificate's verdict went to the tampered one
    expect(rt.dispatch('//Ferdie', 'PhalaRegistry.register_worker_v2', args).ok).toBe(true);
    expect(verifiedMemoSize()).toBe(0); // its certificate verified here, its report's verdict consumed
    expect(rt.query('PhalaRegistry.Workers', w.pubkey)).toBeTruthy();
  });

  it('a verdict over a 32-byte message is not taken for a long message that hashes to it', async () => {
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const long = new Uint8Array(300).fill(9);
    const short = blake2_256(long); // what the memo compares a long message by
    const item: VerifyItem = {
      kind: 'Sr25519',
      signature: alice.sign(short),
      message: short,
      key: alice.publicKey,
    };
    expect(await preverify(pool, [item])).toEqual([true]);
    expect(verifySignature(item.kind, item.signature, long, item.key)).toBe(false);
    expect(verifiedMemoSize()).toBe(1);
    expect(verifySignature(item.kind, item.signature, short, item.key)).toBe(true);
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

describe('submissions over WebSocket through the pool', () => {
  it('watched and broadcast submissions are pre-verified in batches; tampered signatures are still refused', async () => {
    const batches: number[] = [];
    const counting = {
      threads: pool.threads,
      verify: (items: readonly VerifyItem[]) => {
        batches.push(items.length);
        return pool.verify(items);
      },
      close: async () => {},
    };
    const chain = new DevChain({ mode: 'Manual', verifier: counting });
    const server = await startServer(chain, { host: '127.0.0.1', port: 0 });
    const client = await RawClient.connect(server.url);
    try {
      const call = { type: 'System', value: { type: 'remark', value: { remark: '0x02' } } };
      // The signature is the 64 bytes after the length prefix (2), version, address kind, key and kind.
      const tamper = (xt: Uint8Array) => flip(xt, 2 + 1 + 1 + 32 + 1 + 10);
      const watched = [
        signCall(chain, '//Alice', call),
        tamper(signCall(chain, '//Charlie', call)),
        signCall(chain, '//Bob', call),
      ];
      const broadcast = [signCall(chain, '//Dave', call), tamper(signCall(chain, '//Eve', call))];
      const request = (id: number, method: string, xt: Uint8Array) => ({
        jsonrpc: '2.0',
        id,
        method,
        params: [toHex(xt)],
      });
      const replies = (await client.sendRaw(
        JSON.stringify([
          ...watched.map((xt, i) => request(i, 'author_submitAndWatchExtrinsic', xt)),
          ...broadcast.map((xt, i) => request(10 + i, 'transaction_v1_broadcast', xt)),
        ]),
      )) as RpcReply[];
      const byId = new Map(replies.map((r) => [r.id, r]));
      expect(typeof byId.get(0)?.result).toBe('string');
      expect(byId.get(1)?.error).toEqual({
        code: 1010,
        message: 'Invalid Transaction',
        data: 'Transaction has a bad signature',
      });
      expect(typeof byId.get(2)?.result).toBe('string');
      expect(typeof byId.get(10)?.result).toBe('string');
      expect(typeof byId.get(11)?.result).toBe('string'); // dropped silently, as the spec asks
      await client.waitNotes(byId.get(0)?.result as string, 1);
      expect(client.notes(byId.get(0)?.result as string)).toEqual(['ready']);
      // The broadcasts are submitted after the response: wait for Dave's to be pooled.
      // (the test's timeout bounds the wait, not a wall-clock count: verifying takes longer on a loaded machine)
      while (chain.pool.size < 3) await new Promise((r) => setTimeout(r, 10));
      expect(chain.pool.size).toBe(3);
      expect(
        chain.pool
          .all()
          .map((tx) => tx.xt.hash)
          .sort(),
      ).toEqual(
        [watched[0], watched[2], broadcast[0]].map((xt) => toHex(blake2_256(xt as Uint8Array))).sort(),
      );
      // One batch for the three watched submissions, one for the two broadcasts.
      expect(batches).toEqual([3, 2]);
      expect(verifiedMemoSize()).toBe(0); // every good verdict consumed, none recorded for a bad one
    } finally {
      client.close();
      await server.close();
      chain.stop();
    }
  });
});
