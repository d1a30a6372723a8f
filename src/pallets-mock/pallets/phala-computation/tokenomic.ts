/**
 * The chain side of Phala's tokenomic (compute/computation.rs `Tokenomic`, `GenesisConfig::default`),
 * exact U64F64 bits: the default parameters exactly as Rust's GenesisConfig builds them (fp! literals,
 * then integer `*` / `/` on the bits) and the operating cost. The stake bounds (k·√P, the initial V,
 * the rig cost) live in src/primitives/stake-bounds.ts; the Gatekeeper's half (V growth, payout, share)
 * in src/pallets-mock/offchain/gk-tokenomic.ts.
 */
import { fadd, fdiv, fdivInt, fmul, fmulInt, fp, fromInt } from '../../../primitives/fixed.js';
import type { TokenomicParametersValue } from '../phala-mq/types.js';

const BLOCK_SEC = 12n;
const HOUR_SEC = 3600n;
const DAY_SEC = 24n * HOUR_SEC;
const YEAR_SEC = 365n * DAY_SEC;

/** `GenesisConfig::default()` tokenomic parameters (spec §6.3 "Code default" column). */
export function defaultTokenomicParameters(): TokenomicParametersValue {
  const phaRate = fp('1');
  return {
    phaRate,
    rho: fp('1.000000666600231'),
    budgetPerBlock: fdivInt(fmulInt(fp('720000'), BLOCK_SEC), DAY_SEC),
    vMax: fp('30000'),
    costK: fdiv(fdivInt(fmulInt(fp('0.0415625'), BLOCK_SEC), YEAR_SEC), phaRate),
    costB: fdiv(fdivInt(fmulInt(fp('88.59375'), BLOCK_SEC), YEAR_SEC), phaRate),
    slashRate: fdivInt(fmulInt(fp('0.001'), BLOCK_SEC), HOUR_SEC),
    treasuryRatio: fp('0.2'),
    heartbeatWindow: 10n,
    rigK: fdiv(fp('0.3'), phaRate),
    rigB: fdiv(fp('0'), phaRate),
    re: fp('1.3'),
    k: fp('100'),
    kappa: fp('1'),
  };
}

/** Default cool-down period (s): 7 days. */
export const DEFAULT_COOL_DOWN_PERIOD = 604_800n;

/** `op_cost(p) = cost_k · p + cost_b` (per block). */
export function opCost(params: TokenomicParametersValue, p: bigint): bigint {
  return fadd(fmul(params.costK, fromInt(p)), params.costB);
}
