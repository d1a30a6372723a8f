/**
 * Exact integer square root `floor(√n)` of a non-negative `bigint` (Newton's method from a float
 * estimate).
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
  // Newton iterations from any start ≥ √n decrease monotonically to floor(√n). The start is the
  // double's square root (relative error < 2^-52) nudged up by 2^-40, so two or three iterations
  // remain (the Gatekeeper takes a share's root per worker per block); beyond a double's range, a
  // power of two ≥ √n.
  const f = Math.sqrt(Number(n));
  let x = Number.isFinite(f)
    ? BigInt(Math.ceil(f * (1 + 2 ** -40))) + 1n
    : 1n << BigInt((bitLength(n) + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) {
      return x;
    }
    x = y;
  }
}
