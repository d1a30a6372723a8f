/**
 * Property tests: the limb arithmetic of primitives/u64f64-limbs.ts gives the bits of the `bigint`
 * U64F64 of primitives/fixed.ts on random inputs (and answers `false` exactly where fixed.ts throws),
 * and the Gatekeeper's TokenomicTable gives the bits of gk-tokenomic.ts's `share` / `updateVIdle`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyTokenomicInfo,
  type GkParams,
  share,
  type TokenomicInfo,
  testParams,
  updateVIdle,
} from '../../src/pallets-mock/offchain/gk-tokenomic.js';
import { TokenomicTable } from '../../src/pallets-mock/offchain/gk-tokenomic-table.js';
import { ArithmeticError } from '../../src/primitives/arithmetic.js';
import { fadd, fmul, fp, fsqrt, ONE } from '../../src/primitives/fixed.js';
import {
  addLimbs,
  cmpLimbs,
  fromLimbs,
  fsqrtLimbs,
  LIMBS,
  mulLimbs,
  toLimbs,
} from '../../src/primitives/u64f64-limbs.js';

const U128 = (1n << 128n) - 1n;

/** U64F64 bits of every magnitude: a random bit length, then a value of about that length. */
const bits = (maxBits = 128): fc.Arbitrary<bigint> =>
  fc
    .integer({ min: 0, max: maxBits })
    .chain((n) => fc.bigInt({ min: 0n, max: n === 0 ? 0n : (1n << BigInt(n)) - 1n }));

/** The bigint result of `f`, or 'throws' when it throws an ArithmeticError. */
function outcome(f: () => bigint): bigint | 'throws' {
  try {
    return f();
  } catch (e) {
    if (e instanceof ArithmeticError) return 'throws';
    throw e;
  }
}

/** Runs a limb operation on a and b; its bits, or 'throws' where it answered false. */
function limbs(
  op: (a: Uint16Array, ao: number, b: Uint16Array, bo: number, out: Uint16Array, oo: number) => boolean,
  a: bigint,
  b: bigint,
): bigint | 'throws' {
  // Operands at odd offsets of one shared buffer, as the table lays them out.
  const buf = new Uint16Array(4 * LIMBS);
  toLimbs(a, buf, LIMBS);
  toLimbs(b, buf, 2 * LIMBS);
  return op(buf, LIMBS, buf, 2 * LIMBS, buf, 3 * LIMBS) ? fromLimbs(buf, 3 * LIMBS) : 'throws';
}

const RUNS = { numRuns: 3000 };

describe('U64F64 on 16-bit limbs', () => {
  it('round-trips bits through limbs', () => {
    fc.assert(
      fc.property(bits(), (x) => {
        const a = new Uint16Array(LIMBS);
        toLimbs(x, a, 0);
        expect(fromLimbs(a, 0)).toBe(x);
      }),
      RUNS,
    );
    const a = new Uint16Array(LIMBS);
    toLimbs(U128, a, 0);
    expect(fromLimbs(a, 0)).toBe(U128);
  });

  it('adds as fadd, overflowing where fadd throws', () => {
    fc.assert(
      fc.property(bits(), bits(), (a, b) => {
        expect(limbs(addLimbs, a, b)).toBe(outcome(() => fadd(a, b)));
      }),
      RUNS,
    );
    expect(limbs(addLimbs, U128, 1n)).toBe('throws');
    expect(limbs(addLimbs, U128, 0n)).toBe(U128);
  });

  it('multiplies as fmul (truncating), overflowing where fmul throws', () => {
    fc.assert(
      fc.property(bits(), bits(), (a, b) => {
        expect(limbs(mulLimbs, a, b)).toBe(outcome(() => fmul(a, b)));
      }),
      RUNS,
    );
    // The edges: the largest product that fits, and one bit more.
    expect(limbs(mulLimbs, U128, ONE)).toBe(U128);
    expect(limbs(mulLimbs, U128, ONE + 1n)).toBe('throws');
    expect(limbs(mulLimbs, 1n << 96n, 1n << 96n)).toBe('throws');
    expect(limbs(mulLimbs, (1n << 96n) - 1n, (1n << 96n) - 1n)).toBe(
      fmul((1n << 96n) - 1n, (1n << 96n) - 1n),
    );
  });

  it('compares as bigint', () => {
    fc.assert(
      fc.property(bits(), bits(), (a, b) => {
        const buf = new Uint16Array(2 * LIMBS);
        toLimbs(a, buf, 0);
        toLimbs(b, buf, LIMBS);
        expect(cmpLimbs(buf, 0, buf, LIMBS)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
      RUNS,
    );
  });

  it('takes fsqrt below 2^104 and declines above', () => {
    const sqrt = (x: bigint): bigint | 'declined' => {
      const buf = new Uint16Array(2 * LIMBS);
      toLimbs(x, buf, 0);
      return fsqrtLimbs(buf, 0, buf, LIMBS) ? fromLimbs(buf, LIMBS) : 'declined';
    };
    fc.assert(
      fc.property(bits(104), (x) => {
        if (x < 1n << 104n) expect(sqrt(x)).toBe(fsqrt(x));
      }),
      RUNS,
    );
    // Perfect squares and their neighbours, where a rounded estimate is off by one.
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: (1n << 52n) - 1n }), (r) => {
        for (const x of [r * r - 1n, r * r, r * r + 1n, (r + 1n) * (r + 1n) - 1n])
          expect(sqrt(x)).toBe(fsqrt(x));
      }),
      RUNS,
    );
    expect(sqrt((1n << 104n) - 1n)).toBe(fsqrt((1n << 104n) - 1n));
    expect(sqrt(1n << 104n)).toBe('declined');
    expect(sqrt(U128)).toBe('declined');
  });
});

/** A worker's tokenomic with random V, P and confidence in the Gatekeeper's ranges (and beyond). */
const tokenomic = fc.record({
  v: fc.oneof(bits(80), bits(128)),
  vDeductible: fc.oneof(bits(80), bits(128)),
  pBench: fc.oneof(fc.constant(0n), bits(80)),
  pInstant: bits(80),
  confidenceLevel: fc.constantFrom(0n, 1n, 2n, 3n, 4n, 5n, 128n),
  contractRunning: fc.boolean(),
});
const params = fc.record({
  rho: fc.oneof(fc.constant(testParams().rho), fc.bigInt({ min: ONE, max: 2n * ONE }), bits(128)),
  vMax: fc.oneof(fc.constant(testParams().vMax), bits(128)),
  costK: fc.oneof(fc.constant(testParams().costK), bits(70)),
  costB: fc.oneof(fc.constant(testParams().costB), bits(70)),
});

describe('TokenomicTable', () => {
  it("gives gk-tokenomic's share and idle V update to the bit, and throws where it throws", () => {
    fc.assert(
      fc.property(
        fc.array(tokenomic, { minLength: 1, maxLength: 5 }),
        params,
        fc.nat(3),
        (ws, ps, rounds) => {
          const p: GkParams = { ...testParams(), ...ps };
          const table = new TokenomicTable();
          const reference: TokenomicInfo[] = [];
          const slots = ws.map((w) => {
            const slot = table.add();
            Object.assign(table.recordAt(slot), w);
            reference.push({ ...emptyTokenomicInfo(), ...w });
            return slot;
          });
          for (let round = 0; round <= rounds; round++) {
            // Σshare on limbs (or its bigint fallback) against the bigint sum.
            const sum = new Uint16Array(LIMBS);
            const onLimbs = slots.every((s) => table.addShare(s, sum, 0));
            const limbSum = onLimbs
              ? fromLimbs(sum, 0)
              : outcome(() => TokenomicTable.sumShareBigint(slots.map((x) => table.recordAt(x))));
            expect(limbSum).toBe(outcome(() => reference.reduce((a, t) => fadd(a, share(t)), 0n)));
            // One idle update each.
            slots.forEach((s, i) => {
              const ref = reference[i] as TokenomicInfo;
              const expected = outcome(() => {
                updateVIdle(ref, p);
                return ref.v;
              });
              const got = outcome(() => {
                table.updateVIdle(s, p);
                return table.recordAt(s).v;
              });
              expect(got).toBe(expected);
              expect(table.recordAt(s)).toEqual(ref);
            });
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('a record spreads to a plain TokenomicInfo in its field order', () => {
    const table = new TokenomicTable();
    const r = table.recordAt(table.add());
    r.v = fp('3000');
    r.vDeductible = 5n;
    expect(Object.keys({ ...r })).toEqual(Object.keys(emptyTokenomicInfo()));
    expect({ ...r }).toEqual({ ...emptyTokenomicInfo(), v: fp('3000'), vDeductible: 5n });
  });
});
