/**
 * The new JSON-RPC spec (chainHead_v1_*, transaction_v1_*, chainSpec_v1_*) over a real socket, raw: no
 * client library between the test and the wire. A Manual-mode dev chain with dev RPCs on 127.0.0.1.
 *
 * What it proves (paritytech/json-rpc-interface-spec; spec/chain-rpc.md §2.2, §4):
 * - chainSpec_v1_* answer what system_chain / chain_getBlockHash(0) / system_properties answer.
 * - follow: the id comes back first, then `initialized` (the head; runtime in the spec's `valid` form
 *   with `apis` as an object, matching state_getRuntimeVersion; absent when withRuntime is false) and
 *   `bestBlockChanged`; each new block gives newBlock (newRuntime null / absent) → bestBlockChanged →
 *   finalized (no pruned blocks); unfollow ends the events; 512 pinned blocks end it with `stop`.
 * - header is the SCALE header whose blake2_256 is the hash; call answers like state_call (papi's ""
 *   arguments too) and turns a runtime failure into operationError; body equals chain_getBlock's list.
 * - storage: value / hash like state_getStorage / state_getStorageHash (absent keys yield no item),
 *   the `:code` hash stand-in (stable, same as state_getStorageHash, no value), descendantsValues /
 *   descendantsHashes paging 1000 items then operationWaitingForContinue until continue,
 *   stopOperation ending a waiting operation, closestDescendantMerkleValue changing with the subtree,
 *   discardedItems beyond 16 operations and limitReached when the budget is spent.
 * - errors: unknown follow id → header null, call/body/storage limitReached, unpin/continue/stop/unfollow
 *   no-ops; never-reported or unpinned block → -32801; call without runtime → -32802; duplicate unpin
 *   hashes → -32804; a 5th follow → -32800; wrong types → -32602; the node keeps serving afterwards.
 * - transaction_v1: broadcast answers an id and the transaction lands in the next followed block; stop
 *   twice → -32602 "Invalid operation id"; garbage is dropped silently (still an id); HTTP serves
 *   chainSpec_v1 but refuses follow.
 */
import { blake2AsU8a, xxhashAsU8a } from '@polkadot/util-crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  type RpcNote,
  type RpcReply,
  signTx,
  startNode,
  transferCall,
} from './helpers.js';

const SYSTEM_ACCOUNT = '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9';
const accountKey = (pk: Uint8Array) =>
  `${SYSTEM_ACCOUNT}${toHex(blake2AsU8a(pk, 128)).slice(2)}${toHex(pk).slice(2)}`;
const MISSING = `0x${toHex(xxhashAsU8a('Nothing', 128)).slice(2)}${'ab'.repeat(16)}`;
const CODE = '0x3a636f6465';
/** A prefix nothing in genesis uses, filled with raw dev_setStorage pairs. */
const BULK = `0x${'5e'.repeat(16)}`;
const UNKNOWN_HASH = `0x${'77'.repeat(32)}`;

type Event = { event: string; operationId?: string; [k: string]: unknown };
type Started = { result: 'started'; operationId: string; discardedItems?: number };

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

const events = (client: RawClient, followId: string): Event[] => client.notes(followId) as Event[];

/** Polls the follow's notifications until `pred` holds for one arriving after index `from`. */
async function waitEvent(
  client: RawClient,
  followId: string,
  pred: (e: Event) => boolean,
  from = 0,
): Promise<Event> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = events(client, followId).slice(from).find(pred);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('timed out waiting for a follow event');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** The events of one operation, up to and including the first matching `until`. */
async function operation(
  client: RawClient,
  followId: string,
  operationId: string,
  until: (e: Event) => boolean = (e) =>
    ['operationCallDone', 'operationBodyDone', 'operationStorageDone', 'operationError'].includes(e.event),
): Promise<Event[]> {
  await waitEvent(client, followId, (e) => e.operationId === operationId && until(e));
  const mine = events(client, followId).filter((e) => e.operationId === operationId);
  return mine.slice(0, mine.findIndex(until) + 1);
}

async function follow(client: RawClient, withRuntime = true): Promise<string> {
  const id = await client.call<string>('chainHead_v1_follow', [withRuntime]);
  await waitEvent(client, id, (e) => e.event === 'bestBlockChanged');
  return id;
}

async function newBlock(): Promise<string> {
  return rpc.call<string>('dev_newBlock', [{ count: 1 }]);
}

const errorOf = (r: RpcReply) => r.error;
/** The `items` of an operationStorageItems event. */
const itemsOf = <T>(e: Event | undefined): T[] => (e?.items ?? []) as T[];

describe('chainSpec_v1_*', () => {
  it('answers like the legacy identity methods', async () => {
    expect(await rpc.call('chainSpec_v1_chainName')).toBe(await rpc.call('system_chain'));
    expect(await rpc.call('chainSpec_v1_genesisHash')).toBe(await rpc.call('chain_getBlockHash', [0]));
    expect(await rpc.call('chainSpec_v1_genesisHash')).toBe(node.chain.genesisHash);
    expect(await rpc.call('chainSpec_v1_properties')).toEqual(await rpc.call('system_properties'));
    expect((await rpc.request('chainSpec_v1_chainName', [1])).error?.code).toBe(-32602);
  });

  it('are listed by rpc_methods with the rest of the new spec', async () => {
    const { methods } = await rpc.call<{ methods: string[] }>('rpc_methods');
    for (const m of [
      'chainHead_v1_follow',
      'chainHead_v1_unfollow',
      'chainHead_v1_header',
      'chainHead_v1_call',
      'chainHead_v1_storage',
      'chainHead_v1_body',
      'chainHead_v1_continue',
      'chainHead_v1_stopOperation',
      'chainHead_v1_unpin',
      'transaction_v1_broadcast',
      'transaction_v1_stop',
      'chainSpec_v1_chainName',
      'chainSpec_v1_genesisHash',
      'chainSpec_v1_properties',
      'chain_subscribeAllHeads',
      'chain_unsubscribeAllHeads',
    ])
      expect(methods).toContain(m);
  });
});

describe('chainHead_v1_follow', () => {
  it('sends the id, then initialized with the runtime in spec form, then bestBlockChanged', async () => {
    const head = node.chain.head.hash;
    const id = await rpc.call<string>('chainHead_v1_follow', [true]);
    expect(typeof id).toBe('string');
    const [init, best] = (await rpc.waitNotes(id, 2)) as Event[];
    const version = await rpc.call<{
      specName: string;
      implName: string;
      specVersion: number;
      implVersion: number;
      transactionVersion: number;
      apis: Array<[string, number]>;
    }>('state_getRuntimeVersion');
    expect(init).toEqual({
      event: 'initialized',
      finalizedBlockHashes: [head],
      finalizedBlockRuntime: {
        type: 'valid',
        spec: {
          specName: 'pha-stake',
          implName: 'pha-stake-sim',
          specVersion: version.specVersion,
          implVersion: version.implVersion,
          transactionVersion: version.transactionVersion,
          apis: Object.fromEntries(version.apis),
        },
      },
    });
    expect((init?.finalizedBlockRuntime as { spec: { apis: object } }).spec.apis).toEqual(
      expect.objectContaining({
        '0xdf6acb689907609b': expect.any(Number),
        '0xd2bc9897eed08f15': expect.any(Number),
      }),
    );
    expect(best).toEqual({ event: 'bestBlockChanged', bestBlockHash: head });
    // The response came before any notification of it.
    const respIndex = rpc.log.findIndex((m) => !Array.isArray(m) && 'result' in m && m.result === id);
    const firstNote = rpc.log.findIndex(
      (m) => !Array.isArray(m) && 'method' in m && m.params.subscription === id,
    );
    expect(respIndex).toBeGreaterThanOrEqual(0);
    expect(respIndex).toBeLessThan(firstNote);
    await rpc.call('chainHead_v1_unfollow', [id]);
  });

  it('reports each new block as newBlock → bestBlockChanged → finalized, and stops after unfollow', async () => {
    const withRt = await follow(rpc, true);
    const without = await follow(rpc, false);
    expect(events(rpc, without)[0]).not.toHaveProperty('finalizedBlockRuntime');
    const parent = node.chain.head.hash;
    const hash = await newBlock();
    await waitEvent(rpc, withRt, (e) => e.event === 'finalized');
    await waitEvent(rpc, without, (e) => e.event === 'finalized');
    expect(events(rpc, withRt).slice(2)).toEqual([
      { event: 'newBlock', blockHash: hash, parentBlockHash: parent, newRuntime: null },
      { event: 'bestBlockChanged', bestBlockHash: hash },
      { event: 'finalized', finalizedBlockHashes: [hash], prunedBlockHashes: [] },
    ]);
    expect(events(rpc, without).slice(2)).toEqual([
      { event: 'newBlock', blockHash: hash, parentBlockHash: parent },
      { event: 'bestBlockChanged', bestBlockHash: hash },
      { event: 'finalized', finalizedBlockHashes: [hash], prunedBlockHashes: [] },
    ]);

    expect(await rpc.call('chainHead_v1_unfollow', [without])).toBeNull();
    expect(await rpc.call('chainHead_v1_unfollow', [without])).toBeNull(); // no effect the second time
    const before = events(rpc, without).length;
    await newBlock();
    await waitEvent(rpc, withRt, (e) => e.event === 'finalized', 5);
    expect(events(rpc, without).length).toBe(before);
    // An unfollowed id is stale: operations answer limitReached, header null.
    expect(await rpc.call('chainHead_v1_header', [without, hash])).toBeNull();
    expect(await rpc.call('chainHead_v1_body', [without, hash])).toEqual({ result: 'limitReached' });
    await rpc.call('chainHead_v1_unfollow', [withRt]);
  });

  it('allows 4 follows per connection; the 5th is -32800', async () => {
    const c = await RawClient.connect(node.server.url);
    const ids = await Promise.all([0, 1, 2, 3].map(() => c.call<string>('chainHead_v1_follow', [false])));
    expect(new Set(ids).size).toBe(4);
    const fifth = await c.request('chainHead_v1_follow', [false]);
    expect(fifth.error?.code).toBe(-32800);
    // Unfollowing one frees a slot.
    await c.call('chainHead_v1_unfollow', [ids[0]]);
    expect(typeof (await c.call('chainHead_v1_follow', [true]))).toBe('string');
    c.close();
  });

  it('ends with `stop` once 512 blocks are pinned', async () => {
    const c = await RawClient.connect(node.server.url);
    const id = await follow(c, false);
    await rpc.call('dev_newBlock', [{ count: 512 }]);
    const stop = await waitEvent(c, id, (e) => e.event === 'stop');
    expect(stop).toEqual({ event: 'stop' });
    const all = events(c, id);
    expect(all.filter((e) => e.event === 'newBlock')).toHaveLength(511); // + the initial head = 512
    expect(all[all.length - 1]).toEqual({ event: 'stop' });
    expect(await c.call('chainHead_v1_header', [id, node.chain.head.hash])).toBeNull();
    c.close();
  });
});

describe('chainHead_v1 header, call and body', () => {
  let id: string;
  let block: string;

  beforeAll(async () => {
    id = await follow(rpc, true);
    const tx = signTx(node.chain, alice, transferCall(bob.address, PHA), {
      nonce: BigInt(await rpc.call<number>('system_accountNextIndex', [alice.address])),
    });
    await rpc.call('author_submitExtrinsic', [hex(tx)]);
    block = await newBlock();
    await waitEvent(rpc, id, (e) => e.event === 'newBlock' && e.blockHash === block);
  });
  afterAll(() => rpc.call('chainHead_v1_unfollow', [id]));

  it('header is the SCALE header whose blake2_256 is the block hash', async () => {
    const header = await rpc.call<string>('chainHead_v1_header', [id, block]);
    expect(header).toMatch(/^0x[0-9a-f]+$/);
    expect(toHex(blake2_256(fromHex(header)))).toBe(block);
    const json = await rpc.call<{ parentHash: string }>('chain_getHeader', [block]);
    expect(header.startsWith(json.parentHash)).toBe(true);
  });

  it('call answers started, then operationCallDone with state_call output', async () => {
    const started = await rpc.call<Started>('chainHead_v1_call', [id, block, 'Core_version', '0x']);
    expect(started).toEqual({ result: 'started', operationId: expect.any(String) });
    const [done] = await operation(rpc, id, started.operationId);
    // the started response went out before the operation's event
    const at = (pred: (m: unknown) => boolean) => rpc.log.findIndex(pred);
    const responseAt = at(
      (m) =>
        (m as RpcReply).result === started ||
        JSON.stringify((m as RpcReply).result) === JSON.stringify(started),
    );
    const eventAt = at(
      (m) =>
        (m as RpcNote).params?.subscription === id &&
        JSON.stringify(m).includes(`"operationId":"${started.operationId}"`),
    );
    expect(responseAt).toBeGreaterThanOrEqual(0);
    expect(responseAt).toBeLessThan(eventAt);
    expect(done).toEqual({
      event: 'operationCallDone',
      operationId: started.operationId,
      output: await rpc.call('state_call', ['Core_version', '0x', block]),
    });
    // papi sends "" for no arguments
    const versions = await rpc.call<Started>('chainHead_v1_call', [
      id,
      block,
      'Metadata_metadata_versions',
      '',
    ]);
    const [v] = await operation(rpc, id, versions.operationId);
    expect(v?.output).toBe('0x080e0000000f000000');
    const nonce = await rpc.call<Started>('chainHead_v1_call', [
      id,
      block,
      'AccountNonceApi_account_nonce',
      hex(alice.publicKey),
    ]);
    expect((await operation(rpc, id, nonce.operationId))[0]?.output).toBe(
      await rpc.call('state_call', ['AccountNonceApi_account_nonce', hex(alice.publicKey), block]),
    );
  });

  it('a failing runtime call is an operationError event, not an RPC error', async () => {
    const started = await rpc.call<Started>('chainHead_v1_call', [id, block, 'Nope_nothing', '0x']);
    const [err] = await operation(rpc, id, started.operationId);
    expect(err).toEqual({
      event: 'operationError',
      operationId: started.operationId,
      error: expect.any(String),
    });
    const bad = await rpc.call<Started>('chainHead_v1_call', [
      id,
      block,
      'AccountNonceApi_account_nonce',
      '0x01',
    ]);
    expect((await operation(rpc, id, bad.operationId))[0]?.event).toBe('operationError');
  });

  it('body is the block extrinsics as chain_getBlock lists them', async () => {
    const started = await rpc.call<Started>('chainHead_v1_body', [id, block]);
    const [done] = await operation(rpc, id, started.operationId);
    const { block: full } = await rpc.call<{ block: { extrinsics: string[] } }>('chain_getBlock', [block]);
    expect(full.extrinsics).toHaveLength(2); // timestamp + the transfer
    expect(done).toEqual({
      event: 'operationBodyDone',
      operationId: started.operationId,
      value: full.extrinsics,
    });
  });

  it('call on a follow without runtime is -32802', async () => {
    const c = await RawClient.connect(node.server.url);
    const noRt = await follow(c, false);
    const head = node.chain.head.hash;
    expect(errorOf(await c.request('chainHead_v1_call', [noRt, head, 'Core_version', '0x']))?.code).toBe(
      -32802,
    );
    // header, body and storage still work there
    expect(typeof (await c.call('chainHead_v1_header', [noRt, head]))).toBe('string');
    c.close();
  });
});

describe('chainHead_v1_storage', () => {
  let id: string;
  let head: string;

  beforeAll(async () => {
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i < 1500; i++)
      pairs.push([
        `${BULK}${i.toString(16).padStart(4, '0')}`,
        `0x${(i % 256).toString(16).padStart(2, '0')}`,
      ]);
    await rpc.call('dev_setStorage', [pairs]);
    head = await newBlock();
    id = await follow(rpc, true);
    expect(events(rpc, id)[0]).toMatchObject({ finalizedBlockHashes: [head] });
  });
  afterAll(() => rpc.call('chainHead_v1_unfollow', [id]));

  const storage = (items: Array<{ key: string; type: string }>, followId = id, at = head) =>
    rpc.call<Started>('chainHead_v1_storage', [followId, at, items, null]);

  it('value and hash answer like state_getStorage / state_getStorageHash; absent keys yield nothing', async () => {
    const key = accountKey(alice.publicKey);
    const started = await storage([
      { key, type: 'value' },
      { key, type: 'hash' },
      { key: MISSING, type: 'value' },
      { key: MISSING, type: 'hash' },
    ]);
    expect(started).toEqual({ result: 'started', operationId: expect.any(String), discardedItems: 0 });
    const evs = await operation(rpc, id, started.operationId);
    expect(evs).toEqual([
      {
        event: 'operationStorageItems',
        operationId: started.operationId,
        items: [
          { key, value: await rpc.call('state_getStorage', [key, head]) },
          { key, hash: await rpc.call('state_getStorageHash', [key, head]) },
        ],
      },
      { event: 'operationStorageDone', operationId: started.operationId },
    ]);
  });

  it('the :code hash is a stable stand-in (no value): same as state_getStorageHash, same across blocks', async () => {
    const first = await storage([
      { key: CODE, type: 'hash' },
      { key: CODE, type: 'value' },
    ]);
    const [items] = await operation(rpc, id, first.operationId);
    const codeHash = await rpc.call<string>('state_getStorageHash', [CODE]);
    expect(codeHash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(items).toEqual({
      event: 'operationStorageItems',
      operationId: first.operationId,
      items: [{ key: CODE, hash: codeHash }],
    });
    expect(await rpc.call('state_getStorage', [CODE])).toBeNull();
    expect(await rpc.call('state_getStorageHash', [CODE, node.chain.genesisHash])).toBe(codeHash);
  });

  it('descendantsValues pages 1000 items, waits for continue, then finishes', async () => {
    const started = await storage([{ key: BULK, type: 'descendantsValues' }]);
    const firstPage = await operation(
      rpc,
      id,
      started.operationId,
      (e) => e.event === 'operationWaitingForContinue',
    );
    expect(firstPage.map((e) => e.event)).toEqual(['operationStorageItems', 'operationWaitingForContinue']);
    const page1 = itemsOf<{ key: string; value: string }>(firstPage[0]);
    expect(page1).toHaveLength(1000);
    expect(await rpc.call('chainHead_v1_continue', [id, started.operationId])).toBeNull();
    const evs = await operation(rpc, id, started.operationId);
    expect(evs.map((e) => e.event)).toEqual([
      'operationStorageItems',
      'operationWaitingForContinue',
      'operationStorageItems',
      'operationStorageDone',
    ]);
    const page2 = itemsOf<{ key: string; value: string }>(evs[2]);
    const all = [...page1, ...page2];
    expect(all).toHaveLength(1500);
    expect(all.map((i) => i.key)).toEqual([...all.map((i) => i.key)].sort());
    expect(all[0]).toEqual({ key: `${BULK}0000`, value: '0x00' });
    expect(all[1499]).toEqual({ key: `${BULK}05db`, value: `0x${(1499 % 256).toString(16)}` });
    // continue on a finished operation: no effect
    expect(await rpc.call('chainHead_v1_continue', [id, started.operationId])).toBeNull();
  });

  it('descendantsHashes hashes with blake2_256; stopOperation ends a waiting operation', async () => {
    const started = await storage([{ key: BULK, type: 'descendantsHashes' }]);
    const [items] = await operation(
      rpc,
      id,
      started.operationId,
      (e) => e.event === 'operationWaitingForContinue',
    );
    const first = itemsOf<{ key: string; hash: string }>(items)[0];
    expect(first).toEqual({ key: `${BULK}0000`, hash: toHex(blake2_256(new Uint8Array([0]))) });
    expect(await rpc.call('chainHead_v1_stopOperation', [id, started.operationId])).toBeNull();
    const count = events(rpc, id).length;
    expect(await rpc.call('chainHead_v1_continue', [id, started.operationId])).toBeNull(); // stopped: no effect
    await new Promise((r) => setTimeout(r, 50));
    expect(events(rpc, id).length).toBe(count);
  });

  it('closestDescendantMerkleValue changes with the subtree; none for an empty one', async () => {
    const merkle = async (at: string, key: string) => {
      const s = await storage(
        [
          { key, type: 'closestDescendantMerkleValue' },
          { key: MISSING, type: 'closestDescendantMerkleValue' },
        ],
        id,
        at,
      );
      const evs = await operation(rpc, id, s.operationId);
      return itemsOf<{ key: string; closestDescendantMerkleValue: string }>(evs[0]);
    };
    const before = await merkle(head, SYSTEM_ACCOUNT);
    expect(before).toEqual([
      { key: SYSTEM_ACCOUNT, closestDescendantMerkleValue: expect.stringMatching(/^0x[0-9a-f]{64}$/) },
    ]);
    expect(await merkle(head, SYSTEM_ACCOUNT)).toEqual(before); // deterministic
    const bulk = await merkle(head, BULK);
    const nonce = BigInt(await rpc.call<number>('system_accountNextIndex', [alice.address]));
    await rpc.call('author_submitExtrinsic', [
      hex(signTx(node.chain, alice, transferCall(bob.address, PHA), { nonce })),
    ]);
    const next = await newBlock();
    await waitEvent(rpc, id, (e) => e.event === 'newBlock' && e.blockHash === next);
    const after = await merkle(next, SYSTEM_ACCOUNT);
    expect(after[0]?.closestDescendantMerkleValue).not.toBe(before[0]?.closestDescendantMerkleValue);
    expect(await merkle(next, BULK)).toEqual(bulk); // an untouched subtree keeps its value
    expect(await merkle(head, SYSTEM_ACCOUNT)).toEqual(before); // the older pinned block reads its own state
  });

  it('discards items beyond 16 operations and answers limitReached when the budget is spent', async () => {
    const many = Array.from({ length: 20 }, () => ({ key: accountKey(alice.publicKey), type: 'value' }));
    const started = await storage(many);
    expect(started.discardedItems).toBe(4);
    await operation(rpc, id, started.operationId);
    // 16 descendant queries wait for continue and hold the whole budget
    const waiting = await storage(
      Array.from({ length: 16 }, () => ({ key: BULK, type: 'descendantsValues' })),
    );
    expect(waiting.discardedItems).toBe(0);
    await operation(rpc, id, waiting.operationId, (e) => e.event === 'operationWaitingForContinue');
    expect(await rpc.call('chainHead_v1_call', [id, head, 'Core_version', '0x'])).toEqual({
      result: 'limitReached',
    });
    expect(await storage([{ key: CODE, type: 'hash' }])).toEqual({ result: 'limitReached' });
    await rpc.call('chainHead_v1_stopOperation', [id, waiting.operationId]);
    const ok = await rpc.call<Started>('chainHead_v1_call', [id, head, 'Core_version', '0x']);
    expect(ok.result).toBe('started');
    await operation(rpc, id, ok.operationId);
  });

  it('a child trie holds nothing', async () => {
    const s = await rpc.call<Started>('chainHead_v1_storage', [
      id,
      head,
      [{ key: accountKey(alice.publicKey), type: 'value' }],
      '0x1234',
    ]);
    expect(await operation(rpc, id, s.operationId)).toEqual([
      { event: 'operationStorageDone', operationId: s.operationId },
    ]);
  });
});

describe('chainHead_v1 bad input', () => {
  let id: string;
  let head: string;

  beforeAll(async () => {
    id = await follow(rpc, true);
    head = node.chain.head.hash;
  });
  afterAll(() => rpc.call('chainHead_v1_unfollow', [id]));

  it('an unknown follow id: header null, operations limitReached, the rest no-ops', async () => {
    const ghost = 'no-such-follow';
    expect(await rpc.call('chainHead_v1_header', [ghost, head])).toBeNull();
    expect(await rpc.call('chainHead_v1_call', [ghost, head, 'Core_version', '0x'])).toEqual({
      result: 'limitReached',
    });
    expect(await rpc.call('chainHead_v1_body', [ghost, head])).toEqual({ result: 'limitReached' });
    expect(
      await rpc.call('chainHead_v1_storage', [ghost, head, [{ key: CODE, type: 'hash' }], null]),
    ).toEqual({
      result: 'limitReached',
    });
    expect(await rpc.call('chainHead_v1_unpin', [ghost, head])).toBeNull();
    expect(await rpc.call('chainHead_v1_continue', [ghost, '0'])).toBeNull();
    expect(await rpc.call('chainHead_v1_stopOperation', [ghost, '0'])).toBeNull();
    expect(await rpc.call('chainHead_v1_unfollow', [ghost])).toBeNull();
  });

  it("another connection's follow id is unknown here", async () => {
    const other = await RawClient.connect(node.server.url);
    expect(await other.call('chainHead_v1_header', [id, head])).toBeNull();
    expect(await other.call('chainHead_v1_body', [id, head])).toEqual({ result: 'limitReached' });
    other.close();
  });

  it('a block never reported, or unpinned, is -32801 "Invalid block hash"', async () => {
    for (const [m, p] of [
      ['chainHead_v1_header', [id, UNKNOWN_HASH]],
      ['chainHead_v1_body', [id, UNKNOWN_HASH]],
      ['chainHead_v1_call', [id, UNKNOWN_HASH, 'Core_version', '0x']],
      ['chainHead_v1_storage', [id, UNKNOWN_HASH, [{ key: CODE, type: 'hash' }], null]],
      ['chainHead_v1_unpin', [id, UNKNOWN_HASH]],
      // genesis exists on the chain but was never reported to this follow
      ['chainHead_v1_header', [id, node.chain.genesisHash]],
    ] as const)
      expect(errorOf(await rpc.request(m, p))).toMatchObject({ code: -32801, message: 'Invalid block hash' });

    const next = await newBlock();
    await waitEvent(rpc, id, (e) => e.event === 'newBlock' && e.blockHash === next);
    // duplicate hashes: -32804, and nothing is unpinned
    expect(errorOf(await rpc.request('chainHead_v1_unpin', [id, [head, next, head]]))?.code).toBe(-32804);
    // one bad hash in the list: nothing is unpinned
    expect(errorOf(await rpc.request('chainHead_v1_unpin', [id, [head, UNKNOWN_HASH]]))?.code).toBe(-32801);
    expect(typeof (await rpc.call('chainHead_v1_header', [id, head]))).toBe('string');
    expect(await rpc.call('chainHead_v1_unpin', [id, [head, next]])).toBeNull();
    expect(await rpc.call('chainHead_v1_unpin', [id, []])).toBeNull();
    for (const h of [head, next]) {
      expect(errorOf(await rpc.request('chainHead_v1_header', [id, h]))?.code).toBe(-32801);
      expect(errorOf(await rpc.request('chainHead_v1_body', [id, h]))?.code).toBe(-32801);
      expect(errorOf(await rpc.request('chainHead_v1_unpin', [id, h]))?.code).toBe(-32801);
    }
  });

  it('wrong parameter types are -32602', async () => {
    const h = node.chain.head.hash;
    for (const [m, p] of [
      ['chainHead_v1_follow', ['yes']],
      ['chainHead_v1_follow', []],
      ['chainHead_v1_follow', [true, 1]],
      ['chainHead_v1_header', [id, '0x1234']],
      ['chainHead_v1_header', [42, h]],
      ['chainHead_v1_call', [id, h, 'Core version!', '0x']],
      ['chainHead_v1_call', [id, h, 'Core_version', 'zz']],
      ['chainHead_v1_storage', [id, h, [{ key: CODE, type: 'bogus' }], null]],
      ['chainHead_v1_storage', [id, h, [{ key: 'code', type: 'value' }], null]],
      ['chainHead_v1_storage', [id, h, 'items', null]],
      ['chainHead_v1_storage', [id, h, [null], null]],
      ['chainHead_v1_storage', [id, h, [], 7]],
      ['chainHead_v1_continue', [id, 7]],
      ['chainHead_v1_stopOperation', [id, null]],
      ['chainHead_v1_unpin', [id, 12]],
      ['chainHead_v1_unpin', [id, [h, 'x']]],
      ['chainHead_v1_unfollow', [{}]],
      ['transaction_v1_broadcast', ['not hex']],
      ['transaction_v1_broadcast', []],
      ['transaction_v1_stop', [5]],
    ] as const)
      expect(errorOf(await rpc.request(m, p)), `${m} ${JSON.stringify(p)}`).toMatchObject({ code: -32602 });
  });

  it('the node keeps serving: a fresh follow and a call still work', async () => {
    const again = await follow(rpc, true);
    const s = await rpc.call<Started>('chainHead_v1_call', [again, node.chain.head.hash, 'Core_version', '']);
    expect((await operation(rpc, again, s.operationId))[0]?.event).toBe('operationCallDone');
    await rpc.call('chainHead_v1_unfollow', [again]);
  });
});

describe('transaction_v1', () => {
  it('broadcast answers an id, the transaction lands in a followed block; stop twice is -32602', async () => {
    const id = await follow(rpc, true);
    const nonce = BigInt(await rpc.call<number>('system_accountNextIndex', [bob.address]));
    const tx = hex(signTx(node.chain, bob, transferCall(alice.address, PHA), { nonce }));
    const op = await rpc.call<string>('transaction_v1_broadcast', [tx]);
    expect(typeof op).toBe('string');
    expect(await rpc.call<string[]>('author_pendingExtrinsics')).toContain(tx);
    const mark = events(rpc, id).length;
    const block = await newBlock();
    await waitEvent(rpc, id, (e) => e.event === 'newBlock' && e.blockHash === block, mark);
    const body = await rpc.call<Started>('chainHead_v1_body', [id, block]);
    const [done] = await operation(rpc, id, body.operationId);
    expect(done?.value as string[]).toContain(tx);
    expect(await rpc.call('transaction_v1_stop', [op])).toBeNull();
    expect(errorOf(await rpc.request('transaction_v1_stop', [op]))).toMatchObject({
      code: -32602,
      message: 'Invalid operation id',
    });
    await rpc.call('chainHead_v1_unfollow', [id]);
  });

  it('an invalid transaction is dropped silently; the id is still an operation of this connection', async () => {
    const op = await rpc.call<string>('transaction_v1_broadcast', ['0xdeadbeef']);
    expect(typeof op).toBe('string');
    expect(await rpc.call('author_pendingExtrinsics')).toEqual([]);
    const other = await RawClient.connect(node.server.url);
    expect(errorOf(await other.request('transaction_v1_stop', [op]))?.code).toBe(-32602);
    other.close();
    expect(await rpc.call('transaction_v1_stop', [op])).toBeNull();
  });

  it('over HTTP: chainSpec_v1 answers, follow is refused (no subscriptions)', async () => {
    const name = await httpPost(
      node.server.httpUrl,
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'chainSpec_v1_genesisHash', params: [] }),
    );
    expect(name.body).toEqual({ jsonrpc: '2.0', id: 1, result: node.chain.genesisHash });
    const f = await httpPost(
      node.server.httpUrl,
      JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'chainHead_v1_follow', params: [true] }),
    );
    expect((f.body as RpcReply).error?.code).toBe(-32601);
  });
});
