/**
 * Bench rows of the history indexer's backfill (issue 19 item 4) on the demo chain: the committed demo
 * snapshot loaded as `npm start` loads it, its actors (57 computing workers, the Gatekeeper's settlements,
 * the relayer) producing `BENCH_BACKFILL_BLOCKS` blocks after it (2,000 by default); then a fresh in-memory
 * store indexes from the snapshot head (a daily snapshot of every pool, delegation and worker first) to the
 * last block — in batches (src/indexer/backfill.ts) through the embedded provider and through a real
 * WebSocket to the node, and once block by block (`batchBlocks: 1`, one `api.at` per block: the path
 * every block took before the backfill) for comparison. Then the same blocks on a LevelDB store, on a chain
 * that keeps only its last 64 in memory (the node's archive; `npm run chain` with a database): the indexer
 * catching up over archived blocks, in batches and block by block. Sanity check: every run stores the
 * same pairs. The machine's load average is in the note.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { startServer } from '../../chain/server.js';
import { DEMO_SNAPSHOT, readSnapshot } from '../../chain/snapshot.js';
import { type NodeBlockStore, openBlockStore } from '../../chain/store.js';
import { Indexer } from '../../src/indexer/indexer.js';
import { IndexStore, MemoryKv } from '../../src/indexer/store.js';
import { type BlockRecord, DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { ActorSupervisor } from '../../src/pallets-mock/offchain/actor-supervisor.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';
import type { BenchGroup, BenchRow } from './bench.js';

const ROUNDS = 3;

interface Runs {
  rates: number[];
  ms: number;
  stores: string[];
}

async function measure(api: ApiPromise, best: number, blocks: number, rounds: number, batchBlocks?: number) {
  const out: Runs = { rates: [], ms: 0, stores: [] };
  for (let r = 0; r < rounds; r++) {
    const kv = new MemoryKv();
    const indexer = new Indexer({ api, store: new IndexStore(kv), batchBlocks });
    const t0 = performance.now();
    await indexer.syncTo(best);
    const ms = performance.now() - t0;
    out.ms += ms;
    out.rates.push((blocks * 1000) / ms);
    out.stores.push(JSON.stringify(kv.entries()));
  }
  return out;
}

/**
 * `chain`'s blocks from `first` on, on a fresh LevelDB store under `dir`, resumed by a chain with that
 * store as its archive; one more block is built so all but the last 64 leave memory.
 */
async function archivedTwin(chain: DevChain, first: bigint, dir: string) {
  const store: NodeBlockStore = await openBlockStore(join(dir, 'chain'));
  const blocks: BlockRecord[] = [];
  for (let n = first; n <= chain.best; n++) blocks.push(chain.block(n) as BlockRecord);
  const twin = new DevChain({
    mode: 'Manual',
    profile: chain.profile,
    resume: blocks,
    persist: (block) => store.putBlock(block),
    archive: store,
  });
  await store.setIdentity({ genesisHash: twin.genesisHash, profile: chain.profile, seed: 'demo' });
  for (const block of blocks) await store.putBlock(block);
  await twin.newBlocks(1);
  return { twin, store };
}

function row(name: string, runs: Runs, blocks: number, note: string): BenchRow {
  const sorted = [...runs.rates].sort((a, b) => a - b);
  return {
    name,
    unit: 'blocks/s',
    median: sorted[sorted.length >> 1] as number,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    ops: blocks * runs.rates.length,
    seconds: runs.ms / 1000,
    note,
  };
}

export const indexerBackfillBench: BenchGroup = {
  title: 'History indexer backfill (demo chain)',
  async run() {
    await cryptoReady();
    const extra = Number(process.env.BENCH_BACKFILL_BLOCKS ?? 2000);
    const snapshot = readSnapshot(DEMO_SNAPSHOT);
    const chain = new DevChain({ mode: 'Manual', profile: snapshot.profile, resume: [snapshot.block] });
    const actors = new ActorSupervisor(chain);
    actors.start(snapshot.actors ?? undefined);
    await chain.newBlocks(extra);
    actors.stop();
    const best = Number(chain.best);
    const blocks = extra + 1; // from the snapshot head, the first block the chain knows
    const load = () => loadavg()[0]?.toFixed(1);

    const embedded = await ApiPromise.create({ provider: new EmbeddedProvider(chain), noInitWarn: true });
    const a = await measure(embedded, best, blocks, ROUNDS);
    const aLoad = load();
    const c = await measure(embedded, best, blocks, 1, 1);
    const cLoad = load();
    await embedded.disconnect();
    const server = await startServer(chain, { host: '127.0.0.1', port: 0 });
    const ws = await ApiPromise.create({ provider: new WsProvider(server.url), noInitWarn: true });
    const b = await measure(ws, best, blocks, ROUNDS);
    const bLoad = load();
    await ws.disconnect();
    await server.close();
    const dir = mkdtempSync(join(tmpdir(), 'pha-bench-archive-'));
    const { twin, store } = await archivedTwin(chain, snapshot.block.header.number, dir);
    chain.stop();
    const archived = await ApiPromise.create({ provider: new EmbeddedProvider(twin), noInitWarn: true });
    const d = await measure(archived, best, blocks, ROUNDS);
    const dLoad = load();
    const e = await measure(archived, best, blocks, 1, 1);
    const eLoad = load();
    await archived.disconnect();
    twin.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    const stores = new Set([...a.stores, ...b.stores, ...c.stores, ...d.stores, ...e.stores]);
    if (stores.size !== 1) throw new Error('bench sanity check failed: the runs stored different records');
    const note = (l: string | undefined) =>
      `${blocks} blocks from the snapshot head, ${JSON.parse([...stores][0] as string).length} stored keys, load ${l}`;
    return [
      row('indexer backfill: demo chain, embedded provider', a, blocks, note(aLoad)),
      row('indexer backfill: demo chain, WebSocket to the node', b, blocks, note(bLoad)),
      row('indexer block by block (batchBlocks 1): demo chain, embedded', c, blocks, note(cLoad)),
      row('indexer backfill: demo chain on LevelDB, archived blocks, embedded', d, blocks, note(dLoad)),
      row(
        'indexer block by block (batchBlocks 1): demo chain on LevelDB, archived blocks',
        e,
        blocks,
        note(eLoad),
      ),
    ];
  },
};
