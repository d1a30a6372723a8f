/**
 * Khala's constants for Bounties, ChildBounties, Tips and Vesting: every constant's SCALE value in our
 * metadata equals the value in the Khala reference metadata (`../shared/reference/khala-metadata-v14.scale`),
 * so deposits, delays and limits are Khala's (metadata-reference.test.ts compares their shapes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/pallets-mock/index.js';

const REFERENCE = fileURLToPath(
  new URL('../../../shared/reference/khala-metadata-v14.scale', import.meta.url),
);
const PALLETS = ['Bounties', 'ChildBounties', 'Tips', 'Vesting'];

function constantsOf(bytes: Uint8Array): Map<string, Record<string, string>> {
  const v14 = new Metadata(new TypeRegistry(), bytes).asV14;
  const out = new Map<string, Record<string, string>>();
  for (const p of v14.pallets)
    out.set(
      p.name.toString(),
      Object.fromEntries(p.constants.map((c) => [c.name.toString(), c.value.toHex()])),
    );
  return out;
}

describe.skipIf(!existsSync(REFERENCE))('Treasury-side constants against Khala', () => {
  const ours = constantsOf(createRuntime({ profile: 'production' }).metadata());
  const khala = constantsOf(readFileSync(REFERENCE));
  for (const pallet of PALLETS)
    it(`${pallet}: every constant has Khala's value`, () => {
      expect(ours.get(pallet)).toEqual(khala.get(pallet));
    });
});
