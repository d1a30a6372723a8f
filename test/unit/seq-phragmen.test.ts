/**
 * src/primitives/seq-phragmen.ts against the expectations of sp-arithmetic's and sp-npos-elections'
 * own Rust tests (polkadot-sdk): `normalize` vectors (bump from the smallest, cut from the largest,
 * order kept) and seq_phragmen's cases of sp-npos-elections' tests.rs (winners, rounds and backed
 * stakes, including its u64::MAX accuracy cases, where the rounding of Rational128 shows); and 300
 * random elections against the tests' exact-rational sequential Phragmén (same winners, same order).
 */
import { describe, expect, it } from 'vitest';
import { normalize, seqPhragmen } from '../../src/primitives/seq-phragmen.js';
import { exactSeqPhragmen } from '../pallets/helpers/exact-phragmen.js';

const n = (xs: number[]) => xs.map(BigInt);

describe('normalize (sp-arithmetic)', () => {
  it('raises the smallest elements to the target sum', () => {
    expect(normalize(n([8, 9, 7, 10]), 40n)).toEqual(n([10, 10, 10, 10]));
    expect(normalize(n([7, 7, 7, 7]), 40n)).toEqual(n([10, 10, 10, 10]));
    expect(normalize(n([7, 7, 7, 10]), 40n)).toEqual(n([11, 11, 8, 10]));
    expect(normalize(n([7, 8, 7, 10]), 40n)).toEqual(n([11, 8, 11, 10]));
    expect(normalize(n([7, 7, 8, 10]), 40n)).toEqual(n([11, 11, 8, 10]));
    expect(normalize(n([8, 11, 9, 10]), 40n)).toEqual(n([10, 11, 9, 10]));
    expect(normalize(n([10, 7, 10, 10]), 40n)).toEqual(n([10, 10, 10, 10]));
  });

  it('lowers the largest elements to the target sum, saturating at zero', () => {
    expect(normalize(n([12, 11, 13, 10]), 40n)).toEqual(n([10, 10, 10, 10]));
    expect(normalize(n([13, 13, 13, 13]), 40n)).toEqual(n([10, 10, 10, 10]));
    expect(normalize(n([13, 13, 13, 10]), 40n)).toEqual(n([12, 9, 9, 10]));
    expect(normalize(n([13, 12, 13, 10]), 40n)).toEqual(n([9, 12, 9, 10]));
    expect(normalize(n([13, 13, 12, 10]), 40n)).toEqual(n([9, 9, 12, 10]));
    expect(normalize(n([1, 100, 100]), 10n)).toEqual(n([1, 9, 0]));
    expect(normalize(n([1, 8, 9]), 1n)).toEqual(n([0, 1, 0]));
  });
});

const U64_MAX = (1n << 64n) - 1n;
const selfVoters = (stakes: Array<[number, bigint]>) =>
  stakes.map(([who, stake]) => ({ who, stake, votes: [who] }));

describe('seqPhragmen (sp-npos-elections tests.rs)', () => {
  it('phragmen_poc_works: 3 (35) in round 0, then 2 (25)', () => {
    const winners = seqPhragmen(
      2,
      [1, 2, 3],
      [
        { who: 10, stake: 10n, votes: [1, 2] },
        { who: 20, stake: 20n, votes: [1, 3] },
        { who: 30, stake: 30n, votes: [2, 3] },
      ],
    );
    expect(winners).toEqual([
      { who: 3, backed: 35n },
      { who: 2, backed: 25n },
    ]);
  });

  it('phragmen_accuracy_on_large_scale_only_candidates', () => {
    const stakes: Array<[number, bigint]> = [
      [1, U64_MAX - 1n],
      [2, U64_MAX - 4n],
      [3, U64_MAX - 5n],
      [4, U64_MAX - 3n],
      [5, U64_MAX - 2n],
    ];
    expect(seqPhragmen(2, [1, 2, 3, 4, 5], selfVoters(stakes))).toEqual([
      { who: 1, backed: 18446744073709551614n },
      { who: 5, backed: 18446744073709551613n },
    ]);
  });

  it('phragmen_accuracy_on_large_scale_voters_and_candidates', () => {
    const stakes: Array<[number, bigint]> = [
      [1, U64_MAX - 1n],
      [2, U64_MAX - 4n],
      [3, U64_MAX - 5n],
      [4, U64_MAX - 3n],
      [5, U64_MAX - 2n],
    ];
    const voters = [
      { who: 13, stake: U64_MAX - 10n, votes: [1, 3, 5] },
      { who: 14, stake: U64_MAX, votes: [2, 4] },
      ...selfVoters(stakes),
    ];
    expect(seqPhragmen(2, [1, 2, 3, 4, 5], voters)).toEqual([
      { who: 2, backed: 36893488147419103226n },
      { who: 1, backed: 36893488147419103219n },
    ]);
  });

  it('phragmen_accuracy_on_small_scale_self_vote: a candidate without approval is not elected before others', () => {
    const winners = seqPhragmen(
      3,
      [40, 10, 20, 30],
      selfVoters([
        [40, 0n],
        [10, 1n],
        [20, 2n],
        [30, 1n],
      ]),
    );
    expect(winners).toEqual([
      { who: 20, backed: 2n },
      { who: 10, backed: 1n },
      { who: 30, backed: 1n },
    ]);
  });

  it('phragmen_large_scale_test: 24 then 22', () => {
    const c = [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24];
    const stake: Record<number, bigint> = {
      2: 1n,
      4: 100n,
      6: 1000000n,
      8: 100000000001000n,
      10: 100000000002000n,
      12: 100000000003000n,
      14: 400000000000000n,
      16: 400000000001000n,
      18: 18000000000000000n,
      20: 20000000000000000n,
      22: 500000000000100000n,
      24: 500000000000200000n,
    };
    const voters = [
      { who: 50, stake: 990000000000000000n, votes: c },
      ...selfVoters(c.map((x): [number, bigint] => [x, stake[x] as bigint])),
    ];
    expect(seqPhragmen(2, c, voters).map((w) => w.who)).toEqual([24, 22]);
  });

  it('setup_inputs: votes for non-candidates and repeated votes are ignored', () => {
    const noisy = seqPhragmen(
      2,
      [1, 2],
      [
        { who: 9, stake: 5n, votes: [1, 1, 7, 2] },
        { who: 8, stake: 3n, votes: [2] },
      ],
    );
    expect(noisy.map((w) => w.who)).toEqual([2, 1]);
    expect(noisy.reduce((s, w) => s + w.backed, 0n)).toBe(8n);
  });
});

describe('seqPhragmen against exact rationals (property)', () => {
  it('300 random elections: the same winners in the same order; backing within a unit per vote', () => {
    let seed = 20_231_203;
    const next = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    let compared = 0;
    for (let run = 0; run < 300; run++) {
      const nc = 2 + Math.floor(next() * 14);
      const cands = Array.from({ length: nc }, (_, i) => i);
      const voters = Array.from({ length: 1 + Math.floor(next() * 40) }, (_, v) => ({
        who: 100 + v,
        stake: 1n + BigInt(Math.floor(next() * 1e9)) * 1_000_003n,
        votes: cands.filter(() => next() < 0.35),
      }));
      const seats = 1 + Math.floor(next() * nc);
      const exact = exactSeqPhragmen(seats, cands, voters);
      if (exact.tie) continue;
      compared++;
      const ours = seqPhragmen(seats, cands, voters).filter((w) => w.backed > 0n);
      // each voter's rounding (< 1) and normalisation (< its vote count) move a backing by at most its votes
      const edges = BigInt(voters.reduce((s, v) => s + v.votes.length, 0));
      expect(ours.map((w) => w.who)).toEqual(exact.winners);
      for (const w of ours) {
        const b = exact.backing.get(w.who);
        if (!b) throw new Error('no exact backing');
        const diff = w.backed * b.d - b.n;
        expect(diff < 0n ? -diff : diff).toBeLessThanOrEqual(edges * b.d);
      }
    }
    expect(compared).toBeGreaterThan(250);
  });
});
