/**
 * Shipped history (issue 15 part 2): the demo build merges treasury inflows per hour without losing a
 * planck, and a history store is seeded from shipped records only when it is empty, so an indexer
 * continues from their cursor and never mixes two pasts.
 */
import { describe, expect, it } from 'vitest';
import { packHistory } from '../../chain/demo-history.js';
import { IndexStore, MemoryKv } from '../../src/indexer/store.js';
import type { TreasuryInflow } from '../../src/indexer/types.js';

const HOUR = 3_600_000;
const inflow = (
  blockNumber: number,
  timestampMs: number,
  amount: bigint,
  cumulative: bigint,
): TreasuryInflow => ({
  blockNumber,
  timestampMs,
  amount: amount.toString(),
  cumulative: cumulative.toString(),
  dayMs: Math.floor(timestampMs / 86_400_000) * 86_400_000,
});
const key = (n: number) => `trea:${String(n).padStart(12, '0')}`;

describe('packHistory', () => {
  it('merges treasury inflows per hour, keeping every other record and the totals', () => {
    const t0 = 1_767_225_600_000;
    const records = [
      inflow(10, t0 + 60_000, 5n, 5n),
      inflow(20, t0 + 120_000, 7n, 12n),
      inflow(400, t0 + HOUR + 1, 1n, 13n),
    ];
    const pairs: Array<[string, string]> = [
      ['meta:cursor', '{"number":400}'],
      ['pool:00000000000000000000:000000000010:00000', '{"reason":"event"}'],
      ...records.map((r): [string, string] => [key(r.blockNumber), JSON.stringify(r)]),
    ];
    const packed = packHistory(pairs);
    expect(packed.slice(0, 2)).toEqual(pairs.slice(0, 2));
    const treasury = packed.filter(([k]) => k.startsWith('trea:')).map(([k, v]) => [k, JSON.parse(v)]);
    expect(treasury).toEqual([
      [key(20), { ...records[1], amount: '12' }],
      [key(400), records[2]],
    ]);
  });
});

describe('IndexStore.seed', () => {
  it('fills an empty store, and refuses a store that indexed something or pairs without a cursor', async () => {
    const cursor = { genesisHash: '0x01', number: 5, hash: '0x05', timestampMs: 1, ss58: 30, firstBlock: 1 };
    const pairs: Array<[string, string]> = [
      ['meta:cursor', JSON.stringify(cursor)],
      ['trea:000000000005', JSON.stringify(inflow(5, 1, 3n, 3n))],
    ];
    const store = new IndexStore(new MemoryKv());
    expect(await store.seed(pairs)).toBe(true);
    expect(await store.cursor()).toEqual(cursor);
    expect((await store.treasury()).map((r) => r.amount)).toEqual(['3']);
    expect(await store.seed([['meta:cursor', JSON.stringify({ ...cursor, number: 9 })]])).toBe(false);
    expect((await store.cursor())?.number).toBe(5);
    await expect(new IndexStore(new MemoryKv()).seed(pairs.slice(1))).rejects.toThrow(/without a cursor/);
  });
});
