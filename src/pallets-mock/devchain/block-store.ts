/**
 * The dev chain's block store on any abstract-level database — classic-level (LevelDB) in the node,
 * browser-level (IndexedDB) for the built-in chain in the page's Web Worker: one record per block
 * (header, extrinsics, timestamp, state diff with previous values) under a zero-padded number, plus the
 * chain's identity (genesis hash and the options it was built with) and small named records (the actors'
 * checkpoint). A block is written before the chain announces it; on restart the chain is rebuilt by
 * replaying the stored diffs onto the same genesis, so the state root and nonces continue.
 */
import type { AbstractLevel } from 'abstract-level';
import type { Profile } from '../frame/runtime.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import type { BlockRecord } from './chain.js';
import type { Header } from './header.js';

export interface ChainIdentity {
  genesisHash: string;
  profile: Profile;
  seed: string;
}

/** A database with string keys and values, whatever its backend's storage format. */
export type LevelDb<TFormat = unknown> = AbstractLevel<TFormat, string, string>;

interface StoredBlock {
  hash: string;
  header: {
    parentHash: string;
    number: string;
    stateRoot: string;
    extrinsicsRoot: string;
    digest: Header['digest'];
  };
  extrinsics: string[];
  timestampMs: string;
  diff: Array<[string, string | null, string | null]>;
}

const blockKey = (n: bigint) => `block:${n.toString().padStart(12, '0')}`;

export function serializeBlock(b: BlockRecord): string {
  const stored: StoredBlock = {
    hash: b.hash,
    header: { ...b.header, number: b.header.number.toString() },
    extrinsics: b.extrinsics.map(toHex),
    timestampMs: b.timestampMs.toString(),
    diff: b.diff.map((d) => [
      d.key,
      d.old === undefined ? null : toHex(d.old),
      d.value === null ? null : toHex(d.value),
    ]),
  };
  return JSON.stringify(stored);
}

export function deserializeBlock(json: string): BlockRecord {
  const s = JSON.parse(json) as StoredBlock;
  return {
    hash: s.hash,
    header: { ...s.header, number: BigInt(s.header.number) },
    extrinsics: s.extrinsics.map(fromHex),
    timestampMs: BigInt(s.timestampMs),
    diff: s.diff.map(([key, old, value]) => ({
      key,
      old: old === null ? undefined : fromHex(old),
      value: value === null ? null : fromHex(value),
    })),
  };
}

export class BlockStore<TFormat = unknown> {
  /** Takes an opened (or opening) database; the store owns it from then on. */
  constructor(readonly db: LevelDb<TFormat>) {}

  async identity(): Promise<ChainIdentity | undefined> {
    const raw = await this.db.get('meta:identity');
    return raw === undefined ? undefined : (JSON.parse(raw) as ChainIdentity);
  }

  async setIdentity(id: ChainIdentity): Promise<void> {
    await this.db.put('meta:identity', JSON.stringify(id));
  }

  /** Writes a block; resolves once the database has it (before the chain announces the block). */
  async putBlock(block: BlockRecord): Promise<void> {
    await this.db.batch([
      { type: 'put', key: blockKey(block.header.number), value: serializeBlock(block) },
      { type: 'put', key: 'meta:best', value: block.header.number.toString() },
    ]);
  }

  /**
   * Every stored block after genesis, oldest first, stopping at the first gap. The first may be a
   * checkpoint (a demo snapshot's block, numbered above 1, whose diff is everything since genesis).
   */
  async blocks(): Promise<BlockRecord[]> {
    const out: BlockRecord[] = [];
    for await (const [, value] of this.db.iterator({ gte: 'block:', lt: 'block;' })) {
      const block = deserializeBlock(value);
      const prev = out[out.length - 1];
      if (prev && block.header.number !== prev.header.number + 1n) break;
      out.push(block);
    }
    return out;
  }

  /** A small JSON record kept beside the blocks (e.g. the actors' checkpoint); undefined if absent. */
  async getMeta(name: string): Promise<string | undefined> {
    return this.db.get(`meta:${name}`);
  }

  async putMeta(name: string, value: string): Promise<void> {
    await this.db.put(`meta:${name}`, value);
  }

  /**
   * A key space of this database for another component, kept apart by the sublevel prefix (the history
   * indexer uses `hist`), so it lives and dies with the chain.
   */
  sublevel(name: string) {
    return this.db.sublevel<string, string>(name, { valueEncoding: 'utf8' });
  }

  /** Deletes everything: blocks, identity, records and sublevels (the built-in chain's "reset demo"). */
  clear(): Promise<void> {
    return this.db.clear();
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
