/**
 * The committed chain types (src/api/chain-types, written by `npm run gen:types`) are what
 * @polkadot/typegen makes of the runtime's metadata today; and the check really catches staleness: a
 * metadata with one storage item renamed, or one call's argument retyped, makes the affected files differ.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Metadata, TypeRegistry } from '@polkadot/types';
import type { HexString } from '@polkadot/util/types';
import { describe, expect, it } from 'vitest';
import { CHAIN_TYPES_DIR, runtimeMetadataHex, staleChainTypes } from '../../chain/chain-types.js';

const metaHex = runtimeMetadataHex();

interface PalletJson {
  name: string;
  storage: { items: { name: string }[] } | null;
  calls: { type: number } | null;
}
interface TypeJson {
  id: number;
  type: { def: { variant?: { variants: { name: string; fields: { name: string; type: number }[] }[] } } };
}
interface V14Json {
  lookup: { types: TypeJson[] };
  pallets: PalletJson[];
}

/** The runtime's metadata, edited as JSON and encoded again. */
function altered(edit: (v14: V14Json) => void): HexString {
  const registry = new TypeRegistry();
  const json = new Metadata(registry, metaHex).toJSON() as unknown as { metadata: { v14: V14Json } };
  edit(json.metadata.v14);
  return new Metadata(registry, json as never).toHex();
}

const pallet = (v14: V14Json, name: string): PalletJson => {
  const p = v14.pallets.find((x) => x.name === name);
  if (!p) throw new Error(`no pallet ${name}`);
  return p;
};

describe('generated chain types', () => {
  it('are current with the runtime metadata', async () => {
    expect(await staleChainTypes(metaHex)).toEqual([]);
  });

  it('go stale when a storage item is renamed', async () => {
    const hex = altered((v14) => {
      const item = pallet(v14, 'PhalaBasePool').storage?.items.find((i) => i.name === 'Pools');
      if (!item) throw new Error('no PhalaBasePool.Pools');
      item.name = 'PoolsRenamed';
    });
    expect(hex).not.toBe(metaHex);
    expect(await staleChainTypes(hex)).toEqual(['augment-api-query.ts']);
  });

  it('go stale when a call argument changes type', async () => {
    const hex = altered((v14) => {
      const calls = pallet(v14, 'PhalaWrappedBalances').calls;
      const ty = v14.lookup.types.find((t) => t.id === calls?.type);
      const wrap = ty?.type.def.variant?.variants.find((v) => v.name === 'wrap');
      const boolTy = v14.lookup.types.find((t) => JSON.stringify(t.type.def) === '{"primitive":"Bool"}');
      if (!wrap?.fields[0] || !boolTy) throw new Error('no wrap(amount) or bool');
      wrap.fields[0].type = boolTy.id;
    });
    const stale = await staleChainTypes(hex);
    expect(stale).toContain('augment-api-tx.ts');
    expect(stale).not.toContain('augment-api-query.ts');
  });

  it('go stale when a committed file was edited by hand', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'chain-types-copy-'));
    try {
      cpSync(CHAIN_TYPES_DIR, copy, { recursive: true });
      writeFileSync(path.join(copy, 'augment-api-events.ts'), '// edited\n');
      expect(await staleChainTypes(metaHex, copy)).toEqual(['augment-api-events.ts']);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
