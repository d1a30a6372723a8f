import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArithmeticError, U128_MAX } from '../../src/primitives/arithmetic.js';
import {
  PERBILL_ACCURACY,
  PERMILL_ACCURACY,
  perbillFromParts,
  perbillMul,
  permillFromParts,
  permillFromPercent,
  permillMul,
} from '../../src/primitives/permill.js';

const PHA = 1_000_000_000_000n;

/** Round half down written differently: ceil(n·p/acc − 1/2) = floor((2np + acc − 1) / 2acc). */
function roundHalfDownReference(parts: bigint, n: bigint, acc: bigint): bigint {
  return (2n * n * parts + acc - 1n) / (2n * acc);
}

/** sp-arithmetic's overflow-pruning split: (n / acc)·p + round_half_down((n % acc)·p / acc). */
function prunedReference(parts: bigint, n: bigint, acc: bigint): bigint {
  const whole = (n / acc) * parts;
  const rem = (n % acc) * parts;
  const q = rem / acc;
  const r = rem % acc;
  return whole + q + (2n * r > acc ? 1n : 0n);
}

describe('Permill', () => {
  it('rounds half down (NearestPrefDown)', () => {
    // 50 % of 1 → 0.5 → 0 (ties go down)
    expect(permillMul(500_000n, 1n)).toBe(0n);
    // 50 % of 3 → 1.5 → 1
    expect(permillMul(500_000n, 3n)).toBe(1n);
    // 0.0001 % of 600 000 → 0.6 → 1
    expect(permillMul(1n, 600_000n)).toBe(1n);
    // 0.0001 % of 400 000 → 0.4 → 0
    expect(permillMul(1n, 400_000n)).toBe(0n);
    expect(permillMul(PERMILL_ACCURACY, 12345n)).toBe(12345n);
    expect(permillMul(0n, 12345n)).toBe(0n);
    expect(permillMul(PERMILL_ACCURACY, U128_MAX)).toBe(U128_MAX);
  });

  it('reward-dust scenario (spec §9.7): 50 % of 9 999 999 planck', () => {
    const reward = 9_999_999n;
    const owner = permillMul(500_000n, reward);
    expect(owner).toBe(4_999_999n);
    expect(reward - owner).toBe(5_000_000n);
  });

  it('owner rewards claim (spec §9.8): 50 % of 1000 PHA', () => {
    expect(permillMul(permillFromPercent(50n), 1000n * PHA)).toBe(500n * PHA);
  });

  it('from_parts saturates, from_percent caps at 100', () => {
    expect(permillFromParts(1_000_001n)).toBe(PERMILL_ACCURACY);
    expect(permillFromParts(250_000n)).toBe(250_000n);
    expect(permillFromPercent(50n)).toBe(500_000n);
    expect(permillFromPercent(150n)).toBe(PERMILL_ACCURACY);
    expect(perbillFromParts(2_000_000_000n)).toBe(PERBILL_ACCURACY);
  });

  it('rejects invalid inputs', () => {
    expect(() => permillMul(1_000_001n, 1n)).toThrow(RangeError);
    expect(() => permillMul(1n, -1n)).toThrow(ArithmeticError);
    expect(() => permillMul(1n, U128_MAX + 1n)).toThrow(ArithmeticError);
    expect(() => permillFromParts(-1n)).toThrow(ArithmeticError);
  });

  it('matches two reference formulas (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: PERMILL_ACCURACY }),
        fc.bigInt({ min: 0n, max: U128_MAX }),
        (p, n) => {
          const got = permillMul(p, n);
          return (
            got === roundHalfDownReference(p, n, PERMILL_ACCURACY) &&
            got === prunedReference(p, n, PERMILL_ACCURACY) &&
            got <= n
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('splits never exceed the whole (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: PERMILL_ACCURACY }),
        fc.bigInt({ min: 0n, max: 10n ** 24n }),
        (p, n) => {
          const a = permillMul(p, n);
          const b = permillMul(PERMILL_ACCURACY - p, n);
          // Each side is within ½ of the exact share, so they sum to n or n − 1.
          return a + b === n || a + b === n - 1n;
        },
      ),
    );
  });
});

describe('Perbill', () => {
  it('rounds half down', () => {
    expect(perbillMul(500_000_000n, 1n)).toBe(0n);
    expect(perbillMul(500_000_000n, 3n)).toBe(1n);
    expect(perbillMul(1n, 600_000_000n)).toBe(1n);
  });

  it('matches the reference formulas (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: PERBILL_ACCURACY }),
        fc.bigInt({ min: 0n, max: U128_MAX }),
        (p, n) => {
          const got = perbillMul(p, n);
          return (
            got === roundHalfDownReference(p, n, PERBILL_ACCURACY) &&
            got === prunedReference(p, n, PERBILL_ACCURACY)
          );
        },
      ),
    );
  });
});
