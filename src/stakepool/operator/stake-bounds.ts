/**
 * The stake a worker may compute with, as `PhalaComputation.start_computing` checks it (phala-pallets §6.4),
 * recomputed in the dApp from the chain's `TokenomicParameters` (U64F64 bits) because feature code never
 * imports the simulator: minimum `k·√P` (`from_fixed(k · sqrt(P))`, sqrt with 32 fractional bits as
 * fixed-sqrt does) and maximum the largest stake whose
 * `Ve = ((Rᵉ − 1)·conf + 1)·(S + rig_k·P + rig_b)` stays within `Vmax`. Exact integer arithmetic.
 */

const FRAC = 64n;
const PHA = 1_000_000_000_000n;
const ONE = 1n << FRAC;

export interface StakeParams {
  /** U64F64 bits. */
  k: bigint;
  re: bigint;
  rigK: bigint;
  rigB: bigint;
  vMax: bigint;
}

const fmul = (a: bigint, b: bigint): bigint => (a * b) >> FRAC;
const toFixed = (balance: bigint): bigint => ((balance << 48n) / PHA) << 16n;
const fromFixed = (bits: bigint): bigint => ((bits >> 16n) * PHA) >> 48n;

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = n;
  let y = (x + 1n) >> 1n;
  while (y < x) {
    x = y;
    y = (x + n / x) >> 1n;
  }
  return x;
}

/** Confidence level → score (U64F64): 4 → 0.8, 5 → 0.7, anything else → 1 (pallet side). */
export function confidenceScore(level: number): bigint {
  if (level === 4) return (ONE * 8n) / 10n;
  if (level === 5) return (ONE * 7n) / 10n;
  return ONE;
}

/** `minimal_stake(P)` in planck. */
export function minStake(params: StakeParams, p: number): bigint {
  const sqrtP = isqrt(BigInt(p) << FRAC) << 32n;
  return fromFixed(fmul(params.k, sqrtP));
}

/** `Ve` (U64F64 bits) of computing with `stake` at score `p` and confidence level `level`. */
export function initialVe(params: StakeParams, stake: bigint, p: number, level: number): bigint {
  const tweak = fmul(params.re - ONE, confidenceScore(level)) + ONE;
  const rig = fmul(params.rigK, BigInt(p) << FRAC) + params.rigB;
  return fmul(tweak, toFixed(stake) + rig);
}

/** The largest stake (planck) with `Ve ≤ Vmax`; 0 when even no stake fits. */
export function maxStake(params: StakeParams, p: number, level: number): bigint {
  let lo = 0n;
  let hi = fromFixed(params.vMax) + PHA;
  if (initialVe(params, 0n, p, level) > params.vMax) return 0n;
  while (lo < hi) {
    const mid = (lo + hi + 1n) >> 1n;
    if (initialVe(params, mid, p, level) <= params.vMax) lo = mid;
    else hi = mid - 1n;
  }
  return lo;
}

/** U64F64 bits → a display number. */
export const bitsToNumber = (bits: bigint): number => Number(bits >> 32n) / 2 ** 32;
