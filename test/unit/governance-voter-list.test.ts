/**
 * The voter list's arithmetic and sort: counted votes per voter (conviction, delegations, split votes),
 * their sum against a tally computed the pallet's way for random voter sets, and sorting by every column
 * in both orders (a total order: ties by address).
 */
import { describe, expect, it } from 'vitest';
import { sortVoters, tallyOf, type VoterColumn, voterRow } from '../../src/governance/model/voter-list.js';
import type { ReferendumVote } from '../../src/indexer/types.js';
import { type Conviction, convictionVotes } from '../../src/primitives/conviction.js';
import { uniform } from '../fixtures/mulberry32.js';

const PHA = 1_000_000_000_000n;

function randomVote(r: () => number, i: number): ReferendumVote {
  const kind = r();
  const balance = BigInt(Math.floor(r() * 1e6)) * PHA + BigInt(Math.floor(r() * 1e12));
  if (kind < 0.15) {
    const aye = balance / 3n;
    return {
      voter: `v${String(i).padStart(4, '0')}`,
      direction: 'split',
      conviction: 0,
      balance: String(balance),
      ayeBalance: String(aye),
      nayBalance: String(balance - aye),
      delegatedVotes: '0',
      delegatedCapital: '0',
    };
  }
  const aye = kind < 0.6;
  const delegatedCapital = r() < 0.3 ? BigInt(Math.floor(r() * 1e5)) * PHA : 0n;
  return {
    voter: `v${String(i).padStart(4, '0')}`,
    direction: aye ? 'aye' : 'nay',
    conviction: Math.floor(r() * 7),
    balance: String(balance),
    ayeBalance: String(aye ? balance : 0n),
    nayBalance: String(aye ? 0n : balance),
    delegatedVotes: String(delegatedCapital * 2n),
    delegatedCapital: String(delegatedCapital),
  };
}

describe('voter list', () => {
  it('counts conviction votes, delegated votes and a tenth of each side of a split vote', () => {
    const base = { ayeBalance: '0', nayBalance: '0', delegatedVotes: '0', delegatedCapital: '0' };
    expect(
      voterRow({
        ...base,
        voter: 'a',
        direction: 'aye',
        conviction: 3,
        balance: String(1000n * PHA),
        delegatedVotes: String(300n * PHA),
      }).votes,
    ).toBe(3300n * PHA);
    expect(voterRow({ ...base, voter: 'b', direction: 'nay', conviction: 0, balance: '15' }).votes).toBe(1n);
    expect(
      voterRow({
        ...base,
        voter: 'c',
        direction: 'split',
        conviction: 0,
        balance: '100',
        ayeBalance: '45',
        nayBalance: '55',
      }).votes,
    ).toBe(9n);
  });

  it('sums to the tally the pallet would count, for random voter sets', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const r = uniform(seed);
      const votes = Array.from({ length: 1 + Math.floor(r() * 40) }, (_, i) => randomVote(r, i));
      let ayes = 0n;
      let nays = 0n;
      for (const v of votes) {
        if (v.direction === 'split') {
          ayes += BigInt(v.ayeBalance) / 10n;
          nays += BigInt(v.nayBalance) / 10n;
          continue;
        }
        const counted =
          convictionVotes(v.conviction as Conviction, BigInt(v.balance)) + BigInt(v.delegatedVotes);
        if (v.direction === 'aye') ayes += counted;
        else nays += counted;
      }
      expect(tallyOf(votes.map(voterRow))).toEqual({ ayes, nays });
    }
  });

  it('sorts by every column in both orders, ties by address', () => {
    const r = uniform(7);
    const rows = Array.from({ length: 60 }, (_, i) => voterRow(randomVote(r, 59 - i)));
    const key: Record<VoterColumn, (x: (typeof rows)[number]) => bigint | number | string> = {
      voter: (x) => x.voter,
      direction: (x) => ({ aye: 0, nay: 1, split: 2 })[x.direction],
      conviction: (x) => x.conviction,
      balance: (x) => x.balance,
      votes: (x) => x.votes,
      delegated: (x) => x.delegatedVotes,
    };
    for (const column of Object.keys(key) as VoterColumn[])
      for (const order of ['asc', 'desc'] as const) {
        const sorted = sortVoters(rows, column, order);
        expect(sorted.length).toBe(rows.length);
        for (let i = 1; i < sorted.length; i++) {
          const a = sorted[i - 1] as (typeof rows)[number];
          const b = sorted[i] as (typeof rows)[number];
          const ka = key[column](a);
          const kb = key[column](b);
          if (ka === kb) expect(a.voter < b.voter).toBe(true);
          else expect(order === 'asc' ? ka < kb : ka > kb).toBe(true);
        }
      }
  });
});
