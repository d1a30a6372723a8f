/**
 * `pha_poolList` (src/indexer/pool-list-rpc.ts) on the demo network served by a real node, read over a
 * real WebSocket and with the real @polkadot/api: it answers, in one request, exactly the list the dApp's
 * own bulk reads (pools-query.ts) build at the same block — stake pools and vaults, caps, whitelists,
 * descriptions, free stake, an unresponsive worker's stake, the economy; it follows the chain block by
 * block; the dApp's reader uses it where served and falls back to its bulk reads where not; and the
 * built-in chain's host serves the same method.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { ApiPromise } from '@polkadot/api';
import { WsProvider } from '@polkadot/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startServer } from '../../chain/server.js';
import { createApi } from '../../src/api/connection.js';
import { fetchPoolList, previewPoolList } from '../../src/api/pools/pool-list.js';
import { PoolListShapeError, poolsFromWire } from '../../src/api/pools/pool-list-wire.js';
import { fetchPools } from '../../src/api/pools/pools-query.js';
import { startChainHost } from '../../src/embedded/chain-host.js';
import { type PoolListRpc, poolListRpc } from '../../src/indexer/pool-list-rpc.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { parseSnapshot } from '../../src/pallets-mock/devchain/snapshot.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';
import { createPool, dispatch, PHA } from '../fixtures/seed-pools.js';
import { RawClient } from './helpers.js';

let chain: DevChain;
let list: PoolListRpc;
let node: Awaited<ReturnType<typeof startServer>>;
/** The same chain without pha_poolList (an endpoint that does not serve it). */
let plainNode: Awaited<ReturnType<typeof startServer>>;
let rpc: RawClient;
let provider: WsProvider;
let api: ApiPromise;

beforeAll(async () => {
  await cryptoReady();
  const file = resolve('chain/demo/demo.snapshot.json.gz');
  const snapshot = parseSnapshot(gunzipSync(readFileSync(file)).toString('utf8'), file);
  chain = new DevChain({ mode: 'Manual', profile: snapshot.profile, resume: [snapshot.block] });
  list = poolListRpc(chain);
  node = await startServer(chain, { host: '127.0.0.1', port: 0, modules: [list.module] });
  plainNode = await startServer(chain, { host: '127.0.0.1', port: 0 });
  rpc = await RawClient.connect(node.url);
  provider = new WsProvider(node.url);
  api = await createApi(provider);
}, 60_000);

afterAll(async () => {
  rpc?.close();
  await api?.disconnect();
  await node?.close();
  await plainNode?.close();
  await list?.stop();
  chain?.stop();
});

describe('pha_poolList on a node', () => {
  it('answers the list the bulk reads build at the same block', async () => {
    const data = poolsFromWire(await rpc.call('pha_poolList'));
    expect(data.block).toBe(await rpc.call('chain_getBlockHash'));
    expect(data).toEqual(await fetchPools(api, data.block));
    const kinds = new Set(data.pools.map((p) => p.kind));
    expect(kinds).toEqual(new Set(['StakePool', 'Vault']));
    expect(data.pools.some((p) => p.whitelist !== null)).toBe(true);
    expect(data.pools.some((p) => p.cap !== null)).toBe(true);
    expect(data.pools.some((p) => p.description !== '')).toBe(true);
    expect(data.pools.some((p) => p.unresponsiveStake > 0n)).toBe(true);
    expect(data.economy.totalStakeInWork).toBeGreaterThan(0n);
  });

  it('is listed by rpc_methods and refuses parameters', async () => {
    const { methods } = await rpc.call<{ methods: string[] }>('rpc_methods');
    expect(methods).toContain('pha_poolList');
    const reply = await rpc.request('pha_poolList', ['0x00']);
    expect(reply.error?.code).toBe(-32602);
  });

  it('follows the chain block by block', async () => {
    const before = poolsFromWire(await rpc.call('pha_poolList'));
    const pid = before.pools.find(
      (p) => p.kind === 'StakePool' && p.whitelist === null && p.cap === null,
    )?.pid;
    expect(pid).toBeDefined();
    const amount = 1_234n * PHA;
    dispatch(chain, '//Ferdie', 'PhalaWrappedBalances.wrap', { amount });
    dispatch(chain, '//Ferdie', 'PhalaStakePoolv2.contribute', { pid, amount, as_vault: null });
    await chain.newBlocks(1);
    const after = poolsFromWire(await rpc.call('pha_poolList'));
    expect(after.block).not.toBe(before.block);
    expect(after.block).toBe(await rpc.call('chain_getBlockHash'));
    const was = before.pools.find((p) => p.pid === pid);
    const now = after.pools.find((p) => p.pid === pid);
    expect(now?.totalValue).toBe((was?.totalValue ?? 0n) + amount);
    expect(after).toEqual(await fetchPools(api, after.block));
  });

  it('is what the dApp reads, in one request, and before the API with the genesis hash', async () => {
    const sent = provider.stats.total.requests;
    const data = await fetchPoolList(api, provider);
    expect(provider.stats.total.requests - sent).toBe(1);
    expect(data).toEqual(await fetchPools(api, data.block));
    const preview = await previewPoolList((method, params) => rpc.call(method, params));
    expect(preview?.genesis).toBe(api.genesisHash.toHex());
    expect(preview?.data).toEqual(data);
  });

  it('falls back to the bulk reads on an endpoint without it', async () => {
    const other = new WsProvider(plainNode.url);
    const plainApi = await createApi(other);
    try {
      const data = await fetchPoolList(plainApi, other);
      expect(data).toEqual(poolsFromWire(await rpc.call('pha_poolList')));
      const raw = await RawClient.connect(plainNode.url);
      expect(await previewPoolList((method, params) => raw.call(method, params))).toBeUndefined();
      raw.close();
    } finally {
      await plainApi.disconnect();
    }
  });

  it('rejects an answer of another shape, naming the field', () => {
    expect(() => poolsFromWire({ block: `0x${'00'.repeat(32)}`, pools: [{ pid: 1 }], economy: {} })).toThrow(
      PoolListShapeError,
    );
    expect(() => poolsFromWire({ block: `0x${'00'.repeat(32)}`, pools: [{ pid: 1 }], economy: {} })).toThrow(
      /pools\[0\]\.kind/,
    );
  });

  it('serves the plain WebSocket the browser opens first', async () => {
    // the frames the dApp's early socket sends (plain-ws-rpc.ts runs in the browser; here its wire)
    const ws = new WebSocket(node.url);
    await new Promise((r) => ws.once('open', r));
    const answers = new Promise<unknown[]>((res) => {
      const got: unknown[] = [];
      ws.on('message', (m) => {
        got.push(JSON.parse(String(m)));
        if (got.length === 2) res(got);
      });
    });
    ws.send(JSON.stringify({ id: 1, jsonrpc: '2.0', method: 'chain_getBlockHash', params: [0] }));
    ws.send(JSON.stringify({ id: 2, jsonrpc: '2.0', method: 'pha_poolList', params: [] }));
    const byId = new Map((await answers).map((a) => [(a as { id: number }).id, a as { result: unknown }]));
    ws.close();
    expect(byId.get(1)?.result).toBe(api.genesisHash.toHex());
    expect(poolsFromWire(byId.get(2)?.result).pools.length).toBeGreaterThan(20);
  });
});

describe('pha_poolList on the built-in chain', () => {
  it('serves the same list as its bulk reads', async () => {
    const host = await startChainHost({ snapshot: async () => undefined, blockMs: 3_600_000 });
    const embedded = new EmbeddedProvider(host.chain, { core: host.core });
    const hostApi = await createApi(embedded);
    try {
      createPool(host.chain, {
        description: 'built-in',
        cap: 5_000n * PHA,
        delegations: [['//Bob', 100n * PHA]],
      });
      createPool(host.chain, { vault: true, whitelist: ['//Charlie'] });
      await host.chain.newBlocks(1);
      const data = poolsFromWire(await embedded.send('pha_poolList', []));
      expect(data.pools.map((p) => p.kind)).toEqual(['StakePool', 'Vault']);
      expect(data).toEqual(await fetchPools(hostApi, data.block));
      expect(data.pools[0]?.totalValue).toBe(100n * PHA);
    } finally {
      await hostApi.disconnect();
      await host.stop();
    }
  }, 60_000);
});
