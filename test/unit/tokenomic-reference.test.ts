/**
 * Reproduces the reference numbers of spec/phala-pallets.md §1, §6.4, §6.5 and §6.8
 * (`computation.rs::test_tokenomic`, `test_pow_target`) using only the primitives, composed the way
 * the Rust code composes them. The genesis parameters are built exactly like
 * `computation.rs` `GenesisConfig::default()`: `fp!(a) * int / int` is integer multiplication of the
 * bits followed by floor division, and `/ pha_rate` is a U64F64 division by fp!(1).
 */
import { describe, expect, it } from 'vitest';
import { powTarget } from '../../src/pallets-mock/primitives/pow-target.js';
import {
  fadd,
  fdiv,
  fdivInt,
  fixedToDecimalString,
  fmul,
  fmulInt,
  fp,
  fpow,
  fromFixed,
  fromInt,
  fsqrt,
  fsub,
  ONE,
  PHA,
  toFixed,
} from '../../src/primitives/fixed.js';

const BLOCK_SEC = 12n;
const HOUR_SEC = 3600n;
const DAY_SEC = 24n * HOUR_SEC;
const YEAR_SEC = 365n * DAY_SEC;

/** Genesis tokenomic parameters (computation.rs GenesisConfig::default), as U64F64 bits. */
const phaRate = fp('1');
const params = {
  phaRate,
  rho: fp('1.000000666600231'),
  slashRate: fdivInt(fmulInt(fp('0.001'), BLOCK_SEC), HOUR_SEC),
  budgetPerBlock: fdivInt(fmulInt(fp('720000'), BLOCK_SEC), DAY_SEC),
  vMax: fp('30000'),
  costK: fdiv(fdivInt(fmulInt(fp('0.0415625'), BLOCK_SEC), YEAR_SEC), phaRate),
  costB: fdiv(fdivInt(fmulInt(fp('88.59375'), BLOCK_SEC), YEAR_SEC), phaRate),
  treasuryRatio: fp('0.2'),
  heartbeatWindow: 10,
  rigK: fdiv(fp('0.3'), phaRate),
  rigB: fdiv(fp('0'), phaRate),
  re: fp('1.3'),
  k: fp('100'),
  kappa: fp('1'),
};

/** Confidence score table of `Tokenomic::confidence_score` (1,2,3 → 1; 4 → 0.8; 5 → 0.7; else 1). */
function confidenceScore(level: number): bigint {
  const scores = [fp('1'), fp('1'), fp('1'), fp('0.8'), fp('0.7')];
  return (level >= 1 && level <= 5 ? scores[level - 1] : scores[0]) ?? ONE;
}

// Compositions of the spec formulas (the real helpers live in the computation pallet).
const minimalStake = (p: bigint): bigint => fromFixed(fmul(params.k, fsqrt(fromInt(p))));
const rigCost = (p: bigint): bigint => fadd(fmul(params.rigK, fromInt(p)), params.rigB);
const opCost = (p: bigint): bigint => fadd(fmul(params.costK, fromInt(p)), params.costB);
const ve = (stake: bigint, p: bigint, level: number): bigint => {
  const tweakedRe = fadd(fmul(fsub(params.re, ONE), confidenceScore(level)), ONE);
  return fmul(tweakedRe, fadd(toFixed(stake), rigCost(p)));
};

/** Asserts bit equality with the Rust `fp!(literal)` and that the value prints as that literal. */
function expectFixed(bits: bigint, literal: string): void {
  expect(bits).toBe(fp(literal));
  expect(fixedToDecimalString(bits)).toBe(literal);
}

describe('test_tokenomic (computation.rs, genesis parameters)', () => {
  it('v_max = 30000', () => {
    expectFixed(params.vMax, '30000');
  });

  it('minimal_stake(1000) = 3162_277660146355', () => {
    expect(minimalStake(1000n)).toBe(3162_277660146355n);
    // test mock workers have P = 1 → 100 PHA (spec §9)
    expect(minimalStake(1n)).toBe(100n * PHA);
  });

  it('Ve(1000 PHA, P = 1000) per confidence level', () => {
    for (const level of [1, 2, 3]) {
      expectFixed(ve(1000n * PHA, 1000n, level), '1690.0000000000000000282');
    }
    expectFixed(ve(1000n * PHA, 1000n, 4), '1612.0000000000000000247');
    expectFixed(ve(1000n * PHA, 1000n, 5), '1572.9999999999999999877');
    // unknown levels (e.g. 128) score 1
    expectFixed(ve(1000n * PHA, 1000n, 128), '1690.0000000000000000282');
  });

  it('rig_cost(P)', () => {
    expectFixed(rigCost(500n), '150.0000000000000000054');
    expectFixed(rigCost(2000n), '600.0000000000000000217');
    expectFixed(rigCost(2800n), '840.00000000000000003036');
  });

  it('(1 − slash_rate)^300 (square-and-multiply, as the test helper)', () => {
    expectFixed(fpow(fsub(ONE, params.slashRate), 300n), '0.9990004981683704595');
  });

  it('rho^300 (square-and-multiply, as the test helper)', () => {
    expectFixed(fpow(params.rho, 300n), '1.00019999999998037056');
  });

  it('300 sequential multiplications do NOT give the asserted bits (truncation order matters)', () => {
    let rho = ONE;
    let decay = ONE;
    for (let i = 0; i < 300; i++) {
      rho = fmul(rho, params.rho);
      decay = fmul(decay, fsub(ONE, params.slashRate));
    }
    expect(rho).not.toBe(fp('1.00019999999998037056'));
    expect(rho - fp('1.00019999999998037056')).toBe(104n);
    expect(decay).not.toBe(fp('0.9990004981683704595'));
  });

  it('budget_per_block · 3600 · 24 / 12 = 720000 (and budget = 100 PHA/block)', () => {
    expectFixed(params.budgetPerBlock, '100');
    expectFixed(fdivInt(fmulInt(fmulInt(params.budgetPerBlock, 3600n), 24n), 12n), '720000');
  });

  it('op_cost(2000) / 12 · 3600 · 24 · 365 = 171.71874999975847951583', () => {
    const yearly = fmulInt(fmulInt(fmulInt(fdivInt(opCost(2000n), 12n), 3600n), 24n), 365n);
    expectFixed(yearly, '171.71874999975847951583');
  });

  it('historic subsidy halving: 100 → 75 → 56.25', () => {
    const once = fmul(params.budgetPerBlock, fp('0.75'));
    expectFixed(once, '75');
    expectFixed(fmul(once, fp('0.75')), '56.25');
    // the integer form ·3/4 agrees here
    expect(fdivInt(fmulInt(params.budgetPerBlock, 3n), 4n)).toBe(once);
  });

  it('other genesis defaults (spec §6.3)', () => {
    expect(params.slashRate).toBe((fp('0.001') * 12n) / 3600n);
    expect(fixedToDecimalString(params.slashRate, 12)).toBe('0.000003333333');
    expect(params.costK).toBe(291740030655n);
    expect(fixedToDecimalString(params.costK, 27)).toBe('0.000000015815258751856933056');
    expect(params.heartbeatWindow).toBe(10);
    expectFixed(params.treasuryRatio, '0.2');
    expectFixed(params.kappa, '1');
    // MaxBudgetLimit default (spec §6.2)
    expect(fp('93.75')).toBe(1729382256910270464000n);
  });

  it('start-computing limits of the mock runtime (spec §9.3): Ve(30 000 PHA, P = 1) > v_max', () => {
    const v = ve(30_000n * PHA, 1n, 1);
    expect(fixedToDecimalString(v, 2)).toBe('39000.39');
    expect(v > params.vMax).toBe(true);
    expect(ve(100n * PHA, 1n, 1) <= params.vMax).toBe(true);
  });
});

describe('pow_target (computation.rs test_pow_target, spec §6.5)', () => {
  it('no workers → 0', () => {
    expect(powTarget(20n, 0n, 12n)).toBe(0n);
  });

  it('capped target (N = 20)', () => {
    expect(powTarget(20n, 20n, 12n)).toBe(
      771946525395830978497002573683960742805751636319313395421818009383503547160n,
    );
  });

  it('uncapped target (N = 200 000)', () => {
    expect(powTarget(20n, 200_000n, 12n)).toBe(
      11574228623567775471528085581038571683760509746329738253007553123311417715n,
    );
  });
});
