/**
 * Snapshot format 2 (src/pallets-mock/devchain/snapshot.ts, history-pack.ts): the checked-in demo
 * snapshot decodes to content that encodes back to the very same file (so the packing loses nothing:
 * every state key and value, every history record byte for byte), a format 1 file of that content loads
 * to the same chain and history, the file stays a few hundred KiB, and the history packing gives back
 * records of every kind it meets (mixed shapes, integers beyond 2^53, negative deltas, nested objects,
 * keys without a sequence number, values that are not JSON objects).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEMO_SNAPSHOT } from '../../chain/snapshot.js';
import { packHistory, unpackHistory } from '../../src/pallets-mock/devchain/history-pack.js';
import {
  parseSnapshot,
  type Snapshot,
  type SnapshotFile,
  type SnapshotFileV1,
  shippedHistory,
  upgradeSnapshotFile,
} from '../../src/pallets-mock/devchain/snapshot.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';

/** A decoded snapshot written out as format 1 (state pairs, history pairs) from what it serves. */
function asV1(s: Snapshot, file: SnapshotFile): SnapshotFileV1 {
  return {
    format: 'pha-stake-snapshot/1',
    profile: s.profile,
    genesisHash: s.genesisHash,
    block: file.block,
    state: s.block.diff.map(({ key, value }) => [key, value === null ? null : toHex(value)]),
    actors: s.actors,
    history: shippedHistory(s).map(([k, v]) => [k, v]),
  };
}

describe('snapshot format 2', () => {
  const gz = readFileSync(DEMO_SNAPSHOT);
  const text = gunzipSync(gz).toString('utf8');
  const file = JSON.parse(text) as SnapshotFile;

  it('the demo snapshot is format 2, a few hundred KiB gzip', () => {
    expect(file.format).toBe('pha-stake-snapshot/2');
    console.log(
      `demo snapshot: ${(gz.length / 1024).toFixed(0)} KiB gzip, ${(text.length / 1024).toFixed(0)} KiB JSON`,
    );
    expect(gz.length).toBeLessThan(768 * 1024);
  });

  it('decodes to content that encodes back to the same file, and loads the same as format 1', () => {
    const s = parseSnapshot(text, 'demo');
    const v1 = asV1(s, file);
    expect(v1.state.length).toBeGreaterThan(4_000);
    expect(v1.history?.length).toBeGreaterThan(20_000);
    expect(JSON.stringify(upgradeSnapshotFile(v1))).toBe(text);
    const old = parseSnapshot(JSON.stringify(v1), 'demo as format 1');
    expect(old.block.diff).toEqual(s.block.diff);
    expect(old.actors).toBe(s.actors);
    expect(shippedHistory(old)).toEqual(shippedHistory(s));
  });

  it('packs history records of every kind and gives them back in their order', () => {
    const big = 2n ** 70n;
    const pairs: Array<[string, string]> = [
      ['meta:cursor', JSON.stringify({ number: 9, nested: { a: 1 } })],
      ['trea:000000000300', JSON.stringify({ blockNumber: 300, timestampMs: 3_600_000, amount: '5' })],
      ['trea:000000000600', JSON.stringify({ blockNumber: 600, timestampMs: 7_200_012, amount: '3' })],
      ['work:0xab:000000000010:00000', JSON.stringify({ v: big.toString(), pid: null, n: 1.5 })],
      ['work:0xab:000000000010:00001', JSON.stringify({ v: (big - 7n).toString(), pid: '3', n: -2 })],
      ['work:0xab:000000000020:00000', JSON.stringify({ v: (big * 3n).toString(), pid: '3', extra: true })],
      ['acct:x:000000000001:00000', JSON.stringify({ type: 'a', amount: '10' })],
      ['acct:x:000000000001:00001', JSON.stringify({ amount: '-4', type: 'b' })],
      ['acct:x:000000000002:00000', '"not an object"'],
      ['acct:x:000000000003:00000', '{ "spaced": 1 }'],
      ['comm:00000000000000000001:000000000004:00000', JSON.stringify({ commission: '0' })],
    ];
    const packed = packHistory(pairs);
    expect(packed.raw.map(([i]) => i)).toEqual([0, 8, 9]);
    expect(unpackHistory(JSON.parse(JSON.stringify(packed)))).toEqual(pairs);
    expect(unpackHistory(packHistory([]))).toEqual([]);
  });
});
