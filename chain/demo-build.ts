/**
 * `npm run demo:build [-- --days N] [--out PATH]`: builds the demo network by running a dev chain with the
 * demo profile forward (chain/demo/scenario.ts) with the in-process actors, while the
 * history indexer follows every block (chain/node-history.ts, in memory), and writes its snapshot
 * (chain/snapshot.ts) with the indexer's records (thinned by chain/demo-history.ts) to
 * chain/demo/demo.snapshot.json.gz, which `--seed demo` loads.
 *
 * Deterministic: sr25519 signatures normally draw fresh randomness, which would change extrinsic bytes,
 * block hashes and so the heartbeat challenges; for the build only, `crypto.getRandomValues` is replaced
 * by a seeded BLAKE2 stream, so the same code produces byte-identical blocks and the same snapshot (dev
 * keys only: never do this with keys that matter).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { MemoryKv } from '../src/indexer/store.js';
import { DevChain } from '../src/pallets-mock/devchain/chain.js';
import { ActorSupervisor } from '../src/pallets-mock/offchain/actor-supervisor.js';
import { cryptoReady } from '../src/pallets-mock/primitives/signature.js';
import {
  ArgsError,
  asksForHelp,
  type CommandSpec,
  helpText,
  isEntryPoint,
  option,
  parseCommandLine,
  text,
} from './cli-options.js';
import { buildDemoNetwork } from './demo/scenario.js';
import { packHistory, REWARD_SNAPSHOT_WINDOW_MS } from './demo-history.js';
import { startNodeHistory } from './node-history.js';
import { captureSnapshot, DEMO_SNAPSHOT, writeSnapshot } from './snapshot.js';

/** Replaces the process's randomness by a deterministic stream (build-time only). */
export function seedRandomness(label: string): void {
  let counter = 0;
  const seed = new TextEncoder().encode(label);
  const getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
    if (!array) return array;
    const out = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    for (let off = 0; off < out.length; off += 32) {
      const c = new Uint8Array(seed.length + 4);
      c.set(seed);
      new DataView(c.buffer).setUint32(seed.length, counter++);
      out.set(blake2AsU8a(c).subarray(0, Math.min(32, out.length - off)), off);
    }
    return array;
  };
  Object.defineProperty(globalThis.crypto, 'getRandomValues', { value: getRandomValues, configurable: true });
}

export const DEMO_BUILD_COMMAND: CommandSpec = {
  usage: 'npm run demo:build --',
  summary: 'Builds the demo network by running a chain forward for real, and writes its snapshot.',
  options: {
    days: { kind: 'value', value: 'N', help: 'days of rewards before the head (default 7)' },
    out: {
      kind: 'value',
      value: 'PATH',
      help: 'the snapshot file (default chain/demo/demo.snapshot.json.gz)',
    },
  },
};

function dayCount(v: string): number {
  if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new ArgsError('--days must be a positive number');
  return Number(v);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (asksForHelp(argv)) return console.log(helpText(DEMO_BUILD_COMMAND));
  const values = parseCommandLine(DEMO_BUILD_COMMAND, argv);
  const days = option(values, 'days', dayCount, 7);
  const out = resolve(text(values, 'out') ?? DEMO_SNAPSHOT);
  // Before anything signs: the WASM signer seeds its RNG from the first randomness it draws.
  seedRandomness('pha-stake/demo-build/v1');
  await cryptoReady();
  const started = performance.now();
  const chain = new DevChain({ profile: 'demo', mode: 'Manual' });
  // The indexer follows the build block by block (a failing block makes syncTo throw).
  const history = await startNodeHistory(chain, undefined, {
    onError: () => {},
    rewardSnapshotWindowMs: REWARD_SNAPSHOT_WINDOW_MS,
  });
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  let reported = 0n;
  const actors = new ActorSupervisor(chain, {
    log: (line) => {
      if (!line.includes('started for pool')) console.log(line);
    },
  });
  actors.start();
  const summary = await buildDemoNetwork(chain, actors, {
    days,
    log: (line) => console.log(`${elapsed()} ${line}`),
    afterBlocks: async () => {
      await history.indexer.syncTo(Number(chain.best));
      if (chain.best >= reported + 2_000n) {
        reported = chain.best;
        console.log(`${elapsed()} #${chain.best} built and indexed`);
      }
    },
  });
  if (actors.refused > 0) throw new Error(`${actors.refused} actor submissions were refused`);
  chain.kernel.tryState();
  await history.indexer.syncTo(Number(chain.best));
  await history.stop();
  const kv = history.indexer.store.kv;
  if (!(kv instanceof MemoryKv)) throw new Error('the build indexes in memory');
  const records = kv.entries();
  const shipped = packHistory(records);
  const file = captureSnapshot(chain, actors.exportState(), shipped);
  mkdirSync(dirname(out), { recursive: true });
  const bytes = writeSnapshot(out, file);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `demo network: ${summary.blocks} blocks (${days} days of rewards), ${summary.pools} pools, ${summary.vaults} vaults, ` +
      `${summary.workers} workers, ${summary.delegators} delegators; head ${chain.head.hash}`,
  );
  console.log(
    `history: ${records.length} indexer records, ${shipped.length} shipped; ` +
      `wrote ${out} (${bytes} bytes = ${(bytes / 1024).toFixed(0)} KiB, ${file.state.length} keys) in ${seconds.toFixed(1)} s`,
  );
}

if (isEntryPoint(import.meta.url))
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
