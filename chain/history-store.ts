/**
 * The history indexer's KvStore on LevelDB (classic-level): the node passes a sublevel of its own
 * database (`hist`), the standalone `npm run indexer` opens a database of its own. A block's records
 * are one LevelDB batch, so they land together with the cursor or not at all.
 */
import { ClassicLevel } from 'classic-level';
import type { KvStore } from '../src/indexer/store.js';

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

/** Opens a LevelDB of its own at `path` (standalone indexer). */
export async function openLevelKv(path: string): Promise<{ kv: LevelKv; close(): Promise<void> }> {
  const db = new ClassicLevel<string, string>(path, { valueEncoding: 'utf8' });
  await db.open();
  return { kv: new LevelKv(db), close: () => db.close() };
}
