/**
 * e2e fixtures on the demo network: `startDemoNode()` loads the demo snapshot into an in-process chain as
 * `npm start` does — its history indexer seeded with the snapshot's shipped week of records — builds the
 * two blocks past the snapshot as `npm start` and the built-in chain do (12 s apart, so the node keeps
 * their clock: the same block has the same Timestamp.Now, and a heartbeat the same age, on both) and
 * serves both over WebSocket on 127.0.0.1 (port 0) with the dev RPCs and, as `npm start` does,
 * `pha_poolList`; with `{ nextUtcDay: true }` it instead moves the chain into the next UTC day (one more
 * daily point, indexed live; the clock jumps ahead of the built-in chain's, ~13 h for the demo snapshot);
 * with `{ actors: true }` it also runs the demo's in-process actors (Gatekeeper, relayer, the 60 simulated
 * workers, restored from the snapshot) and serves `sim_startWorker`, as `npm start`'s node does;
 * `startDappServer()` serves the dApp from source with Vite on 127.0.0.1 (port 0);
 * `demoNetworkFixture(chromium)` registers a describe block's hooks that start both and a browser, and stop them.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { startNodeHistory } from '../../chain/node-history.js';
import { startServer } from '../../chain/server.js';
import { DEMO_SNAPSHOT } from '../../chain/snapshot.js';
import { poolListRpc } from '../../src/indexer/pool-list-rpc.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import {
  buildPastSnapshot,
  parseSnapshot,
  shippedHistory,
} from '../../src/pallets-mock/devchain/snapshot.js';
import { ActorSupervisor } from '../../src/pallets-mock/offchain/actor-supervisor.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { simMethods } from '../../src/pallets-mock/rpc/sim-methods.js';
import { launchChromium } from './browser.js';
import { startVite } from './dapp-server.js';
import { nextUtcDay } from './trust-steps.js';

export interface DemoNode {
  chain: DevChain;
  /** The node's WebSocket URL. */
  url: string;
  close(): Promise<void>;
}

export interface DemoNodeOptions {
  /** Run the in-process actors and serve sim_startWorker (default off). */
  actors?: boolean;
  /** Origins whose pages may call dev and sim methods (the dApp's; default the node's own default). */
  rpcCors?: string[];
  /**
   * Move the chain into the next UTC day before serving (one more daily point of history, indexed live),
   * its clock then ahead of `npm start`'s and the built-in chain's (default off: their clock).
   */
  nextUtcDay?: boolean;
}

export async function startDemoNode(opts: DemoNodeOptions = {}): Promise<DemoNode> {
  await cryptoReady();
  const snapshot = parseSnapshot(gunzipSync(readFileSync(DEMO_SNAPSHOT)).toString('utf8'), DEMO_SNAPSHOT);
  const chain = new DevChain({ mode: 'Instant', profile: snapshot.profile, resume: [snapshot.block] });
  let actors: ActorSupervisor | undefined;
  if (opts.actors) {
    actors = new ActorSupervisor(chain);
    actors.start(snapshot.actors ?? undefined);
  }
  const history = await startNodeHistory(chain, undefined, { seed: shippedHistory(snapshot) });
  if (opts.nextUtcDay) {
    await nextUtcDay(chain);
    // a second block: @polkadot/api signs against the best block's parent and reads that block's runtime
    // version at its parent, which must not be the snapshot head's (pruned) parent
    await chain.newBlocks(1);
  } else await buildPastSnapshot(chain);
  await history.indexer.syncTo(Number(chain.best));
  const poolList = poolListRpc(chain);
  await poolList.warm();
  const node = await startServer(chain, {
    host: '127.0.0.1',
    port: 0,
    dev: true,
    modules: [history.module, poolList.module],
    ...(actors ? { devModules: [simMethods(() => actors)] } : {}),
    ...(opts.rpcCors ? { rpcCors: opts.rpcCors } : {}),
  });
  return {
    chain,
    url: node.url,
    async close() {
      await node.close();
      actors?.stop();
      await history.stop();
      await poolList.stop();
      chain.stop();
    },
  };
}

export interface DappServer {
  /** The dApp's base URL (ends with '/'). */
  base: string;
  vite: ViteDevServer;
  close(): Promise<void>;
}

export async function startDappServer(): Promise<DappServer> {
  const vite = await startVite();
  return { base: vite.resolvedUrls?.local[0] ?? '', vite, close: () => vite.close() };
}

export interface DemoNetwork {
  node: DemoNode;
  dapp: DappServer;
  browser: Browser;
}

/** Call inside a describe block: its tests read the demo node, the dApp and a Chromium from the result. */
export function demoNetworkFixture(chromium: string, opts: DemoNodeOptions = {}): DemoNetwork {
  const net = {} as DemoNetwork;
  beforeAll(async () => {
    net.dapp = await startDappServer();
    // the dApp's page is the local user's: it may call the dev and sim methods
    net.node = await startDemoNode({ ...opts, rpcCors: [new URL(net.dapp.base).origin] });
    net.browser = await launchChromium(chromium);
  }, 180_000);
  afterAll(async () => {
    await net.browser?.close();
    await net.dapp?.close();
    await net.node?.close();
  });
  return net;
}
