/**
 * The dev chain's archive: where blocks and their state changes live once they leave memory. A chain with
 * an archive keeps only its most recent blocks in memory (DevChain's `blocksInMemory`) and reads older
 * ones here, asynchronously: a block by number or hash, and a key's changes over a range of blocks (each
 * with the value it replaced: the value at an old block is the previous value at the key's first change
 * after it). BlockStore implements it on any abstract-level database, so memory stays flat however long
 * the chain runs.
 *
 * Also here: reading an archived block's state for runtime code, which reads synchronously. `readAtArchived`
 * runs the code against a view that answers from what was fetched so far, notes every key and prefix it
 * missed, fetches those, and runs again until nothing is missed (runtime reads are read-only, so a rerun
 * is harmless; the answer of the last run, which saw only real values, is the one returned).
 */
import { type State, StateView } from '../frame/state.js';
import type { BlockRecord } from './chain.js';

/** A key's change in an archived block: the block that wrote it and the value before. */
export interface ArchivedChange {
  at: bigint;
  old: Uint8Array | undefined;
}

export interface BlockArchive {
  blockByNumber(n: bigint): Promise<BlockRecord | undefined>;
  blockNumberOf(hash: string): Promise<bigint | undefined>;
  /**
   * The changes of `key` in blocks after..upTo (exclusive, inclusive), oldest first, at most `limit`: the
   * block `at` that wrote it and the value it had just before (`old` undefined when it was absent). One
   * ordered scan of the archive's index, so a range costs its changes, not its blocks.
   */
  changes(key: string, after: bigint, upTo: bigint, limit?: number): Promise<ArchivedChange[]>;
  /** The keys starting with `prefix` that changed in blocks after..upTo (exclusive, inclusive). */
  keysChanged(prefix: string, after: bigint, upTo: bigint): Promise<string[]>;
  /** Forgets the state changes of block `n` (state pruning); the block itself stays. */
  pruneState(n: bigint, keys: string[]): Promise<void>;
}

/** At most this many archived blocks stay decoded in memory. */
const CACHED_BLOCKS = 32;
/**
 * At most this many archived blocks' hashes stay known by number (about 100 bytes each): a range read —
 * state_queryStorage over 10,000 blocks, asked again for more keys — names its blocks by hash without
 * reading each one again.
 */
const CACHED_HASHES = 16_384;

/** A small least-recently-used cache of archived blocks, by number and by hash, and a larger one of their hashes. */
export class ArchivedBlockCache {
  private readonly byNumber = new Map<bigint, BlockRecord>();
  private readonly numberOfHash = new Map<string, bigint>();
  private readonly hashes = new Map<bigint, string>();

  get(n: bigint): BlockRecord | undefined {
    const block = this.byNumber.get(n);
    if (block) {
      this.byNumber.delete(n);
      this.byNumber.set(n, block);
    }
    return block;
  }

  numberOf(hash: string): bigint | undefined {
    return this.numberOfHash.get(hash);
  }

  /** The hash of an archived block read before (its hash outlives its decoded record here). */
  hashOf(n: bigint): string | undefined {
    const hash = this.hashes.get(n);
    if (hash !== undefined) {
      this.hashes.delete(n);
      this.hashes.set(n, hash);
    }
    return hash;
  }

  put(block: BlockRecord): void {
    const n = block.header.number;
    this.byNumber.delete(n);
    this.byNumber.set(n, block);
    this.numberOfHash.set(block.hash, n);
    this.hashes.delete(n);
    this.hashes.set(n, block.hash);
    if (this.hashes.size > CACHED_HASHES) this.hashes.delete(this.hashes.keys().next().value as bigint);
    while (this.byNumber.size > CACHED_BLOCKS) {
      const [oldest, evicted] = this.byNumber.entries().next().value as [bigint, BlockRecord];
      this.byNumber.delete(oldest);
      this.numberOfHash.delete(evicted.hash);
    }
  }
}

/** Reads of one archived block's state, asynchronous. */
export interface ArchivedReads {
  value(key: string): Promise<Uint8Array | undefined>;
  keys(prefix: string): Promise<string[]>;
}

/** Reruns are bounded: runtime code that keeps asking for new keys this many times is a bug. */
const MAX_RUNS = 10_000;

/**
 * Runs synchronous runtime code `run(view)` against an archived block's state, fetching what it reads
 * (see the header). Returns its result or throws its error, from the first run that missed nothing.
 */
export async function readAtArchived<T>(reads: ArchivedReads, run: (view: State) => T): Promise<T> {
  const values = new Map<string, Uint8Array | undefined>();
  const prefixes = new Map<string, string[]>();
  for (let i = 0; i < MAX_RUNS; i++) {
    const missedKeys = new Set<string>();
    const missedPrefixes = new Set<string>();
    const view = new StateView(
      (key) => {
        if (values.has(key)) return values.get(key);
        missedKeys.add(key);
        return undefined;
      },
      (prefix) => {
        const known = prefixes.get(prefix);
        if (known) return known;
        missedPrefixes.add(prefix);
        return [];
      },
    );
    let outcome: { ok: true; value: T } | { ok: false; error: unknown };
    try {
      outcome = { ok: true, value: run(view) };
    } catch (error) {
      outcome = { ok: false, error };
    }
    if (missedKeys.size === 0 && missedPrefixes.size === 0) {
      if (outcome.ok) return outcome.value;
      throw outcome.error;
    }
    for (const key of missedKeys) values.set(key, await reads.value(key));
    for (const prefix of missedPrefixes) prefixes.set(prefix, await reads.keys(prefix));
  }
  throw new Error(`runtime code at an archived block kept reading new keys after ${MAX_RUNS} runs`);
}
