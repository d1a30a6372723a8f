/**
 * The Gatekeeper's per-worker tokenomic (crates/phactory/src/system/gk.rs `mod tokenomic`), exact U64F64
 * bits with the same operation order and truncations:
 * - `update_v_idle`: Δv = (p/p_bench)·((ρ − 1)·v + cost_k·p_bench + cost_b); v = min(v + Δv, Vmax);
 *   v_deductible += Δv (also when capped);
 * - `update_v_heartbeat`: budget = share/Σshare · budget_per_block · blocks (left to right), payout =
 *   budget·(1 − treasury_ratio), treasury = budget·treasury_ratio, v −= min(v_deductible, payout);
 * - `update_v_recover`, `update_v_slash` (v −= v·slash_rate), `share` = √(v² + (2·p·conf)²) and
 *   `update_p_instant` (p = Δiterations / (Δms / 1000) · 6, capped at 1.2·p_bench).
 */

import { fadd, fdiv, fdivInt, fmul, fmulInt, fp, fromInt, fsqrt, fsub, ONE } from '../../primitives/fixed.js';
import type { TokenomicParametersValue } from '../pallets/phala-mq/types.js';

export interface GkParams {
  rho: bigint;
  slashRate: bigint;
  budgetPerBlock: bigint;
  vMax: bigint;
  costK: bigint;
  costB: bigint;
  treasuryRation: bigint;
  payoutRation: bigint;
  heartbeatWindow: bigint;
}

export interface TokenomicInfo {
  v: bigint;
  vInit: bigint;
  vDeductible: bigint;
  vUpdateAt: bigint;
  vUpdateBlock: bigint;
  iterationLast: bigint;
  challengeTimeLast: bigint;
  pBench: bigint;
  pInstant: bigint;
  confidenceLevel: bigint;
  contractRunning: boolean;
}

export const emptyTokenomicInfo = (): TokenomicInfo => ({
  v: 0n,
  vInit: 0n,
  vDeductible: 0n,
  vUpdateAt: 0n,
  vUpdateBlock: 0n,
  iterationLast: 0n,
  challengeTimeLast: 0n,
  pBench: 0n,
  pInstant: 0n,
  confidenceLevel: 0n,
  contractRunning: false,
});

/** `Params::from(TokenomicParameters)`. */
export function gkParams(p: TokenomicParametersValue): GkParams {
  return {
    rho: p.rho,
    slashRate: p.slashRate,
    budgetPerBlock: p.budgetPerBlock,
    vMax: p.vMax,
    costK: p.costK,
    costB: p.costB,
    treasuryRation: p.treasuryRatio,
    payoutRation: fsub(ONE, p.treasuryRatio),
    heartbeatWindow: p.heartbeatWindow,
  };
}

/** `tokenomic::test_params()`: what a Gatekeeper uses before the chain's parameters reach it. */
export function testParams(): GkParams {
  return {
    rho: fp('1.000000666600231'),
    slashRate: fp('0.0000033333333333333240063'),
    budgetPerBlock: fp('100'),
    vMax: fp('30000'),
    costK: fp('0.000000015815258751856933056'),
    costB: fp('0.000033711472602739674283'),
    treasuryRation: fp('0.2'),
    payoutRation: fp('0.8'),
    heartbeatWindow: 10n,
  };
}

/** gk.rs `conf_score`: 1, 2, 3, 128 → 1; 4 → 0.8; 5 → 0.7; else 0. */
export function gkConfScore(level: bigint): bigint {
  if (level === 1n || level === 2n || level === 3n || level === 128n) return ONE;
  if (level === 4n) return fp('0.8');
  if (level === 5n) return fp('0.7');
  return 0n;
}

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const square = (v: bigint): bigint => fmul(v, v);
const TWO = fp('2');
const P_CAP = fp('1.2');

export const effectiveP = (t: TokenomicInfo): bigint => (t.contractRunning ? t.pBench : t.pInstant);

export function share(t: TokenomicInfo): bigint {
  return fsqrt(fadd(square(t.v), square(fmul(fmul(TWO, effectiveP(t)), gkConfScore(t.confidenceLevel)))));
}

export function updateVIdle(t: TokenomicInfo, params: GkParams): void {
  const costIdle = fadd(fmul(params.costK, t.pBench), params.costB);
  const multiplier = t.pBench === 0n ? ONE : fdiv(effectiveP(t), t.pBench);
  const deltaV = fmul(multiplier, fadd(fmul(fsub(params.rho, ONE), t.v), costIdle));
  t.v = min(fadd(t.v, deltaV), params.vMax);
  t.vDeductible = fadd(t.vDeductible, deltaV);
}

/** Returns [payout, treasury] bits. */
export function updateVHeartbeat(
  t: TokenomicInfo,
  params: GkParams,
  sumShare: bigint,
  nowMs: bigint,
  block: bigint,
): [bigint, bigint] {
  if (sumShare === 0n || t.vDeductible === 0n || block <= t.vUpdateBlock) return [0n, 0n];
  const s = share(t);
  if (s === 0n) return [0n, 0n];
  const blocks = fromInt(block - t.vUpdateBlock);
  const budget = fmul(fmul(fdiv(s, sumShare), params.budgetPerBlock), blocks);
  const payout = fmul(budget, params.payoutRation);
  const treasury = fmul(budget, params.treasuryRation);
  t.v = fsub(t.v, min(t.vDeductible, payout));
  t.vDeductible = 0n;
  t.vUpdateAt = nowMs;
  t.vUpdateBlock = block;
  return [payout, treasury];
}

export function updateVRecover(t: TokenomicInfo, nowMs: bigint, block: bigint): void {
  t.vDeductible = 0n;
  t.vUpdateAt = nowMs;
  t.vUpdateBlock = block;
}

export function updateVSlash(t: TokenomicInfo, params: GkParams): void {
  t.v = fsub(t.v, fmul(t.v, params.slashRate));
  t.vDeductible = 0n;
}

export function updatePInstant(
  t: TokenomicInfo,
  nowMs: bigint,
  iterations: bigint,
  contractRunning: boolean,
): void {
  t.contractRunning = contractRunning;
  if (nowMs <= t.challengeTimeLast) return;
  if (iterations < t.iterationLast) t.iterationLast = iterations;
  const dt = fdivInt(fromInt(nowMs - t.challengeTimeLast), 1000n);
  const p = fmulInt(fdiv(fromInt(iterations - t.iterationLast), dt), 6n);
  t.pInstant = min(p, fmul(t.pBench, P_CAP));
}
