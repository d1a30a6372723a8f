/**
 * The standalone indexer's own LevelDB (classic-level): `npm run indexer -- --db PATH` keeps its records
 * there through the platform-neutral LevelKv (src/indexer/level-kv.ts).
 */
import { ClassicLevel } from 'classic-level';
import { LevelKv } from '../src/indexer/level-kv.js';

/** Opens a LevelDB of its own at `path` (standalone indexer). */
export async function openLevelKv(path: string): Promise<{ kv: LevelKv; close(): Promise<void> }> {
  const db = new ClassicLevel<string, string>(path, { valueEncoding: 'utf8' });
  await db.open();
  return { kv: new LevelKv(db), close: () => db.close() };
}
