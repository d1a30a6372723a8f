/**
 * Bench rows of the history indexer's backfill (issue 19 item 4) on the demo chain: the committed demo
 * snapshot loaded as `npm start` loads it, its actors (57 computing workers, the Gatekeeper's settlements,
 * the relayer) producing `BENCH_BACKFILL_BLOCKS` blocks after it (2,000 by default); then a fresh in-memory
 * store indexes from the snapshot head (a daily snapshot of every pool, delegation and worker first) to the
 * last block — in batches (src/indexer/backfill.ts) through the embedded provider and through a real
 * WebSocket to the node, and once block by block (`batchBlocks: 1`, one `api.at` per block: the path
 * every block took before the backfill) for comparison. Sanity check: every run stores the same pairs.
 * The machine's load average is in the note. Rounds, providers and rows: indexer-runs.ts.
 */
import { DEMO_SNAPSHOT, readSnapshot } from '../../chain/snapshot.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { ActorSupervisor } from '../../src/pallets-mock/offchain/actor-supervisor.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import type { BenchGroup } from './bench.js';
import { measure, overBothProviders, type Runs, row, sameStore } from './indexer-runs.js';

const ROUNDS = 3;

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
    chain.stop();
    const { batched: a, ws: b, perBlock: c } = runs as Record<'batched' | 'ws' | 'perBlock', Runs>;
    const note = `${blocks} blocks from the snapshot head, ${sameStore(a, b, c).length} stored keys`;
    return [
      row('indexer backfill: demo chain, embedded provider', a, note),
      row('indexer backfill: demo chain, WebSocket to the node', b, note),
      row('indexer block by block (batchBlocks 1): demo chain, embedded', c, note),
    ];
  },
};
