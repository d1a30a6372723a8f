/**
 * The indexer's backfill (src/indexer/backfill.ts: batches read with state_queryStorage over block ranges,
 * only the indexed events decoded, committed together) against the per-block path (`batchBlocks: 1`, one
 * `api.at` per block): the two stores must be equal, key for key and byte for byte.
 *
 * - The scenario chain (test/indexer/scenario.ts): contributions, queued and paid withdrawals, owner
 *   rewards and claims, commission changes, rewards, worker changes, a referendum with votes that ends
 *   (its story), treasury inflow and day boundaries — every kind of record the indexer writes — indexed
 *   in batches of odd sizes so boundaries fall anywhere, and with reward snapshots per window (the demo
 *   build's setting).
 * - The demo chain: the committed demo snapshot loaded as `npm start` loads it, with its actors (57
 *   computing workers, the Gatekeeper's settlements, the relayer) producing blocks after it; a fresh store
 *   starts at the snapshot head (its first known block, a daily snapshot of every pool, delegation and
 *   worker), once over the embedded provider and once over a WebSocket to the node; and over a WebSocket
 *   to nodes that refuse state_queryStorage (a method table without it, and Substrate's `--rpc-methods
 *   safe` answer -32601): the indexer goes block by block, asks once at most, and stores the same.
 */
import { ApiPromise, WsProvider } from '@polkadot/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRpc, startServer } from '../../chain/server.js';
import { DEMO_SNAPSHOT, readSnapshot } from '../../chain/snapshot.js';
import { Indexer, type IndexerOptions } from '../../src/indexer/indexer.js';
import { IndexStore, MemoryKv } from '../../src/indexer/store.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { ActorSupervisor } from '../../src/pallets-mock/offchain/actor-supervisor.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';
import { LEGACY_MODULES, NEW_SPEC_MODULES, NODE_RPC_INFO } from '../../src/pallets-mock/rpc/method-table.js';
import {
  type ChainContext,
  composeTable,
  type MethodTable,
  RpcError,
  RpcServerCore,
} from '../../src/pallets-mock/rpc/server-core.js';
import { RawClient } from '../rpc/helpers.js';
import { buildScenario } from './scenario.js';

/** A module of the node's method table without state_queryStorage. */
const withoutQueryStorage = (m: MethodTable<ChainContext>): MethodTable<ChainContext> =>
  Object.fromEntries(Object.entries(m).filter(([name]) => name !== 'state_queryStorage'));

/** The store's pairs after indexing `api`'s chain to block `best` with these options. */
async function indexed(
  api: ApiPromise,
  best: number,
  opts: Omit<IndexerOptions, 'api' | 'store'>,
): Promise<Array<[string, string]>> {
  const kv = new MemoryKv();
  const indexer = new Indexer({ api, store: new IndexStore(kv), ...opts });
  await indexer.syncTo(best);
  return kv.entries();
}

/** Record kinds in a store: key space, and the type of account records. */
function kinds(pairs: Array<[string, string]>): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of pairs) {
    const space = k.slice(0, 4);
    out.add(space === 'acct' ? `acct:${(JSON.parse(v) as { type: string }).type}` : space);
  }
  return out;
}

describe('indexer backfill equals the per-block indexer', () => {
  describe('scenario chain', () => {
    let api: ApiPromise;
    let best: number;
    beforeAll(async () => {
      const scn = await buildScenario();
      best = Number(scn.chain.best);
      api = await ApiPromise.create({ provider: new EmbeddedProvider(scn.chain), noInitWarn: true });
    }, 120_000);
    afterAll(async () => {
      await api?.disconnect();
    });

    it('records every kind, and batches of any size store exactly what block by block stores', async () => {
      const perBlock = await indexed(api, best, { batchBlocks: 1 });
      expect([...kinds(perBlock)].sort()).toEqual(
        [
          'acct:contribution',
          'acct:delegation',
          'acct:ownerRewardsWithdrawn',
          'acct:ownerSharesClaimed',
          'acct:withdrawal',
          'acct:withdrawalQueued',
          'comm',
          'meta',
          'pool',
          'refr',
          'rfst',
          'trea',
          'work',
        ].sort(),
      );
      for (const batchBlocks of [1024, 37, 16]) {
        const batched = await indexed(api, best, { batchBlocks });
        expect(batched.length).toBe(perBlock.length);
        expect(batched).toEqual(perBlock);
      }
    }, 240_000);

    it('with reward snapshots per window (the demo build) too', async () => {
      const opts = { rewardSnapshotWindowMs: 3_600_000 };
      const perBlock = await indexed(api, best, { ...opts, batchBlocks: 1 });
      expect(await indexed(api, best, { ...opts, batchBlocks: 50 })).toEqual(perBlock);
    }, 240_000);
  });

  describe('demo chain', () => {
    let chain: DevChain;
    let embedded: ApiPromise;
    let best: number;
    let perBlock: Array<[string, string]>;
    beforeAll(async () => {
      await cryptoReady();
      const snapshot = readSnapshot(DEMO_SNAPSHOT);
      chain = new DevChain({ mode: 'Manual', profile: snapshot.profile, resume: [snapshot.block] });
      const actors = new ActorSupervisor(chain);
      actors.start(snapshot.actors ?? undefined);
      await chain.newBlocks(300);
      actors.stop();
      best = Number(chain.best);
      embedded = await ApiPromise.create({ provider: new EmbeddedProvider(chain), noInitWarn: true });
      perBlock = await indexed(embedded, best, { batchBlocks: 1 });
    }, 300_000);
    afterAll(async () => {
      await embedded?.disconnect();
      chain?.stop();
    });

    it('from the snapshot head, over the embedded provider', async () => {
      const cursor = perBlock.find(([k]) => k === 'meta:cursor')?.[1] ?? '{}';
      expect(JSON.parse(cursor)).toMatchObject({ number: best, firstBlock: best - 300 });
      expect(kinds(perBlock)).toEqual(new Set(['acct:delegation', 'meta', 'pool', 'refr', 'trea', 'work']));
      expect(await indexed(embedded, best, {})).toEqual(perBlock);
      expect(await indexed(embedded, best, { batchBlocks: 64 })).toEqual(perBlock);
    }, 240_000);

    it('block by block, storing the same, from nodes that refuse state_queryStorage', async () => {
      // A node whose method table lacks it (rpc_methods does not list it; a call answers -32601), and one
      // that lists it but refuses every call as Substrate's `--rpc-methods safe` does (-32601 "unsafe").
      let refusals = 0;
      const unsafe: MethodTable<ChainContext> = {
        state_queryStorage: () => {
          refusals++;
          throw new RpcError(-32601, 'RPC call is unsafe to be called externally');
        },
      };
      for (const extra of [[], [unsafe]]) {
        const table = composeTable<ChainContext>(
          [...LEGACY_MODULES.map(withoutQueryStorage), ...NEW_SPEC_MODULES, ...extra],
          NODE_RPC_INFO,
        );
        const server = await serveRpc(new RpcServerCore<ChainContext>({ chain }, table, {}), {
          host: '127.0.0.1',
          port: 0,
        });
        const raw = await RawClient.connect(server.url);
        const ws = await ApiPromise.create({ provider: new WsProvider(server.url), noInitWarn: true });
        try {
          const head = await raw.call<string>('chain_getBlockHash', [best]);
          const asked = await raw.request('state_queryStorage', [['0x00'], head]);
          expect(asked.error?.code).toBe(-32601);
          const before = refusals;
          expect(await indexed(ws, best, {})).toEqual(perBlock);
          // the first batch is refused, then never asked again (300 blocks would be several batches)
          expect(refusals - before).toBe(extra.length);
        } finally {
          raw.close();
          await ws.disconnect();
          await server.close();
        }
      }
    }, 240_000);

    it('from the snapshot head, over a WebSocket to the node', async () => {
      const server = await startServer(chain, { host: '127.0.0.1', port: 0 });
      const ws = await ApiPromise.create({ provider: new WsProvider(server.url), noInitWarn: true });
      try {
        expect(await indexed(ws, best, {})).toEqual(perBlock);
      } finally {
        await ws.disconnect();
        await server.close();
      }
    }, 240_000);
  });
});
