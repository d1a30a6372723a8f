/**
 * The transport-agnostic JSON-RPC core, in-process with a recording transport.
 *
 * What it proves:
 * - Requests: ids number | string | null are echoed, an absent id is a notification (no answer), params
 *   default to [] and named params arrive as [object]; batches answer in order, skip notifications,
 *   refuse an empty or oversize batch.
 * - Errors: malformed JSON -32700 (id null), non-requests -32600, unknown method -32601 with message
 *   exactly "Method not found", bad params -32602, a ChainError passes through with code, message and
 *   data apart, any other throw is -32603, an oversized request -32007 (with the request's id when its
 *   head shows one) — and the session keeps serving.
 * - rpc_methods lists every handler name sorted, alias spellings included; dev RPCs and `devModules`
 *   only with dev; extra modules join the table; a name defined twice is refused.
 * - Subscriptions: random 16-character ids, notifications only after the subscribe response (also
 *   for those sent synchronously inside the handler), unsubscribe true once then false, only for the
 *   right kind, cancel hooks run on unsubscribe and on close, per-connection cap -32006, and none
 *   over a subscription-less transport (HTTP).
 * - afterResponse callbacks run once the response (the whole batch's, in a batch) has been handed to
 *   the transport, never for a failed request; ctx.connection is one object per session.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { createMethodTable, createRpcCore } from '../../src/pallets-mock/rpc/method-table.js';
import type { MethodTable, RpcOutgoing, RpcServerCore } from '../../src/pallets-mock/rpc/server-core.js';

interface Recorder {
  out: RpcOutgoing[];
  send(m: RpcOutgoing): void;
  subscriptions: boolean;
}
const recorder = (subscriptions = true): Recorder => {
  const out: RpcOutgoing[] = [];
  return { out, send: (m) => out.push(m), subscriptions };
};

type Reply = { id?: unknown; result?: unknown; error?: { code: number; message: string; data?: unknown } };
const asReply = (m: RpcOutgoing | undefined): Reply => m as Reply;

let chain: DevChain;
let cancelled: string[];
const testModule: MethodTable = {
  test_boom: () => {
    throw new Error('kaput');
  },
  test_echo: (_ctx, params) => params,
  test_subscribe: (ctx, params) => {
    const sub = ctx.subscribe('test_note', () => cancelled.push(sub.id));
    sub.send('sync-1');
    sub.send('sync-2');
    if (params[0] === 'fail') throw new Error('after subscribing');
    return sub.id;
  },
  test_unsubscribe: (ctx, params) => ctx.unsubscribe(params[0], ['test_note']),
  test_after: (ctx, params) => {
    ctx.afterResponse(() => afterRuns.push({ tag: String(params[0]), sentBefore: currentOut?.length ?? -1 }));
    if (params[1] === 'fail') throw new Error('failed after registering');
    return 'started';
  },
  test_connection: (ctx) => {
    connections.push(ctx.connection);
    return null;
  },
};
let afterRuns: Array<{ tag: string; sentBefore: number }> = [];
let currentOut: RpcOutgoing[] | undefined;
const connections: object[] = [];
let core: RpcServerCore;

beforeAll(() => {
  chain = new DevChain({ mode: 'Manual' });
  core = createRpcCore(chain, { modules: [testModule], maxSubscriptions: 3, maxRequestBytes: 4096 });
});
afterAll(() => chain.stop());

async function one(text: string, c = core): Promise<Reply> {
  const t = recorder();
  await c.openSession(t).handleText(text);
  expect(t.out.length).toBe(1);
  return asReply(t.out[0]);
}
const req = (method: string, params?: unknown, id: unknown = 1) =>
  JSON.stringify(
    params === undefined ? { jsonrpc: '2.0', id, method } : { jsonrpc: '2.0', id, method, params },
  );

describe('requests and responses', () => {
  it('echoes number, string and null ids; params default to []; named params become [object]', async () => {
    expect(await one(req('test_echo', [1, 'a'], 7))).toEqual({ jsonrpc: '2.0', id: 7, result: [1, 'a'] });
    expect(await one(req('test_echo', undefined, 'abc'))).toEqual({ jsonrpc: '2.0', id: 'abc', result: [] });
    expect(await one(req('test_echo', { count: 2 }, null))).toEqual({
      jsonrpc: '2.0',
      id: null,
      result: [{ count: 2 }],
    });
  });

  it('answers nothing to a notification (no id) but still runs it', async () => {
    const t = recorder();
    await core.openSession(t).handleText(JSON.stringify({ jsonrpc: '2.0', method: 'test_echo', params: [] }));
    expect(t.out).toEqual([]);
  });

  it('answers a batch in order, skipping notifications', async () => {
    const t = recorder();
    await core
      .openSession(t)
      .handleText(
        JSON.stringify([
          { jsonrpc: '2.0', id: 1, method: 'test_echo', params: [1] },
          { jsonrpc: '2.0', method: 'test_echo', params: [2] },
          { jsonrpc: '2.0', id: 2, method: 'nope' },
          42,
          { jsonrpc: '2.0', id: 3, method: 'system_name' },
        ]),
      );
    expect(t.out.length).toBe(1);
    const batch = t.out[0] as Reply[];
    expect(batch.map((r) => r.id)).toEqual([1, 2, null, 3]);
    expect(batch[0]?.result).toEqual([1]);
    expect(batch[1]?.error?.code).toBe(-32601);
    expect(batch[2]?.error?.code).toBe(-32600);
    expect(batch[3]?.result).toBe('pha-stake-node');
  });

  it('refuses an empty batch and an oversize one', async () => {
    expect((await one('[]')).error?.code).toBe(-32600);
    const small = createRpcCore(chain, { maxBatchLength: 2 });
    const r = await one(
      JSON.stringify([1, 2, 3].map((id) => ({ jsonrpc: '2.0', id, method: 'system_name' }))),
      small,
    );
    expect(r.error?.code).toBe(-32010);
  });
});

describe('errors', () => {
  it('malformed JSON → -32700 with id null', async () => {
    for (const text of ['{', '{"jsonrpc":"2.0",', 'nul', '', '\u0000\u0001']) {
      const r = await one(text);
      expect(r.id).toBeNull();
      expect(r.error?.code).toBe(-32700);
      expect(r.error?.message).toBe('Parse error');
    }
  });

  it('non-requests → -32600, keeping a valid id', async () => {
    expect((await one('42')).error?.code).toBe(-32600);
    expect((await one('"str"')).error?.code).toBe(-32600);
    expect((await one('null')).error?.code).toBe(-32600);
    expect(await one(JSON.stringify({ jsonrpc: '1.0', id: 5, method: 'x' }))).toMatchObject({
      id: 5,
      error: { code: -32600 },
    });
    expect((await one(JSON.stringify({ jsonrpc: '2.0', id: 5, method: 7 }))).error?.code).toBe(-32600);
    expect((await one(JSON.stringify({ jsonrpc: '2.0', id: { a: 1 }, method: 'x' }))).error?.code).toBe(
      -32600,
    );
    expect((await one(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'x', params: 5 }))).error?.code).toBe(
      -32600,
    );
  });

  it('unknown method → -32601 "Method not found" exactly (papi relies on it)', async () => {
    for (const m of ['nope', 'state_getReadProof_x', '__proto__', 'constructor', 'toString']) {
      expect(await one(req(m, []))).toEqual({
        jsonrpc: '2.0',
        id: 1,
        error: { code: -32601, message: 'Method not found' },
      });
    }
  });

  it('bad params → -32602 naming the parameter', async () => {
    const r = await one(req('state_getStorage', [12]));
    expect(r.error).toMatchObject({ code: -32602, message: 'Invalid params' });
    expect(String(r.error?.data)).toMatch(/^key: expected a 0x-prefixed hex string/);
    expect((await one(req('chain_getBlockHash', [-1]))).error?.code).toBe(-32602);
    expect((await one(req('chain_getBlockHash', [1.5]))).error?.code).toBe(-32602);
    expect((await one(req('chain_getHeader', ['0x1234']))).error?.code).toBe(-32602);
    expect((await one(req('state_getKeysPaged', ['0x', 1001]))).error?.code).toBe(-32602);
    expect((await one(req('system_health', [1]))).error?.code).toBe(-32602);
    expect((await one(req('system_accountNextIndex', ['not-an-address']))).error?.code).toBe(-32602);
    expect((await one(req('system_accountNextIndex', ['//Alice']))).error?.code).toBe(-32602);
  });

  it('a ChainError passes through with code, message and data apart', async () => {
    const r = await one(req('author_submitExtrinsic', ['0x0c840102']));
    expect(r.error?.code).toBe(1001);
    expect(r.error?.message).toBe('Extrinsic has invalid format');
    expect(typeof r.error?.data).toBe('string');
  });

  it('anything else → -32603 Internal error, and the session keeps serving', async () => {
    const t = recorder();
    const s = core.openSession(t);
    await s.handleText(req('test_boom', []));
    await s.handleText(req('system_name', [], 2));
    expect(t.out).toEqual([
      { jsonrpc: '2.0', id: 1, error: { code: -32603, message: 'Internal error', data: 'kaput' } },
      { jsonrpc: '2.0', id: 2, result: 'pha-stake-node' },
    ]);
  });

  it('an oversized request → -32007, counted in UTF-8 bytes', async () => {
    const r = await one(req('test_echo', ['x'.repeat(5000)], 42));
    // the id is read from the head of the text so the client can match the error to its call
    expect(r).toMatchObject({ id: 42, error: { code: -32007, message: 'Request is too big' } });
    expect((await one(`[${req('test_echo', ['x'.repeat(5000)], 'abc')}]`)).id).toBeNull();
    expect((await one(req('test_echo', ['x'.repeat(5000)], 'abc'))).id).toBe('abc');
    // 1,500 three-byte characters are 4,500 bytes: over the 4,096 limit although the string is shorter
    expect((await one(req('test_echo', ['€'.repeat(1500)]))).error?.code).toBe(-32007);
    expect((await one(req('test_echo', ['€'.repeat(1000)]))).result).toEqual(['€'.repeat(1000)]);
  });
});

describe('the method table', () => {
  it('rpc_methods lists every handler sorted, with the alias spellings', async () => {
    const r = (await one(req('rpc_methods', []))).result as { version: number; methods: string[] };
    expect(r.version).toBe(1);
    expect(r.methods).toEqual([...r.methods].sort());
    expect(r.methods).toEqual(Object.keys(core.methods).sort());
    expect(r.methods).toEqual(
      expect.arrayContaining([
        'chain_subscribeNewHead',
        'chain_subscribeNewHeads',
        'chain_unsubscribeNewHead',
        'chain_unsubscribeNewHeads',
        'chain_subscribeFinalizedHeads',
        'chain_subscribeFinalisedHeads',
        'chain_subscribeAllHeads',
        'chain_getFinalizedHead',
        'chain_getFinalisedHead',
        'chain_getHead',
        'state_getStorage',
        'state_getStorageAt',
        'state_getKeysPaged',
        'state_getKeysPagedAt',
        'state_call',
        'state_callAt',
        'state_getRuntimeVersion',
        'chain_getRuntimeVersion',
        'state_getStorageHash',
        'state_queryStorageAt',
        'system_accountNextIndex',
        'account_nextIndex',
        'system_health',
        'author_submitAndWatchExtrinsic',
        'payment_queryInfo',
        'rpc_methods',
      ]),
    );
    expect(r.methods.filter((m) => m.startsWith('dev_'))).toEqual([]);
  });

  it('dev RPCs and devModules only with dev', async () => {
    const extra: MethodTable = { sim_startWorker: () => 'worker' };
    const noDev = createMethodTable({ devModules: [extra] });
    const dev = createMethodTable({ dev: true, devModules: [extra] });
    expect(Object.keys(noDev).filter((m) => m.startsWith('dev_') || m.startsWith('sim_'))).toEqual([]);
    expect(Object.keys(dev)).toEqual(
      expect.arrayContaining([
        'dev_newBlock',
        'dev_setStorage',
        'dev_timeTravel',
        'dev_setBlockBuildMode',
        'sim_startWorker',
      ]),
    );
    expect((await one(req('dev_newBlock', [{}]))).error).toEqual({
      code: -32601,
      message: 'Method not found',
    });
  });

  it('refuses a method defined twice', () => {
    expect(() => createMethodTable({ modules: [{ system_name: () => 'x' }] })).toThrow(/defined twice/);
  });
});

describe('subscriptions', () => {
  it('notifications go out only after the subscribe response, ids are random', async () => {
    const t = recorder();
    const s = core.openSession(t);
    await s.handleText(req('test_subscribe', [], 1));
    await s.handleText(req('chain_subscribeNewHead', [], 2));
    const [resp1, n1, n2, resp2, head] = t.out as Array<
      Reply & { method?: string; params?: { subscription: string; result: unknown } }
    >;
    expect(resp1?.id).toBe(1);
    const id = resp1?.result as string;
    expect(id).toMatch(/^[0-9a-zA-Z]{16}$/);
    expect(n1).toEqual({
      jsonrpc: '2.0',
      method: 'test_note',
      params: { subscription: id, result: 'sync-1' },
    });
    expect(n2?.params?.result).toBe('sync-2');
    expect(resp2?.id).toBe(2);
    expect(head?.method).toBe('chain_newHead');
    expect(head?.params?.subscription).toBe(resp2?.result);
    expect(head?.params?.subscription).not.toBe(id);
    s.close();
  });

  it('a subscribe that fails sends no notifications and leaves no subscription', async () => {
    const t = recorder();
    const s = core.openSession(t);
    await s.handleText(req('test_subscribe', ['fail']));
    expect(t.out).toHaveLength(1);
    expect(asReply(t.out[0]).error?.code).toBe(-32603);
    expect(s.subscriptionCount).toBe(0);
  });

  it('unsubscribe: true once, then false; only for its own kind; cancel hooks run', async () => {
    cancelled = [];
    const t = recorder();
    const s = core.openSession(t);
    await s.handleText(req('test_subscribe', [], 1));
    const id = asReply(t.out[0]).result as string;
    await s.handleText(req('chain_unsubscribeNewHead', [id], 2));
    await s.handleText(req('test_unsubscribe', [id], 3));
    await s.handleText(req('test_unsubscribe', [id], 4));
    await s.handleText(req('test_unsubscribe', [{}], 5));
    const replies = t.out.filter((m) => !('method' in m)).map(asReply);
    expect(replies.slice(1).map((r) => r.result ?? r.error?.code)).toEqual([false, true, false, -32602]);
    expect(cancelled).toEqual([id]);
  });

  it('closing the session cancels every subscription', async () => {
    cancelled = [];
    const t = recorder();
    const s = core.openSession(t);
    await s.handleText(req('test_subscribe', [], 1));
    await s.handleText(req('test_subscribe', [], 2));
    s.close();
    expect(cancelled).toHaveLength(2);
    expect(s.subscriptionCount).toBe(0);
  });

  it('caps subscriptions per connection with -32006, per connection', async () => {
    const t = recorder();
    const s = core.openSession(t);
    for (let i = 1; i <= 4; i++) await s.handleText(req('chain_subscribeNewHead', [], i));
    const replies = t.out.filter((m) => !('method' in m)).map(asReply);
    expect(replies.slice(0, 3).every((r) => typeof r.result === 'string')).toBe(true);
    expect(replies[3]?.error).toEqual({
      code: -32006,
      message: 'Too many subscriptions on the connection',
      data: 'Exceeded max limit of 3 (--rpc-max-subscriptions-per-connection)',
    });
    // another connection has its own budget
    const t2 = recorder();
    await core.openSession(t2).handleText(req('chain_subscribeNewHead', []));
    expect(typeof asReply(t2.out[0]).result).toBe('string');
    // freeing one makes room again
    await s.handleText(req('chain_unsubscribeNewHeads', [replies[0]?.result], 9));
    await s.handleText(req('chain_subscribeNewHead', [], 10));
    expect(typeof asReply(t.out.filter((m) => !('method' in m)).at(-1)).result).toBe('string');
    s.close();
  });

  it('no subscriptions over a transport without push (HTTP)', async () => {
    const r = (await core.handleOnce(req('chain_subscribeNewHead', []))) as Reply;
    expect(r.error).toMatchObject({ code: -32601, message: 'Method not found' });
    expect(String(r.error?.data)).toMatch(/WebSocket/);
  });
});

describe('afterResponse and connection', () => {
  it('runs after the response is out (after the whole batch), never for a failed request', async () => {
    afterRuns = [];
    const t = recorder();
    currentOut = t.out;
    const session = core.openSession(t);
    await session.handleText(req('test_after', ['one']));
    await session.handleText(req('test_after', ['failed', 'fail']));
    await session.handleText(
      JSON.stringify([
        { jsonrpc: '2.0', id: 1, method: 'test_after', params: ['b1'] },
        { jsonrpc: '2.0', id: 2, method: 'test_after', params: ['b2'] },
      ]),
    );
    currentOut = undefined;
    expect(afterRuns).toEqual([
      { tag: 'one', sentBefore: 1 },
      { tag: 'b1', sentBefore: 3 },
      { tag: 'b2', sentBefore: 3 },
    ]);
    expect(asReply(t.out[1]).error?.code).toBe(-32603);
  });

  it('ctx.connection is the same object within a session and differs between sessions', async () => {
    connections.length = 0;
    const a = core.openSession(recorder());
    const b = core.openSession(recorder());
    await a.handleText(req('test_connection'));
    await a.handleText(req('test_connection'));
    await b.handleText(req('test_connection'));
    expect(connections[0]).toBe(connections[1]);
    expect(connections[2]).not.toBe(connections[0]);
  });
});
