/**
 * Historical reads (issue 20, defects 2 and 3) over a real WebSocket: runtime calls at a block other than
 * the head — `state_call` with an `at` and `chainHead_v1_call` on an older pinned block — answer the
 * state of that block (they overflowed the stack before); storage and paged keys at old blocks agree
 * with what the chain said at the time; `state_queryStorage` is bounded in keys × blocks and
 * `chain_getBlockHash` in array length, each with an error naming the bound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Account } from '../../src/pallets-mock/pallets/system/index.js';
import { fromHex, toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { MAX_BLOCK_HASHES } from '../../src/pallets-mock/rpc/legacy-chain.js';
import { MAX_QUERY_CELLS } from '../../src/pallets-mock/rpc/legacy-state.js';
import {
  alice,
  bob,
  charlie,
  hex,
  type Node,
  PHA,
  RawClient,
  remarkCall,
  signTx,
  startNode,
  transferCall,
  walkQueryStorageAt,
} from './helpers.js';

let node: Node;
let rpc: RawClient;
/** Block hashes after each of Alice's transactions: hashes[i] has Alice's nonce i + 1. */
const hashes: string[] = [];

const nonceArg = toHex(alice.publicKey);
const charlieArg = toHex(charlie.publicKey);
const u32le = (hexValue: string) => new DataView(fromHex(hexValue).buffer).getUint32(0, true);

beforeAll(async () => {
  node = await startNode({ mode: 'Manual', dev: true });
  rpc = await RawClient.connect(node.server.url);
  for (let n = 0n; n < 4n; n++) {
    await rpc.call('author_submitExtrinsic', [
      hex(signTx(node.chain, alice, remarkCall('0x01'), { nonce: n })),
    ]);
    hashes.push(await rpc.call<string>('dev_newBlock'));
  }
  await rpc.call('author_submitExtrinsic', [
    hex(signTx(node.chain, bob, transferCall(alice.address, PHA), { nonce: 0n })),
  ]);
  await rpc.call('dev_newBlock', [{ count: 3 }]);
});
afterAll(async () => {
  rpc?.close();
  await node?.stop();
});

describe('defect 3: runtime calls at any block but the head overflowed the stack', () => {
  it('state_call with an `at` answers the state of that block', async () => {
    for (const [i, at] of hashes.entries()) {
      const out = await rpc.call<string>('state_call', ['AccountNonceApi_account_nonce', nonceArg, at]);
      expect(u32le(out)).toBe(i + 1);
      // a key no later block changed (Charlie's account) is read from the head state: on 97cdb9f that
      // read went back into the block's own view and recursed until the stack overflowed
      const untouched = await rpc.call<string>('state_call', [
        'AccountNonceApi_account_nonce',
        charlieArg,
        at,
      ]);
      expect(u32le(untouched)).toBe(0);
    }
  });

  it('chainHead_v1_call on an older pinned block answers that block', async () => {
    type Event = { event: string; operationId?: string; output?: string };
    const id = await rpc.call<string>('chainHead_v1_follow', [true]);
    const notes = () => rpc.notes(id) as Event[];
    const until = async (pred: (e: Event) => boolean) => {
      const deadline = Date.now() + 10_000;
      while (!notes().some(pred)) {
        if (Date.now() > deadline) throw new Error('timed out waiting for a follow event');
        await new Promise((r) => setTimeout(r, 5));
      }
      return notes().find(pred) as Event;
    };
    // Pinned on announcement: `older` (Alice's nonce 4), then a newer block (nonce 5) on top of it.
    const older = await rpc.call<string>('dev_newBlock');
    await until((e) => e.event === 'newBlock');
    await rpc.call('author_submitExtrinsic', [
      hex(signTx(node.chain, alice, remarkCall('0x02'), { nonce: 4n })),
    ]);
    await rpc.call('dev_newBlock');
    const started = await rpc.call<{ result: string; operationId: string }>('chainHead_v1_call', [
      id,
      older,
      'AccountNonceApi_account_nonce',
      nonceArg,
    ]);
    expect(started.result).toBe('started');
    const done = await until((e) => e.operationId === started.operationId);
    expect(done.event).toBe('operationCallDone');
    expect(u32le(done.output ?? '0x')).toBe(4);
    // and a key no later block changed (it overflowed the stack on 97cdb9f)
    const untouched = await rpc.call<{ result: string; operationId: string }>('chainHead_v1_call', [
      id,
      older,
      'AccountNonceApi_account_nonce',
      charlieArg,
    ]);
    const untouchedDone = await until((e) => e.operationId === untouched.operationId);
    expect(untouchedDone.event).toBe('operationCallDone');
    expect(u32le(untouchedDone.output ?? '0x')).toBe(0);
    expect(u32le(await rpc.call<string>('state_call', ['AccountNonceApi_account_nonce', nonceArg]))).toBe(5);
    await rpc.call('chainHead_v1_unfollow', [id]);
  });
});

describe('defect 2: freeze with one request — historical reads and bounded ranges', () => {
  it('storage and paged keys at old blocks are what they were', async () => {
    const key = node.chain.kernel.enter(() => Account.key(alice.address as never));
    for (const [i, at] of hashes.entries()) {
      const value = await rpc.call<string>('state_getStorage', [key, at]);
      // AccountInfo starts with the nonce (u32 LE).
      expect(u32le(value)).toBe(i + 1);
    }
    const prefix = key.slice(0, 66);
    expect(await rpc.call<string[]>('state_getKeysPaged', [prefix, 1000, null, hashes[0]])).toContain(key);
  });

  it('state_queryStorage over more keys × blocks than the bound is refused naming it', async () => {
    const keys = Array.from({ length: 100 }, (_, i) => `0x${i.toString(16).padStart(4, '0')}`);
    const from = await rpc.call<string>('chain_getBlockHash', [0]);
    const big = Array.from({ length: MAX_QUERY_CELLS }, (_, i) => `0x${i.toString(16).padStart(6, '0')}`);
    const refused = await rpc.request('state_queryStorage', [big, from]);
    expect(refused.error).toMatchObject({ code: 4001, message: 'Invalid block range' });
    expect(String(refused.error?.data)).toContain(`at most ${MAX_QUERY_CELLS} keys × blocks`);
    const fine = await rpc.request('state_queryStorage', [keys, from]);
    expect(Array.isArray(fine.result)).toBe(true);
  });

  it('state_queryStorage lists, block by block, exactly the values state_queryStorageAt reads that changed', async () => {
    const keys = [
      node.chain.kernel.enter(() => Account.key(alice.address as never)),
      node.chain.kernel.enter(() => Account.key(bob.address as never)),
      node.chain.kernel.enter(() => Account.key(charlie.address as never)),
      '0x00ff', // never written
    ];
    const best = Number(node.chain.best);
    const blockHashes = await rpc.call<string[]>('chain_getBlockHash', [
      Array.from({ length: best + 1 }, (_, i) => i),
    ]);
    const walked = await walkQueryStorageAt(rpc, keys, blockHashes);
    const answered = await rpc.call('state_queryStorage', [keys, blockHashes[0], blockHashes[best]]);
    expect(answered).toEqual(walked);
    expect(walked.length).toBeGreaterThan(2);
  });

  it('chain_getBlockHash with a giant array is refused naming the bound', async () => {
    const numbers = Array.from({ length: MAX_BLOCK_HASHES + 1 }, (_, i) => i);
    const reply = await rpc.request('chain_getBlockHash', [numbers]);
    expect(reply.error).toMatchObject({ code: -32602 });
    expect(String(reply.error?.data)).toContain(`at most ${MAX_BLOCK_HASHES}`);
    const ok = await rpc.call<Array<string | null>>('chain_getBlockHash', [numbers.slice(0, 3)]);
    expect(ok[0]).toMatch(/^0x/);
  });
});
