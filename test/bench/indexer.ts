/**
 * Bench rows of the history indexer (issue 7): blocks indexed per second over the scenario chain of
 * test/indexer/scenario.ts at 3× size (three stake pools and a vault, rewards every third block, daily
 * boundaries, a referendum), from block 1 to the head, with a fresh in-memory store each round:
 * once through the embedded provider (the browser path) and once through a real WebSocket to the node
 * (the `npm run indexer -- --ws` path). Sanity check after measuring: every round ends at the head with
 * the same number of records.
 */
import { ApiPromise, WsProvider } from '@polkadot/api';
import { startServer } from '../../chain/server.js';
import { Indexer } from '../../src/indexer/indexer.js';
import { IndexStore, MemoryKv } from '../../src/indexer/store.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';
import { buildScenario } from '../indexer/scenario.js';
import type { BenchGroup, BenchRow } from './bench.js';

const ROUNDS = 3;

function row(name: string, rates: number[], ops: number, ms: number, note: string): BenchRow {
  const sorted = [...rates].sort((a, b) => a - b);
  return {
    name,
    unit: 'blocks/s',
    median: sorted[sorted.length >> 1] as number,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    ops,
    seconds: ms / 1000,
    note,
  };
}

async function measure(
  api: ApiPromise,
  best: number,
): Promise<{ rates: number[]; ms: number; sizes: number[] }> {
  const rates: number[] = [];
  const sizes: number[] = [];
  let total = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const kv = new MemoryKv();
    const indexer = new Indexer({ api, store: new IndexStore(kv) });
    const t0 = performance.now();
    await indexer.syncTo(best);
    const ms = performance.now() - t0;
    total += ms;
    rates.push((best * 1000) / ms);
    sizes.push(kv.size);
  }
  return { rates, ms: total, sizes };
}

export const indexerBench: BenchGroup = {
  title: 'History indexer',
  async run() {
    const scn = await buildScenario({ scale: 3 });
    const best = Number(scn.chain.best);
    const rows: BenchRow[] = [];
    const embedded = await ApiPromise.create({ provider: new EmbeddedProvider(scn.chain), noInitWarn: true });
    const a = await measure(embedded, best);
    await embedded.disconnect();
    const server = await startServer(scn.chain, { host: '127.0.0.1', port: 0 });
    const ws = await ApiPromise.create({ provider: new WsProvider(server.url), noInitWarn: true });
    const b = await measure(ws, best);
    await ws.disconnect();
    await server.close();
    const sizes = new Set([...a.sizes, ...b.sizes]);
    if (sizes.size !== 1)
      throw new Error(`bench sanity check failed: record counts differ ${[...sizes].join(', ')}`);
    const note = `${best} blocks from 1, ${[...sizes][0]} stored keys, fresh in-memory store per round`;
    rows.push(row('indexer: blocks indexed, embedded provider', a.rates, best * ROUNDS, a.ms, note));
    rows.push(row('indexer: blocks indexed, WebSocket to the node', b.rates, best * ROUNDS, b.ms, note));
    return rows;
  },
};
