/**
 * The stake a worker may compute with, as `PhalaComputation.start_computing` checks it
 * (compute/computation.rs `Tokenomic`, phala-pallets §6.4), in exact U64F64 bits: the confidence score,
 * the minimum `minimal_stake(p) = from_fixed(k · sqrt(p))`, the rig cost `rig_k · p + rig_b`, the initial
 * `Ve = ((re − 1)·conf_score + 1)·(S + rig_cost(p))`, and the largest stake whose `Ve` stays within `Vmax`.
 * The one copy the pallet (which enforces the bounds) and the operator pages (which show them) share.
 */

import { fadd, fmul, fp, fromFixed, fromInt, fsqrt, fsub, ONE, PHA, toFixed } from './fixed.js';

/** The tokenomic parameters the bounds depend on (U64F64 bits); `TokenomicParameters` has them all. */
export interface StakeBoundParams {
  k: bigint;
  re: bigint;
  rigK: bigint;
  rigB: bigint;
  vMax: bigint;
}

/** `Tokenomic::confidence_score`: CL 1, 2, 3 → 1; 4 → 0.8; 5 → 0.7; anything else → 1. */
export function confidenceScore(level: bigint): bigint {
  if (level === 4n) return fp('0.8');
  if (level === 5n) return fp('0.7');
  return ONE;
}

/** `minimal_stake(p) = from_fixed(k · sqrt(p))`. */
export function minimalStake(params: StakeBoundParams, p: bigint): bigint {
  return fromFixed(fmul(params.k, fsqrt(fromInt(p))));
}

/** `rig_cost(p) = rig_k · p + rig_b`. */
export function rigCost(params: StakeBoundParams, p: bigint): bigint {
  return fadd(fmul(params.rigK, fromInt(p)), params.rigB);
}

/** `ve(stake, p, confidence_level)` in U64F64 bits. */
export function initialV(
  params: StakeBoundParams,
  stake: bigint,
  p: bigint,
  confidenceLevel: bigint,
): bigint {
  const tweakedRe = fadd(fmul(fsub(params.re, ONE), confidenceScore(confidenceLevel)), ONE);
  return fmul(tweakedRe, fadd(toFixed(stake), rigCost(params, p)));
}

/** The largest stake (planck) with `Ve ≤ Vmax`; 0 when even no stake fits. */
export function maximalStake(params: StakeBoundParams, p: bigint, confidenceLevel: bigint): bigint {
  if (initialV(params, 0n, p, confidenceLevel) > params.vMax) return 0n;
  let lo = 0n;
  let hi = fromFixed(params.vMax) + PHA;
  while (lo < hi) {
    const mid = (lo + hi + 1n) >> 1n;
    if (initialV(params, mid, p, confidenceLevel) <= params.vMax) lo = mid;
    else hi = mid - 1n;
  }
  return lo;
}
