/**
 * The legacy method set over a real socket (raw JSON-RPC, no client library between the test and the
 * wire), against a Manual-mode dev chain served with dev RPCs on 127.0.0.1.
 *
 * What it proves (spec/chain-rpc.md §1.3 shapes, contracts §5):
 * - system_*: chain, name, version, properties, chainType, health, peers/roles, accountNextIndex
 *   counting pooled transactions.
 * - chain_*: getBlockHash with none / number / hex / array (unknown → null), headers as JSON whose
 *   blake2_256(SCALE) is the block hash, blocks with extrinsics and `justifications: null`, the
 *   finalized head, and the three head subscriptions with their singular notification names.
 * - state_*: runtime version (+ subscription), metadata (same bytes as Metadata_metadata_at_version),
 *   storage value / hash / size at head and at a past block, paged keys (sorted, strictly after
 *   startKey), queryStorageAt, queryStorage over a range, storage subscriptions (all keys first with
 *   nulls, then only changes, dev_setStorage writes seen with the next block), state_call errors as 4003.
 * - author_*: submitAndWatch statuses "ready" → {inBlock} → {finalized}, "future" for a nonce gap,
 *   pendingExtrinsics; payment_queryInfo / queryFeeDetails in Substrate's JSON.
 * - dev_*: newBlock (count, to), setStorage raw pairs, timeTravel (ms and date string), setBlockBuildMode.
 * - HTTP POST on the same port: JSON answers with CORS *, preflight, batches, 204 for notifications,
 *   405 for GET, no subscriptions.
 */
import { blake2AsU8a, xxhashAsU8a } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeHeader } from '../../src/pallets-mock/devchain/header.js';
import { fromHex, toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { blake2_256 } from '../../src/pallets-mock/primitives/hashing.js';
import {
  alice,
  bob,
  hex,
  httpPost,
  type Node,
  PHA,
  RawClient,
  remarkCall,
  signTx,
  startNode,
  transferCall,
} from './helpers.js';

const SYSTEM_ACCOUNT = '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9';
const TIMESTAMP_NOW = '0xf0c365c3cf59d671eb72da0e7a4113c49f1f0515f462cdcf84e0f1d6045dfcbb';
const accountKey = (pk: Uint8Array) =>
  `${SYSTEM_ACCOUNT}${toHex(blake2AsU8a(pk, 128)).slice(2)}${toHex(pk).slice(2)}`;
const MISSING = `0x${toHex(xxhashAsU8a('Nothing', 128)).slice(2)}${'ab'.repeat(16)}`;

let node: Node;
let rpc: RawClient;

beforeAll(async () => {
  node = await startNode({ mode: 'Manual', dev: true });
  rpc = await RawClient.connect(node.server.url);
});
afterAll(async () => {
  rpc?.close();
  await node?.stop();
});

type Header = {
  parentHash: string;
  number: string;
  stateRoot: string;
  extrinsicsRoot: string;
  digest: { logs: string[] };
};

describe('system_*', () => {
  it('answers identity, health and roles', async () => {
    expect(await rpc.call('system_chain')).toBe('Pha-Stake Development');
    expect(await rpc.call('system_name')).toBe('pha-stake-node');
    expect(typeof (await rpc.call('system_version'))).toBe('string');
    expect(await rpc.call('system_properties')).toEqual({
      ss58Format: 30,
      tokenDecimals: 12,
      tokenSymbol: 'PHA',
    });
    expect(await rpc.call('system_chainType')).toBe('Development');
    expect(await rpc.call('system_health')).toEqual({ peers: 0, isSyncing: false, shouldHavePeers: false });
    expect(typeof (await rpc.call('system_localPeerId'))).toBe('string');
    expect(await rpc.call('system_nodeRoles')).toEqual(['Authority']);
    expect(await rpc.call('system_localListenAddresses')).toEqual([]);
    expect(await rpc.call('system_peers')).toEqual([]);
  });
});

describe('chain_*', () => {
  it('getBlockHash: none, number, hex, array; unknown → null', async () => {
    await rpc.call('dev_newBlock', [{ count: 2 }]);
    const { chain } = node;
    const [h0, h1] = [chain.block(0n)?.hash, chain.block(1n)?.hash];
    expect(await rpc.call('chain_getBlockHash')).toBe(chain.head.hash);
    expect(await rpc.call('chain_getBlockHash', [null])).toBe(chain.head.hash);
    expect(await rpc.call('chain_getBlockHash', [0])).toBe(h0);
    expect(await rpc.call('chain_getBlockHash', ['0x00000001'])).toBe(h1);
    expect(await rpc.call('chain_getHead', [1])).toBe(h1);
    expect(await rpc.call('chain_getBlockHash', [[0, '0x1', 9999]])).toEqual([h0, h1, null]);
    expect(await rpc.call('chain_getBlockHash', [9999])).toBeNull();
  });

  it('getHeader / getBlock: JSON shapes, hash = blake2_256(SCALE header), unknown → null', async () => {
    const { chain } = node;
    const head = await rpc.call<Header>('chain_getHeader');
    expect(head.number).toBe(`0x${chain.best.toString(16)}`);
    expect(head.digest).toEqual({ logs: [] });
    expect(toHex(blake2_256(encodeHeader(chain.head.header)))).toBe(chain.head.hash);
    const h1 = chain.block(1n)?.hash as string;
    const one = await rpc.call<Header>('chain_getHeader', [h1]);
    expect(one.number).toBe('0x1');
    expect(one.parentHash).toBe(chain.genesisHash);
    expect(await rpc.call('chain_getHeader', [`0x${'00'.repeat(32)}`])).toBeNull();
    const block = await rpc.call<{ block: { header: Header; extrinsics: string[] }; justifications: null }>(
      'chain_getBlock',
      [h1],
    );
    expect(block.justifications).toBeNull();
    expect(block.block.header).toEqual(one);
    expect(block.block.extrinsics).toHaveLength(1); // the timestamp inherent
    expect(await rpc.call('chain_getBlock', [`0x${'11'.repeat(32)}`])).toBeNull();
    expect(await rpc.call('chain_getFinalizedHead')).toBe(chain.head.hash);
    expect(await rpc.call('chain_getFinalisedHead')).toBe(chain.head.hash);
  });

  it('head subscriptions: current head at once, then every block, singular notification names', async () => {
    const newId = await rpc.call<string>('chain_subscribeNewHead');
    const finId = await rpc.call<string>('chain_subscribeFinalizedHeads');
    const allId = await rpc.call<string>('chain_subscribeAllHeads');
    const best = Number(node.chain.best);
    await rpc.call('dev_newBlock', [{ count: 2 }]);
    for (const id of [newId, finId, allId]) {
      const notes = (await rpc.waitNotes(id, 3)) as Header[];
      expect(notes.map((h) => Number(h.number))).toEqual([best, best + 1, best + 2]);
    }
    const methods = new Set(rpc.log.flatMap((m) => (!Array.isArray(m) && 'method' in m ? [m.method] : [])));
    expect([...methods]).toEqual(
      expect.arrayContaining(['chain_newHead', 'chain_finalizedHead', 'chain_allHead']),
    );
    expect(await rpc.call('chain_unsubscribeNewHeads', [newId])).toBe(true);
    expect(await rpc.call('chain_unsubscribeFinalizedHeads', [finId])).toBe(true);
    expect(await rpc.call('chain_unsubscribeAllHeads', [allId])).toBe(true);
    expect(await rpc.call('chain_unsubscribeAllHeads', [allId])).toBe(false);
    await rpc.call('dev_newBlock');
    expect(rpc.notes(newId)).toHaveLength(3);
  });
});

describe('state_*', () => {
  it('runtime version (+ subscription) and metadata', async () => {
    const v = await rpc.call<Record<string, unknown>>('state_getRuntimeVersion');
    expect(v).toMatchObject({
      specName: 'pha-stake',
      implName: 'pha-stake-sim',
      specVersion: 1290,
      transactionVersion: 6,
    });
    expect(v.apis).toEqual(
      expect.arrayContaining([
        ['0x37e397fc7c91f5e4', 2],
        ['0xdf6acb689907609b', 4],
      ]),
    );
    expect(await rpc.call('chain_getRuntimeVersion')).toEqual(v);
    const id = await rpc.call<string>('state_subscribeRuntimeVersion');
    expect(await rpc.waitNotes(id, 1)).toEqual([v]);
    expect(await rpc.call('state_unsubscribeRuntimeVersion', [id])).toBe(true);

    const meta = await rpc.call<string>('state_getMetadata');
    expect(meta.startsWith('0x6d657461')).toBe(true);
    const versions = await rpc.call<string>('state_call', ['Metadata_metadata_versions', '0x']);
    expect(versions).toBe('0x080e0000000f000000'); // [14, 15]
    const at14 = await rpc.call<string>('state_call', ['Metadata_metadata_at_version', '0x0e000000']);
    expect(at14.startsWith('0x01')).toBe(true);
    expect(at14.endsWith(meta.slice(2))).toBe(true);
    // Some(compact length ++ "meta" ++ 15 ++ …)
    const at15 = await rpc.call<string>('state_call', ['Metadata_metadata_at_version', '0x0f000000']);
    expect(at15.slice(0, 4)).toBe('0x01');
    expect(at15).toMatch(/^0x01[0-9a-f]{2,8}?6d6574610f/);
    expect(await rpc.call('state_call', ['Metadata_metadata_at_version', '0x10000000'])).toBe('0x00');
  });

  it('storage value, hash and size, at head and at a past block', async () => {
    const key = accountKey(alice.publicKey);
    const value = await rpc.call<string>('state_getStorage', [key]);
    expect(fromHex(value).length).toBe(80);
    expect(await rpc.call('state_getStorageAt', [key, node.chain.head.hash])).toBe(value);
    expect(await rpc.call('state_getStorageHash', [key])).toBe(toHex(blake2_256(fromHex(value))));
    expect(await rpc.call('state_getStorageSize', [key])).toBe(80);
    expect(await rpc.call('state_getStorage', [MISSING])).toBeNull();
    expect(await rpc.call('state_getStorageHash', [MISSING])).toBeNull();
    expect(await rpc.call('state_getStorageSize', [MISSING])).toBeNull();
    // timestamp differs block to block
    const h1 = node.chain.block(1n)?.hash;
    const h2 = node.chain.block(2n)?.hash;
    const t1 = await rpc.call<string>('state_getStorage', [TIMESTAMP_NOW, h1]);
    const t2 = await rpc.call<string>('state_getStorage', [TIMESTAMP_NOW, h2]);
    expect(
      BigInt(`0x${Buffer.from(fromHex(t2)).reverse().toString('hex')}`) -
        BigInt(`0x${Buffer.from(fromHex(t1)).reverse().toString('hex')}`),
    ).toBe(12_000n);
    const unknown = await rpc.request('state_getStorage', [key, `0x${'22'.repeat(32)}`]);
    expect(unknown.error?.code).toBe(4003);
  });

  it('getKeysPaged: sorted, strictly after startKey, at most count', async () => {
    const all = await rpc.call<string[]>('state_getKeysPaged', [SYSTEM_ACCOUNT, 1000]);
    expect(all.length).toBeGreaterThanOrEqual(6);
    expect(all).toEqual([...all].sort());
    expect(all).toContain(accountKey(alice.publicKey));
    const page1 = await rpc.call<string[]>('state_getKeysPaged', [SYSTEM_ACCOUNT, 2, SYSTEM_ACCOUNT]);
    const page2 = await rpc.call<string[]>('state_getKeysPaged', [SYSTEM_ACCOUNT, 2, page1[1]]);
    expect([...page1, ...page2]).toEqual(all.slice(0, 4));
    expect(await rpc.call('state_getKeysPagedAt', [SYSTEM_ACCOUNT, 2, null, node.chain.genesisHash])).toEqual(
      all.slice(0, 2),
    );
    expect(await rpc.call('state_getKeysPaged', [SYSTEM_ACCOUNT, 0])).toEqual([]);
  });

  it('queryStorageAt and queryStorage', async () => {
    const key = accountKey(alice.publicKey);
    const at = await rpc.call<Array<{ block: string; changes: Array<[string, string | null]> }>>(
      'state_queryStorageAt',
      [[key, MISSING]],
    );
    expect(at).toEqual([
      {
        block: node.chain.head.hash,
        changes: [
          [key, await rpc.call('state_getStorage', [key])],
          [MISSING, null],
        ],
      },
    ]);
    const range = await rpc.call<Array<{ block: string; changes: unknown[] }>>('state_queryStorage', [
      [TIMESTAMP_NOW, MISSING],
      node.chain.block(1n)?.hash,
      node.chain.block(3n)?.hash,
    ]);
    expect(range.map((r) => r.block)).toEqual([1n, 2n, 3n].map((n) => node.chain.block(n)?.hash));
    expect(range[0]?.changes).toHaveLength(2); // first block: every key
    expect(range[1]?.changes).toHaveLength(1); // then only the timestamp changed
  });

  it('subscribeStorage: every key first (null when absent), then only changes', async () => {
    const aliceKey = accountKey(alice.publicKey);
    const bobKey = accountKey(bob.publicKey);
    const id = await rpc.call<string>('state_subscribeStorage', [[aliceKey, bobKey, MISSING]]);
    type Change = { block: string; changes: Array<[string, string | null]> };
    const [first] = (await rpc.waitNotes(id, 1)) as Change[];
    expect(first?.block).toBe(node.chain.head.hash);
    expect(first?.changes.map(([k, v]) => [k, v === null])).toEqual([
      [aliceKey, false],
      [bobKey, false],
      [MISSING, true],
    ]);
    await rpc.call('dev_newBlock'); // nothing of ours changes: no notification
    const nonce = BigInt(await rpc.call<number>('system_accountNextIndex', [alice.address]));
    const tx = signTx(node.chain, alice, remarkCall('0x01'), { nonce });
    await rpc.call('author_submitExtrinsic', [hex(tx)]);
    await rpc.call('dev_newBlock');
    const notes = (await rpc.waitNotes(id, 2)) as Change[];
    expect(notes).toHaveLength(2);
    expect(notes[1]?.changes.map(([k]) => k)).toEqual([aliceKey]); // only the fee payer's account
    await rpc.call('dev_setStorage', [[[MISSING, '0x2a']]]);
    await rpc.call('dev_newBlock');
    const after = (await rpc.waitNotes(id, 3)) as Change[];
    expect(after[2]?.changes).toEqual([[MISSING, '0x2a']]);
    expect(await rpc.call('state_unsubscribeStorage', [id])).toBe(true);
  });

  it('state_call: runtime APIs, unknown API → 4003', async () => {
    const nonce = await rpc.call<string>('state_call', [
      'AccountNonceApi_account_nonce',
      toHex(alice.publicKey),
    ]);
    expect(nonce).toMatch(/^0x[0-9a-f]{8}$/);
    expect(await rpc.call('state_callAt', ['Core_version', '0x', node.chain.head.hash])).toMatch(/^0x/);
    const r = await rpc.request('state_call', ['Nope_nothing', '0x']);
    expect(r.error).toMatchObject({ code: 4003, message: 'Client error' });
    const bad = await rpc.request('state_call', ['AccountNonceApi_account_nonce', '0x01']);
    expect(bad.error?.code).toBe(4003);
  });
});

describe('author_* and payment_*', () => {
  it('submitAndWatch: "ready" → {inBlock} → {finalized}; accountNextIndex counts the pool', async () => {
    const nonce = BigInt(await rpc.call<number>('system_accountNextIndex', [alice.address]));
    const tx = signTx(node.chain, alice, transferCall(bob.address, PHA), { nonce });
    const id = await rpc.call<string>('author_submitAndWatchExtrinsic', [hex(tx)]);
    expect(await rpc.waitNotes(id, 1)).toEqual(['ready']);
    expect(await rpc.call('author_pendingExtrinsics')).toEqual([hex(tx)]);
    expect(await rpc.call('system_accountNextIndex', [alice.address])).toBe(Number(nonce) + 1);
    expect(await rpc.call('account_nextIndex', [toHex(alice.publicKey)])).toBe(Number(nonce) + 1);
    const hash = await rpc.call<string>('dev_newBlock');
    expect(await rpc.waitNotes(id, 3)).toEqual(['ready', { inBlock: hash }, { finalized: hash }]);
    const block = await rpc.call<{ block: { extrinsics: string[] } }>('chain_getBlock', [hash]);
    expect(block.block.extrinsics).toContain(hex(tx));
    expect(await rpc.call('author_pendingExtrinsics')).toEqual([]);
    expect(await rpc.call('author_unwatchExtrinsic', [id])).toBe(false); // already ended
  });

  it('a nonce gap is "future" until filled', async () => {
    const nonce = BigInt(await rpc.call<number>('system_accountNextIndex', [bob.address]));
    const later = signTx(node.chain, bob, remarkCall('0x02'), { nonce: nonce + 1n });
    const id = await rpc.call<string>('author_submitAndWatchExtrinsic', [hex(later)]);
    expect(await rpc.waitNotes(id, 1)).toEqual(['future']);
    await rpc.call('author_submitExtrinsic', [hex(signTx(node.chain, bob, remarkCall('0x01'), { nonce }))]);
    const hash = await rpc.call<string>('dev_newBlock');
    // As Substrate: Future, then Ready once the gap is filled, then the block.
    expect(await rpc.waitNotes(id, 4)).toEqual(['future', 'ready', { inBlock: hash }, { finalized: hash }]);
  });

  it('payment_queryInfo / payment_queryFeeDetails in Substrate JSON', async () => {
    const tx = hex(signTx(node.chain, alice, transferCall(bob.address, PHA), { nonce: 99n }));
    const info = await rpc.call<{
      weight: { ref_time: number; proof_size: number };
      class: string;
      partialFee: string;
    }>('payment_queryInfo', [tx]);
    expect(info.class).toBe('normal');
    expect(info.weight.ref_time).toBeGreaterThan(0);
    expect(BigInt(info.partialFee)).toBeGreaterThan(0n);
    const details = await rpc.call<{ inclusionFee: Record<string, string> }>('payment_queryFeeDetails', [tx]);
    const { baseFee, lenFee, adjustedWeightFee } = details.inclusionFee;
    expect(BigInt(baseFee ?? 0) + BigInt(lenFee ?? 0) + BigInt(adjustedWeightFee ?? 0)).toBe(
      BigInt(info.partialFee),
    );
    const bad = await rpc.request('payment_queryInfo', ['0x00']);
    expect(bad.error).toMatchObject({ code: 1, message: 'Unable to query dispatch info.' });
  });
});

describe('dev_*', () => {
  it('newBlock with count and to', async () => {
    const best = Number(node.chain.best);
    const h = await rpc.call<string>('dev_newBlock', [{ count: 3 }]);
    expect(Number(node.chain.best)).toBe(best + 3);
    expect(h).toBe(node.chain.head.hash);
    await rpc.call('dev_newBlock', [{ to: best + 5 }]);
    expect(Number(node.chain.best)).toBe(best + 5);
    expect((await rpc.request('dev_newBlock', [{ count: 'x' }])).error?.code).toBe(-32602);
    expect((await rpc.request('dev_newBlock', [{ count: 100_000 }])).error?.code).toBe(-32602);
    expect((await rpc.request('dev_newBlock', [{ dmp: [] }])).error?.code).toBe(-32602);
  });

  it('setStorage writes raw pairs into the head at once', async () => {
    const key = `0x${'cd'.repeat(20)}`;
    expect(await rpc.call('dev_setStorage', [[[key, '0x0102']]])).toBe(node.chain.head.hash);
    expect(await rpc.call('state_getStorage', [key])).toBe('0x0102');
    await rpc.call('dev_setStorage', [[[key, null]]]);
    expect(await rpc.call('state_getStorage', [key])).toBeNull();
    expect((await rpc.request('dev_setStorage', [{ System: {} }])).error?.code).toBe(-32602);
    expect((await rpc.request('dev_setStorage', [[['0x12']]])).error?.code).toBe(-32602);
  });

  it('timeTravel: unix ms or a date string sets the next block timestamp', async () => {
    const ms = Date.parse('2030-01-01T00:00:00Z');
    expect(await rpc.call('dev_timeTravel', ['2030-01-01T00:00:00Z'])).toBe(ms);
    await rpc.call('dev_newBlock');
    expect(node.chain.head.timestampMs).toBe(BigInt(ms));
    expect(await rpc.call('dev_timeTravel', [ms + 60_000])).toBe(ms + 60_000);
    await rpc.call('dev_newBlock', [{ count: 2 }]);
    expect(node.chain.head.timestampMs).toBe(BigInt(ms + 72_000));
    expect((await rpc.request('dev_timeTravel', ['not a date'])).error?.code).toBe(-32602);
  });

  it('setBlockBuildMode switches to Instant and back', async () => {
    expect(await rpc.call('dev_setBlockBuildMode', ['Instant'])).toBeNull();
    const best = node.chain.best;
    const nonce = BigInt(await rpc.call<number>('system_accountNextIndex', [alice.address]));
    const id = await rpc.call<string>('author_submitAndWatchExtrinsic', [
      hex(signTx(node.chain, alice, remarkCall('0x03'), { nonce })),
    ]);
    await rpc.waitNotes(id, 3);
    expect(node.chain.best).toBe(best + 1n);
    expect(await rpc.call('dev_setBlockBuildMode', ['Manual'])).toBeNull();
    expect((await rpc.request('dev_setBlockBuildMode', ['Batch'])).error?.code).toBe(-32602);
  });
});

describe('HTTP POST on the same port', () => {
  it('answers JSON with CORS *, batches, 204 for notifications, 405 for GET, no subscriptions', async () => {
    const url = node.server.httpUrl;
    const r = await httpPost(url, JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'system_name' }));
    expect(r.status).toBe(200);
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
    expect(r.body).toEqual({ jsonrpc: '2.0', id: 1, result: 'pha-stake-node' });
    const batch = await httpPost(
      url,
      JSON.stringify([
        { jsonrpc: '2.0', id: 1, method: 'chain_getBlockHash', params: [0] },
        { jsonrpc: '2.0', id: 2, method: 'nope' },
      ]),
    );
    expect(batch.body).toEqual([
      { jsonrpc: '2.0', id: 1, result: node.chain.genesisHash },
      { jsonrpc: '2.0', id: 2, error: { code: -32601, message: 'Method not found' } },
    ]);
    expect((await httpPost(url, JSON.stringify({ jsonrpc: '2.0', method: 'system_name' }))).status).toBe(204);
    const sub = await httpPost(
      url,
      JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'chain_subscribeNewHeads' }),
    );
    expect(sub.body).toMatchObject({ id: 3, error: { code: -32601 } });
    const pre = await fetch(url, { method: 'OPTIONS' });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toContain('POST');
    expect((await fetch(url)).status).toBe(405);
    expect((await httpPost(url, '{oops')).body).toMatchObject({ id: null, error: { code: -32700 } });
  });
});
