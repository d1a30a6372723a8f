/**
 * The Gatekeeper's U64F64 kernel, in AssemblyScript (compiled to WebAssembly by `npm run build:kernel`,
 * chain/u64f64-kernel-build.ts, into src/pallets-mock/primitives/u64f64-kernel-binary.ts; loaded by
 * src/pallets-mock/primitives/u64f64-kernel.ts): `fmul`, `fadd` and `fsqrt` with native 64-bit
 * integers, bit for bit as src/primitives/fixed.ts computes them with `bigint`, and the two per-block
 * loops over the struct-of-arrays table of src/pallets-mock/offchain/gk-tokenomic-table.ts (its layout
 * is described there).
 *
 * A U64F64 value is 16 bytes, little endian: the low 64 bits at +0, the high 64 at +8. Every operation
 * answers `false` where fixed.ts would throw (a sum or a product of 2^128 or more) and `fsqrt` answers
 * only radicands below 2^104; the caller then runs the `bigint` operation, which throws the same error or
 * answers. The loops stop at a slot whose terms are stale (the caller recomputes them with `bigint` and
 * resumes) or whose arithmetic declined.
 */

const M32: u64 = 0xffffffff;
const TWO_64: f64 = 4294967296.0 * 4294967296.0;
/** Bit 0 of a slot's stale flags: its share term; bit 1: its idle terms (gk-tokenomic-table.ts). */
const STALE_SHARE: u8 = 1;
const STALE_IDLE: u8 = 2;

/** The result of the last operation (AssemblyScript functions return one value). */
let resLo: u64 = 0;
let resHi: u64 = 0;

/**
 * `fmul`: (a · b) >> 64, truncating, from the 32-bit limbs' 16 products summed by column. When both
 * integer parts are below 2^32 (the usual V, cost and multiplier values) the top limbs a3 and b3 are zero
 * and the seven products with one of them are not computed.
 */
function mul(aLo: u64, aHi: u64, bLo: u64, bHi: u64): bool {
  const wide = (aHi | bHi) >> 32 !== 0;
  const a0 = aLo & M32;
  const a1 = aLo >> 32;
  const a2 = aHi & M32;
  const a3 = aHi >> 32;
  const b0 = bLo & M32;
  const b1 = bLo >> 32;
  const b2 = bHi & M32;
  const b3 = bHi >> 32;
  const p00 = a0 * b0;
  const p01 = a0 * b1;
  const p10 = a1 * b0;
  const p02 = a0 * b2;
  const p11 = a1 * b1;
  const p20 = a2 * b0;
  const p12 = a1 * b2;
  const p21 = a2 * b1;
  const p22 = a2 * b2;
  const p03: u64 = wide ? a0 * b3 : 0;
  const p30: u64 = wide ? a3 * b0 : 0;
  const p13: u64 = wide ? a1 * b3 : 0;
  const p31: u64 = wide ? a3 * b1 : 0;
  const p23: u64 = wide ? a2 * b3 : 0;
  const p32: u64 = wide ? a3 * b2 : 0;
  const p33: u64 = wide ? a3 * b3 : 0;
  // Column k holds the low halves of the products of weight k and the high halves of weight k − 1 (at
  // most 8 values below 2^32 plus a carry: no column overflows 64 bits). Columns 0 and 1 are the
  // fraction `fmul` truncates (only their carry counts); 2–5 are the result; 6 and 7 must be zero.
  let c: u64 = (p00 >> 32) + (p01 & M32) + (p10 & M32);
  c = (c >> 32) + (p01 >> 32) + (p10 >> 32) + (p02 & M32) + (p11 & M32) + (p20 & M32);
  const r0 = c & M32;
  c =
    (c >> 32) +
    (p02 >> 32) +
    (p11 >> 32) +
    (p20 >> 32) +
    (p03 & M32) +
    (p12 & M32) +
    (p21 & M32) +
    (p30 & M32);
  const r1 = c & M32;
  c =
    (c >> 32) +
    (p03 >> 32) +
    (p12 >> 32) +
    (p21 >> 32) +
    (p30 >> 32) +
    (p13 & M32) +
    (p22 & M32) +
    (p31 & M32);
  const r2 = c & M32;
  c = (c >> 32) + (p13 >> 32) + (p22 >> 32) + (p31 >> 32) + (p23 & M32) + (p32 & M32);
  const r3 = c & M32;
  c = (c >> 32) + (p23 >> 32) + (p32 >> 32) + (p33 & M32);
  if (c !== 0 || p33 >> 32 !== 0) return false;
  resLo = r0 | (r1 << 32);
  resHi = r2 | (r3 << 32);
  return true;
}

/** `fadd`: a + b. */
function add(aLo: u64, aHi: u64, bLo: u64, bHi: u64): bool {
  const lo = aLo + bLo;
  const carry: u64 = lo < aLo ? 1 : 0;
  const high = aHi + bHi;
  const hi = high + carry;
  if (high < aHi || hi < high) return false;
  resLo = lo;
  resHi = hi;
  return true;
}

/**
 * `fsqrt` (fixed-sqrt on U64F64): isqrt(x) << 32, for x below 2^104. The double's square root proposes
 * the root r (within 2 of it there) and the exact remainder settles it: r = ⌊√x⌋ ⇔ 0 ≤ x − r² ≤ 2r.
 */
function fsqrt(xLo: u64, xHi: u64): bool {
  if (xHi >= (<u64>1) << 40) return false;
  let r = <u64>Math.floor(Math.sqrt(<f64>xHi * TWO_64 + <f64>xLo));
  while (true) {
    // r² exactly (r < 2^53): r = h·2^32 + l, r² = h²·2^64 + hl·2^33 + l².
    const h = r >> 32;
    const l = r & M32;
    const hl = h * l;
    const ll = l * l;
    const sqLo = ll + (hl << 33);
    const carry: u64 = sqLo < ll ? 1 : 0;
    const sqHi = h * h + (hl >> 31) + carry;
    if (sqHi > xHi || (sqHi === xHi && sqLo > xLo)) {
      r--;
      continue;
    }
    const borrow: u64 = xLo < sqLo ? 1 : 0;
    if (xHi - sqHi - borrow !== 0 || xLo - sqLo > r << 1) {
      r++;
      continue;
    }
    resLo = r << 32;
    resHi = r >> 32;
    return true;
  }
}

function storeResult(out: usize): void {
  store<u64>(out, resLo);
  store<u64>(out, resHi, 8);
}

/** `fmul` of the values at a and b into out; false where fixed.ts throws. */
export function mulAt(a: usize, b: usize, out: usize): bool {
  if (!mul(load<u64>(a), load<u64>(a, 8), load<u64>(b), load<u64>(b, 8))) return false;
  storeResult(out);
  return true;
}

/** `fadd` of the values at a and b into out; false where fixed.ts throws. */
export function addAt(a: usize, b: usize, out: usize): bool {
  if (!add(load<u64>(a), load<u64>(a, 8), load<u64>(b), load<u64>(b, 8))) return false;
  storeResult(out);
  return true;
}

/** `fsqrt` of the value at x into out; false for radicands of 2^104 or more. */
export function sqrtAt(x: usize, out: usize): bool {
  if (!fsqrt(load<u64>(x), load<u64>(x, 8))) return false;
  storeResult(out);
  return true;
}

/**
 * Adds share = √(v² + term) of every counted slot in [start, n) to the sum at `sum`, in slot order.
 * Returns −1 when done; the slot (≥ 0) whose share term is stale, the sum holding the slots before it;
 * −2 − slot where the arithmetic declined (the sum is then unspecified).
 */
export function sumShare(
  start: i32,
  n: i32,
  v: usize,
  term: usize,
  counted: usize,
  stale: usize,
  sum: usize,
): i32 {
  let sLo = load<u64>(sum);
  let sHi = load<u64>(sum, 8);
  for (let slot = start; slot < n; slot++) {
    if (load<u8>(counted + slot) !== 1) continue;
    if ((load<u8>(stale + slot) & STALE_SHARE) !== 0) {
      store<u64>(sum, sLo);
      store<u64>(sum, sHi, 8);
      return slot;
    }
    const o = (<usize>slot) << 4;
    const vLo = load<u64>(v + o);
    const vHi = load<u64>(v + o, 8);
    if (
      !mul(vLo, vHi, vLo, vHi) ||
      !add(resLo, resHi, load<u64>(term + o), load<u64>(term + o, 8)) ||
      !fsqrt(resLo, resHi) ||
      !add(sLo, sHi, resLo, resHi)
    )
      return -2 - slot;
    sLo = resLo;
    sHi = resHi;
  }
  store<u64>(sum, sLo);
  store<u64>(sum, sHi, 8);
  return -1;
}

/**
 * `update_v_idle` of one slot: Δv = multiplier·((ρ − 1)·v + cost_idle); v = min(v + Δv, Vmax);
 * v_deductible += Δv. ρ − 1 is at `params`, Vmax at `params + 16`. False, nothing written, where the
 * arithmetic declined.
 */
export function updateVIdle(
  slot: i32,
  v: usize,
  vDeductible: usize,
  costIdle: usize,
  multiplier: usize,
  params: usize,
): bool {
  const o = (<usize>slot) << 4;
  const vLo = load<u64>(v + o);
  const vHi = load<u64>(v + o, 8);
  if (
    !mul(load<u64>(params), load<u64>(params, 8), vLo, vHi) ||
    !add(resLo, resHi, load<u64>(costIdle + o), load<u64>(costIdle + o, 8)) ||
    !mul(load<u64>(multiplier + o), load<u64>(multiplier + o, 8), resLo, resHi)
  )
    return false;
  const dLo = resLo;
  const dHi = resHi;
  if (!add(vLo, vHi, dLo, dHi)) return false;
  const nLo = resLo;
  const nHi = resHi;
  if (!add(load<u64>(vDeductible + o), load<u64>(vDeductible + o, 8), dLo, dHi)) return false;
  store<u64>(vDeductible + o, resLo);
  store<u64>(vDeductible + o, resHi, 8);
  const maxLo = load<u64>(params, 16);
  const maxHi = load<u64>(params, 24);
  const below = nHi < maxHi || (nHi === maxHi && nLo < maxLo);
  store<u64>(v + o, below ? nLo : maxLo);
  store<u64>(v + o, below ? nHi : maxHi, 8);
  return true;
}

/**
 * The idle V update of every quiet slot in [start, n): counted and not busy. Returns −1 when done, else
 * the slot (not updated) whose idle terms are stale or whose arithmetic declined.
 */
export function updateQuietIdle(
  start: i32,
  n: i32,
  v: usize,
  vDeductible: usize,
  costIdle: usize,
  multiplier: usize,
  counted: usize,
  busy: usize,
  stale: usize,
  params: usize,
): i32 {
  for (let slot = start; slot < n; slot++) {
    if (load<u8>(counted + slot) !== 1 || load<u8>(busy + slot) !== 0) continue;
    if ((load<u8>(stale + slot) & STALE_IDLE) !== 0) return slot;
    if (!updateVIdle(slot, v, vDeductible, costIdle, multiplier, params)) return slot;
  }
  return -1;
}
