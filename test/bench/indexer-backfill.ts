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
 * same pairs. The machine's load average is in the note. Rounds, providers and rows: indexer-runs.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise } from '@polkadot/api';
import { DEMO_SNAPSHOT, readSnapshot } from '../../chain/snapshot.js';
import { type NodeBlockStore, openBlockStore } from '../../chain/store.js';
import { type BlockRecord, DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { ActorSupervisor } from '../../src/pallets-mock/offchain/actor-supervisor.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';
import type { BenchGroup } from './bench.js';
import { measure, overBothProviders, type Runs, row, sameStore } from './indexer-runs.js';

const ROUNDS = 3;

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

    const runs: Partial<Record<'batched' | 'ws' | 'perBlock', Runs>> = {};
    await overBothProviders(chain, async (api, via) => {
      if (via === 'ws') runs.ws = await measure(api, best, blocks, ROUNDS);
      else {
        runs.batched = await measure(api, best, blocks, ROUNDS);
        runs.perBlock = await measure(api, best, blocks, 1, { batchBlocks: 1 });
      }
    });
    const dir = mkdtempSync(join(tmpdir(), 'pha-bench-archive-'));
    const { twin, store } = await archivedTwin(chain, snapshot.block.header.number, dir);
    chain.stop();
    const archived = await ApiPromise.create({ provider: new EmbeddedProvider(twin), noInitWarn: true });
    const d = await measure(archived, best, blocks, ROUNDS);
    const e = await measure(archived, best, blocks, 1, { batchBlocks: 1 });
    await archived.disconnect();
    twin.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    const { batched: a, ws: b, perBlock: c } = runs as Record<'batched' | 'ws' | 'perBlock', Runs>;
    const note = `${blocks} blocks from the snapshot head, ${sameStore(a, b, c, d, e).length} stored keys`;
    return [
      row('indexer backfill: demo chain, embedded provider', a, note),
      row('indexer backfill: demo chain, WebSocket to the node', b, note),
      row('indexer block by block (batchBlocks 1): demo chain, embedded', c, note),
      row('indexer backfill: demo chain on LevelDB, archived blocks, embedded', d, note),
      row('indexer block by block (batchBlocks 1): demo chain on LevelDB, archived blocks', e, note),
    ];
  },
};
