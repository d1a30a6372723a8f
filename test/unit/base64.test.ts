/**
 * primitives/base64.ts gives exactly util-crypto's `base64Decode` answers — the same bytes, an error for
 * the same inputs — on encodings of random bytes and on their mutations (characters replaced, inserted or
 * dropped, padding and foreign characters among them) and random strings, from a fixed-seed generator.
 */
import { base64Encode, base64Decode as utilBase64Decode } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import { base64Decode } from '../../src/pallets-mock/primitives/base64.js';

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/= \n-_.';

/** xorshift32: the same cases every run. */
function generator(seed: number): (below: number) => number {
  let x = seed;
  return (below) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % below;
  };
}

const answer = (decode: (text: string) => Uint8Array, text: string): number[] | 'error' => {
  try {
    return Array.from(decode(text));
  } catch {
    return 'error';
  }
};

describe('base64Decode', () => {
  it("answers as util-crypto's base64Decode", () => {
    const next = generator(0x9e3779b9);
    const char = () => CHARS[next(CHARS.length)] as string;
    let errors = 0;
    for (let t = 0; t < 20_000; t++) {
      let text = base64Encode(Uint8Array.from({ length: next(14) }, () => next(256)));
      const kind = next(10);
      const at = next(text.length + 1);
      if (kind < 2) text = text.slice(0, at) + char() + text.slice(at + 1);
      else if (kind < 4) text = text.slice(0, at) + char() + text.slice(at);
      else if (kind < 5) text = text.slice(0, at) + text.slice(at + 1);
      else if (kind < 6) text = Array.from({ length: next(9) }, char).join('');
      const expected = answer(utilBase64Decode, text);
      if (expected === 'error') errors++;
      expect(answer(base64Decode, text), JSON.stringify(text)).toEqual(expected);
    }
    expect(errors).toBeGreaterThan(1_000);
  });
});
