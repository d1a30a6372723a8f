/**
 * The transactional storage overlay (src/pallets-mock/frame/state.ts), as Substrate's overlay change set:
 * nested layers commit into the layer below or roll back without a trace; a delete in a layer shadows the
 * value below until it is committed; `keysWithPrefix` merges base and layers, drops deleted keys and
 * sorts; the committed base (`entries`, `snapshot`) only changes when the last layer commits. A
 * random-operation test compares the overlay with a copy-on-begin reference model.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { State } from '../../src/pallets-mock/frame/state.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';

const b = (...xs: number[]): Uint8Array => Uint8Array.from(xs);
const read = (s: State, k: string): string | undefined => {
  const v = s.get(k);
  return v === undefined ? undefined : toHex(v);
};
const committed = (s: State): Record<string, string> =>
  Object.fromEntries([...s.entries()].map(([k, v]) => [k, toHex(v)]));

describe('State', () => {
  it('writes straight to the base when no layer is open', () => {
    const s = new State();
    s.set('0x01', b(1));
    s.set('0x02', b(2));
    s.delete('0x02');
    expect(s.depth).toBe(0);
    expect(committed(s)).toEqual({ '0x01': '0x01' });
  });

  it('rolls a layer back without a trace and commits it into the base', () => {
    const s = new State(new Map([['0x01', b(1)]]));
    s.begin();
    s.set('0x01', b(9));
    s.set('0x02', b(2));
    expect(read(s, '0x01')).toBe('0x09');
    expect(committed(s)).toEqual({ '0x01': '0x01' }); // entries() is the committed base only
    s.rollback();
    expect(read(s, '0x01')).toBe('0x01');
    expect(read(s, '0x02')).toBeUndefined();
    s.begin();
    s.set('0x02', b(2));
    s.commit();
    expect(s.depth).toBe(0);
    expect(committed(s)).toEqual({ '0x01': '0x01', '0x02': '0x02' });
  });

  it('nests: an inner commit lands in the outer layer, which can still roll everything back', () => {
    const s = new State(new Map([['0xaa', b(1)]]));
    s.begin(); // L1
    s.set('0xaa', b(2));
    s.begin(); // L2
    s.set('0xaa', b(3));
    s.set('0xbb', b(4));
    expect(s.depth).toBe(2);
    s.rollback(); // L2 gone
    expect(read(s, '0xaa')).toBe('0x02');
    expect(read(s, '0xbb')).toBeUndefined();
    s.begin(); // L2'
    s.set('0xcc', b(5));
    s.begin(); // L3
    s.set('0xcc', b(6));
    s.commit(); // L3 → L2'
    s.commit(); // L2' → L1
    expect(read(s, '0xcc')).toBe('0x06');
    expect(committed(s)).toEqual({ '0xaa': '0x01' });
    s.rollback(); // L1 gone
    expect(s.depth).toBe(0);
    expect(committed(s)).toEqual({ '0xaa': '0x01' });
    expect(read(s, '0xcc')).toBeUndefined();
  });

  it('a delete shadows the base (and lower layers) until committed, and a deeper set un-shadows it', () => {
    const s = new State(new Map([['0x01', b(1)]]));
    s.begin();
    s.delete('0x01');
    expect(read(s, '0x01')).toBeUndefined();
    expect(s.keysWithPrefix('0x')).toEqual([]);
    expect(committed(s)).toEqual({ '0x01': '0x01' });
    s.begin();
    s.set('0x01', b(7));
    expect(read(s, '0x01')).toBe('0x07');
    s.rollback();
    expect(read(s, '0x01')).toBeUndefined(); // still deleted in L1
    s.begin();
    s.delete('0x01'); // delete of an already deleted key
    s.commit();
    s.commit();
    expect(committed(s)).toEqual({});
  });

  it('keysWithPrefix merges base and every layer, drops deleted keys, and sorts', () => {
    const s = new State(
      new Map([
        ['0x01cc', b(1)],
        ['0x01aa', b(1)],
        ['0x02aa', b(1)],
      ]),
    );
    s.begin();
    s.set('0x01bb', b(2));
    s.delete('0x01cc');
    s.begin();
    s.set('0x0100', b(3));
    s.set('0x01cc01', b(3));
    s.set('0x0201', b(3));
    expect(s.keysWithPrefix('0x01')).toEqual(['0x0100', '0x01aa', '0x01bb', '0x01cc01']);
    expect(s.keysWithPrefix('0x01cc')).toEqual(['0x01cc01']);
    expect(s.keysWithPrefix('0x02')).toEqual(['0x0201', '0x02aa']);
    expect(s.keysWithPrefix('0x03')).toEqual([]);
    s.rollback();
    expect(s.keysWithPrefix('0x01')).toEqual(['0x01aa', '0x01bb']);
  });

  it('refuses commit/rollback without a layer and a snapshot with open layers', () => {
    const s = new State();
    expect(() => s.commit()).toThrow(/without an open storage layer/);
    expect(() => s.rollback()).toThrow(/without an open storage layer/);
    s.set('0x01', b(1));
    const snap = s.snapshot();
    s.set('0x01', b(2));
    expect(toHex(snap.get('0x01') as Uint8Array)).toBe('0x01'); // a copy, not a view
    s.begin();
    expect(() => s.snapshot()).toThrow(/open storage layers/);
  });

  it('commitBlock returns the block diff with previous values, key-sorted', () => {
    const s = new State(
      new Map([
        ['0x02', b(2)],
        ['0x03', b(3)],
      ]),
    );
    s.begin();
    s.set('0x04', b(4));
    s.set('0x02', b(22));
    s.delete('0x03');
    const diff = s.commitBlock();
    expect(diff.map((d) => [d.key, d.old && toHex(d.old), d.value === null ? null : toHex(d.value)])).toEqual(
      [
        ['0x02', '0x02', '0x16'],
        ['0x03', '0x03', null],
        ['0x04', undefined, '0x04'],
      ],
    );
    expect(committed(s)).toEqual({ '0x02': '0x16', '0x04': '0x04' });
    expect(() => s.commitBlock()).toThrow(/0 open layers/);
  });

  it('behaves like a copy-on-begin stack of maps under random operations (fast-check)', () => {
    const key = fc.constantFrom('0x00', '0x0001', '0x01', '0x0102', '0x02', '0x0201', '0xff');
    const op = fc.oneof(
      fc.record({ t: fc.constant('set' as const), k: key, v: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ t: fc.constant('delete' as const), k: key }),
      fc.record({ t: fc.constant('begin' as const) }),
      fc.record({ t: fc.constant('commit' as const) }),
      fc.record({ t: fc.constant('rollback' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const s = new State();
        const model: Array<Map<string, number>> = [new Map()];
        const top = () => model[model.length - 1] as Map<string, number>;
        for (const o of ops) {
          switch (o.t) {
            case 'set':
              s.set(o.k, b(o.v));
              top().set(o.k, o.v);
              break;
            case 'delete':
              s.delete(o.k);
              top().delete(o.k);
              break;
            case 'begin':
              s.begin();
              model.push(new Map(top()));
              break;
            case 'commit':
              if (model.length === 1) {
                expect(() => s.commit()).toThrow();
                break;
              }
              s.commit();
              model.splice(model.length - 2, 2, top());
              break;
            case 'rollback':
              if (model.length === 1) {
                expect(() => s.rollback()).toThrow();
                break;
              }
              s.rollback();
              model.pop();
              break;
          }
          expect(s.depth).toBe(model.length - 1);
          for (const prefix of ['0x', '0x00', '0x01', '0x02', '0xff']) {
            const expected = [...top().keys()].filter((k) => k.startsWith(prefix)).sort();
            expect(s.keysWithPrefix(prefix)).toEqual(expected);
          }
          for (const [k, v] of top()) expect(read(s, k)).toBe(toHex(b(v)));
          expect(committed(s)).toEqual(
            Object.fromEntries([...(model[0] as Map<string, number>)].map(([k, v]) => [k, toHex(b(v))])),
          );
        }
      }),
      { numRuns: 500 },
    );
  });

  it('answers item-prefix queries from its index as a scan would, with writes between them (fast-check)', () => {
    // Keys under two storage items (a 66-character item prefix reads the index, a shorter one scans).
    const item = (byte: string) => `0x${byte.repeat(32)}`;
    const [p1, p2] = [item('11'), item('22')];
    const key = fc.constantFrom(`${p1}00`, `${p1}0001`, `${p1}01`, `${p2}00`, `${p2}ff`, '0x33');
    const op = fc.oneof(
      fc.record({ t: fc.constant('set' as const), k: key, v: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ t: fc.constant('delete' as const), k: key }),
      fc.record({ t: fc.constant('begin' as const) }),
      fc.record({ t: fc.constant('commit' as const) }),
      fc.record({ t: fc.constant('query' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const s = new State();
        const model: Array<Map<string, number>> = [new Map()];
        const top = () => model[model.length - 1] as Map<string, number>;
        for (const o of ops) {
          if (o.t === 'set') {
            s.set(o.k, b(o.v));
            top().set(o.k, o.v);
          } else if (o.t === 'delete') {
            s.delete(o.k);
            top().delete(o.k);
          } else if (o.t === 'begin') {
            s.begin();
            model.push(new Map(top()));
          } else if (o.t === 'commit') {
            if (model.length === 1) continue;
            s.commit();
            model.splice(model.length - 2, 2, top());
          } else {
            for (const prefix of [p1, p2, `${p1}00`, '0x']) {
              const expected = [...top().keys()].filter((k) => k.startsWith(prefix)).sort();
              expect(s.keysWithPrefix(prefix)).toEqual(expected);
            }
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
