/**
 * The built-in chain's Web Worker: the demo network runs here, off the page's main thread — snapshot
 * download and decoding, the chain with its interval blocks, the actors and the history indexer, its
 * signatures verified on a pool of nested Web Workers (verify-pool.ts) — and persists to IndexedDB
 * through browser-level (database `pha-stake-builtin-chain`), so a reload resumes the same chain. One tab
 * at a time owns the stored chain (a Web Lock); another tab runs a chain in memory only and says so.
 */
import { BrowserLevel } from 'browser-level';
import { BlockStore } from '../pallets-mock/devchain/block-store.js';
import { fetchSnapshot, startChainHost } from './chain-host.js';
import { type ChainPort, serveChain } from './serve.js';
import { createWebVerifyPool } from './verify-pool.js';

const DB_NAME = 'pha-stake-builtin-chain';
/** How long a new worker waits for the previous page's worker to release the stored chain. */
const LOCK_WAIT_MS = 3_000;

/** Holds the stored chain's lock for this worker's lifetime; false when another tab keeps it. */
function holdLock(): Promise<boolean> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    locks
      .request(DB_NAME, { signal: AbortSignal.timeout(LOCK_WAIT_MS) }, () => {
        resolve(true);
        return new Promise<void>(() => {});
      })
      .catch(() => resolve(false));
  });
}

async function openStore(): Promise<BlockStore<Uint8Array> | undefined> {
  if (!(await holdLock())) return undefined;
  try {
    const db = new BrowserLevel<string, string>(DB_NAME, { valueEncoding: 'utf8' });
    await db.open();
    return new BlockStore(db);
  } catch {
    return undefined;
  }
}

serveChain(globalThis as unknown as ChainPort, async (options) => {
  const store = await openStore();
  const host = await startChainHost({
    store,
    blockMs: options.blockMs,
    snapshot: () => fetchSnapshot(options.snapshotUrl),
    log: (line) => console.debug(line),
    // Signatures of submissions and relayed messages verified on Web Workers, on every core.
    verifier: createWebVerifyPool(),
  });
  return { host, persisted: store !== undefined };
});
