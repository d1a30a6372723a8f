/**
 * Checked unsigned integer arithmetic on `bigint`, modelling Rust's `u32`/`u64`/`u128`/`U256`
 * `checked_*` / `saturating_*` operations and Substrate's `sp_runtime::ArithmeticError`
 * (`Overflow`, `Underflow`, `DivisionByZero`).
 *
 * Mirrors: `sp-arithmetic` (`ArithmeticError`), Rust core integer `checked_add` / `checked_sub` /
 * `checked_mul` / `checked_div` / `saturating_sub`, and the `unwrapped_*` / panicking operations of
 * the `fixed` crate used by `pallets/phala/src/utils/balance_convert.rs`. Where Rust would panic (or
 * wrap in a release build), the simulator throws a typed `ArithmeticError` instead.
 */

export type ArithmeticErrorKind = 'Overflow' | 'Underflow' | 'DivisionByZero';

/** Typed arithmetic failure, named after `sp_runtime::ArithmeticError`. */
export class ArithmeticError extends Error {
  readonly kind: ArithmeticErrorKind;

  constructor(kind: ArithmeticErrorKind, message?: string) {
    super(message === undefined ? `Arithmetic${kind}` : `Arithmetic${kind}: ${message}`);
    this.name = 'ArithmeticError';
    this.kind = kind;
  }
}

/** `uintMax` by width, computed once (every checked operation asks for one: no allocation per call). */
const MAX_BY_BITS: bigint[] = [];

/** Largest value of an unsigned integer of `bits` bits. */
export function uintMax(bits: number): bigint {
  const known = MAX_BY_BITS[bits];
  if (known !== undefined) return known;
  if (!Number.isInteger(bits) || bits <= 0) {
    throw new RangeError(`invalid integer width: ${bits}`);
  }
  const max = (1n << BigInt(bits)) - 1n;
  if (bits <= 1024) MAX_BY_BITS[bits] = max;
  return max;
}

export const U32_MAX: bigint = uintMax(32);
export const U64_MAX: bigint = uintMax(64);
export const U128_MAX: bigint = uintMax(128);
export const U256_MAX: bigint = uintMax(256);

/**
 * Returns `x` if it is a valid unsigned integer of `bits` bits; throws `Underflow` when negative and
 * `Overflow` when too large.
 */
export function assertUint(x: bigint, bits = 128, what = 'value'): bigint {
  if (x < 0n) {
    throw new ArithmeticError('Underflow', `${what} ${x} is negative`);
  }
  if (x > uintMax(bits)) {
    throw new ArithmeticError('Overflow', `${what} ${x} exceeds u${bits}`);
  }
  return x;
}

/** `a.checked_add(b)` on `u{bits}`; throws `Overflow` instead of returning `None`. */
export function checkedAdd(a: bigint, b: bigint, bits = 128): bigint {
  assertUint(a, bits, 'lhs');
  assertUint(b, bits, 'rhs');
  return assertUint(a + b, bits, 'sum');
}

/** `a.checked_sub(b)` on `u{bits}`; throws `Underflow` instead of returning `None`. */
export function checkedSub(a: bigint, b: bigint, bits = 128): bigint {
  assertUint(a, bits, 'lhs');
  assertUint(b, bits, 'rhs');
  return assertUint(a - b, bits, 'difference');
}

/** `a.checked_mul(b)` on `u{bits}`; throws `Overflow` instead of returning `None`. */
export function checkedMul(a: bigint, b: bigint, bits = 128): bigint {
  assertUint(a, bits, 'lhs');
  assertUint(b, bits, 'rhs');
  return assertUint(a * b, bits, 'product');
}

/** `a.checked_div(b)` on `u{bits}` (floor); throws `DivisionByZero` instead of returning `None`. */
export function checkedDiv(a: bigint, b: bigint, bits = 128): bigint {
  assertUint(a, bits, 'lhs');
  assertUint(b, bits, 'rhs');
  if (b === 0n) {
    throw new ArithmeticError('DivisionByZero');
  }
  return a / b;
}

/** `a.saturating_sub(b)` on unsigned integers: `max(a − b, 0)`. */
export function saturatingSub(a: bigint, b: bigint, bits = 128): bigint {
  assertUint(a, bits, 'lhs');
  assertUint(b, bits, 'rhs');
  return a > b ? a - b : 0n;
}

/** `a.saturating_add(b)` on `u{bits}`: `min(a + b, MAX)`. */
export function saturatingAdd(a: bigint, b: bigint, bits = 128): bigint {
  assertUint(a, bits, 'lhs');
  assertUint(b, bits, 'rhs');
  const max = uintMax(bits);
  const sum = a + b;
  return sum > max ? max : sum;
}
