/**
 * The stake bounds the operator pages show for a worker, from the chain's `TokenomicParameters`
 * (U64F64 bits): the pallet's own formulas (src/primitives/stake-bounds.ts) with the page's number-typed
 * score and confidence level, plus the bits → display number conversion.
 */

import {
  initialV,
  maximalStake,
  minimalStake,
  type StakeBoundParams,
} from '../../primitives/stake-bounds.js';

export type StakeParams = StakeBoundParams;

/** `minimal_stake(P)` in planck. */
export const minStake = (params: StakeParams, p: number): bigint => minimalStake(params, BigInt(p));

/** `Ve` (U64F64 bits) of computing with `stake` at score `p` and confidence level `level`. */
export const initialVe = (params: StakeParams, stake: bigint, p: number, level: number): bigint =>
  initialV(params, stake, BigInt(p), BigInt(level));

/** The largest stake (planck) with `Ve ≤ Vmax`; 0 when even no stake fits. */
export const maxStake = (params: StakeParams, p: number, level: number): bigint =>
  maximalStake(params, BigInt(p), BigInt(level));
