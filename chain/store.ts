/**
 * The node's block store on LevelDB (classic-level): one record per block (header, extrinsics, timestamp,
 * state diff with previous values) under a zero-padded number, plus the chain's identity (genesis hash and
 * the options it was built with). A block is written before the node announces it; on restart the chain
 * is rebuilt by replaying the stored diffs onto the same genesis, so the state root and nonces continue.
 *
 * A store that knows its state: `open` refuses, each with its own message, a path that is a file, a
 * directory that is not a LevelDB database, and a database another process holds (LevelDB's lock; the
 * holder's pid is named from the `OWNER` file the holder wrote). `load` verifies what it reads — every
 * block's hash, its parent link and state root against the one before it, the stored best block number
 * against the last block, the actors' checkpoint against the head — and refuses a damaged store with
 * the first problem and the way out (a `HEAD` file beside LevelDB's, written after each block, catches
 * files truncated back to an older consistent state): `npm run chain -- repair --db PATH`
 * (`BlockStore.repair`), which moves the damaged database aside and rebuilds one from the blocks up to
 * the first damaged one and what still fits them, and reports what was lost.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import type { BlockRecord } from '../src/pallets-mock/devchain/chain.js';
import { type Header, headerHash, nextStateRoot } from '../src/pallets-mock/devchain/header.js';
import { parseState } from '../src/pallets-mock/offchain/json-state.js';
import { fromHex, toHex } from '../src/pallets-mock/primitives/bytes.js';

export interface ChainIdentity {
  genesisHash: string;
  profile: 'dev' | 'production';
  seed: string;
}

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

/** Why a store could not be opened or loaded; `message` says what to do. */
export class StoreError extends Error {
  constructor(
    readonly kind: 'notDirectory' | 'notDatabase' | 'missing' | 'locked' | 'damaged',
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export interface RepairReport {
  kept: BlockRecord[];
  /** Block numbers stored or announced after the kept ones. */
  lostBlocks: bigint[];
  problem?: string;
  lostActors?: string;
  /** Where the damaged database was moved. */
  aside?: string;
}

/** What `verify` found: the blocks that check out (oldest first) and the first problem after them. */
export interface Verified {
  identity: ChainIdentity | undefined;
  blocks: BlockRecord[];
  /** The first problem, or undefined when the whole store checks out. */
  problem?: string;
  /** Stored block numbers after the good ones (lost by a repair). */
  after: bigint[];
  /** The actors' checkpoint, if stored and consistent with the good blocks. */
  actors?: string;
  /** Why a stored actors' checkpoint does not fit the good blocks. */
  actorsProblem?: string;
}

const OWNER_FILE = 'OWNER';
/**
 * Outside LevelDB, the last block the node persisted (written after each block's batch): a database
 * whose files were truncated back to an older consistent state is caught by it, not silently rewound.
 */
const HEAD_FILE = 'HEAD';
const repairHint = (path: string) =>
  `run \`npm run chain -- repair --db ${path}\` to keep what the blocks allow`;

function levelCauseCode(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: string } }).cause;
  return cause?.code ?? (err as { code?: string }).code;
}

export class BlockStore {
  private constructor(
    private readonly db: ClassicLevel<string, string>,
    readonly path: string,
  ) {}

  /**
   * Opens (creating when `create`, the default) the database at `path`, or throws StoreError naming the
   * problem: a file, not a database, missing (create false), held by another process (its pid), damaged.
   */
  static async open(path: string, opts: { create?: boolean } = {}): Promise<BlockStore> {
    if (existsSync(path)) {
      if (!statSync(path).isDirectory())
        throw new StoreError('notDirectory', `--db ${path} is a file, not a database directory`);
      const entries = readdirSync(path);
      if (entries.length > 0 && !entries.includes('CURRENT'))
        throw new StoreError(
          'notDatabase',
          `--db ${path} is a directory that holds no database (no LevelDB CURRENT file); pick a new or empty directory`,
        );
    } else if (opts.create === false) throw new StoreError('missing', `no database at ${path}`);
    const db = new ClassicLevel<string, string>(path, { valueEncoding: 'utf8' });
    try {
      await db.open();
    } catch (err) {
      if (levelCauseCode(err) === 'LEVEL_LOCKED') {
        let holder = 'another process';
        try {
          const o = JSON.parse(readFileSync(join(path, OWNER_FILE), 'utf8')) as {
            pid: number;
            since: string;
          };
          holder = `another process (pid ${o.pid}, since ${o.since})`;
        } catch {
          // No owner file: the holder is not a pha-stake node of this version.
        }
        throw new StoreError(
          'locked',
          `the database at ${path} is in use by ${holder}; stop it or pick another --db`,
        );
      }
      const detail = (err as { cause?: Error }).cause?.message ?? (err as Error).message;
      throw new StoreError(
        'damaged',
        `the database at ${path} cannot be opened (${detail}); ${repairHint(path)}`,
      );
    }
    writeFileSync(
      join(path, OWNER_FILE),
      JSON.stringify({ pid: process.pid, since: new Date().toISOString() }),
    );
    return new BlockStore(db, path);
  }

  /** LevelDB's own repair of its files (before `open`, for a database that cannot be opened). */
  static repairFiles(path: string): Promise<void> {
    return ClassicLevel.repair(path);
  }

  async identity(): Promise<ChainIdentity | undefined> {
    const raw = await this.db.get('meta:identity');
    return raw === undefined ? undefined : (JSON.parse(raw) as ChainIdentity);
  }

  async setIdentity(id: ChainIdentity): Promise<void> {
    await this.db.put('meta:identity', JSON.stringify(id));
  }

  /** Writes a block; resolves once LevelDB has it (before the node announces the block). */
  async putBlock(block: BlockRecord): Promise<void> {
    await this.db.batch([
      { type: 'put', key: blockKey(block.header.number), value: serializeBlock(block) },
      { type: 'put', key: 'meta:best', value: block.header.number.toString() },
    ]);
    this.writeHead(block.header.number, block.hash);
  }

  private writeHead(number: bigint, hash: string): void {
    writeFileSync(join(this.path, HEAD_FILE), JSON.stringify({ number: number.toString(), hash }));
  }

  /** The HEAD file's block number (undefined when absent or unreadable: older databases have none). */
  private readHead(): { number: bigint; hash: string } | undefined {
    try {
      const h = JSON.parse(readFileSync(join(this.path, HEAD_FILE), 'utf8')) as {
        number: string;
        hash: string;
      };
      return { number: BigInt(h.number), hash: h.hash };
    } catch {
      return undefined;
    }
  }

  /**
   * Reads and checks everything stored: blocks in order (each hash, parent link and state root against
   * the block before it; the first must follow genesis unless it is a checkpoint), the best block
   * number, the actors' checkpoint. Never throws for damage: it reports it.
   */
  async verify(): Promise<Verified> {
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
    const iterator = this.db.iterator({ gte: 'block:', lt: 'block;' });
    try {
      for await (const [key, value] of iterator) {
        const n = BigInt(key.slice('block:'.length));
        if (problem) {
          after.push(n);
          continue;
        }
        problem = this.checkBlock(n, value, blocks, identity, (b) => blocks.push(b));
        if (problem) after.push(n);
      }
    } catch (err) {
      problem ??= `reading the blocks failed: ${(err as Error).message}`;
    }
    const head = blocks[blocks.length - 1];
    const best = await this.db.get('meta:best').catch(() => undefined);
    if (!problem && best !== undefined && BigInt(best) !== (head?.header.number ?? 0n))
      problem = `the stored best block is #${best} but the blocks end at #${head?.header.number ?? 0n}`;
    const announced = this.readHead();
    const end = head?.header.number ?? 0n;
    if (!problem && announced && announced.number > end)
      problem = `the blocks end at #${end} but the node had persisted #${announced.number} (files truncated or lost)`;
    else if (!problem && announced && announced.number === end && head && head.hash !== announced.hash)
      problem = `block #${end} is not the one the node persisted`;
    if (announced && announced.number > end)
      for (let n = (after[after.length - 1] ?? end) + 1n; n <= announced.number; n++) after.push(n);
    const out: Verified = { identity, blocks, problem, after };
    const actors = await this.getMeta('actors').catch(() => undefined);
    if (actors !== undefined) {
      try {
        const last = parseState<{ lastBlock: bigint }>(actors).lastBlock;
        if (last > (head?.header.number ?? 0n))
          out.actorsProblem = `the actors' checkpoint is at #${last}, after the head #${head?.header.number ?? 0n}`;
        else out.actors = actors;
      } catch {
        out.actorsProblem = "the actors' checkpoint is unreadable";
      }
      if (out.actorsProblem && !problem) out.problem = out.actorsProblem;
    }
    return out;
  }

  private checkBlock(
    n: bigint,
    value: string,
    before: BlockRecord[],
    identity: ChainIdentity | undefined,
    keep: (b: BlockRecord) => void,
  ): string | undefined {
    let block: BlockRecord;
    try {
      block = deserializeBlock(value);
    } catch {
      return `block #${n} is unreadable`;
    }
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
    keep(block);
    return undefined;
  }

  /**
   * The verified blocks (oldest first) and the actors' checkpoint; throws StoreError('damaged') naming the
   * first problem and the repair command.
   */
  async load(): Promise<{ identity: ChainIdentity | undefined; blocks: BlockRecord[]; actors?: string }> {
    const v = await this.verify();
    if (v.problem)
      throw new StoreError(
        'damaged',
        `the database at ${this.path} is damaged: ${v.problem}; ${repairHint(this.path)}`,
      );
    return { identity: v.identity, blocks: v.blocks, actors: v.actors };
  }

  /**
   * Rebuilds the database at `path` from what verifies: the damaged database is moved aside
   * (`PATH.damaged-<ms>`, nothing is deleted) and a fresh one gets the identity, the blocks up to the
   * first problem and the actors' checkpoint if it fits them; the history index is rebuilt on start.
   * Returns what was kept and lost (undefined `aside` when nothing was wrong).
   */
  static async repair(path: string): Promise<RepairReport> {
    const old = await BlockStore.open(path, { create: false });
    let v: Verified;
    try {
      v = await old.verify();
    } finally {
      await old.close();
    }
    const report: RepairReport = {
      kept: v.blocks,
      lostBlocks: v.after,
      problem: v.problem,
      lostActors: v.actorsProblem,
    };
    if (!v.problem) return report;
    report.aside = `${path}.damaged-${Date.now()}`;
    renameSync(path, report.aside);
    const fresh = await BlockStore.open(path);
    try {
      if (v.identity) await fresh.setIdentity(v.identity);
      for (const block of v.blocks) await fresh.putBlock(block);
      if (v.actors) await fresh.putMeta('actors', v.actors);
    } finally {
      await fresh.close();
    }
    return report;
  }

  /** A small JSON record kept beside the blocks (e.g. the actors' checkpoint); undefined if absent. */
  async getMeta(name: string): Promise<string | undefined> {
    return this.db.get(`meta:${name}`);
  }

  async putMeta(name: string, value: string): Promise<void> {
    await this.db.put(`meta:${name}`, value);
  }

  /**
   * A key space of this database for another node component, kept apart by LevelDB's sublevel prefix
   * (the history indexer uses `hist`, chain/node-history.ts), so it lives and dies with the chain.
   */
  sublevel(name: string) {
    return this.db.sublevel<string, string>(name, { valueEncoding: 'utf8' });
  }

  async close(): Promise<void> {
    await this.db.close();
    rmSync(join(this.path, OWNER_FILE), { force: true });
  }
}
