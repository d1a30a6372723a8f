/**
 * The pass/fail projection the governance UI shows (src/primitives/threshold.ts, the rule the pallet and
 * the UI share) agrees with what the chain decides: the spec's
 * worked examples and 90 generated referenda (30 per threshold type) with random aye/nay/split votes at
 * every conviction on the pallet tests' mock (electorate 210), projected from the ongoing tally and
 * compared with `Finished.approved` after baking. Votes-to-flip is checked against the chain's rule.
 */
import { describe, expect, it } from 'vitest';
import { votesToFlip } from '../../src/governance/model/threshold.js';
import { approved, type Tally, type Threshold } from '../../src/primitives/threshold.js';
import { uniform } from '../fixtures/mulberry32.js';
import {
  aye,
  blockNumber,
  goTo,
  inject,
  mockRuntime,
  nay,
  ok,
  tally,
} from '../pallets/governance-helpers.js';
import { refState } from './governance-test-adapter.js';

const THRESHOLDS: Threshold[] = ['SuperMajorityApprove', 'SuperMajorityAgainst', 'SimpleMajority'];

/** Integers below `n` from mulberry32 (scaled, not modulo). */
function prng(seed: number) {
  const next = uniform(seed);
  return (n: number): number => Math.floor(next() * n);
}

describe('pass/fail projection = chain', () => {
  it('the spec worked examples (electorate 210)', () => {
    const cases: Array<[Threshold, Tally, boolean]> = [
      ['SuperMajorityApprove', { ayes: 60n, nays: 50n, turnout: 110n }, false],
      ['SuperMajorityApprove', { ayes: 100n, nays: 50n, turnout: 150n }, true],
      ['SuperMajorityApprove', { ayes: 110n, nays: 100n, turnout: 210n }, true],
      ['SuperMajorityApprove', { ayes: 1n, nays: 0n, turnout: 10n }, true],
      ['SuperMajorityApprove', { ayes: 0n, nays: 1n, turnout: 10n }, false],
      ['SuperMajorityApprove', { ayes: 250n, nays: 100n, turnout: 150n }, true],
      ['SimpleMajority', { ayes: 0n, nays: 0n, turnout: 0n }, false],
    ];
    for (const [th, t, want] of cases) expect(approved(th, t, 210n)).toBe(want);
  });

  it('90 random referenda baked by the chain', () => {
    const rt = mockRuntime();
    const rnd = prng(20251124);
    const end = Number(blockNumber(rt)) + 2;
    const refs: Array<{ ref: number; threshold: Threshold }> = [];
    for (let i = 0; i < 90; i++) {
      const threshold = THRESHOLDS[i % 3] as Threshold;
      const ref = inject(rt, end, BigInt(i + 1), threshold, 0);
      refs.push({ ref, threshold });
      for (let who = 1; who <= 6; who++) {
        const cap = BigInt(who * 10);
        const kind = rnd(4);
        if (kind === 0) continue;
        const balance = BigInt(1 + rnd(Number(cap)));
        const c = rnd(7);
        const vote =
          kind === 1
            ? aye(balance, c)
            : kind === 2
              ? nay(balance, c)
              : { type: 'Split', value: { aye: balance / 2n, nay: balance - balance / 2n } };
        ok(rt, `//${who}`, 'Democracy.vote', { ref_index: BigInt(ref), vote });
      }
    }
    const electorate = rt.query('Balances.TotalIssuance') as bigint;
    const projected = refs.map(({ ref, threshold }) => {
      const [ayes, nays, turnout] = tally(rt, ref);
      return approved(threshold, { ayes, nays, turnout }, electorate);
    });
    goTo(rt, end);
    const actual = refs.map(({ ref }) => {
      const s = refState(rt, ref);
      if (s.status !== 'finished') throw new Error('not baked');
      return s.approved;
    });
    expect(projected).toEqual(actual);
    // both outcomes occur for each threshold type
    for (const th of THRESHOLDS) {
      const outcomes = new Set(actual.filter((_, i) => refs[i]?.threshold === th));
      expect(outcomes.size).toBe(2);
    }
  });

  it('votes to flip is the least 1× capital that flips the chain rule', () => {
    const rnd = prng(7);
    const E = 1_000_000n;
    for (let i = 0; i < 300; i++) {
      const th = THRESHOLDS[i % 3] as Threshold;
      const turnout = BigInt(rnd(200_000));
      const ayes = BigInt(rnd(Number(turnout) * 2 + 1));
      const nays = BigInt(rnd(Number(turnout) * 2 + 1));
      const t = { ayes, nays, turnout };
      const now = approved(th, t, E);
      const flip = votesToFlip(th, t, E);
      if (flip === undefined) continue;
      const withCap = (c: bigint) =>
        now ? { ayes, nays: nays + c, turnout: turnout + c } : { ayes: ayes + c, nays, turnout: turnout + c };
      expect(approved(th, withCap(flip), E)).toBe(!now);
      if (!(th === 'SuperMajorityApprove' && now)) expect(approved(th, withCap(flip - 1n), E)).toBe(now);
    }
  });
});
