/**
 * Demo-network rows (issue 6): the checked-in demo snapshot (20 pools, 5 vaults, 60 workers, 57 of them
 * computing) loaded into a DevChain with its in-process actors (Gatekeeper, 57 live pRuntimes, relayer),
 * served by the real RPC server on 127.0.0.1, and fast-forwarded with `dev_newBlock { count }` over HTTP:
 * - blocks per second while fast-forwarding (one dev_newBlock of 2,000 blocks, after a 200-block warm-up);
 * - wall time to advance 7 days (50,400 blocks, dev_newBlock of at most 10,000 at a time) with its
 *   workers heartbeating and the Gatekeeper's settlements relayed every block.
 * In memory (no LevelDB), as `--db memory`. `npm run bench -- demo` runs only these.
 */

import { startServer } from '../../chain/server.js';
import { DEMO_SNAPSHOT, readSnapshot } from '../../chain/snapshot.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { ActorSupervisor } from '../../src/pallets-mock/offchain/actor-supervisor.js';
import { OffchainIngress } from '../../src/pallets-mock/pallets/phala-mq/index.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { simMethods } from '../../src/pallets-mock/rpc/sim-methods.js';
import type { BenchGroup, BenchRow } from './bench.js';

const WEEK = 50_400;

async function newBlocks(http: string, count: number): Promise<void> {
  const res = await fetch(http, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'dev_newBlock', params: [{ count }] }),
  });
  const body = (await res.json()) as { error?: unknown };
  if (body.error) throw new Error(`dev_newBlock: ${JSON.stringify(body.error)}`);
}

function row(name: string, blocks: number, ms: number, note: string): BenchRow {
  const rate = (blocks * 1000) / ms;
  return {
    name,
    unit: 'blocks/s',
    median: rate,
    min: rate,
    max: rate,
    ops: blocks,
    seconds: ms / 1000,
    note,
  };
}

export const demoBench: BenchGroup = {
  title: 'Demo network',
  async run() {
    await cryptoReady();
    const t0 = performance.now();
    const snapshot = readSnapshot(DEMO_SNAPSHOT);
    const chain = new DevChain({ profile: snapshot.profile, mode: 'Manual', resume: [snapshot.block] });
    const actors = new ActorSupervisor(chain);
    actors.start(snapshot.actors ?? undefined);
    const loadMs = performance.now() - t0;
    const server = await startServer(chain, { port: 0, dev: true, devModules: [simMethods(() => actors)] });
    const gk = () =>
      chain.atBlock(undefined, () => OffchainIngress.tryGet({ type: 'Gatekeeper', value: null }) ?? 0n);
    const rows: BenchRow[] = [];
    try {
      await newBlocks(server.httpUrl, 200);
      let start = performance.now();
      await newBlocks(server.httpUrl, 2_000);
      rows.push(
        row(
          'fast-forward the demo network (dev_newBlock count 2,000)',
          2_000,
          performance.now() - start,
          `over HTTP; 57 live workers + Gatekeeper + relayer; snapshot loaded in ${(loadMs / 1000).toFixed(1)} s`,
        ),
      );
      const gk0 = gk();
      start = performance.now();
      for (let left = WEEK; left > 0; left -= 10_000) await newBlocks(server.httpUrl, Math.min(left, 10_000));
      const ms = performance.now() - start;
      const reports = gk() - gk0;
      if (reports < 1_000n) throw new Error(`only ${reports} Gatekeeper reports in 7 days`);
      if (actors.refused > 0) throw new Error(`${actors.refused} actor submissions refused`);
      rows.push(
        row(
          'advance the demo network 7 days (50,400 blocks)',
          WEEK,
          ms,
          `wall ${(ms / 1000).toFixed(1)} s; ${reports.toLocaleString('en-US')} Gatekeeper reports relayed; heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
        ),
      );
    } finally {
      actors.stop();
      await server.close();
    }
    return rows;
  },
};
