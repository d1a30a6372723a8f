/**
 * The history indexer's KvStore on any abstract-level database or sublevel with string keys and values
 * (classic-level in the node and `npm run indexer`, browser-level in the built-in chain's Web Worker).
 * A block's records are one batch, so they land together with the cursor or not at all.
 */
import type { KvStore } from './store.js';

/** What LevelKv needs of a level database or sublevel with string keys and values. */
export interface LevelLike {
  get(key: string): Promise<string | undefined>;
  batch(ops: Array<{ type: 'put'; key: string; value: string }>): Promise<void>;
  values(opts: { gte: string; lt: string }): { all(): Promise<string[]> };
}

export class LevelKv implements KvStore {
  constructor(readonly db: LevelLike) {}

  get(key: string): Promise<string | undefined> {
    return this.db.get(key);
  }

  putAll(pairs: ReadonlyArray<readonly [string, string]>): Promise<void> {
    return this.db.batch(pairs.map(([key, value]) => ({ type: 'put', key, value })));
  }

  values(gte: string, lt: string): Promise<string[]> {
    return this.db.values({ gte, lt }).all();
  }
}
