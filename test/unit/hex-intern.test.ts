/**
 * `hex32` (primitives/hex-intern.ts): the 0x-hex of 32 bytes read in place, the same string `toHex` makes,
 * and the same string object when the same bytes come back, whatever else has taken the slot since.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { hex32 } from '../../src/pallets-mock/primitives/hex-intern.js';

describe('hex32', () => {
  it('spells the 32 bytes at any offset as toHex does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 96 }), fc.nat(64), (bytes, pick) => {
        const at = pick % (bytes.length - 31);
        expect(hex32(bytes, at)).toBe(toHex(bytes.subarray(at, at + 32)));
      }),
    );
  });

  it('returns the cached string for bytes met again, and never a stale one for bytes sharing its slot', () => {
    const a = new Uint8Array(32).fill(0xab);
    const first = hex32(a);
    expect(hex32(a.slice())).toBe(first);
    // The slot is picked from bytes 0, 9, 17 and 26: change only another byte to share it.
    const b = a.slice();
    b[5] = 0x01;
    expect(hex32(b)).toBe(toHex(b));
    expect(hex32(a)).toBe(toHex(a));
  });
});
