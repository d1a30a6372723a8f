/**
 * The dev chain's block store on any abstract-level database — classic-level (LevelDB) in the node,
 * browser-level (IndexedDB) for the built-in chain in the page's Web Worker: one record per block
 * (header, extrinsics, timestamp, state diff with previous values, and a checksum of it all) under a
 * zero-padded number, plus the chain's identity (genesis hash and the options it was built with) and small named records (the actors'
 * checkpoint). A block is written before the chain announces it; on restart the chain is rebuilt by
 * replaying the stored diffs onto the same genesis, so the state root and nonces continue.
 *
 * A store that knows its state: `verify` reads and checks everything stored — every block's hash, its
 * parent link and state root against the one before it, the stored best block number against the last
 * block, the last persisted block kept outside the database (a HeadMarker the platform supplies: the
 * node's HEAD file catches files truncated back to an older consistent state), the actors' checkpoint
 * against the head — and reports the first problem instead of resuming at an older block; `rebuild`
 * writes what verified into a fresh store (the platform-neutral half of a repair, chain/store.ts).
 */
import type { AbstractLevel } from 'abstract-level';
import type { Profile } from '../frame/runtime.js';
import { parseState } from '../offchain/json-state.js';
import { fromHex, toHex } from '../primitives/bytes.js';
import { blake2_128 } from '../primitives/hashing.js';
import type { BlockRecord } from './chain.js';
import type { ArchivedChange, BlockArchive } from './chain-archive.js';
import { type Header, headerHash, nextStateRoot } from './header.js';

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
  /** blake2-128 of the record's JSON before this field: any changed byte of it is caught at open
   * (the header hash and state root do not cover the extrinsics' bytes, the timestamp or the old values). */
  sum?: string;
}

const SUM_FIELD = ',"sum":"';
const recordSum = (json: string): string => toHex(blake2_128(new TextEncoder().encode(json)));

/** The last block persisted: its number and hash. */
export interface PersistedHead {
  number: bigint;
  hash: string;
}

/**
 * Where the platform keeps the last persisted block outside the database (written after each block's
 * batch), so a database rewound to an older consistent state is caught rather than silently resumed.
 */
export interface HeadMarker {
  /** Undefined when absent or unreadable (older databases have none). */
  read(): PersistedHead | undefined;
  write(head: PersistedHead): void;
}

/** What `verify` found: the blocks that check out (oldest first) and the first problem after them. */
export interface Verified {
  identity: ChainIdentity | undefined;
  blocks: BlockRecord[];
  /** The first problem, or undefined when the whole store checks out. */
  problem?: string;
  /** Stored or persisted block numbers after the good ones (lost by a repair). */
  after: bigint[];
  /** The actors' checkpoint, if stored and consistent with the good blocks. */
  actors?: string;
  /** Why a stored actors' checkpoint does not fit the good blocks. */
  actorsProblem?: string;
  /**
   * The head state at the newest state checkpoint, when the quick verification started there: `blocks`
   * then begins with the checkpoint's block, and the blocks before it (from `firstKnown`) are left in
   * the store, each checked when read.
   */
  state?: { entries: Array<[string, Uint8Array]>; firstKnown: bigint };
}

const padded = (n: bigint) => n.toString().padStart(12, '0');
const blockKey = (n: bigint) => `block:${padded(n)}`;
/** The archive's index: a block number by hash, and each state change by key then block number. */
const hashKey = (hash: string) => `hash:${hash}`;
const changePrefix = (key: string) => `chg:${key}:`;
const changeKey = (key: string, n: bigint) => `${changePrefix(key)}${padded(n)}`;
/** The whole state after a block, so a restart need not replay every block since genesis. */
const STATE_CHECKPOINT = 'meta:state';
/** The node writes a state checkpoint every this many blocks (and when it stops). */
export const STATE_CHECKPOINT_EVERY = 1_000n;

interface StoredStateCheckpoint {
  number: string;
  hash: string;
  entries: Array<[string, string]>;
  sum?: string;
}

/** JSON with a checksum of what precedes it, as block records carry. */
function withSum(json: string): string {
  return `${json.slice(0, -1)}${SUM_FIELD}${recordSum(json)}"}`;
}

/** A change's previous value: `-` when the key was absent, else its hex. */
const ABSENT = '-';
/** Set once a store's archive index covers every block it holds (stores written before it had none). */
const INDEXED = 'meta:indexed';

/** The archive index entries of one block. */
function indexEntries(block: BlockRecord): Array<{ type: 'put'; key: string; value: string }> {
  const n = block.header.number;
  return [
    { type: 'put', key: hashKey(block.hash), value: n.toString() },
    ...block.diff.map((d) => ({
      type: 'put' as const,
      key: changeKey(d.key, n),
      value: d.old === undefined ? ABSENT : toHex(d.old),
    })),
  ];
}

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
  return withSum(JSON.stringify(stored));
}

/** False when the record carries a checksum its bytes do not match (records written before it have none). */
function sumMatches(json: string): boolean {
  const at = json.lastIndexOf(SUM_FIELD);
  // a record from before checksums ends with its diff; one whose checksum field was damaged does not
  if (at < 0) return json.endsWith(']}');
  return json.slice(at + SUM_FIELD.length, -2) === recordSum(`${json.slice(0, at)}}`);
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

/** The first problem with stored block #n given the good blocks before it; undefined (and kept) when it checks out. */
function checkBlock(
  n: bigint,
  value: string,
  before: BlockRecord[],
  identity: ChainIdentity | undefined,
): string | undefined {
  let block: BlockRecord;
  try {
    block = deserializeBlock(value);
  } catch {
    return `block #${n} is unreadable`;
  }
  if (!sumMatches(value)) return `block #${n} does not match its checksum`;
  if (block.header.number !== n) return `block #${n} holds block #${block.header.number}`;
  if (headerHash(block.header) !== block.hash) return `block #${n} does not match its hash`;
  const prev = before[before.length - 1];
  if (prev) {
    if (n !== prev.header.number + 1n) return `block #${prev.header.number + 1n} is missing`;
    if (block.header.parentHash !== prev.hash) return `block #${n} does not follow #${prev.header.number}`;
    if (nextStateRoot(prev.header.stateRoot, block.diff) !== block.header.stateRoot)
      return `block #${n}: its state changes do not give its state root`;
  } else if (n === 1n && identity && block.header.parentHash !== identity.genesisHash)
    return 'block #1 does not follow the genesis';
  before.push(block);
  return undefined;
}

export class BlockStore<TFormat = unknown> implements BlockArchive {
  /**
   * Takes an opened (or opening) database; the store owns it from then on. `head`, when given, records
   * each persisted block outside the database and is checked by `verify`.
   */
  constructor(
    readonly db: LevelDb<TFormat>,
    private readonly head?: HeadMarker,
  ) {}

  async identity(): Promise<ChainIdentity | undefined> {
    const raw = await this.db.get('meta:identity');
    return raw === undefined ? undefined : (JSON.parse(raw) as ChainIdentity);
  }

  /** Records a new chain's identity (its store is indexed from its first block on). */
  async setIdentity(id: ChainIdentity): Promise<void> {
    await this.db.batch([
      { type: 'put', key: 'meta:identity', value: JSON.stringify(id) },
      { type: 'put', key: INDEXED, value: '1' },
    ]);
  }

  /** Writes a block and its archive index; resolves once the database has it (before the chain announces the block). */
  async putBlock(block: BlockRecord): Promise<void> {
    await this.db.batch([
      { type: 'put', key: blockKey(block.header.number), value: serializeBlock(block) },
      ...indexEntries(block),
      { type: 'put', key: 'meta:best', value: block.header.number.toString() },
    ]);
    this.head?.write({ number: block.header.number, hash: block.hash });
  }

  /** Indexes the blocks of a store written before the archive index existed (once; then every putBlock does). */
  async ensureIndexed(blocks: BlockRecord[]): Promise<void> {
    if ((await this.db.get(INDEXED)) !== undefined) return;
    for (const block of blocks) await this.db.batch(indexEntries(block));
    await this.db.put(INDEXED, '1');
  }

  // ------------------------------------------------------------------------------------------------
  // BlockArchive: what a chain reads once blocks leave its memory

  /** A stored block, checked against its checksum and hash (blocks before a state checkpoint are not checked at open). */
  async blockByNumber(n: bigint): Promise<BlockRecord | undefined> {
    const json = await this.db.get(blockKey(n));
    if (json === undefined) return undefined;
    const block = deserializeBlock(json);
    if (!sumMatches(json) || headerHash(block.header) !== block.hash || block.header.number !== n)
      throw new Error(`block #${n} in the database is damaged`);
    return block;
  }

  /** Records the whole state after `block` (the head), so a restart resumes from it. */
  async putStateCheckpoint(block: BlockRecord, entries: Iterable<[string, Uint8Array]>): Promise<void> {
    const stored: StoredStateCheckpoint = {
      number: block.header.number.toString(),
      hash: block.hash,
      entries: Array.from(entries, ([k, v]): [string, string] => [k, toHex(v)]),
    };
    await this.db.put(STATE_CHECKPOINT, withSum(JSON.stringify(stored)));
  }

  /** The newest state checkpoint, or undefined when there is none or it does not match its checksum. */
  async stateCheckpoint(): Promise<
    { number: bigint; hash: string; entries: Array<[string, Uint8Array]> } | undefined
  > {
    const json = await this.db.get(STATE_CHECKPOINT).catch(() => undefined);
    if (json === undefined || !json.includes(SUM_FIELD) || !sumMatches(json)) return undefined;
    try {
      const s = JSON.parse(json) as StoredStateCheckpoint;
      return {
        number: BigInt(s.number),
        hash: s.hash,
        entries: s.entries.map(([k, v]): [string, Uint8Array] => [k, fromHex(v)]),
      };
    } catch {
      return undefined;
    }
  }

  async blockNumberOf(hash: string): Promise<bigint | undefined> {
    const n = await this.db.get(hashKey(hash));
    return n === undefined ? undefined : BigInt(n);
  }

  async changes(key: string, after: bigint, upTo: bigint, limit = Infinity): Promise<ArchivedChange[]> {
    const out: ArchivedChange[] = [];
    if (limit <= 0 || upTo <= after) return out;
    const range = { gt: changeKey(key, after), lte: changeKey(key, upTo) };
    const prefix = changePrefix(key).length;
    for await (const [k, value] of this.db.iterator(Number.isFinite(limit) ? { ...range, limit } : range))
      out.push({ at: BigInt(k.slice(prefix)), old: value === ABSENT ? undefined : fromHex(value) });
    return out;
  }

  async keysChanged(prefix: string, after: bigint, upTo: bigint): Promise<string[]> {
    const keys = new Set<string>();
    // Every change key under the prefix: `chg:` + a hex key + `:` + a number; ':' and hex digits sort before '~'.
    for await (const key of this.db.keys({ gte: `chg:${prefix}`, lt: `chg:${prefix}~` })) {
      const cut = key.lastIndexOf(':');
      const n = BigInt(key.slice(cut + 1));
      if (n > after && n <= upTo) keys.add(key.slice('chg:'.length, cut));
    }
    return [...keys];
  }

  async pruneState(n: bigint, keys: string[]): Promise<void> {
    await this.db.batch(keys.map((key) => ({ type: 'del' as const, key: changeKey(key, n) })));
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

  /**
   * Reads and checks everything stored: blocks in order (each hash, parent link and state root against
   * the block before it; the first must follow genesis unless it is a checkpoint), the best block
   * number, the persisted head, the actors' checkpoint. Never throws for damage: it reports it.
   */
  async verify(opts: { full?: boolean } = {}): Promise<Verified> {
    let identity: ChainIdentity | undefined;
    try {
      identity = await this.identity();
    } catch {
      return {
        identity: undefined,
        blocks: [],
        problem: 'the chain identity record is unreadable',
        after: [],
      };
    }
    const blocks: BlockRecord[] = [];
    const after: bigint[] = [];
    let problem: string | undefined;
    // Quick: from the newest state checkpoint on (a damaged one falls back to every block).
    const checkpoint = opts.full ? undefined : await this.stateCheckpoint();
    let firstKnown: bigint | undefined;
    try {
      if (checkpoint) {
        for await (const key of this.db.keys({ gte: 'block:', lt: 'block;', limit: 1 }))
          firstKnown = BigInt(key.slice('block:'.length));
      }
      const from = checkpoint ? blockKey(checkpoint.number) : 'block:';
      for await (const [key, value] of this.db.iterator({ gte: from, lt: 'block;' })) {
        const n = BigInt(key.slice('block:'.length));
        if (!problem && checkpoint && blocks.length === 0 && n !== checkpoint.number)
          problem = `block #${checkpoint.number} of the state checkpoint is missing`;
        if (!problem) problem = checkBlock(n, value, blocks, identity);
        if (!problem && checkpoint && blocks.length === 1 && blocks[0]?.hash !== checkpoint.hash)
          problem = `the state checkpoint is not block #${checkpoint.number}'s`;
        if (problem) after.push(n);
      }
    } catch (err) {
      problem ??= `reading the blocks failed: ${(err as Error).message}`;
    }
    const last = blocks[blocks.length - 1];
    const end = last?.header.number ?? 0n;
    const best = await this.db.get('meta:best').catch(() => undefined);
    if (!problem && best !== undefined && BigInt(best) !== end)
      problem = `the stored best block is #${best} but the blocks end at #${end}`;
    const persisted = this.head?.read();
    if (!problem && persisted && persisted.number > end)
      problem = `the blocks end at #${end} but #${persisted.number} had been persisted (files truncated or lost)`;
    else if (!problem && persisted && persisted.number === end && last && last.hash !== persisted.hash)
      problem = `block #${end} is not the one that was persisted`;
    if (persisted && persisted.number > end)
      for (let n = (after[after.length - 1] ?? end) + 1n; n <= persisted.number; n++) after.push(n);
    const out: Verified = { identity, blocks, problem, after };
    if (checkpoint && firstKnown !== undefined) out.state = { entries: checkpoint.entries, firstKnown };
    const actors = await this.getMeta('actors').catch(() => undefined);
    if (actors !== undefined) {
      try {
        const at = parseState<{ lastBlock: bigint }>(actors).lastBlock;
        if (at > end) out.actorsProblem = `the actors' checkpoint is at #${at}, after the head #${end}`;
        else out.actors = actors;
      } catch {
        out.actorsProblem = "the actors' checkpoint is unreadable";
      }
      if (out.actorsProblem && !problem) out.problem = out.actorsProblem;
    }
    return out;
  }

  /** Writes what `verify` kept into this (fresh) store: the identity, the good blocks, a fitting actors' checkpoint. */
  async rebuild(from: Verified): Promise<void> {
    if (from.identity) await this.setIdentity(from.identity);
    for (const block of from.blocks) await this.putBlock(block);
    if (from.actors) await this.putMeta('actors', from.actors);
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
