import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ArithmeticError,
  checkedAdd,
  checkedDiv,
  checkedMul,
  checkedSub,
  saturatingAdd,
  saturatingSub,
  U32_MAX,
  U64_MAX,
  U128_MAX,
} from '../../src/primitives/arithmetic.js';
import {
  bdiv,
  bmul,
  fadd,
  fdiv,
  fdivInt,
  fixedToDecimalString,
  fmul,
  fmulInt,
  fp,
  fpow,
  fromFixed,
  fromInt,
  fsqrt,
  fsub,
  ONE,
  PHA,
  sharePrice,
  toFixed,
  toInt,
} from '../../src/primitives/fixed.js';
import { isqrt } from '../../src/primitives/isqrt.js';

/** Asserts that `fn` throws an ArithmeticError of the given kind. */
function expectArithmetic(fn: () => unknown, kind: ArithmeticError['kind']): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ArithmeticError);
  expect((caught as ArithmeticError).kind).toBe(kind);
}

const u128 = fc.bigInt({ min: 0n, max: U128_MAX });
const balance = fc.bigInt({ min: 0n, max: (1n << 80n) - 1n });
/** Balances up to 10^9 PHA (the total supply). */
const realisticBalance = fc.bigInt({ min: 0n, max: 10n ** 21n });

describe('checked integer arithmetic', () => {
  it('checks u128 / u64 / u32 bounds', () => {
    expect(checkedAdd(U128_MAX - 1n, 1n)).toBe(U128_MAX);
    expectArithmetic(() => checkedAdd(U128_MAX, 1n), 'Overflow');
    expect(checkedAdd(U64_MAX, 1n)).toBe(1n << 64n);
    expectArithmetic(() => checkedAdd(U64_MAX, 1n, 64), 'Overflow');
    expectArithmetic(() => checkedMul(1n << 16n, 1n << 16n, 32), 'Overflow');
    expect(checkedMul(1n << 16n, (1n << 16n) - 1n, 32)).toBe(U32_MAX - (1n << 16n) + 1n);
    expectArithmetic(() => checkedSub(1n, 2n), 'Underflow');
    expect(checkedSub(2n, 2n)).toBe(0n);
    expectArithmetic(() => checkedDiv(1n, 0n), 'DivisionByZero');
    expect(checkedDiv(7n, 2n)).toBe(3n);
    expect(saturatingSub(1n, 2n)).toBe(0n);
    expect(saturatingSub(5n, 2n)).toBe(3n);
    expect(saturatingAdd(U32_MAX, 5n, 32)).toBe(U32_MAX);
    expectArithmetic(() => checkedAdd(-1n, 1n), 'Underflow');
  });

  it('ArithmeticError carries its kind and a readable message', () => {
    const e = new ArithmeticError('Overflow', 'x');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('ArithmeticError');
    expect(e.kind).toBe('Overflow');
    expect(e.message).toBe('ArithmeticOverflow: x');
  });
});

describe('isqrt', () => {
  it('small values', () => {
    const expected = [0n, 1n, 1n, 1n, 2n, 2n, 2n, 2n, 2n, 3n, 3n];
    expected.forEach((r, n) => {
      expect(isqrt(BigInt(n))).toBe(r);
    });
    expect(isqrt((1n << 128n) - 1n)).toBe((1n << 64n) - 1n);
    expect(isqrt(1n << 128n)).toBe(1n << 64n);
    expect(() => isqrt(-1n)).toThrow(RangeError);
  });

  it('is the exact floor square root (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1n << 300n }), (n) => {
        const r = isqrt(n);
        return r * r <= n && n < (r + 1n) * (r + 1n);
      }),
      { numRuns: 2000 },
    );
  });

  it('is exact on perfect squares and their neighbours (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 1n << 130n }), (r) => {
        const sq = r * r;
        return isqrt(sq) === r && isqrt(sq - 1n) === r - 1n && isqrt(sq + 2n * r) === r;
      }),
    );
  });
});

describe('fp literals', () => {
  it('parses exact values', () => {
    expect(ONE).toBe(1n << 64n);
    expect(fp('1')).toBe(ONE);
    expect(fp('0')).toBe(0n);
    expect(fp('0.5')).toBe(1n << 63n);
    expect(fp('0.25')).toBe(1n << 62n);
    expect(fp('30000')).toBe(fromInt(30000n));
    expect(fp('56.25')).toBe(fromInt(56n) + (1n << 62n));
    expect(fp('3162_277660146355')).toBe(fromInt(3162277660146355n));
    expect(fp('1.5e-3')).toBe(fp('0.0015'));
    expect(fp('15e2')).toBe(fromInt(1500n));
    expect(fp('.5')).toBe(fp('0.5'));
  });

  it('rounds to nearest (not truncation)', () => {
    // 0.1 · 2^64 = 1844674407370955161.6 → …162
    expect(fp('0.1')).toBe(1844674407370955162n);
    // 0.2 · 2^64 = 3689348814741910323.2 → …323
    expect(fp('0.2')).toBe(3689348814741910323n);
    // MaxBudgetLimit default (spec §6.2): 93.75 PHA/block
    expect(fp('93.75')).toBe(1729382256910270464000n);
  });

  it('breaks exact ties to even (fixed crate FromStr)', () => {
    // 2^-65 and 3·2^-65 have exact 65-digit decimal expansions.
    const halfUlp = `0.${(5n ** 65n).toString().padStart(65, '0')}`;
    const threeHalfUlp = `0.${(3n * 5n ** 65n).toString().padStart(65, '0')}`;
    expect(fp(halfUlp)).toBe(0n);
    expect(fp(threeHalfUlp)).toBe(2n);
  });

  it('rejects malformed and out-of-range literals', () => {
    expect(() => fp('')).toThrow(SyntaxError);
    expect(() => fp('-1')).toThrow(SyntaxError);
    expect(() => fp('1.2.3')).toThrow(SyntaxError);
    expect(() => fp('abc')).toThrow(SyntaxError);
    expectArithmetic(() => fp('18446744073709551616'), 'Overflow');
    expect(fp('18446744073709551615.99999999999999999997')).toBe(U128_MAX);
  });
});

describe('fixedToDecimalString', () => {
  it('prints the shortest literal that round-trips', () => {
    expect(fixedToDecimalString(ONE)).toBe('1');
    expect(fixedToDecimalString(fp('0.1'))).toBe('0.1');
    expect(fixedToDecimalString(fp('0.2'))).toBe('0.2');
    expect(fixedToDecimalString(fp('56.25'))).toBe('56.25');
    expect(fixedToDecimalString(1n)).toBe('0.00000000000000000005');
    expect(fixedToDecimalString(0n)).toBe('0');
  });

  it('truncates to a fixed number of digits', () => {
    expect(fixedToDecimalString(fp('2.999'), 2)).toBe('2.99');
    expect(fixedToDecimalString(fp('2.5'), 0)).toBe('2');
    expect(fixedToDecimalString(ONE, 3)).toBe('1.000');
    expect(fixedToDecimalString(1n, 64)).toBe(`0.${(5n ** 64n).toString().padStart(64, '0')}`);
    expect(() => fixedToDecimalString(ONE, -1)).toThrow(RangeError);
  });

  it('fp ∘ fixedToDecimalString is the identity (property)', () => {
    fc.assert(
      fc.property(u128, (bits) => fp(fixedToDecimalString(bits)) === bits),
      { numRuns: 1000 },
    );
  });

  it('the full 64-digit expansion is exact (property)', () => {
    fc.assert(
      fc.property(u128, (bits) => {
        const s = fixedToDecimalString(bits, 64);
        const [i, f] = s.split('.');
        return (BigInt(i ?? '') * 10n ** 64n + BigInt(f ?? '')) * ONE === bits * 10n ** 64n;
      }),
    );
  });
});

describe('balance conversions (balance_convert.rs)', () => {
  it('to_fixed keeps only 48 fractional bits', () => {
    expect(toFixed(PHA)).toBe(ONE);
    expect(toFixed(0n)).toBe(0n);
    expect(toFixed(1n) & 0xffffn).toBe(0n);
    // 1 planck = 2^48 / 1e12 ≈ 281.47 units of 2^-48 → floor 281
    expect(toFixed(1n)).toBe(281n << 16n);
    expectArithmetic(() => toFixed(1n << 80n), 'Overflow');
    expectArithmetic(() => toFixed(-1n), 'Underflow');
  });

  it('max supply does not overflow (balance_convert::max_supply_not_overflow)', () => {
    const b = 1_000_000_000_000_000_000_000n;
    const f = toFixed(b);
    expect(fixedToDecimalString(f)).toBe('1000000000');
    expect(fromFixed(f)).toBe(b);
  });

  it('from_fixed truncates through U80F48', () => {
    expect(fromFixed(ONE)).toBe(PHA);
    expect(fromFixed(ONE - 1n)).toBe(PHA - 1n);
    // reward-dust scenario (spec §9.7): payout fp!(0.00001) → 9 999 999 planck
    expect(fromFixed(fp('0.00001'))).toBe(9_999_999n);
  });

  it('from_fixed(to_fixed(x)) ≤ x and loses less than 4 planck (property)', () => {
    fc.assert(
      fc.property(balance, (x) => {
        const y = fromFixed(toFixed(x));
        return y <= x && x - y < 4n;
      }),
      { numRuns: 2000 },
    );
  });

  it('to_fixed is monotone and bmul by ONE equals the round trip (property)', () => {
    fc.assert(
      fc.property(balance, balance, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return toFixed(lo) <= toFixed(hi) && bmul(a, ONE) === fromFixed(toFixed(a));
      }),
    );
  });
});

describe('U64F64 operations', () => {
  it('fmul / fdiv truncate', () => {
    expect(fmul(fp('1.5'), fp('2'))).toBe(fp('3'));
    expect(fmul(1n, 1n)).toBe(0n);
    expect(fdiv(ONE, fromInt(3n))).toBe(ONE / 3n);
    expect(fdiv(fromInt(2n), fromInt(3n))).toBe((2n * ONE) / 3n);
    expect(fmul(fp('0.1'), fromInt(10n))).toBe(fp('0.1') * 10n);
  });

  it('fdiv by zero throws DivisionByZero', () => {
    expectArithmetic(() => fdiv(ONE, 0n), 'DivisionByZero');
    expectArithmetic(() => fdivInt(ONE, 0n), 'DivisionByZero');
    expectArithmetic(() => bdiv(PHA, 0n), 'DivisionByZero');
  });

  it('results beyond u128 throw Overflow', () => {
    const big = fromInt(U64_MAX);
    expectArithmetic(() => fmul(big, fromInt(2n)), 'Overflow');
    expectArithmetic(() => fdiv(big, fp('0.5')), 'Overflow');
    expectArithmetic(() => fadd(big, ONE), 'Overflow');
    expectArithmetic(() => fmulInt(big, 2n), 'Overflow');
    expectArithmetic(() => fromInt(U64_MAX + 1n), 'Overflow');
    expectArithmetic(() => fmul(U128_MAX + 1n, 0n), 'Overflow');
    expectArithmetic(() => fsub(0n, 1n), 'Underflow');
    // U80F48 mul_int(1e12) overflows u128 for values ≥ ~2^40.1
    expectArithmetic(() => fromFixed(fromInt(1n << 41n)), 'Overflow');
  });

  it('fromInt / toInt / fmulInt / fdivInt', () => {
    expect(fromInt(7n)).toBe(7n << 64n);
    expect(toInt(fp('7.999'))).toBe(7n);
    expect(fdivInt(fmulInt(fp('720000'), 12n), 86400n)).toBe(fp('100'));
  });

  it('fsqrt has only 32 fractional bits', () => {
    expect(fsqrt(fromInt(4n))).toBe(fromInt(2n));
    expect(fsqrt(fromInt(2n))).toBe(isqrt(2n << 64n) << 32n);
    expect(fsqrt(fromInt(2n)) & 0xffffffffn).toBe(0n);
  });

  it('fpow by squaring', () => {
    expect(fpow(fp('2'), 10n)).toBe(fromInt(1024n));
    expect(fpow(fp('1.5'), 0n)).toBe(ONE);
    expect(fpow(fp('0.5'), 3n)).toBe(fp('0.125'));
  });

  it('share price', () => {
    expect(sharePrice(100n * PHA, 0n)).toBeNull();
    expect(sharePrice(0n, 100n * PHA)).toBe(0n);
    expect(sharePrice(130n * PHA, 130n * PHA)).toBe(ONE);
    expect(sharePrice(200n * PHA, 100n * PHA)).toBe(fromInt(2n));
    // 1 planck of shares converts to fixed 281·2^16 (non-zero)
    expect(sharePrice(PHA, 1n)).toBe(fdiv(ONE, 281n << 16n));
    // a price above U64F64::MAX overflows
    expectArithmetic(() => sharePrice(1n << 79n, 1n), 'Overflow');
  });

  it('fmul is commutative, ONE is neutral, fdiv(fmul(a,b),b) ≤ a (property)', () => {
    const small = fc.bigInt({ min: 0n, max: (1n << 96n) - 1n });
    fc.assert(
      fc.property(small, small, (a, b) => {
        if (fmul(a, b) !== fmul(b, a) || fmul(a, ONE) !== a || fdiv(a, ONE) !== a) return false;
        return b === 0n || fdiv(fmul(a, b), b) <= a;
      }),
    );
  });

  it('bmul / bdiv round down (property)', () => {
    const price = fc.bigInt({ min: fp('0.001'), max: fromInt(100n) });
    fc.assert(
      fc.property(realisticBalance, price, (x, p) => {
        // Exact rational value of x · p / 2^64 is an upper bound for bmul.
        const upper = (x * p) >> 64n;
        return bmul(x, p) <= upper && bdiv(x, p) <= (x << 64n) / p;
      }),
    );
  });
});
