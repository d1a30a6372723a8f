/**
 * `StorageValue.append` (src/pallets-mock/frame/storage.ts), Substrate's `StorageValue::append` on a Vec:
 * the stored bytes after any sequence of appends equal the SCALE encoding of the whole list (also across
 * the compact length prefix's 1 → 2 → 4-byte widths at 64 and 16,384 items), an absent value starts a
 * new list, an append inside a storage layer that rolls back leaves the value below untouched, and a
 * non-Vec item refuses to append.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytes, decode, encode, u32, vec } from '../../src/pallets-mock/frame/scale.js';
import { storage } from '../../src/pallets-mock/frame/storage.js';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';

const S = storage('AppendTest');
const List = S.value('List', vec(bytes));
const Defaulted = S.value('Defaulted', vec(u32), { default: [7n] });
const Plain = S.value('Plain', u32);

const rt = createRuntime();
const inRuntime = <T>(fn: () => T): T => rt.kernel.enter(fn);
const raw = (key: string): string | undefined => {
  const v = rt.kernel.state.get(key);
  return v === undefined ? undefined : toHex(v);
};

describe('StorageValue.append', () => {
  it('stores exactly the encoding of the whole list (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 150 }), (items) => {
        const hex = items.map(toHex);
        inRuntime(() => {
          List.kill();
          for (const x of hex) List.append(x);
        });
        const expected = hex.length ? toHex(encode(vec(bytes), hex)) : undefined;
        expect(raw(List.key())).toBe(expected);
        if (hex.length) expect(inRuntime(() => List.get())).toEqual(hex);
      }),
      { numRuns: 60 },
    );
  });

  it('rewrites the length prefix across its widths (64 and 16,384 items)', () => {
    const items: string[] = [];
    inRuntime(() => List.kill());
    for (let i = 0; i < 16_400; i++) {
      const x = toHex(Uint8Array.of(i & 0xff));
      items.push(x);
      inRuntime(() => List.append(x));
      if (i === 62 || i === 63 || i === 64 || i === 16_382 || i === 16_383 || i === 16_399)
        expect(raw(List.key())).toBe(toHex(encode(vec(bytes), items)));
    }
    expect(decode(vec(bytes), rt.kernel.state.get(List.key()) as Uint8Array)).toEqual(items);
  });

  it('starts from the stored value or the default, and a rolled-back layer leaves no trace', () => {
    inRuntime(() => {
      Defaulted.kill();
      Defaulted.append(1n);
    });
    // Absent: a new list (the default is not read, as Substrate's append starts from the stored bytes).
    expect(inRuntime(() => Defaulted.get())).toEqual([1n]);
    inRuntime(() => Defaulted.append(2n));
    const before = raw(Defaulted.key());
    expect(() =>
      inRuntime(() =>
        rt.kernel.transactional(() => {
          Defaulted.append(3n);
          expect(Defaulted.get()).toEqual([1n, 2n, 3n]);
          throw new Error('roll back');
        }),
      ),
    ).toThrow('roll back');
    expect(raw(Defaulted.key())).toBe(before);
    expect(inRuntime(() => Defaulted.get())).toEqual([1n, 2n]);
  });

  it('refuses a value that is not a Vec', () => {
    expect(() => inRuntime(() => (Plain as unknown as typeof Defaulted).append(1n))).toThrow(/needs a Vec/);
  });
});
