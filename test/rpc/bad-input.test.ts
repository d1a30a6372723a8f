/**
 * Bad input over a real socket, against a node served without dev RPCs (limits: 64 KiB requests, 32
 * subscriptions per connection), Instant mode. Every case is answered with a proper JSON-RPC error and
 * the node keeps serving; the last test proves it with a successful transfer on a fresh connection.
 *
 * What it proves:
 * - Malformed JSON (text and binary frames) → -32700; non-requests → -32600; unknown methods → -32601
 *   "Method not found"; wrong params → -32602 for every parameter kind.
 * - Oversized requests → -32007 over WebSocket and 413 + -32007 over HTTP, connection kept; a frame
 *   over the limit + 1 MiB closes only that socket (1009).
 * - Transactions (1010 "Invalid Transaction" with Substrate's texts, contracts §5): a flipped byte in
 *   the signature, call or signer, a wrong genesis hash, spec version or transaction version → "bad
 *   signature"; a replayed nonce after inclusion → "outdated"; an expired mortal era → "bad signature"
 *   (as Substrate: the birth block then resolves to another hash); a birth block not yet built →
 *   "ancient birth block"; an unfunded signer → "Inability to pay some fees"; an unsigned call →
 *   "Transaction call is not expected"; undecodable bytes → 1001; resubmission while pooled → 1013; a
 *   second tx with the same nonce and tip → 1014.
 * - A flood of subscriptions hits the per-connection cap (-32006) without touching other connections.
 * - Dev RPCs are refused with "Method not found" and absent from rpc_methods without --dev.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WS_FRAME_SLACK } from '../../chain/server.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { type Era, encodeUnsigned } from '../../src/pallets-mock/devchain/extrinsic.js';
import { createRpcCore } from '../../src/pallets-mock/rpc/method-table.js';
import {
  alice,
  bob,
  charlie,
  flipByte,
  hex,
  httpPost,
  keyring,
  type Node,
  PHA,
  RawClient,
  remarkCall,
  signTx,
  startNode,
  transferCall,
} from './helpers.js';

const LIMIT = 64 * 1024;
let node: Node;
let rpc: RawClient;

beforeAll(async () => {
  node = await startNode({ mode: 'Instant', maxRequestBytes: LIMIT, maxSubscriptions: 32 });
  rpc = await RawClient.connect(node.server.url);
});
afterAll(async () => {
  rpc?.close();
  await node?.stop();
});

const nextNonce = async (address: string) =>
  BigInt(await rpc.call<number>('system_accountNextIndex', [address]));

/** Offset of the 64 signature bytes in a signed v4 extrinsic: prefix, version, MultiAddress, sig type. */
function signatureOffset(tx: Uint8Array): number {
  const mode = (tx[0] ?? 0) & 3;
  const prefix = mode === 0 ? 1 : mode === 1 ? 2 : 4;
  return prefix + 1 + 33 + 1;
}

async function expectInvalid(tx: Uint8Array, data: string): Promise<void> {
  const r = await rpc.request('author_submitExtrinsic', [hex(tx)]);
  expect(r.error).toEqual({ code: 1010, message: 'Invalid Transaction', data });
}

describe('malformed frames', () => {
  it('malformed JSON → -32700, text or binary', async () => {
    for (const frame of ['{', 'garbage', '{"jsonrpc":"2.0","id":1,', '', '[1,2', '\u00ff\u00fe']) {
      const r = (await rpc.sendRaw(frame)) as { id: unknown; error: { code: number } };
      expect(r.id).toBeNull();
      expect(r.error.code).toBe(-32700);
    }
    const bin = (await rpc.sendRaw(Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0x00, 0x7b]))) as {
      error: { code: number };
    };
    expect(bin.error.code).toBe(-32700);
  });

  it('non-requests → -32600', async () => {
    for (const frame of ['42', '"x"', 'null', 'true', '[]', '{}', '{"jsonrpc":"2.0","id":1}']) {
      const r = (await rpc.sendRaw(frame)) as { error: { code: number } };
      expect(r.error.code).toBe(-32600);
    }
  });

  it('unknown methods → -32601 "Method not found"', async () => {
    for (const m of ['foo', 'state_getReadProofX', 'chain_subscribeNewHeadz', '', 'a'.repeat(1000)]) {
      expect((await rpc.request(m)).error).toEqual({ code: -32601, message: 'Method not found' });
    }
  });

  it('wrong params → -32602', async () => {
    const cases: Array<[string, unknown[]]> = [
      ['chain_getBlockHash', ['abc']],
      ['chain_getBlockHash', [-5]],
      ['chain_getBlockHash', [{}]],
      ['chain_getHeader', [12]],
      ['chain_getBlock', ['0xzz']],
      ['state_getStorage', [123]],
      ['state_getStorage', ['0x123']], // odd length
      ['state_getStorage', ['0x12', '0x1234']], // short block hash
      ['state_getKeysPaged', ['0x', 5000]],
      ['state_getKeysPaged', ['0x', 'ten']],
      ['state_queryStorageAt', ['0x12']],
      ['state_call', [7, '0x']],
      ['state_call', ['Core_version', 'zz']],
      ['author_submitExtrinsic', ['not hex']],
      ['author_submitExtrinsic', []],
      ['system_accountNextIndex', ['bogus']],
      ['system_accountNextIndex', [42]],
      ['chain_unsubscribeNewHeads', [{ id: 1 }]],
      ['system_health', [1, 2]],
    ];
    for (const [method, params] of cases) {
      const r = await rpc.request(method, params);
      expect([method, r.error?.code]).toEqual([method, -32602]);
      expect(r.error?.message).toBe('Invalid params');
    }
  });
});

describe('oversized requests', () => {
  it('over the limit → -32007 over WebSocket; the connection stays open', async () => {
    const r = await rpc.request('system_name', ['x'.repeat(LIMIT)]);
    expect(r.error).toEqual({
      code: -32007,
      message: 'Request is too big',
      data: `Exceeded max limit of ${LIMIT} (--rpc-max-request-size)`,
    });
    expect(rpc.open).toBe(true);
    expect(await rpc.call('system_name')).toBe('pha-stake-node');
  });

  it('over the limit → 413 with -32007 over HTTP', async () => {
    const big = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'system_name',
      params: ['y'.repeat(LIMIT * 3)],
    });
    const r = await httpPost(node.server.httpUrl, big);
    expect(r.status).toBe(413);
    expect(r.body).toMatchObject({ error: { code: -32007 } });
  });

  it('a frame over the limit + 1 MiB closes only that socket (1009)', async () => {
    const other = await RawClient.connect(node.server.url);
    const huge = 'z'.repeat(LIMIT + WS_FRAME_SLACK + 1);
    other.ws.send(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'x', params: [huge] }));
    expect(await other.waitClose()).toBe(1009);
    expect(await rpc.call('system_name')).toBe('pha-stake-node');
  });
});

describe('invalid transactions → 1010 with Substrate texts', () => {
  it('a flipped byte in the signature, call or signer → bad signature', async () => {
    const nonce = await nextNonce(alice.address);
    const tx = signTx(node.chain, alice, transferCall(bob.address, PHA), { nonce });
    const sig = signatureOffset(tx);
    await expectInvalid(flipByte(tx, sig + 10), 'Transaction has a bad signature');
    await expectInvalid(flipByte(tx, tx.length - 1), 'Transaction has a bad signature'); // amount
    await expectInvalid(flipByte(tx, sig - 3), 'Transaction has a bad signature'); // signer key
  });

  it('a wrong genesis hash, spec version or transaction version → bad signature', async () => {
    const nonce = await nextNonce(alice.address);
    const call = transferCall(bob.address, PHA);
    await expectInvalid(
      signTx(node.chain, alice, call, { nonce, genesisHash: `0x${'42'.repeat(32)}` }),
      'Transaction has a bad signature',
    );
    await expectInvalid(
      signTx(node.chain, alice, call, { nonce, specVersion: 1241 }),
      'Transaction has a bad signature',
    );
    await expectInvalid(
      signTx(node.chain, alice, call, { nonce, transactionVersion: 9 }),
      'Transaction has a bad signature',
    );
  });

  it('a replayed nonce after inclusion → outdated', async () => {
    const nonce = await nextNonce(alice.address);
    const tx = signTx(node.chain, alice, remarkCall('0x0a'), { nonce });
    const id = await rpc.call<string>('author_submitAndWatchExtrinsic', [hex(tx)]);
    const notes = await rpc.waitNotes(id, 3);
    expect(notes[2]).toHaveProperty('finalized');
    await expectInvalid(tx, 'Transaction is outdated');
  });

  it('an expired mortal era → bad signature; a birth block not yet built → ancient birth block', async () => {
    const { chain } = node;
    const period = 4n;
    const best = chain.best;
    const era: Era = { period, phase: best % period };
    const nonce = await nextNonce(alice.address);
    const tx = signTx(chain, alice, remarkCall('0x0b'), { nonce, era, birthHash: chain.head.hash });
    // valid right now …
    const ok = await rpc.request('state_call', [
      'TaggedTransactionQueue_validate_transaction',
      hex(Uint8Array.from([2, ...tx, ...new Uint8Array(32)])),
    ]);
    expect(String(ok.result).startsWith('0x00')).toBe(true);
    // … but not once the era has passed
    await chain.newBlocks(Number(period) + 1);
    await expectInvalid(tx, 'Transaction has a bad signature');

    const current = chain.best + 1n;
    const unborn: Era = { period, phase: current % period };
    const tx2 = signTx(chain, alice, remarkCall('0x0c'), { nonce, era: unborn, birthHash: chain.head.hash });
    await expectInvalid(tx2, 'Transaction has an ancient birth block');
  });

  it('an unfunded signer, an unsigned call, undecodable bytes', async () => {
    const pauper = keyring.addFromUri('//Pauper');
    await expectInvalid(
      signTx(node.chain, pauper, remarkCall('0x'), { nonce: 0n }),
      'Inability to pay some fees (e.g. account balance too low)',
    );
    const unsigned = encodeUnsigned(node.chain.kernel, remarkCall('0x'));
    await expectInvalid(unsigned, 'Transaction call is not expected');
    const r = await rpc.request('author_submitExtrinsic', ['0x0c84ffff']);
    expect(r.error?.code).toBe(1001);
    expect(r.error?.message).toBe('Extrinsic has invalid format');
  });

  it('already imported (1013) and a same-nonce replacement without a higher tip (1014)', async () => {
    const chain = new DevChain({ mode: 'Manual' });
    const core = createRpcCore(chain);
    const submit = async (tx: Uint8Array) =>
      (await core.handleOnce(
        JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'author_submitExtrinsic', params: [hex(tx)] }),
      )) as {
        result?: string;
        error?: { code: number; message: string };
      };
    const a = signTx(chain, charlie, remarkCall('0x01'), { nonce: 0n });
    const b = signTx(chain, charlie, remarkCall('0x02'), { nonce: 0n });
    expect((await submit(a)).result).toMatch(/^0x[0-9a-f]{64}$/);
    expect((await submit(a)).error).toMatchObject({ code: 1013, message: 'Transaction Already Imported' });
    expect((await submit(b)).error).toMatchObject({
      code: 1014,
      message: expect.stringMatching(/^Priority is too low: \(\d+ vs \d+\)$/),
    });
    chain.stop();
  });
});

describe('subscription flood', () => {
  it('hits the per-connection cap with -32006; other connections are unaffected', async () => {
    const flood = await RawClient.connect(node.server.url);
    const methods = [
      'chain_subscribeNewHeads',
      'chain_subscribeFinalizedHeads',
      'state_subscribeRuntimeVersion',
    ];
    const replies = await Promise.all(
      Array.from({ length: 100 }, (_, i) => flood.request(methods[i % 3] as string)),
    );
    const ok = replies.filter((r) => typeof r.result === 'string');
    const refused = replies.filter((r) => r.error?.code === -32006);
    expect(ok).toHaveLength(32);
    expect(refused).toHaveLength(68);
    expect(refused[0]?.error).toEqual({
      code: -32006,
      message: 'Too many subscriptions on the connection',
      data: 'Exceeded max limit of 32 (--rpc-max-subscriptions-per-connection)',
    });
    // the flooded connection still answers plain calls, and frees a slot on unsubscribe
    expect(await flood.call('system_name')).toBe('pha-stake-node');
    const first = ok[0]?.result as string;
    const unsub = [
      'chain_unsubscribeNewHeads',
      'chain_unsubscribeFinalizedHeads',
      'state_unsubscribeRuntimeVersion',
    ];
    const freed = await Promise.all(unsub.map((m) => flood.call<boolean>(m, [first])));
    expect(freed.filter(Boolean)).toHaveLength(1);
    expect(typeof (await flood.call('chain_subscribeNewHeads'))).toBe('string');
    // another connection has its own budget
    expect(typeof (await rpc.call('chain_subscribeNewHeads'))).toBe('string');
    flood.close();
    await flood.waitClose();
  });
});

describe('dev RPCs without --dev', () => {
  it('are refused with "Method not found" and absent from rpc_methods', async () => {
    for (const [m, p] of [
      ['dev_newBlock', [{ count: 1 }]],
      ['dev_setStorage', [[['0x01', '0x02']]]],
      ['dev_timeTravel', [Date.now()]],
      ['dev_setBlockBuildMode', ['Manual']],
      ['sim_startWorker', [{ operator: '//Alice', pool: 0 }]],
    ] as const) {
      expect((await rpc.request(m, p)).error).toEqual({ code: -32601, message: 'Method not found' });
    }
    const { methods } = await rpc.call<{ methods: string[] }>('rpc_methods');
    expect(methods.filter((m) => m.startsWith('dev_') || m.startsWith('sim_'))).toEqual([]);
    expect(await rpc.call('state_getStorage', ['0x01'])).toBeNull(); // dev_setStorage wrote nothing
  });
});

describe('after all that', () => {
  it('the node still serves: a fresh connection transfers and a block is built', async () => {
    const fresh = await RawClient.connect(node.server.url);
    const best = node.chain.best;
    const nonce = BigInt(await fresh.call<number>('system_accountNextIndex', [bob.address]));
    const tx = signTx(node.chain, bob, transferCall(charlie.address, PHA), { nonce });
    const id = await fresh.call<string>('author_submitAndWatchExtrinsic', [hex(tx)]);
    const notes = await fresh.waitNotes(id, 3);
    expect(notes[0]).toBe('ready');
    expect(notes[2]).toHaveProperty('finalized');
    expect(node.chain.best).toBeGreaterThan(best);
    expect(await fresh.call('system_health')).toEqual({ peers: 0, isSyncing: false, shouldHavePeers: false });
    expect(await rpc.call('system_name')).toBe('pha-stake-node');
    fresh.close();
  });
});
