/**
 * What the history indexer's bench groups share (indexer.ts, indexer-backfill.ts): a chain reached through
 * the embedded provider and then through a real WebSocket to the node, rounds of indexing it into a fresh
 * in-memory store (blocks/s per round, the stored pairs for the sanity check) and the table row of rounds.
 */
import { loadavg } from 'node:os';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { startServer } from '../../chain/server.js';
import { Indexer, type IndexerOptions } from '../../src/indexer/indexer.js';
import { IndexStore, MemoryKv } from '../../src/indexer/store.js';
import type { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';
import type { BenchRow } from './bench.js';

export interface Runs {
  /** Blocks indexed per round. */
  blocks: number;
  /** Blocks/s of each round. */
  rates: number[];
  /** Time of all rounds, ms. */
  ms: number;
  /** Each round's store, its pairs as JSON. */
  stores: string[];
  /** The 1-minute load average after the rounds. */
  load: string;
}

/** `rounds` times: a fresh store indexes `api`'s chain up to block `best` (`blocks` of them). */
export async function measure(
  api: ApiPromise,
  best: number,
  blocks: number,
  rounds: number,
  opts: Omit<IndexerOptions, 'api' | 'store'> = {},
): Promise<Runs> {
  const out: Runs = { blocks, rates: [], ms: 0, stores: [], load: '' };
  for (let r = 0; r < rounds; r++) {
    const kv = new MemoryKv();
    const indexer = new Indexer({ api, store: new IndexStore(kv), ...opts });
    const t0 = performance.now();
    await indexer.syncTo(best);
    const ms = performance.now() - t0;
    out.ms += ms;
    out.rates.push((blocks * 1000) / ms);
    out.stores.push(JSON.stringify(kv.entries()));
  }
  out.load = loadavg()[0]?.toFixed(1) ?? '?';
  return out;
}

/** `use(api, via)` over the embedded provider, then over a WebSocket to a node serving `chain`. */
export async function overBothProviders(
  chain: DevChain,
  use: (api: ApiPromise, via: 'embedded' | 'ws') => Promise<void>,
): Promise<void> {
  const embedded = await ApiPromise.create({ provider: new EmbeddedProvider(chain), noInitWarn: true });
  try {
    await use(embedded, 'embedded');
  } finally {
    await embedded.disconnect();
  }
  const server = await startServer(chain, { host: '127.0.0.1', port: 0 });
  const ws = await ApiPromise.create({ provider: new WsProvider(server.url), noInitWarn: true });
  try {
    await use(ws, 'ws');
  } finally {
    await ws.disconnect();
    await server.close();
  }
}

/** The one store every run ended with (throws when two runs stored different pairs). */
export function sameStore(...runs: Runs[]): Array<[string, string]> {
  const stores = new Set(runs.flatMap((r) => r.stores));
  if (stores.size !== 1) throw new Error('bench sanity check failed: the runs stored different records');
  return JSON.parse([...stores][0] as string) as Array<[string, string]>;
}

/** The table row of `runs`: the median round's blocks/s, the slowest and fastest. */
export function row(name: string, runs: Runs, note: string): BenchRow {
  const sorted = [...runs.rates].sort((a, b) => a - b);
  return {
    name,
    unit: 'blocks/s',
    median: sorted[sorted.length >> 1] as number,
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    ops: runs.blocks * runs.rates.length,
    seconds: runs.ms / 1000,
    note: `${note}, load ${runs.load}`,
  };
}
