/**
 * Storage keys formed from remembered spellings (src/pallets-mock/frame/storage.ts `keyOf`): whatever mix
 * of enum values (`{ type, value }`, bare variant names), strings and integers an item is keyed by, and in
 * whatever order they come, each key equals prefix ++ hasher(SCALE(key)) formed from scratch — a value
 * never receives the key remembered for another.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encode, option, u64 } from '../../src/pallets-mock/frame/scale.js';
import { storage } from '../../src/pallets-mock/frame/storage.js';
import { MessageOrigin } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { concatBytes, toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { blake2_128, twox64 } from '../../src/pallets-mock/primitives/hashing.js';

const S = storage('KeyTest');
const ByOrigin = S.map('ByOrigin', [['Twox64Concat', MessageOrigin]], u64);
const ByPair = S.map(
  'ByPair',
  [
    ['Blake2_128Concat', MessageOrigin],
    ['Twox64Concat', option(u64)],
  ],
  u64,
);

const concat = (h: (d: Uint8Array) => Uint8Array, d: Uint8Array) => toHex(concatBytes(h(d), d)).slice(2);

const hex32 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(toHex);
const origin = fc.oneof(
  hex32.map((value) => ({ type: 'Worker', value })),
  hex32.map((value) => ({ type: 'Contract', value })),
  // Pallet names: 0x-hex of whole bytes is those bytes, any other text its UTF-8.
  fc
    .oneof(fc.string({ maxLength: 12 }), fc.uint8Array({ maxLength: 4 }).map(toHex))
    .map((value) => ({
      type: 'Pallet',
      value,
    })),
  fc.constantFrom<unknown>(
    { type: 'Gatekeeper', value: null },
    { type: 'Gatekeeper' },
    'Gatekeeper',
    'Reserved',
  ),
);

describe('storage keys from remembered spellings', () => {
  it('every enum-keyed value gets the key formed from its own encoding (property)', () => {
    fc.assert(
      fc.property(fc.array(origin, { minLength: 1, maxLength: 30 }), (origins) => {
        for (const o of [...origins, ...origins]) {
          const expected = ByOrigin.prefix + concat(twox64, encode(MessageOrigin, o as never));
          expect(ByOrigin.key(o as never)).toBe(expected);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('a second key part of another kind (an Option) keeps its own spelling (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(origin, fc.option(fc.bigUint64Array({ minLength: 1, maxLength: 1 }).map((a) => a[0]))),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        (pairs) => {
          for (const [o, n] of [...pairs, ...pairs]) {
            const expected =
              ByPair.prefix +
              concat(blake2_128, encode(MessageOrigin, o as never)) +
              concat(twox64, encode(option(u64), n ?? null));
            expect(ByPair.key(o as never, (n ?? null) as never)).toBe(expected);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
