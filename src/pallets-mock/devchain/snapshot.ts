/**
 * Chain snapshots, the platform-neutral part: the file format (one block — the head of the chain that
 * was built — with the whole state change since the deterministic empty genesis as its diff, plus the
 * in-process actors' state), capturing one from a running chain, and turning its text (or its gzipped
 * bytes, decompressed with the standard DecompressionStream) into a checkpoint block for DevChain's
 * `resume`. A snapshot may also ship the history indexer's records up to its head (`shippedHistory`), so
 * a chain loaded from it has its past in the history API from the first second. File reading and
 * writing live in chain/snapshot.ts (Node); the embedded chain fetches the demo snapshot as a static
 * asset (src/api/endpoints.ts).
 *
 * Format 2 (written now) keeps format 1's content in less space: state keys front-coded (the length
 * shared with the previous key, then the rest) and the history records packed in columns
 * (history-pack.ts), decoded only when `shippedHistory` first asks for them. Format 1 files (state as
 * [key, value] pairs, history as the store's key/value pairs) still load.
 */
import type { Profile } from '../frame/runtime.js';
import { bytesEqual, fromHex, toHex } from '../primitives/bytes.js';
import type { BlockRecord, DevChain } from './chain.js';
import { buildGenesis } from './genesis.js';
import type { Header } from './header.js';
import { type PackedHistory, packHistory, unpackHistory } from './history-pack.js';

export const SNAPSHOT_FORMAT = 'pha-stake-snapshot/2';
const SNAPSHOT_FORMAT_1 = 'pha-stake-snapshot/1';

/**
 * Builds the blocks a chain fresh from a snapshot needs before it serves signers. The snapshot head's
 * parent is pruned, and @polkadot/api signs with the best block's parent as the era's birth and reads
 * that block's header through its registry, i.e. the runtime version at *its* parent: with fewer than
 * two blocks past the snapshot head, a signature asks for the pruned block (4003 UnknownBlock).
 */
export const buildPastSnapshot = (chain: DevChain): Promise<BlockRecord> => chain.newBlocks(2);

type Pairs = ReadonlyArray<readonly [string, string]>;

/** A format 1 file: what format 2 holds, uncompressed (state pairs, history key/value pairs). */
export interface SnapshotFileV1 {
  format: typeof SNAPSHOT_FORMAT_1;
  profile: Profile;
  genesisHash: string;
  block: {
    hash: string;
    header: Omit<Header, 'number'> & { number: string };
    extrinsics: string[];
    timestampMs: string;
  };
  /** Keys changed since genesis, sorted: [key, value hex | null (deleted)]. */
  state: Array<[string, string | null]>;
  /** ActorSupervisor.exportState() at the block, or null. */
  actors: string | null;
  /** The history indexer's store at the block (src/indexer/store.ts key/value layout), if shipped. */
  history?: Array<[string, string]>;
}

export interface SnapshotFile {
  format: typeof SNAPSHOT_FORMAT;
  profile: Profile;
  genesisHash: string;
  block: SnapshotFileV1['block'];
  /** Keys changed since genesis, sorted: [characters shared with the previous key, rest of the key, value hex | null (deleted)]. */
  state: Array<[number, string, string | null]>;
  /** ActorSupervisor.exportState() at the block, or null. */
  actors: string | null;
  /** The history indexer's store at the block, packed (history-pack.ts), if shipped. */
  history?: PackedHistory;
}

export interface Snapshot {
  profile: Profile;
  genesisHash: string;
  /** The head block as a checkpoint (diff = everything since genesis, old = genesis values). */
  block: BlockRecord;
  actors: string | null;
  /** History records shipped with the snapshot ([] when none), decoded at the first call: read them with `shippedHistory`. */
  history: () => Pairs;
}

/**
 * The history indexer's records shipped with a snapshot: key/value pairs in the layout of
 * src/indexer/store.ts (records, running state and a cursor at the snapshot's head). Put them into an
 * empty history store before starting an indexer on a chain resumed from this snapshot —
 * `IndexStore.seed(shippedHistory(s))`, or the `seed` option of `startInProcessHistory` and
 * chain/node-history.ts — and the history API serves the snapshot's past at once while indexing
 * continues with the block after the head. Empty for a snapshot without history.
 */
export function shippedHistory(snapshot: Snapshot): Pairs {
  return snapshot.history();
}

/** Front-codes sorted state keys: each as [characters shared with the previous key, the rest]. */
function frontCode(
  state: ReadonlyArray<readonly [string, string | null]>,
): Array<[number, string, string | null]> {
  let prev = '';
  return state.map(([key, value]) => {
    let n = 0;
    while (n < key.length && n < prev.length && key[n] === prev[n]) n++;
    prev = key;
    return [n, key.slice(n), value];
  });
}

function frontDecode(
  state: ReadonlyArray<readonly [number, string, string | null]>,
): Array<[string, string | null]> {
  let prev = '';
  return state.map(([n, rest, value]) => {
    prev = prev.slice(0, n) + rest;
    return [prev, value];
  });
}

/** A format 1 file in format 2 (same content: `parseSnapshot` gives the same chain and history). */
export function upgradeSnapshotFile(file: SnapshotFileV1): SnapshotFile {
  const { history, state, ...rest } = file;
  return {
    ...rest,
    format: SNAPSHOT_FORMAT,
    state: frontCode(state),
    ...(history ? { history: packHistory(history) } : {}),
  };
}

function once<T>(f: () => T): () => T {
  let done: { value: T } | undefined;
  return () => {
    done ??= { value: f() };
    return done.value;
  };
}

/** Captures the chain's head and its state relative to genesis, with history records if given. */
export function captureSnapshot(
  chain: DevChain,
  actors: string | null,
  history?: Array<[string, string]>,
): SnapshotFile {
  return upgradeSnapshotFile(captureSnapshotV1(chain, actors, history));
}

function captureSnapshotV1(
  chain: DevChain,
  actors: string | null,
  history?: Array<[string, string]>,
): SnapshotFileV1 {
  const genesis = buildGenesis({ profile: chain.profile });
  const now = chain.kernel.state;
  const before = genesis.kernel.state;
  const keys = new Set([...now.keysWithPrefix('0x'), ...before.keysWithPrefix('0x')]);
  const state: Array<[string, string | null]> = [];
  for (const key of [...keys].sort()) {
    const a = before.get(key);
    const b = now.get(key);
    if (b === undefined) {
      if (a !== undefined) state.push([key, null]);
    } else if (a === undefined || !bytesEqual(a, b)) state.push([key, toHex(b)]);
  }
  const head = chain.head;
  return {
    format: SNAPSHOT_FORMAT_1,
    profile: chain.profile,
    genesisHash: chain.genesisHash,
    block: {
      hash: head.hash,
      header: { ...head.header, number: head.header.number.toString() },
      extrinsics: head.extrinsics.map(toHex),
      timestampMs: head.timestampMs.toString(),
    },
    state,
    actors,
    ...(history ? { history } : {}),
  };
}

/** Parses a snapshot's JSON text into a checkpoint block; `source` names it in errors. */
export function parseSnapshot(text: string, source: string): Snapshot {
  const file = JSON.parse(text) as SnapshotFile | SnapshotFileV1;
  if (file.format !== SNAPSHOT_FORMAT && file.format !== SNAPSHOT_FORMAT_1)
    throw new Error(`${source}: not a ${SNAPSHOT_FORMAT} (or ${SNAPSHOT_FORMAT_1}) file`);
  const genesis = buildGenesis({ profile: file.profile });
  if (genesis.hash !== file.genesisHash)
    throw new Error(`${source}: built on genesis ${file.genesisHash}, this runtime's is ${genesis.hash}`);
  const before = genesis.kernel.state;
  const block: BlockRecord = {
    hash: file.block.hash,
    header: { ...file.block.header, number: BigInt(file.block.header.number) },
    extrinsics: file.block.extrinsics.map(fromHex),
    timestampMs: BigInt(file.block.timestampMs),
    diff: (file.format === SNAPSHOT_FORMAT ? frontDecode(file.state) : file.state).map(([key, value]) => ({
      key,
      old: before.get(key),
      value: value === null ? null : fromHex(value),
    })),
  };
  return {
    profile: file.profile,
    genesisHash: file.genesisHash,
    block,
    actors: file.actors,
    history:
      file.format === SNAPSHOT_FORMAT
        ? once(() => (file.history ? unpackHistory(file.history) : []))
        : () => file.history ?? [],
  };
}

const isGzip = (bytes: Uint8Array): boolean => bytes[0] === 0x1f && bytes[1] === 0x8b;

/**
 * Parses a snapshot from its file bytes: gzipped (decompressed with DecompressionStream, in browsers
 * and Node alike) or already plain JSON (a server that sent the .gz with Content-Encoding: gzip).
 */
export async function parseSnapshotBytes(bytes: Uint8Array, source: string): Promise<Snapshot> {
  if (!isGzip(bytes)) return parseSnapshot(new TextDecoder().decode(bytes), source);
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('gzip'));
  return parseSnapshot(await new Response(stream).text(), source);
}
