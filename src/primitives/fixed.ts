/**
 * U64F64 fixed point as raw `bigint` bits (value = bits / 2^64), reproduced bit for bit.
 *
 * Models the `fixed` crate 1.16 type `U64F64` (`FixedPoint` in the Phala pallets and the Gatekeeper),
 * the balance conversions of `pallets/phala/src/utils/balance_convert.rs` (`to_fixed` / `from_fixed`
 * through `U80F48`, i.e. only 48 fractional bits survive; `mul` / `div` = `bmul` / `bdiv`), the share
 * price of `compute/base_pool.rs` (`share_price`) and the value of shares at it (`shareValue`),
 * `fixed-sqrt` 0.2.5 on U64F64, and the `fixed_macro` literal `fp!(x)` (round to nearest, ties to even).
 * See spec/phala-pallets.md §1.1 and §1.3.
 *
 * All operations truncate exactly like the Rust code. Where Rust panics (division by zero,
 * `unwrapped_*` overflow) or would silently wrap in a release build (plain `*` / `/` overflow), the
 * simulator throws an `ArithmeticError` ('Overflow' | 'Underflow' | 'DivisionByZero').
 */

import { ArithmeticError, assertUint, checkedAdd, checkedDiv, checkedMul, checkedSub } from './arithmetic.js';
import { isqrt } from './isqrt.js';

/** Planck per PHA (12 decimals; `PHA` in `balance_convert.rs`, `DOLLARS` in the runtime). */
export const PHA = 1_000_000_000_000n;
/** Number of fractional bits of U64F64. */
export const FRAC_BITS = 64n;
/** 1.0 in U64F64 bits. */
export const ONE: bigint = 1n << FRAC_BITS;

const FRAC_MASK = ONE - 1n;
/** U80F48 holds integers below 2^80. */
const U80_LIMIT = 1n << 80n;

/** Throws `Overflow` if `bits` does not fit a U64F64 (u128); returns it otherwise. */
function u128(bits: bigint, what: string): bigint {
  return assertUint(bits, 128, what);
}

/**
 * Balance (planck) → U64F64: `U80F48::from_num(x).div_int(1e12)` widened to U64F64,
 * i.e. `((x << 48) / PHA) << 16`. Throws `Overflow` if `x ≥ 2^80` (`unwrapped_from_num`).
 */
export function toFixed(balance: bigint): bigint {
  assertUint(balance, 128, 'balance');
  if (balance >= U80_LIMIT) {
    throw new ArithmeticError('Overflow', `balance ${balance} does not fit U80F48`);
  }
  return ((balance << 48n) / PHA) << 16n;
}

/**
 * U64F64 → balance (planck): narrow to U80F48 (truncate to 48 fractional bits), `mul_int(1e12)`,
 * `to_num` (truncate): `((b >> 16) * PHA) >> 48`. Throws `Overflow` when the U80F48 product
 * exceeds u128 (`unwrapped_mul_int`).
 */
export function fromFixed(bits: bigint): bigint {
  u128(bits, 'fixed');
  const product = (bits >> 16n) * PHA;
  u128(product, 'U80F48 product');
  return product >> 48n;
}

/** `U64F64::from_num(n)` for an unsigned integer: `n << 64`. Throws `Overflow` if `n ≥ 2^64`. */
export function fromInt(n: bigint): bigint {
  assertUint(n, 64, 'integer');
  return n << FRAC_BITS;
}

/** `to_num::<u128>()` of a U64F64: the integer part (truncated). */
export function toInt(bits: bigint): bigint {
  return u128(bits, 'fixed') >> FRAC_BITS;
}

/** U64F64 `+` (checked). */
export function fadd(a: bigint, b: bigint): bigint {
  return checkedAdd(a, b, 128);
}

/** U64F64 `−` (checked; a negative result throws `Underflow`). */
export function fsub(a: bigint, b: bigint): bigint {
  return checkedSub(a, b, 128);
}

/** U64F64 `*`: `(a · b) >> 64` (truncating). Throws `Overflow` if the result exceeds u128. */
export function fmul(a: bigint, b: bigint): bigint {
  u128(a, 'lhs');
  u128(b, 'rhs');
  return u128((a * b) >> FRAC_BITS, 'product');
}

/**
 * U64F64 `/`: `(a << 64) / b` (truncating). Throws `DivisionByZero` if `b = 0` and `Overflow` if
 * the quotient exceeds u128.
 */
export function fdiv(a: bigint, b: bigint): bigint {
  u128(a, 'lhs');
  u128(b, 'rhs');
  if (b === 0n) {
    throw new ArithmeticError('DivisionByZero', 'U64F64 division by zero');
  }
  return u128((a << FRAC_BITS) / b, 'quotient');
}

/** U64F64 `* int` (`Mul<u128>`: multiplies the bits by an integer). */
export function fmulInt(bits: bigint, n: bigint): bigint {
  return checkedMul(bits, n, 128);
}

/** U64F64 `/ int` (`Div<u128>`: floor-divides the bits by an integer). */
export function fdivInt(bits: bigint, n: bigint): bigint {
  return checkedDiv(bits, n, 128);
}

/** `bmul(x, price) = from_fixed(to_fixed(x) · price)` (`balance_convert::mul`). */
export function bmul(balance: bigint, priceBits: bigint): bigint {
  return fromFixed(fmul(toFixed(balance), priceBits));
}

/** `bdiv(x, price) = from_fixed(to_fixed(x) / price)` (`balance_convert::div`). */
export function bdiv(balance: bigint, priceBits: bigint): bigint {
  return fromFixed(fdiv(toFixed(balance), priceBits));
}

/** `fixed-sqrt` on U64F64: `isqrt(bits) << 32` (only 32 fractional bits of precision). */
export function fsqrt(bits: bigint): bigint {
  return isqrt(u128(bits, 'fixed')) << 32n;
}

/**
 * `BasePool::share_price()`: `to_fixed(total_value) / to_fixed(total_shares)`, or `null` when
 * `total_shares = 0` (1 planck already converts to a non-zero fixed value, 281·2^-48).
 */
export function sharePrice(totalValue: bigint, totalShares: bigint): bigint | null {
  if (totalShares === 0n) {
    return null;
  }
  return fdiv(toFixed(totalValue), toFixed(totalShares));
}

/**
 * A U64F64 share price as planck per 1e12 share units (what the history records and charts show:
 * "1000000000000" is 1.0): `floor(bits × 1e12 / 2^64)`.
 */
export function sharePricePlanck(priceBits: bigint): bigint {
  return (priceBits * PHA) >> FRAC_BITS;
}

/**
 * What `shares` are worth at a pool's share price, as the chain pays them (`remove_stake_from_nft`) and
 * counts them (`get_net_value`): `bmul(shares, price)`; 1:1 without a price (`null`: a pool with no shares,
 * where `contribute` mints one share per planck). The one valuation of a holding for every layer.
 */
export function shareValue(shares: bigint, priceBits: bigint | null): bigint {
  return priceBits === null ? shares : bmul(shares, priceBits);
}

/**
 * `x^n` by square-and-multiply, exactly as the `pow` helper of `computation.rs::test_tokenomic`
 * (`z *= x` on set bits, then `x *= x`, every step truncating). Note: the result differs in the
 * last bits from `n` repeated multiplications.
 */
export function fpow(x: bigint, n: bigint): bigint {
  assertUint(n, 32, 'exponent');
  let i = n;
  let square = x;
  let z = ONE;
  while (i > 0n) {
    if ((i & 1n) === 1n) {
      z = fmul(z, square);
    }
    square = fmul(square, square);
    i >>= 1n;
  }
  return z;
}

const LITERAL = /^(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Rounds `num / den` (both ≥ 0, `den > 0`) to the nearest integer, ties to even. */
function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twiceRem = 2n * (num - q * den);
  if (twiceRem > den || (twiceRem === den && (q & 1n) === 1n)) {
    return q + 1n;
  }
  return q;
}

/**
 * `fp!(literal)` (`fixed_macro::types::U64F64`): the decimal literal times 2^64, rounded to the
 * nearest with ties to even, computed exactly from the string. Accepts digits with optional
 * fraction, `_` separators and a decimal exponent (`1.5e-3`). Throws `Overflow` if ≥ 2^64.
 */
export function fp(literal: string): bigint {
  return u128(literalToBits(literal), 'literal');
}

/** `fp` without the range check. */
function literalToBits(literal: string): bigint {
  const cleaned = literal.trim().replaceAll('_', '');
  const m = LITERAL.exec(cleaned);
  const intDigits = m?.[1] ?? '';
  const fracDigits = m?.[2] ?? '';
  if (m === null || intDigits.length + fracDigits.length === 0) {
    throw new SyntaxError(`invalid U64F64 literal: ${JSON.stringify(literal)}`);
  }
  let num = BigInt(`${intDigits}${fracDigits}` || '0');
  let den = 10n ** BigInt(fracDigits.length);
  const exp = BigInt(m[3] ?? '0');
  if (exp >= 0n) {
    num *= 10n ** exp;
  } else {
    den *= 10n ** -exp;
  }
  return roundHalfEven(num << FRAC_BITS, den);
}

/** Joins an integer part and `digits` fractional decimal digits. */
function joinDecimal(intPart: bigint, frac: bigint, digits: number): string {
  if (digits === 0) {
    return intPart.toString();
  }
  return `${intPart}.${frac.toString().padStart(digits, '0')}`;
}

/** Strips trailing fractional zeros (and a dangling point). */
function trimDecimal(s: string): string {
  if (!s.includes('.')) {
    return s;
  }
  return s.replace(/0+$/, '').replace(/\.$/, '');
}

/**
 * Decimal rendering of U64F64 bits, for display and tests (never fed back into the model).
 * - With `digits`: the value truncated (toward zero) to exactly `digits` fractional digits.
 * - Without: the shortest decimal that `fp()` parses back to the same bits (the spelling used by
 *   the Rust tests' `fp!(…)` literals, e.g. `1690.0000000000000000282`).
 */
export function fixedToDecimalString(bits: bigint, digits?: number): string {
  u128(bits, 'fixed');
  const intPart = bits >> FRAC_BITS;
  const fracBits = bits & FRAC_MASK;
  if (digits !== undefined) {
    if (!Number.isInteger(digits) || digits < 0) {
      throw new RangeError(`invalid digit count: ${digits}`);
    }
    const frac = (fracBits * 10n ** BigInt(digits)) >> FRAC_BITS;
    return joinDecimal(intPart, frac, digits);
  }
  if (fracBits === 0n) {
    return intPart.toString();
  }
  // 2^-64 has 64 fractional decimal digits, so 64 digits always represent the value exactly.
  for (let d = 1; d <= 64; d++) {
    const scale = 10n ** BigInt(d);
    const scaled = fracBits * scale;
    const lo = scaled >> FRAC_BITS;
    const hi = lo + 1n;
    // Try the nearer of the two d-digit neighbours first.
    const loDist = scaled - (lo << FRAC_BITS);
    const hiDist = (hi << FRAC_BITS) - scaled;
    const candidates = loDist <= hiDist ? [lo, hi] : [hi, lo];
    for (const c of candidates) {
      const s = c >= scale ? joinDecimal(intPart + 1n, c - scale, d) : joinDecimal(intPart, c, d);
      if (literalToBits(s) === bits) {
        return trimDecimal(s);
      }
    }
  }
  // Unreachable: the exact 64-digit expansion always round-trips.
  return trimDecimal(joinDecimal(intPart, (fracBits * 10n ** 64n) >> FRAC_BITS, 64));
}
