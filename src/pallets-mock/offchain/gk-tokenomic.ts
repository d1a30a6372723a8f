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

/*
 * The Gatekeeper takes every computing worker's share and idle V update each block, but their P terms
 * change only with a heartbeat (P), the confidence level or the parameters. They are kept per
 * TokenomicInfo with the inputs they came from and recomputed, by the same operations in the same
 * order, when an input differs: the same bits, without re-allocating them per worker per block.
 */
interface ShareTerm {
  p: bigint;
  conf: bigint;
  /** (2·p·conf_score)² */
  term: bigint;
}
interface IdleTerms {
  p: bigint;
  pBench: bigint;
  costK: bigint;
  costB: bigint;
  rho: bigint;
  costIdle: bigint;
  multiplier: bigint;
  rhoMinusOne: bigint;
}
const shareTerms = new WeakMap<TokenomicInfo, ShareTerm>();
const idleTerms = new WeakMap<TokenomicInfo, IdleTerms>();

function shareTerm(t: TokenomicInfo): bigint {
  const p = effectiveP(t);
  let c = shareTerms.get(t);
  if (c?.p !== p || c.conf !== t.confidenceLevel) {
    c = { p, conf: t.confidenceLevel, term: square(fmul(fmul(TWO, p), gkConfScore(t.confidenceLevel))) };
    shareTerms.set(t, c);
  }
  return c.term;
}

function idle(t: TokenomicInfo, params: GkParams): IdleTerms {
  const p = effectiveP(t);
  let c = idleTerms.get(t);
  if (
    c?.p !== p ||
    c.pBench !== t.pBench ||
    c.costK !== params.costK ||
    c.costB !== params.costB ||
    c.rho !== params.rho
  ) {
    const costIdle = fadd(fmul(params.costK, t.pBench), params.costB);
    const multiplier = t.pBench === 0n ? ONE : fdiv(p, t.pBench);
    const rhoMinusOne = fsub(params.rho, ONE);
    c = {
      p,
      pBench: t.pBench,
      costK: params.costK,
      costB: params.costB,
      rho: params.rho,
      costIdle,
      multiplier,
      rhoMinusOne,
    };
    idleTerms.set(t, c);
  }
  return c;
}

export function share(t: TokenomicInfo): bigint {
  const v2 = square(t.v);
  return fsqrt(fadd(v2, shareTerm(t)));
}

export function updateVIdle(t: TokenomicInfo, params: GkParams): void {
  const { costIdle, multiplier, rhoMinusOne } = idle(t, params);
  const deltaV = fmul(multiplier, fadd(fmul(rhoMinusOne, t.v), costIdle));
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
