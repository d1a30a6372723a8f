/**
 * `StorageValue.append` (src/pallets-mock/frame/storage.ts), Substrate's `StorageValue::append` on a Vec:
 * the stored bytes after any sequence of appends equal the SCALE encoding of the whole list (also across
 * the compact length prefix's 1 → 2 → 4-byte widths at 64 and 16,384 items), an absent value starts a
 * new list, an append inside a storage layer that rolls back leaves the value below untouched, and a
 * non-Vec item refuses to append. The state joins appended items only when the value is read or
 * committed (state.ts `append`): a model of nested layers checks it through appends, reads, writes,
 * deletes, commits and rollbacks in any order, and the block's diff.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytes, decode, encode, u32, vec } from '../../src/pallets-mock/frame/scale.js';
import { State } from '../../src/pallets-mock/frame/state.js';
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

  it('joins appends lazily as a model of nested layers says, through reads, commits and rollbacks', () => {
    const KEY = '0x01';
    const op = fc.oneof(
      fc.record({ kind: fc.constant('append' as const), item: fc.uint8Array({ maxLength: 6 }) }),
      fc.record({
        kind: fc.constantFrom('read' as const, 'begin' as const, 'commit' as const, 'rollback' as const),
      }),
      fc.record({
        kind: fc.constant('set' as const),
        items: fc.array(fc.uint8Array({ maxLength: 6 }), { maxLength: 3 }),
      }),
      fc.record({ kind: fc.constant('delete' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const state = new State();
        state.set(KEY, encode(vec(bytes), [toHex(Uint8Array.of(9))]));
        const before = state.get(KEY);
        state.begin(); // the block's layer
        // The model: the list each open layer sees (undefined: absent), and whether it wrote the key.
        const model: Array<string[] | undefined> = [[toHex(Uint8Array.of(9))]];
        const wrote: boolean[] = [false];
        const top = () => model[model.length - 1];
        const write = (v: string[] | undefined) => {
          model[model.length - 1] = v;
          wrote[wrote.length - 1] = true;
        };
        const fold = () => {
          const v = model.pop();
          if (wrote.pop()) write(v);
        };
        const seen = () => {
          const v = state.get(KEY);
          return v === undefined ? undefined : decode(vec(bytes), v);
        };
        for (const o of ops) {
          if (o.kind === 'append') {
            const joined = encode(bytes, toHex(o.item));
            state.append(KEY, joined, (b, items) => {
              const list = b === undefined ? [] : decode(vec(bytes), b);
              return encode(vec(bytes), [...list, ...items.map((i) => decode(bytes, i))]);
            });
            write([...(top() ?? []), toHex(o.item)]);
          } else if (o.kind === 'read') expect(seen()).toEqual(top());
          else if (o.kind === 'begin') {
            state.begin();
            model.push(top());
            wrote.push(false);
          } else if (o.kind === 'set') {
            state.set(KEY, encode(vec(bytes), o.items.map(toHex)));
            write(o.items.map(toHex));
          } else if (o.kind === 'delete') {
            state.delete(KEY);
            write(undefined);
          } else if (model.length > 1) {
            if (o.kind === 'commit') {
              state.commit();
              fold();
            } else {
              state.rollback();
              model.pop();
              wrote.pop();
            }
          }
        }
        while (model.length > 1) {
          state.commit();
          fold();
        }
        const diff = state.commitBlock();
        const expected = top() === undefined ? null : toHex(encode(vec(bytes), top() as string[]));
        expect(
          diff.map((d) => ({ key: d.key, old: d.old && toHex(d.old), value: d.value && toHex(d.value) })),
        ).toEqual(wrote[0] ? [{ key: KEY, old: before && toHex(before), value: expected }] : []);
        expect(seen()).toEqual(top());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps appends committed straight into the base (no block layer, as the harness) joined on read', () => {
    const KEY = '0x02';
    const join = (b: Uint8Array | undefined, items: readonly Uint8Array[]) =>
      encode(vec(u32), [
        ...(b === undefined ? [] : decode(vec(u32), b)),
        ...items.map((i) => decode(u32, i)),
      ]);
    const state = new State();
    for (let i = 1n; i <= 3n; i++) {
      state.begin();
      state.append(KEY, encode(u32, i), join);
      state.commit();
    }
    state.begin();
    state.append(KEY, encode(u32, 99n), join);
    state.rollback();
    const expected = toHex(encode(vec(u32), [1n, 2n, 3n]));
    expect([...state.entries()].map(([k, v]) => [k, toHex(v)])).toEqual([[KEY, expected]]);
    expect(toHex(state.snapshot().get(KEY) as Uint8Array)).toBe(expected);
    state.append(KEY, encode(u32, 4n), join);
    expect(toHex(state.get(KEY) as Uint8Array)).toBe(toHex(encode(vec(u32), [1n, 2n, 3n, 4n])));
  });
});
