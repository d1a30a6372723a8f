/**
 * U64F64 arithmetic on 16-bit limbs, without a `bigint` per operation: the Gatekeeper's per-worker,
 * per-block V/P update runs over struct-of-arrays state (gk-tokenomic-table.ts) with these, and gets
 * exactly the bits `fixed.ts` gives.
 *
 * A value is 8 little-endian 16-bit limbs (`LIMBS`) at an offset of a `Uint16Array`: bits = Σ limb[i]·2^(16i),
 * the same raw U64F64 bits `fixed.ts` holds in a `bigint`. Every intermediate is an integer below 2^32
 * (a limb product plus a limb plus a carry is at most 2^32 − 1), so no value is ever rounded.
 *
 * The operations return `false` instead of a result when `fixed.ts` would throw (a sum or a product
 * beyond u128): the caller then runs the `bigint` operation, which throws the same `ArithmeticError`.
 * `fsqrtLimbs` answers only radicands below 2^104 (roots below 2^52, the Gatekeeper's range by far) and
 * returns `false` beyond, for the `bigint` `fsqrt` to answer.
 */

/** 16-bit limbs per U64F64 value. */
export const LIMBS = 8;

/** Writes `bits` (0 ≤ bits < 2^128) as limbs at `a[o..o+8)`. */
export function toLimbs(bits: bigint, a: Uint16Array, o: number): void {
  let x = bits;
  for (let i = 0; i < LIMBS; i++) {
    a[o + i] = Number(x & 0xffffn);
    x >>= 16n;
  }
}

/** The `bigint` bits of the limbs at `a[o..o+8)`. */
export function fromLimbs(a: Uint16Array, o: number): bigint {
  // Two 64-bit halves from 32-bit words: four small bigint steps instead of eight.
  const w = (i: number) => BigInt(((a[o + i + 1] as number) << 16) | (a[o + i] as number)) & 0xffffffffn;
  const lo = (w(2) << 32n) | w(0);
  const hi = (w(6) << 32n) | w(4);
  return (hi << 64n) | lo;
}

/** Copies the limbs at `a[ao..)` to `out[oo..)`. */
export function copyLimbs(a: Uint16Array, ao: number, out: Uint16Array, oo: number): void {
  for (let i = 0; i < LIMBS; i++) out[oo + i] = a[ao + i] as number;
}

/** −1, 0, 1 as `a[ao..)` is below, equal to, above `b[bo..)`. */
export function cmpLimbs(a: Uint16Array, ao: number, b: Uint16Array, bo: number): number {
  for (let i = LIMBS - 1; i >= 0; i--) {
    const x = a[ao + i] as number;
    const y = b[bo + i] as number;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Index of the highest non-zero limb + 1 (0 for zero). */
function used(a: Uint16Array, o: number): number {
  let n = LIMBS;
  while (n > 0 && a[o + n - 1] === 0) n--;
  return n;
}

/**
 * U64F64 `+` (`fadd`): `out = a + b`; `false` (out unspecified) when the sum exceeds u128.
 * `out` may be `a` or `b`.
 */
export function addLimbs(
  a: Uint16Array,
  ao: number,
  b: Uint16Array,
  bo: number,
  out: Uint16Array,
  oo: number,
): boolean {
  let carry = 0;
  for (let i = 0; i < LIMBS; i++) {
    const t = (a[ao + i] as number) + (b[bo + i] as number) + carry;
    out[oo + i] = t & 0xffff;
    carry = t >>> 16;
  }
  return carry === 0;
}

/** The 16-limb product buffer of `mulLimbs` (one, reused: JavaScript runs one call at a time). */
const product = new Uint16Array(2 * LIMBS);

/**
 * U64F64 `*` (`fmul`): `out = (a · b) >> 64`, truncating; `false` (out unspecified) when that exceeds
 * u128. `out` may be `a` or `b`.
 */
export function mulLimbs(
  a: Uint16Array,
  ao: number,
  b: Uint16Array,
  bo: number,
  out: Uint16Array,
  oo: number,
): boolean {
  const p = product;
  p.fill(0);
  const na = used(a, ao);
  const nb = used(b, bo);
  for (let i = 0; i < na; i++) {
    const x = a[ao + i] as number;
    if (x === 0) continue;
    let carry = 0;
    for (let j = 0; j < nb; j++) {
      // ≤ (2^16 − 1)² + (2^16 − 1) + (2^16 − 1) = 2^32 − 1
      const t = (Math.imul(x, b[bo + j] as number) >>> 0) + (p[i + j] as number) + carry;
      p[i + j] = t & 0xffff;
      carry = t >>> 16;
    }
    p[i + nb] = carry;
  }
  // Bits 192..255 must be zero for the shifted product to fit u128.
  for (let i = 12; i < 16; i++) if (p[i] !== 0) return false;
  for (let i = 0; i < LIMBS; i++) out[oo + i] = p[i + 4] as number;
  return true;
}

const square = new Uint16Array(LIMBS);
const root = new Uint16Array(4);

/** Writes r (an integer below 2^64 held exactly, i.e. below 2^53) as 4 limbs into `to[o..o+4)`. */
function splitRoot(r: number, to: Uint16Array, o: number): void {
  let x = r;
  for (let i = 0; i < 4; i++) {
    const d = x % 65536;
    to[o + i] = d;
    x = (x - d) / 65536;
  }
}

/** Writes r² (r < 2^52, an integer) as limbs into `square`. */
function squareOf(r: number): void {
  const d = root;
  splitRoot(r, d, 0);
  square.fill(0);
  for (let i = 0; i < 4; i++) {
    const x = d[i] as number;
    if (x === 0) continue;
    let carry = 0;
    for (let j = 0; j < 4; j++) {
      const t = (Math.imul(x, d[j] as number) >>> 0) + (square[i + j] as number) + carry;
      square[i + j] = t & 0xffff;
      carry = t >>> 16;
    }
    square[i + 4] = carry;
  }
}

/** Whether r² ≤ x (x the limbs at `x[xo..)`). */
function squareAtMost(r: number, x: Uint16Array, xo: number): boolean {
  squareOf(r);
  return cmpLimbs(square, 0, x, xo) <= 0;
}

/**
 * `fsqrt` (`fixed-sqrt` on U64F64): `out = isqrt(x) << 32`, for x < 2^104; `false` beyond (the
 * `bigint` `fsqrt` answers those). The double's square root only proposes the root: it is within 2 of
 * floor(√x) there (root < 2^52, relative error < 2^-51), and the exact limb comparisons r² ≤ x < (r+1)²
 * settle it. `out` may be `x`.
 */
export function fsqrtLimbs(x: Uint16Array, xo: number, out: Uint16Array, oo: number): boolean {
  if (x[xo + 7] !== 0 || (x[xo + 6] as number) >= 0x100) return false;
  let estimate = 0;
  for (let i = 6; i >= 0; i--) estimate = estimate * 65536 + (x[xo + i] as number);
  let r = Math.floor(Math.sqrt(estimate));
  while (r > 0 && !squareAtMost(r, x, xo)) r--;
  while (squareAtMost(r + 1, x, xo)) r++;
  out[oo] = 0;
  out[oo + 1] = 0;
  splitRoot(r, out, oo + 2);
  out[oo + 6] = 0;
  out[oo + 7] = 0;
  return true;
}
