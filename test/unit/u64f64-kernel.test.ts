/**
 * Property tests: the WebAssembly kernel (kernel/u64f64.ts) gives the bits of the `bigint` U64F64 of
 * primitives/fixed.ts on random inputs (and declines exactly where fixed.ts throws), the Gatekeeper's
 * TokenomicTable gives the bits of gk-tokenomic.ts's `share` / `updateVIdle` through it, and the committed
 * binary is the one the kernel's current source compiles to.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KERNEL_MODULE, renderKernelModule } from '../../chain/u64f64-kernel-build.js';
import {
  emptyTokenomicInfo,
  type GkParams,
  share,
  type TokenomicInfo,
  testParams,
  updateVIdle,
} from '../../src/pallets-mock/offchain/gk-tokenomic.js';
import { TokenomicTable } from '../../src/pallets-mock/offchain/gk-tokenomic-table.js';
import { instantiateKernel } from '../../src/pallets-mock/primitives/u64f64-kernel.js';
import { ArithmeticError } from '../../src/primitives/arithmetic.js';
import { fadd, fmul, fp, fsqrt, ONE } from '../../src/primitives/fixed.js';

const U128 = (1n << 128n) - 1n;
const U64_MASK = (1n << 64n) - 1n;

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

/** The kernel on a memory of its own, with values at byte offsets 16 (a), 48 (b) and 80 (out). */
const memory = new WebAssembly.Memory({ initial: 1 });
const kernel = instantiateKernel(memory);
const words = new BigUint64Array(memory.buffer);
const put = (o: number, x: bigint) => {
  words[o / 8] = x & U64_MASK;
  words[o / 8 + 1] = x >> 64n;
};
const get = (o: number): bigint => ((words[o / 8 + 1] as bigint) << 64n) | (words[o / 8] as bigint);
const A = 16;
const B = 48;
const OUT = 80;
/** Runs a kernel operation on a and b; its bits, or 'throws' where it declined. */
function run(op: 'mulAt' | 'addAt', a: bigint, b: bigint): bigint | 'throws' {
  put(A, a);
  put(B, b);
  return kernel[op](A, B, OUT) ? get(OUT) : 'throws';
}
function sqrt(x: bigint): bigint | 'declined' {
  put(A, x);
  return kernel.sqrtAt(A, OUT) ? get(OUT) : 'declined';
}

const RUNS = { numRuns: 3000 };

describe('the U64F64 kernel', () => {
  it('adds as fadd, overflowing where fadd throws', () => {
    fc.assert(
      fc.property(bits(), bits(), (a, b) => {
        expect(run('addAt', a, b)).toBe(outcome(() => fadd(a, b)));
      }),
      RUNS,
    );
    expect(run('addAt', U128, 1n)).toBe('throws');
    expect(run('addAt', U128, 0n)).toBe(U128);
    expect(run('addAt', U64_MASK, 1n)).toBe(1n << 64n);
  });

  it('multiplies as fmul (truncating), overflowing where fmul throws', () => {
    fc.assert(
      fc.property(bits(), bits(), (a, b) => {
        expect(run('mulAt', a, b)).toBe(outcome(() => fmul(a, b)));
      }),
      RUNS,
    );
    // The edges: the largest product that fits, and one bit more.
    expect(run('mulAt', U128, ONE)).toBe(U128);
    expect(run('mulAt', U128, ONE + 1n)).toBe('throws');
    expect(run('mulAt', 1n << 96n, 1n << 96n)).toBe('throws');
    expect(run('mulAt', (1n << 96n) - 1n, (1n << 96n) - 1n)).toBe(fmul((1n << 96n) - 1n, (1n << 96n) - 1n));
    expect(run('mulAt', U128, U128)).toBe('throws');
  });

  it('takes fsqrt below 2^104 and declines above', () => {
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
    expect(sqrt(0n)).toBe(0n);
    expect(sqrt((1n << 104n) - 1n)).toBe(fsqrt((1n << 104n) - 1n));
    expect(sqrt(1n << 104n)).toBe('declined');
    expect(sqrt(U128)).toBe('declined');
  });

  it('is the binary the current kernel source compiles to (npm run build:kernel)', async () => {
    expect(readFileSync(KERNEL_MODULE, 'utf8')).toBe(await renderKernelModule());
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
/** What happens to a slot between rounds: nothing, a new p_instant (stale terms), busy, not counted. */
const change = fc.record({
  pInstant: fc.option(bits(80), { nil: undefined }),
  busy: fc.boolean(),
  counted: fc.boolean(),
});

describe('TokenomicTable', () => {
  it("gives gk-tokenomic's Σshare and idle V updates to the bit, and throws where it throws", () => {
    fc.assert(
      fc.property(
        fc.array(tokenomic, { minLength: 1, maxLength: 70 }),
        fc.array(fc.tuple(params, fc.array(change, { maxLength: 70 })), { minLength: 1, maxLength: 3 }),
        (ws, rounds) => {
          const table = new TokenomicTable();
          const reference: TokenomicInfo[] = [];
          const counted: boolean[] = [];
          const busy: boolean[] = [];
          for (const w of ws) {
            const slot = table.add();
            Object.assign(table.recordAt(slot), w);
            table.setCounted(slot, true);
            reference.push({ ...emptyTokenomicInfo(), ...w });
            counted.push(true);
            busy.push(false);
          }
          for (const [ps, changes] of rounds) {
            const p: GkParams = { ...testParams(), ...ps };
            changes.forEach((c, slot) => {
              if (slot >= ws.length) return;
              if (c.pInstant !== undefined) {
                table.recordAt(slot).pInstant = c.pInstant;
                (reference[slot] as TokenomicInfo).pInstant = c.pInstant;
              }
              table.setBusy(slot, c.busy);
              table.setCounted(slot, c.counted);
              busy[slot] = c.busy;
              counted[slot] = c.counted;
            });
            // Σshare in the kernel (or its bigint fallback) against the bigint sum.
            const got = outcome(
              () => table.sumShare() ?? TokenomicTable.sumShareBigint(table.countedRecords()),
            );
            const expected = outcome(() =>
              reference.filter((_, s) => counted[s]).reduce((a, t) => fadd(a, share(t)), 0n),
            );
            expect(got).toBe(expected);
            // The quiet slots' idle updates at once, then the busy counted ones one by one.
            const quietRef = outcome(() => {
              reference.forEach((t, s) => {
                if (counted[s] && !busy[s]) updateVIdle(t, p);
              });
              return 0n;
            });
            const quiet = outcome(() => {
              table.updateQuietIdle(p);
              return 0n;
            });
            expect(quiet).toBe(quietRef);
            if (quietRef === 'throws') return;
            reference.forEach((t, s) => {
              if (!counted[s] || !busy[s]) return;
              const got = outcome(() => {
                table.updateVIdle(s, p);
                return table.recordAt(s).v;
              });
              const expected = outcome(() => {
                updateVIdle(t, p);
                return t.v;
              });
              expect(got).toBe(expected);
            });
            reference.forEach((t, s) => {
              expect({ ...table.recordAt(s) }).toEqual(t);
            });
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps every value across growth and tells quiet slots from busy and uncounted ones', () => {
    const table = new TokenomicTable();
    const slots = Array.from({ length: 1000 }, (_, i) => {
      const slot = table.add();
      table.recordAt(slot).v = fp(String(3000 + i));
      table.recordAt(slot).vDeductible = BigInt(i);
      table.setCounted(slot, i % 3 !== 0);
      table.setBusy(slot, i % 5 === 0);
      return slot;
    });
    slots.forEach((slot, i) => {
      expect(table.recordAt(slot).v).toBe(fp(String(3000 + i)));
      expect(table.recordAt(slot).vDeductible).toBe(BigInt(i));
      expect(table.isCounted(slot)).toBe(i % 3 !== 0);
      expect(table.isQuiet(slot)).toBe(i % 3 !== 0 && i % 5 !== 0);
    });
    // The slots `nextNotQuiet` walks are exactly the ones that are not quiet, in order.
    const walked: number[] = [];
    for (let slot = table.nextNotQuiet(0); slot < slots.length; slot = table.nextNotQuiet(slot + 1))
      walked.push(slot);
    expect(walked).toEqual(slots.filter((_, i) => i % 3 === 0 || i % 5 === 0));
    expect(table.nextNotQuiet(slots.length)).toBe(slots.length);
  });

  it('a record spreads to a plain TokenomicInfo in its field order', () => {
    const table = new TokenomicTable();
    const r = table.recordAt(table.add());
    r.v = fp('3000');
    r.vDeductible = 5n;
    expect(Object.keys({ ...r })).toEqual(Object.keys(emptyTokenomicInfo()));
    expect({ ...r }).toEqual({ ...emptyTokenomicInfo(), v: fp('3000'), vDeductible: 5n });
    expect(() => {
      r.v = 1n << 128n;
    }).toThrow(RangeError);
  });
});
