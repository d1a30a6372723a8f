/**
 * `npm run chain`: the pha-stake node. Builds (or resumes from LevelDB) a dev chain, serves it over
 * WebSocket and HTTP JSON-RPC on one port, and prints the ready line of spec/contracts.md §4.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DevChain } from '../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../src/pallets-mock/primitives/signature.js';
import { ArgsError, parseChainArgs } from './args.js';
import { startNodeHistory } from './node-history.js';
import { startServer } from './server.js';
import { BlockStore } from './store.js';

async function main(): Promise<void> {
  const args = parseChainArgs(process.argv.slice(2));
  await cryptoReady();
  let store: BlockStore | undefined;
  if (args.db !== 'memory') {
    const path = resolve(args.db);
    mkdirSync(dirname(path), { recursive: true });
    store = await BlockStore.open(path);
  }
  const identity = await store?.identity();
  const profile = identity?.profile ?? args.profile;
  const seed = identity?.seed ?? args.seed;
  if (seed !== 'empty') {
    console.warn(`note: seed '${seed}' is not available in this build yet; starting from the empty genesis`);
  }
  if (args.actors ?? seed === 'demo')
    console.warn('note: in-process actors are not available in this build yet');
  const resume = store ? await store.blocks() : [];
  const mode = args.blockTime === 'instant' ? 'Instant' : args.blockTime === 'manual' ? 'Manual' : 'Interval';
  const chain = new DevChain({
    profile,
    mode,
    intervalMs: typeof args.blockTime === 'number' ? args.blockTime : undefined,
    persist: store ? (block) => (store as BlockStore).putBlock(block) : undefined,
    resume,
  });
  if (identity && identity.genesisHash !== chain.genesisHash) {
    throw new Error(`the database at ${args.db} holds another chain (genesis ${identity.genesisHash})`);
  }
  if (store && !identity) await store.setIdentity({ genesisHash: chain.genesisHash, profile, seed });
  // History API (issue 7): an indexer follows this chain in-process, keeps its records in this node's
  // LevelDB and serves the pha_* methods of contracts §6 (chain/node-history.ts).
  const history = await startNodeHistory(chain, store);
  const server = await startServer(chain, {
    host: args.host,
    port: args.port,
    dev: args.dev,
    modules: [history.module],
  });
  console.log(`pha-stake node ready ${server.url} ${server.httpUrl}`);

  const shutdown = async () => {
    chain.stop();
    await history.stop();
    await server.close();
    await store?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((err: unknown) => {
  console.error(
    err instanceof ArgsError
      ? `pha-stake: ${err.message}`
      : err instanceof Error
        ? `pha-stake: ${err.message}`
        : err,
  );
  process.exit(1);
});
