/**
 * The built-in chain, platform-neutral (it runs in the page's Web Worker, and in Node for tests): the demo
 * network as `npm run chain -- --seed demo --dev` runs it — a DevChain producing interval blocks (12 s
 * unless told otherwise), the in-process actors (Gatekeeper, simulated pRuntime workers, relayer), the
 * history indexer, and the RPC core with the dev RPCs and `sim_startWorker`. With a block store it is
 * persistent like the node: every block is stored before it is announced, the snapshot's block is the
 * store's first (a checkpoint), the actors' state is saved beside the blocks, and a restart resumes the
 * stored chain. `reset()` stops everything and empties the store, so the next start is the snapshot head.
 */

import { LevelKv } from '../indexer/level-kv.js';
import { poolListRpc } from '../indexer/pool-list-rpc.js';
import { IndexStore } from '../indexer/store.js';
import type { BlockStore } from '../pallets-mock/devchain/block-store.js';
import { type BlockRecord, DevChain } from '../pallets-mock/devchain/chain.js';
import {
  buildPastSnapshot,
  parseSnapshotBytes,
  type Snapshot,
  shippedHistory,
} from '../pallets-mock/devchain/snapshot.js';
import { ActorSupervisor } from '../pallets-mock/offchain/actor-supervisor.js';
import { cryptoReady } from '../pallets-mock/primitives/signature.js';
import type { VerifyPool } from '../pallets-mock/primitives/signature-pool.js';
import { EmbeddedProvider } from '../pallets-mock/rpc/embedded-provider.js';
import { createRpcCore } from '../pallets-mock/rpc/method-table.js';
import type { RpcServerCore } from '../pallets-mock/rpc/server-core.js';
import { simMethods } from '../pallets-mock/rpc/sim-methods.js';
import { deferredHistory } from './history.js';
import { DEFAULT_BLOCK_MS } from './protocol.js';

/** Blocks between saves of the actors' state (the blocks after it are replayed on restart). */
const ACTORS_CHECKPOINT_EVERY = 20;

/** The demo snapshot from its URL, decoded here; undefined when it cannot be fetched (e.g. Node tests). */
export async function fetchSnapshot(url: string): Promise<Snapshot | undefined> {
  const res = await fetch(url).catch(() => undefined);
  if (!res?.ok) return undefined;
  return parseSnapshotBytes(new Uint8Array(await res.arrayBuffer()), 'demo snapshot');
}

export interface ChainHostOptions<F> {
  /** Where blocks live; without one the chain is in memory only. */
  store?: BlockStore<F>;
  /** The demo snapshot; asked for only when the store holds no chain (undefined: the empty genesis). */
  snapshot(): Promise<Snapshot | undefined>;
  /** Interval between blocks (default 12 s). */
  blockMs?: number;
  log?: (line: string) => void;
  /**
   * Verifies submissions' signatures in parallel (the browser's Web Worker pool, verify-pool.ts): the
   * chain uses it once every thread has loaded (until then, or if it never loads, it verifies inline);
   * stop() closes it.
   */
  verifier?: VerifyPool;
}

export interface ChainHost {
  chain: DevChain;
  core: RpcServerCore;
  actors: ActorSupervisor;
  /** True when the chain was resumed from the store, false when it started from the snapshot. */
  resumed: boolean;
  /** Stops blocks, actors and history and waits for every pending write. */
  stop(): Promise<void>;
  /** stop(), then empties the store: the next start begins again at the snapshot head. */
  reset(): Promise<void>;
}

export async function startChainHost<F>(opts: ChainHostOptions<F>): Promise<ChainHost> {
  await cryptoReady();
  const { store } = opts;
  const identity = await store?.identity();
  const stored = store ? await store.blocks() : [];
  const snapshot = stored.length === 0 ? await opts.snapshot() : undefined;
  const profile = identity?.profile ?? snapshot?.profile ?? 'dev';
  // Writes go in order: the seed (identity, checkpoint block, actors) first, then each new block.
  let writes: Promise<unknown> = Promise.resolve();
  const write = <T>(op: () => Promise<T>): Promise<T> => {
    const next = writes.then(op);
    writes = next.catch(() => {});
    return next;
  };
  const chain = new DevChain({
    profile,
    mode: 'Manual',
    persist: store ? (block: BlockRecord) => write(() => store.putBlock(block)) : undefined,
    resume: snapshot ? [snapshot.block] : stored,
    // Only recent blocks stay in the page's memory; older ones are read back from IndexedDB.
    archive: store,
  });
  opts.verifier?.ready.then(
    () => {
      chain.verifier = opts.verifier;
    },
    (err: unknown) =>
      opts.log?.(`signature verifier pool: ${err instanceof Error ? err.message : err}; verifying inline`),
  );
  if (identity && identity.genesisHash !== chain.genesisHash)
    throw new Error(`the stored chain has another genesis (${identity.genesisHash})`);
  if (store && !identity) {
    const seed = snapshot ? 'demo' : 'empty';
    void write(() => store.setIdentity({ genesisHash: chain.genesisHash, profile, seed }));
    if (snapshot) void write(() => store.putBlock(snapshot.block));
    if (snapshot?.actors) void write(() => store.putMeta('actors', snapshot.actors as string));
  } else if (store) await write(() => store.ensureIndexed(stored));

  const actors = new ActorSupervisor(chain, {
    checkpointEvery: ACTORS_CHECKPOINT_EVERY,
    log: opts.log,
    onCheckpoint: (state) => {
      if (store) void write(() => store.putMeta('actors', state));
    },
  });
  const saved = identity ? await store?.getMeta('actors') : (snapshot?.actors ?? undefined);
  actors.start(saved ?? undefined);

  const history = await deferredHistory();
  // pha_poolList opens its in-process API on the first call (the page asks for the list at once).
  const poolList = poolListRpc(chain);
  const core = createRpcCore(chain, {
    dev: true,
    modules: [history.module, poolList.module],
    devModules: [simMethods(() => actors)],
  });
  if (snapshot) await buildPastSnapshot(chain);
  chain.setMode('Interval', opts.blockMs ?? DEFAULT_BLOCK_MS);
  // The indexer starts with the first new block, so it does not compete with the page's first requests.
  let historyStarted: Promise<void> = Promise.resolve();
  const offHead = chain.onNewHead(() => {
    offHead();
    historyStarted = history
      .start(
        () => new EmbeddedProvider(chain, { core }),
        store ? new IndexStore(new LevelKv(store.sublevel('hist'))) : undefined,
        snapshot ? shippedHistory(snapshot) : undefined,
      )
      .catch((err: unknown) => opts.log?.(`history indexer: ${err instanceof Error ? err.message : err}`));
  });

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      chain.stop();
      offHead();
      await chain.newBlocks(0);
      actors.stop();
      await historyStarted;
      await history.stop();
      await poolList.stop();
      if (store) await write(() => store.putMeta('actors', actors.exportState()));
      await writes;
      chain.verifier = undefined;
      await opts.verifier?.close();
    })();
    return stopped;
  };
  return {
    chain,
    core,
    actors,
    resumed: stored.length > 0,
    stop,
    async reset() {
      await stop();
      await store?.clear();
    },
  };
}
