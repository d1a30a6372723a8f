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
 * The limbs of a · b at `p[0..na+nb)` (schoolbook, a carry per limb product: each step is at most
 * (2^16 − 1)² + 2·(2^16 − 1) = 2^32 − 1), where na, nb are the operands' used limbs.
 */
function multiply(a: Uint16Array, ao: number, na: number, b: Uint16Array, bo: number, nb: number): void {
  const p = product;
  for (let j = 0; j < nb; j++) p[j] = 0;
  for (let i = 0; i < na; i++) {
    const x = a[ao + i] as number;
    let carry = 0;
    if (x !== 0)
      for (let j = 0; j < nb; j++) {
        const t = (Math.imul(x, b[bo + j] as number) >>> 0) + (p[i + j] as number) + carry;
        p[i + j] = t & 0xffff;
        carry = t >>> 16;
      }
    p[i + nb] = carry;
  }
}

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
  const na = used(a, ao);
  const nb = used(b, bo);
  const n = na + nb;
  // Bits 192..255 (limbs 12..15) must be zero for the shifted product to fit u128.
  if (n > 13) return false;
  if (na === 0 || nb === 0) {
    for (let i = 0; i < LIMBS; i++) out[oo + i] = 0;
    return true;
  }
  multiply(a, ao, na, b, bo, nb);
  const p = product;
  if (n === 13 && p[12] !== 0) return false;
  for (let i = 0; i < LIMBS; i++) out[oo + i] = i + 4 < n ? (p[i + 4] as number) : 0;
  return true;
}

const TWO_16 = 65536;
const INV_TWO_16 = 1 / TWO_16;
/** The 4 limbs of a root (below 2^52). */
const root = new Uint16Array(4);

/** Writes r (an integer below 2^53) as 4 limbs into `to[o..o+4)` (exact: scaling by 2^-16 only shifts). */
function splitRoot(r: number, to: Uint16Array, o: number): void {
  let x = r;
  for (let i = 0; i < 4; i++) {
    const hi = Math.floor(x * INV_TWO_16);
    to[o + i] = x - hi * TWO_16;
    x = hi;
  }
}

/**
 * x − r² as a number when 0 ≤ x − r² < 2^53 (x the limbs at `x[xo..)`, r < 2^52); −1 when r² > x;
 * `Infinity` when x − r² ≥ 2^53.
 */
function remainder(r: number, x: Uint16Array, xo: number): number {
  splitRoot(r, root, 0);
  multiply(root, 0, 4, root, 0, 4);
  const p = product;
  // d = x − r² over 8 limbs (r² < 2^104 has limbs 7 zero: p[7] is 0).
  let borrow = 0;
  let d = 0;
  let scale = 1;
  let high = false;
  for (let i = 0; i < LIMBS; i++) {
    let t = (x[xo + i] as number) - (p[i] as number) - borrow;
    borrow = t < 0 ? 1 : 0;
    if (borrow) t += TWO_16;
    if (i < 3) d += t * scale;
    else if (i === 3 && t < 32) d += t * scale;
    else if (t !== 0) high = true;
    scale *= TWO_16;
  }
  if (borrow) return -1;
  return high ? Number.POSITIVE_INFINITY : d;
}

/**
 * `fsqrt` (`fixed-sqrt` on U64F64): `out = isqrt(x) << 32`, for x < 2^104; `false` beyond (the
 * `bigint` `fsqrt` answers those). The double's square root only proposes the root r: it is within 2 of
 * floor(√x) there (root < 2^52, relative error < 2^-51), and the exact limb remainder settles it:
 * r = floor(√x) ⇔ 0 ≤ x − r² ≤ 2r. `out` may be `x`.
 */
export function fsqrtLimbs(x: Uint16Array, xo: number, out: Uint16Array, oo: number): boolean {
  if (x[xo + 7] !== 0 || (x[xo + 6] as number) >= 0x100) return false;
  let estimate = 0;
  for (let i = 6; i >= 0; i--) estimate = estimate * TWO_16 + (x[xo + i] as number);
  let r = Math.floor(Math.sqrt(estimate));
  for (;;) {
    const d = remainder(r, x, xo);
    if (d < 0) r--;
    else if (d > 2 * r) r++;
    else break;
  }
  out[oo] = 0;
  out[oo + 1] = 0;
  splitRoot(r, out, oo + 2);
  out[oo + 6] = 0;
  out[oo + 7] = 0;
  return true;
}
