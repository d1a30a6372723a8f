/**
 * `npm run chain`: the pha-stake node (spec/contracts.md §4). Builds a dev chain — from the empty genesis,
 * from the demo snapshot (`--seed demo`, chain/demo/demo.snapshot.json.gz) or from a snapshot file
 * (`--seed FILE`) — or resumes the one in `--db`, serves it over WebSocket and HTTP JSON-RPC on one port,
 * runs the in-process actors (Gatekeeper, simulated pRuntime workers, relayer; `--actors on`, the default
 * with the demo seed) and prints the ready line.
 *
 * Persistence: every block is in LevelDB before it is announced (chain/store.ts). A snapshot's block is
 * stored as the database's first block (a checkpoint), so a restart never needs the snapshot file again.
 * The actors' state is persisted beside the blocks (`meta:actors`, every 100 blocks and on shutdown);
 * on restart it is restored and the actors replay the blocks after it from their stored diffs, so the
 * Gatekeeper continues exactly where the chain is. Every 1,000 blocks (after the actors' checkpoint of
 * that block) and on shutdown the whole state is recorded too, so a restart verifies and replays only the
 * blocks after it; older blocks stay in the database, read on demand (the chain's archive). The store is verified at open (chain/store.ts): a
 * database held by another node, a damaged one (refused, never silently rewound) or a path that is not a
 * database each stop the node with their own message; `npm run chain -- repair [--db PATH]`
 * (chain/repair.ts) keeps what the blocks allow and reports what was lost.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { poolListRpc } from '../src/indexer/pool-list-rpc.js';
import { STATE_CHECKPOINT_EVERY } from '../src/pallets-mock/devchain/block-store.js';
import { type BlockRecord, DevChain } from '../src/pallets-mock/devchain/chain.js';
import { buildPastSnapshot } from '../src/pallets-mock/devchain/snapshot.js';
import { ActorSupervisor } from '../src/pallets-mock/offchain/actor-supervisor.js';
import { cryptoReady } from '../src/pallets-mock/primitives/signature.js';
import { simMethods } from '../src/pallets-mock/rpc/sim-methods.js';
import { CHAIN_COMMAND, parseChainArgs } from './args.js';
import { ArgsError, asksForHelp, helpText } from './cli-options.js';
import { installMemStats } from './memstats.js';
import { startNodeHistory } from './node-history.js';
import { parseRepairArgs, REPAIR_COMMAND, repairDatabase } from './repair.js';
import { limitOptions, startServer } from './server.js';
import { DEMO_SNAPSHOT, readSnapshot, type Snapshot, shippedHistory } from './snapshot.js';
import { type NodeBlockStore, openBlockStore } from './store.js';
import { createVerifyPool } from './verify-pool.js';

function loadSeed(seed: string): Snapshot | undefined {
  if (seed === 'empty') return undefined;
  const path = seed === 'demo' ? DEMO_SNAPSHOT : resolve(seed);
  if (!existsSync(path))
    throw new ArgsError(
      seed === 'demo'
        ? `the demo snapshot ${path} is missing; build it with npm run demo:build`
        : `--seed: no snapshot file at ${path} (expected empty, demo or a file)`,
    );
  return readSnapshot(path);
}

async function main(): Promise<void> {
  if (process.argv[2] === 'repair') {
    const argv = process.argv.slice(3);
    if (asksForHelp(argv)) return console.log(helpText(REPAIR_COMMAND));
    const { db } = parseRepairArgs(argv);
    for (const line of await repairDatabase(db)) console.log(`pha-stake repair: ${line}`);
    return;
  }
  if (asksForHelp(process.argv.slice(2))) return console.log(helpText(CHAIN_COMMAND));
  const args = parseChainArgs(process.argv.slice(2));
  installMemStats();
  await cryptoReady();
  let store: NodeBlockStore | undefined;
  if (args.db !== 'memory') {
    const path = resolve(args.db);
    mkdirSync(dirname(path), { recursive: true });
    store = await openBlockStore(path);
  }
  const loaded = store ? await store.load() : undefined;
  const identity = loaded?.identity;
  const stored = loaded?.blocks ?? [];
  const seed = identity?.seed ?? args.seed;
  // A database that holds blocks resumes from them; a new chain starts from its seed.
  const snapshot = stored.length === 0 ? loadSeed(seed) : undefined;
  const profile = identity?.profile ?? snapshot?.profile ?? args.profile;
  if (snapshot && snapshot.profile !== args.profile && !identity)
    console.warn(`note: the snapshot was built with --profile ${snapshot.profile}; using it`);
  const resume: BlockRecord[] = snapshot ? [snapshot.block] : stored;
  const actorsOn = args.actors ?? seed === 'demo';
  const mode = args.blockTime === 'instant' ? 'Instant' : args.blockTime === 'manual' ? 'Manual' : 'Interval';
  const chain = new DevChain({
    profile,
    // Interval mode starts once everything is ready (below).
    mode: 'Manual',
    persist: store
      ? async (block) => {
          await (store as NodeBlockStore).putBlock(block);
          // Without actors the state checkpoint goes with its block; with them, after their checkpoint (below).
          if (!actorsOn && block.header.number % STATE_CHECKPOINT_EVERY === 0n)
            await (store as NodeBlockStore).putStateCheckpoint(block, chain.kernel.state.entries());
        }
      : undefined,
    resume,
    resumeState: loaded?.state,
    // With a database, only recent blocks stay in memory; older ones are read from it.
    archive: store,
    blocksInMemory: args.blocksInMemory,
    statePruning: args.statePruning,
    // Signatures verified on every core ahead of the chain's checks (issue 19).
    verifier: createVerifyPool(),
  });
  if (identity && identity.genesisHash !== chain.genesisHash) {
    throw new Error(`the database at ${args.db} holds another chain (genesis ${identity.genesisHash})`);
  }
  if (store && !identity) await store.setIdentity({ genesisHash: chain.genesisHash, profile, seed });
  else if (store) await store.ensureIndexed(stored);
  if (store && snapshot) {
    await store.putBlock(snapshot.block);
    if (snapshot.actors) await store.putMeta('actors', snapshot.actors);
  }

  let actors: ActorSupervisor | undefined;
  if (actorsOn) {
    let pending = Promise.resolve();
    actors = new ActorSupervisor(chain, {
      log: (line) => console.log(line),
      onCheckpoint: (state, at) => {
        if (!store) return;
        const db = store;
        pending = pending.then(() => db.putMeta('actors', state));
        // A state checkpoint never runs ahead of the actors' (they replay the blocks after theirs).
        if (at % STATE_CHECKPOINT_EVERY === 0n) {
          const head = chain.head;
          const entries = [...chain.kernel.state.entries()];
          pending = pending.then(() => db.putStateCheckpoint(head, entries));
        }
      },
    });
    const saved = loaded?.actors ?? snapshot?.actors ?? undefined;
    actors.start(saved ?? undefined);
  }

  // History API (issue 7): an indexer follows this chain in-process, keeps its records in this node's
  // LevelDB and serves the pha_* methods of contracts §6 (chain/node-history.ts).
  // A new chain from a snapshot starts its history with the records shipped in it.
  const history = await startNodeHistory(chain, store, {
    seed: snapshot ? shippedHistory(snapshot) : undefined,
  });
  // The pool list in one round trip (pha_poolList), over its own in-process API, started now.
  const poolList = poolListRpc(chain);
  await poolList.warm();
  // A chain fresh from a snapshot builds the blocks signers need at once (the head's parent is pruned).
  if (snapshot) await buildPastSnapshot(chain);
  const server = await startServer(chain, {
    ...limitOptions(args.limits),
    rpcCors: args.rpcCors,
    host: args.host,
    port: args.port,
    dev: args.dev,
    modules: [history.module, poolList.module],
    devModules: [simMethods(() => actors)],
  });
  chain.setMode(mode, typeof args.blockTime === 'number' ? args.blockTime : undefined);
  console.log(`pha-stake node ready ${server.url} ${server.httpUrl}`);

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    chain.stop();
    await history.stop();
    await poolList.stop();
    await server.close();
    if (actors && store) {
      actors.stop();
      await store.putMeta('actors', actors.exportState());
    }
    // The next start resumes from this state instead of replaying the blocks since the last checkpoint.
    await chain.newBlocks(0);
    await store?.putStateCheckpoint(chain.head, chain.kernel.state.entries());
    await store?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown());
  process.on('SIGTERM', () => void shutdown());
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? `pha-stake: ${err.message}` : err);
  process.exit(1);
});
