/**
 * Chain snapshots (`--seed demo`, `--seed FILE`, `npm run demo:build`): a gzipped JSON file holding one
 * block — the head of the chain that was built — with the whole state change since the (deterministic,
 * `--seed empty`) genesis as its diff, plus the in-process actors' state at that block. Loading it gives
 * a chain whose genesis hash is the empty genesis's, whose head is the snapshot's block (same hash,
 * number, state root), and whose blocks in between are pruned. Small (only the final state is kept) and
 * fast to load (one diff applied onto a fresh genesis).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { BlockRecord, DevChain } from '../src/pallets-mock/devchain/chain.js';
import { buildGenesis } from '../src/pallets-mock/devchain/genesis.js';
import type { Header } from '../src/pallets-mock/devchain/header.js';
import type { Profile } from '../src/pallets-mock/frame/runtime.js';
import { bytesEqual, fromHex, toHex } from '../src/pallets-mock/primitives/bytes.js';

export const SNAPSHOT_FORMAT = 'pha-stake-snapshot/1';

/** The checked-in demo network (`--seed demo`), written by `npm run demo:build`. */
export const DEMO_SNAPSHOT = fileURLToPath(new URL('./demo/demo.snapshot.json.gz', import.meta.url));

interface SnapshotFile {
  format: string;
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
}

export interface Snapshot {
  profile: Profile;
  genesisHash: string;
  /** The head block as a checkpoint (diff = everything since genesis, old = genesis values). */
  block: BlockRecord;
  actors: string | null;
}

/** Captures the chain's head and its state relative to genesis. */
export function captureSnapshot(chain: DevChain, actors: string | null): SnapshotFile {
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
    format: SNAPSHOT_FORMAT,
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
  };
}

export function writeSnapshot(path: string, file: SnapshotFile): number {
  const data = gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
  writeFileSync(path, data);
  return data.length;
}

/** Reads a snapshot and turns it into a checkpoint block for DevChain's `resume`. */
export function readSnapshot(path: string): Snapshot {
  const file = JSON.parse(gunzipSync(readFileSync(path)).toString('utf8')) as SnapshotFile;
  if (file.format !== SNAPSHOT_FORMAT) throw new Error(`${path}: not a ${SNAPSHOT_FORMAT} file`);
  const genesis = buildGenesis({ profile: file.profile });
  if (genesis.hash !== file.genesisHash)
    throw new Error(`${path}: built on genesis ${file.genesisHash}, this runtime's is ${genesis.hash}`);
  const before = genesis.kernel.state;
  const block: BlockRecord = {
    hash: file.block.hash,
    header: { ...file.block.header, number: BigInt(file.block.header.number) },
    extrinsics: file.block.extrinsics.map(fromHex),
    timestampMs: BigInt(file.block.timestampMs),
    diff: file.state.map(([key, value]) => ({
      key,
      old: before.get(key),
      value: value === null ? null : fromHex(value),
    })),
  };
  return { profile: file.profile, genesisHash: file.genesisHash, block, actors: file.actors };
}
