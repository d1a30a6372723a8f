/**
 * PhalaStakePoolv2 (93), PhalaVault (94), PhalaWrappedBalances (95) and PhalaBasePool (96) against the
 * real Khala metadata (`../shared/reference/khala-metadata-v14.scale`, Aug 2023): pallet index, every
 * storage item (modifier, hashers, key and value shapes, default), call (index, argument names and
 * shapes), event (index, field names and shapes), error (index, name) and constant (type and value).
 * Shapes are polkadot-js type definitions rendered from each registry, so type ids do not matter.
 * Items the final Khala runtime changed after Aug 2023 (final-runtime-shapes.ts, checked by
 * metadata-reference.test.ts) are left out on both sides. Skipped, loudly, when the reference file is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { coveredNames } from './final-runtime-shapes.js';

const REFERENCE = fileURLToPath(
  new URL('../../../shared/reference/khala-metadata-v14.scale', import.meta.url),
);
const PALLETS = ['PhalaStakePoolv2', 'PhalaVault', 'PhalaWrappedBalances', 'PhalaBasePool'];

function view(bytes: Uint8Array): Map<string, Record<string, string>> {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, bytes);
  const v14 = metadata.asV14;
  const def = (id: { toNumber(): number } | number) =>
    v14.lookup.getTypeDef(typeof id === 'number' ? id : id.toNumber()).type;
  const out = new Map<string, Record<string, string>>();
  for (const p of v14.pallets) {
    const name = p.name.toString();
    if (!PALLETS.includes(name)) continue;
    const rec: Record<string, string> = { index: p.index.toString() };
    if (p.storage.isSome)
      for (const it of p.storage.unwrap().items) {
        const t = it.type;
        rec[`storage ${it.name}`] = t.isPlain
          ? `${it.modifier} plain ${def(t.asPlain)} default ${it.fallback.toHex()}`
          : `${it.modifier} map [${t.asMap.hashers.map((h) => h.toString()).join(',')}] ${def(t.asMap.key)} -> ${def(t.asMap.value)} default ${it.fallback.toHex()}`;
      }
    const variants = (ty: { type: { toNumber(): number } } | undefined, kind: string) => {
      if (!ty) return;
      const v = v14.lookup.getSiType(ty.type.toNumber()).def.asVariant;
      for (const c of v.variants)
        rec[`${kind} ${c.name}`] =
          `${c.index} (${c.fields.map((f) => `${f.name.toString()}: ${def(f.type)}`).join(', ')})`;
    };
    variants(p.calls.unwrapOr(undefined), 'call');
    variants(p.events.unwrapOr(undefined), 'event');
    variants(p.errors.unwrapOr(undefined), 'error');
    for (const c of p.constants) rec[`constant ${c.name}`] = `${def(c.type)} = ${c.value.toHex()}`;
    for (const [kind, label] of [
      ['storage', 'storage'],
      ['calls', 'call'],
      ['events', 'event'],
      ['errors', 'error'],
    ] as const)
      for (const item of coveredNames(name, kind)) delete rec[`${label} ${item}`];
    out.set(name, rec);
  }
  return out;
}

describe('pool pallets vs the Khala reference metadata', () => {
  const present = existsSync(REFERENCE);
  if (!present) console.warn(`reference metadata not found at ${REFERENCE}: Khala comparison skipped`);
  it.skipIf(!present)('have the same items, indices and shapes', () => {
    const ours = view(createRuntime({ profile: 'production' }).metadata());
    const khala = view(readFileSync(REFERENCE));
    for (const name of PALLETS) {
      expect(Object.keys(khala.get(name) ?? {}).length, name).toBeGreaterThan(8);
      expect(ours.get(name), name).toEqual(khala.get(name));
    }
  });
});
