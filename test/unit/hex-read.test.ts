/**
 * The hex readers (`fromHex`, `Writer.hex`) take a string's characters through `asciiCodes`
 * (primitives/bytes.ts) instead of `String.prototype` methods. Checked against a plain definition on
 * random strings — hex digits of either case, with and without 0x, odd lengths, non-hex and non-ASCII
 * characters, and strings past the scratch buffer — with a `String` subclass defined, as @polkadot/types
 * defines one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Writer } from '../../src/pallets-mock/frame/scale.js';
import { asciiCodes, fromHex } from '../../src/pallets-mock/primitives/bytes.js';

class Text extends String {}
new Text('defined, as @polkadot/types does');

/** The bytes a hex string spells, by the definition; undefined when it is not hex of whole bytes. */
function reference(hex: string, prefixed: boolean): Uint8Array | undefined {
  const body = prefixed ? (hex.startsWith('0x') ? hex.slice(2) : undefined) : hex.replace(/^0x/, '');
  if (body === undefined || body.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(body)) return undefined;
  return Uint8Array.from({ length: body.length / 2 }, (_, i) =>
    Number.parseInt(body.slice(2 * i, 2 * i + 2), 16),
  );
}

const hexish = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), maxLength: 80 }),
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefxg é€'), maxLength: 80 }),
  fc.uint8Array({ minLength: 2049, maxLength: 2600 }).map((b) => Buffer.from(b).toString('hex')),
);
const strings = fc.tuple(fc.boolean(), hexish).map(([prefix, s]) => (prefix ? `0x${s}` : s));

describe('hex readers', () => {
  it('fromHex reads what the definition reads and refuses the rest', () => {
    fc.assert(
      fc.property(strings, (hex) => {
        const want = reference(hex, false);
        if (want === undefined) expect(() => fromHex(hex)).toThrow(/invalid hex string/);
        else expect(fromHex(hex)).toEqual(want);
      }),
      { numRuns: 600 },
    );
  });

  it('Writer.hex writes what the definition reads, or nothing', () => {
    fc.assert(
      fc.property(strings, (hex) => {
        const want = reference(hex, true);
        const w = new Writer();
        w.u8(7);
        expect(w.hex(hex)).toBe(want !== undefined);
        expect(w.finish()).toEqual(Uint8Array.of(7, ...(want ?? [])));
      }),
      { numRuns: 600 },
    );
  });

  it('asciiCodes gives the character codes of ASCII strings only', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 5000, unit: 'binary' }), (s) => {
        const codes = asciiCodes(s);
        const ascii = [...s].every((c) => c.charCodeAt(0) < 128);
        expect(codes !== undefined).toBe(ascii);
        if (codes) expect([...codes.subarray(0, s.length)]).toEqual([...s].map((c) => c.charCodeAt(0)));
      }),
      { numRuns: 300 },
    );
  });
});
