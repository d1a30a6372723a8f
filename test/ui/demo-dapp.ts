/**
 * The demo network for UI tests, as the dApp's built-in chain runs it: the checked-in demo snapshot
 * resumed on an in-process DevChain (Instant blocks, dev RPCs), with the history API served by the
 * in-page indexer (src/embedded/history.ts), a real ApiPromise and the connection the shell takes.
 * `nextDay()` moves the chain into the next UTC day and builds a block, so the indexer records a daily
 * snapshot of every pool and worker (the second point of each chart). `demoDappFixture` starts one for a
 * test file and stops it after.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll } from 'vitest';
import { type Connection, createApi, describe as describeConnection } from '../../src/api/connection.js';
import { HistoryClient } from '../../src/api/history-client.js';
import { deferredHistory } from '../../src/embedded/history.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import {
  buildPastSnapshot,
  parseSnapshot,
  shippedHistory,
} from '../../src/pallets-mock/devchain/snapshot.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';

/** Demo pools by kind (README "Demo network"). */
export const DEMO_POOLS = {
  stakePool: 0n,
  whitelisted: 2n,
  capped: 3n,
  unresponsive: 5n,
  vault: 20n,
} as const;

export interface DemoDapp {
  chain: DevChain;
  connection: Connection;
  history: HistoryClient;
  nextDay(): Promise<void>;
  stop(): Promise<void>;
}

const DAY_MS = 86_400_000n;

/**
 * `shipped`: as the browser's built-in chain starts (src/embedded/chain-host.ts): the two blocks past the
 * snapshot a signer needs (`buildPastSnapshot`), and the history begins with the records shipped in the
 * snapshot (`shippedHistory`: referendum 0's story among them); otherwise it starts at the snapshot.
 */
export async function startDemoDapp(opts: { shipped?: boolean } = {}): Promise<DemoDapp> {
  await cryptoReady();
  // read by path from the project root (jsdom's import.meta.url is not a file URL)
  const file = resolve('chain/demo/demo.snapshot.json.gz');
  const snapshot = parseSnapshot(gunzipSync(readFileSync(file)).toString('utf8'), file);
  const chain = new DevChain({ mode: 'Instant', profile: snapshot.profile, resume: [snapshot.block] });
  if (opts.shipped) await buildPastSnapshot(chain);
  const history = await deferredHistory();
  const provider = new EmbeddedProvider(chain, { dev: true, modules: [history.module] });
  const api = await createApi(provider);
  const connection = await describeConnection(api, provider, 'embedded');
  await history.start(
    () => new EmbeddedProvider(chain),
    undefined,
    opts.shipped ? shippedHistory(snapshot) : undefined,
  );
  const client = HistoryClient.over(provider);
  return {
    chain,
    connection,
    history: client,
    async nextDay() {
      const now = (await api.query.timestamp.now()).toPrimitive() as number;
      chain.timeTravel((BigInt(now) / DAY_MS + 1n) * DAY_MS + 3_600_000n);
      await chain.newBlocks(1);
    },
    async stop() {
      await history.stop();
      await api.disconnect();
      chain.stop();
    },
  };
}

/** The demo dApp for a test file: started before its tests, stopped after them; call it for the running one. */
export function demoDappFixture(opts: { shipped?: boolean } = {}): () => DemoDapp {
  let demo: DemoDapp | undefined;
  beforeAll(async () => {
    demo = await startDemoDapp(opts);
  }, 120_000);
  afterAll(async () => {
    await demo?.stop();
  });
  return () => {
    if (!demo) throw new Error('the demo dApp is not started (use it inside a test)');
    return demo;
  };
}
