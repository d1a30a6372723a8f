/**
 * Bench rows of the history indexer (issue 7): blocks indexed per second over the scenario chain of
 * test/indexer/scenario.ts at 3× size (three stake pools and a vault, rewards every third block, daily
 * boundaries, a referendum), from block 1 to the head, with a fresh in-memory store each round:
 * once through the embedded provider (the browser path) and once through a real WebSocket to the node
 * (the `npm run indexer -- --ws` path). Sanity check after measuring: every round stores the same pairs.
 * Rounds, providers and rows: indexer-runs.ts.
 */
import { buildScenario } from '../indexer/scenario.js';
import type { BenchGroup } from './bench.js';
import { measure, overBothProviders, type Runs, row, sameStore } from './indexer-runs.js';

const ROUNDS = 3;

export const indexerBench: BenchGroup = {
  title: 'History indexer',
  async run() {
    const scn = await buildScenario({ scale: 3 });
    const best = Number(scn.chain.best);
    const runs: Partial<Record<'embedded' | 'ws', Runs>> = {};
    await overBothProviders(scn.chain, async (api, via) => {
      runs[via] = await measure(api, best, best, ROUNDS);
    });
    const { embedded: a, ws: b } = runs as Record<'embedded' | 'ws', Runs>;
    const note = `${best} blocks from 1, ${sameStore(a, b).length} stored keys, fresh in-memory store per round`;
    return [
      row('indexer: blocks indexed, embedded provider', a, note),
      row('indexer: blocks indexed, WebSocket to the node', b, note),
    ];
  },
};
