/**
 * Exact integer square root `floor(√n)` of a non-negative `bigint` (Newton's method).
 *
 * Models the integer square root behind `fixed-sqrt` 0.2.5 (`FixedSqrt for U64F64`, used by
 * `pallets/phala/src/compute/computation.rs` `minimal_stake`) and Python's `math.isqrt`, which the
 * reference arithmetic of spec §1.3 uses.
 */

/** Number of bits needed to represent `n` (`n > 0`). */
function bitLength(n: bigint): number {
  return n.toString(2).length;
}

/** `floor(√n)` for `n ≥ 0`; throws `RangeError` on a negative input. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) {
    throw new RangeError(`isqrt of a negative number: ${n}`);
  }
  if (n < 2n) {
    return n;
  }
  // Start from a power of two that is ≥ √n; Newton iterations then decrease monotonically
  // to floor(√n).
  let x = 1n << BigInt((bitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) {
      return x;
    }
    x = y;
  }
}
