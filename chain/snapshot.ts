/**
 * Chain snapshots (`--seed demo`, `--seed FILE`, `npm run demo:build`): a gzipped JSON file holding one
 * block — the head of the chain that was built — with the whole state change since the (deterministic,
 * `--seed empty`) genesis as its diff, plus the in-process actors' state at that block. Loading it gives
 * a chain whose genesis hash is the empty genesis's, whose head is the snapshot's block (same hash,
 * number, state root), and whose blocks in between are pruned. Small (only the final state is kept) and
 * fast to load (one diff applied onto a fresh genesis). The format itself is platform-neutral
 * (src/pallets-mock/devchain/snapshot.ts); this module reads and writes the files.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parseSnapshot, type Snapshot, type SnapshotFile } from '../src/pallets-mock/devchain/snapshot.js';

export {
  captureSnapshot,
  SNAPSHOT_FORMAT,
  type Snapshot,
  type SnapshotFile,
  shippedHistory,
} from '../src/pallets-mock/devchain/snapshot.js';

/** The checked-in demo network (`--seed demo`), written by `npm run demo:build`. */
export const DEMO_SNAPSHOT = fileURLToPath(new URL('./demo/demo.snapshot.json.gz', import.meta.url));

export function writeSnapshot(path: string, file: SnapshotFile): number {
  const data = gzipSync(Buffer.from(JSON.stringify(file)), { level: 9 });
  writeFileSync(path, data);
  return data.length;
}

/** Reads a snapshot file and turns it into a checkpoint block for DevChain's `resume`. */
export function readSnapshot(path: string): Snapshot {
  return parseSnapshot(gunzipSync(readFileSync(path)).toString('utf8'), path);
}
