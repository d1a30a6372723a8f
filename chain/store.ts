/**
 * The node's block store: the platform-neutral BlockStore (src/pallets-mock/devchain/block-store.ts) on
 * LevelDB (classic-level) at a path. Every block is written before the node announces it; on restart the
 * chain is rebuilt by replaying the stored diffs onto the same genesis.
 *
 * A store that knows its state — the node's part: `openBlockStore` refuses, each with its own message, a
 * path that is a file, a directory that is not a LevelDB database, and a database another process holds
 * (LevelDB's lock; the holder's pid is named from the `OWNER` file the holder wrote). A `HEAD` file beside
 * LevelDB's records the last persisted block (BlockStore's HeadMarker), so `load` — BlockStore.verify —
 * refuses a database truncated back to an older consistent state as well as a damaged one, with the first
 * problem and the way out: `npm run chain -- repair --db PATH` (`repairBlockStore`), which moves the
 * damaged database aside and rebuilds one from the blocks up to the first damaged one and what still fits
 * them, and reports what was lost.
 */
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import {
  BlockStore,
  type ChainIdentity,
  type HeadMarker,
  type Verified,
} from '../src/pallets-mock/devchain/block-store.js';
import type { BlockRecord } from '../src/pallets-mock/devchain/chain.js';

export type { ChainIdentity } from '../src/pallets-mock/devchain/block-store.js';

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
  /** Block numbers stored or persisted after the kept ones. */
  lostBlocks: bigint[];
  problem?: string;
  lostActors?: string;
  /** Where the damaged database was moved. */
  aside?: string;
}

const OWNER_FILE = 'OWNER';
const HEAD_FILE = 'HEAD';
const repairHint = (path: string) =>
  `run \`npm run chain -- repair --db ${path}\` to keep what the blocks allow`;

/** Bytes of a HEAD record: its JSON padded with spaces, so every record overwrites the last in place. */
const HEAD_RECORD = 192;

/**
 * The last persisted block in the `HEAD` file beside LevelDB's, written after each block's batch. The
 * first write replaces the file; later ones overwrite its fixed-length record in place through a file
 * descriptor kept open (a truncating rewrite per block made ext4 flush the file at every close: ~12 % of
 * a node's CPU). `close` releases the descriptor.
 */
function headFile(path: string): HeadMarker & { close(): void } {
  const file = join(path, HEAD_FILE);
  let fd: number | undefined;
  return {
    read() {
      try {
        const h = JSON.parse(readFileSync(file, 'utf8')) as { number: string; hash: string };
        return { number: BigInt(h.number), hash: h.hash };
      } catch {
        return undefined;
      }
    },
    write(head) {
      const json = JSON.stringify({ number: head.number.toString(), hash: head.hash });
      if (json.length > HEAD_RECORD)
        throw new Error(`a HEAD record longer than ${HEAD_RECORD} bytes: ${json}`);
      const record = Buffer.from(json.padEnd(HEAD_RECORD, ' '));
      if (fd === undefined) {
        writeFileSync(file, record);
        fd = openSync(file, 'r+');
      } else writeSync(fd, record, 0, HEAD_RECORD, 0);
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}

/** The block store on LevelDB at `path`, holding it (its `OWNER` file) until closed. */
export class NodeBlockStore extends BlockStore<string | Buffer | Uint8Array> {
  private readonly headMarker: ReturnType<typeof headFile>;

  constructor(
    db: ClassicLevel<string, string>,
    readonly path: string,
  ) {
    const marker = headFile(path);
    super(db, marker);
    this.headMarker = marker;
  }

  /**
   * The verified blocks (oldest first), identity and actors' checkpoint; throws StoreError('damaged')
   * naming the first problem and the repair command.
   */
  async load(): Promise<{
    identity: ChainIdentity | undefined;
    blocks: BlockRecord[];
    actors?: string;
    state?: Verified['state'];
  }> {
    const v = await this.verify();
    if (v.problem)
      throw new StoreError(
        'damaged',
        `the database at ${this.path} is damaged: ${v.problem}; ${repairHint(this.path)}`,
      );
    return { identity: v.identity, blocks: v.blocks, actors: v.actors, state: v.state };
  }

  override async close(): Promise<void> {
    await super.close();
    this.headMarker.close();
    rmSync(join(this.path, OWNER_FILE), { force: true });
  }
}

function levelCauseCode(err: unknown): string | undefined {
  const cause = (err as { cause?: { code?: string } }).cause;
  return cause?.code ?? (err as { code?: string }).code;
}

/**
 * Opens (creating when `create`, the default) the LevelDB block store at `path`, or throws StoreError
 * naming the problem: a file, not a database, missing (create false), held by another process (its pid),
 * unopenable.
 */
export async function openBlockStore(path: string, opts: { create?: boolean } = {}): Promise<NodeBlockStore> {
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
        const o = JSON.parse(readFileSync(join(path, OWNER_FILE), 'utf8')) as { pid: number; since: string };
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
  return new NodeBlockStore(db, path);
}

/** LevelDB's own repair of its files (before opening, for a database that cannot be opened). */
export function repairLevelFiles(path: string): Promise<void> {
  return ClassicLevel.repair(path);
}

/**
 * Rebuilds the database at `path` from what verifies: the damaged database is moved aside
 * (`PATH.damaged-<ms>`, nothing is deleted) and a fresh one gets the identity, the blocks up to the
 * first problem and the actors' checkpoint if it fits them (BlockStore.rebuild); the history index is
 * rebuilt on start. Returns what was kept and lost (undefined `aside` when nothing was wrong).
 */
export async function repairBlockStore(path: string): Promise<RepairReport> {
  const old = await openBlockStore(path, { create: false });
  let v: Verified;
  try {
    v = await old.verify({ full: true });
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
  const fresh = await openBlockStore(path);
  try {
    await fresh.rebuild(v);
  } finally {
    await fresh.close();
  }
  return report;
}
