/**
 * The node's block store: the platform-neutral BlockStore (src/pallets-mock/devchain/block-store.ts) on
 * LevelDB (classic-level) at a path. Every block is written before the node announces it; on restart the
 * chain is rebuilt by replaying the stored diffs onto the same genesis.
 */
import { ClassicLevel } from 'classic-level';
import { BlockStore } from '../src/pallets-mock/devchain/block-store.js';

export type { ChainIdentity } from '../src/pallets-mock/devchain/block-store.js';

/** The block store on LevelDB. */
export type NodeBlockStore = BlockStore<string | Buffer | Uint8Array>;

/** Opens (creating it if needed) the LevelDB block store at `path`. */
export async function openBlockStore(path: string): Promise<NodeBlockStore> {
  const db = new ClassicLevel<string, string>(path, { valueEncoding: 'utf8' });
  await db.open();
  return new BlockStore(db);
}
