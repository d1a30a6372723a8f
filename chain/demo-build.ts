/**
 * `npm run demo:build [-- --days N] [--out PATH]`: builds the demo network by running a dev chain forward
 * (src/pallets-mock/devchain/demo-scenario.ts) with the in-process actors, and writes its snapshot
 * (chain/snapshot.ts) to chain/demo/demo.snapshot.json.gz, which `--seed demo` loads.
 *
 * Deterministic: sr25519 signatures normally draw fresh randomness, which would change extrinsic bytes,
 * block hashes and so the heartbeat challenges; for the build only, `crypto.getRandomValues` is replaced
 * by a seeded BLAKE2 stream, so the same code produces byte-identical blocks and the same snapshot (dev
 * keys only: never do this with keys that matter).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { blake2AsU8a } from '@polkadot/util-crypto';
import { DevChain } from '../src/pallets-mock/devchain/chain.js';
import { buildDemoNetwork } from '../src/pallets-mock/devchain/demo-scenario.js';
import { ActorSupervisor } from '../src/pallets-mock/offchain/actor-supervisor.js';
import { cryptoReady } from '../src/pallets-mock/primitives/signature.js';
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

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  let days = 7;
  let out = DEMO_SNAPSHOT;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[++i];
    if (flag === '--days' && value && Number(value) > 0) days = Number(value);
    else if (flag === '--out' && value) out = resolve(value);
    else throw new Error(`usage: npm run demo:build -- [--days N] [--out PATH] (bad ${flag})`);
  }
  // Before anything signs: the WASM signer seeds its RNG from the first randomness it draws.
  seedRandomness('pha-stake/demo-build/v1');
  await cryptoReady();
  const started = performance.now();
  const chain = new DevChain({ mode: 'Manual' });
  const actors = new ActorSupervisor(chain, {
    log: (line) => {
      if (!line.includes('started for pool')) console.log(line);
    },
  });
  actors.start();
  const summary = await buildDemoNetwork(chain, actors, {
    days,
    log: (line) => console.log(`${((performance.now() - started) / 1000).toFixed(1)} s ${line}`),
  });
  if (actors.refused > 0) throw new Error(`${actors.refused} actor submissions were refused`);
  chain.kernel.tryState();
  const file = captureSnapshot(chain, actors.exportState());
  mkdirSync(dirname(out), { recursive: true });
  const bytes = writeSnapshot(out, file);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `demo network: ${summary.blocks} blocks (${days} days of rewards), ${summary.pools} pools, ${summary.vaults} vaults, ` +
      `${summary.workers} workers, ${summary.delegators} delegators; head ${chain.head.hash}`,
  );
  console.log(
    `wrote ${out} (${(bytes / 1024).toFixed(0)} KiB, ${file.state.length} keys) in ${seconds.toFixed(1)} s`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname))
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : err);
    process.exit(1);
  });
