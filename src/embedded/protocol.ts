/**
 * The messages between the page and the built-in chain's Web Worker (structured-clone objects). The page
 * starts the chain once, then opens any number of JSON-RPC sessions on it (one per @polkadot/api
 * provider); responses and notifications come back as JSON text, as over a WebSocket.
 */

/** The default block time of the built-in chain, as the node's (12 s). */
export const DEFAULT_BLOCK_MS = 12_000;

export interface StartOptions {
  /** The demo snapshot's URL (fetched and decoded in the worker, only for a new chain). */
  snapshotUrl: string;
  /** Interval between blocks. */
  blockMs: number;
  /** Dev builds: accept `test-run` (the e2e tier's hook). */
  testHooks: boolean;
}

export type ToWorker =
  | { type: 'start'; options: StartOptions }
  | { type: 'open'; session: number }
  | {
      type: 'request';
      session: number;
      request: { jsonrpc: '2.0'; id: number; method: string; params: unknown[] };
    }
  | { type: 'close'; session: number }
  | { type: 'reset'; id: number }
  /** Dev builds: runs `fn(chain, ...args)` exported by the module at `module` inside the worker. */
  | { type: 'test-run'; id: number; module: string; fn: string; args: unknown[] };

/** How the chain started: resumed from this browser's storage, or new from the snapshot. */
export interface ChainStarted {
  resumed: boolean;
  /** False when the chain lives in memory only (e.g. another tab holds the stored chain). */
  persisted: boolean;
  best: number;
}

export type FromWorker =
  | { type: 'started'; info: ChainStarted }
  | { type: 'failed'; message: string }
  | { type: 'message'; session: number; text: string }
  | { type: 'done'; id: number; result?: unknown; error?: string };
