/**
 * A finished referendum's voter list as the page sorts it: each voter's counted votes (conviction votes of
 * its balance plus the votes delegated to it; a split vote counts a tenth of each side, as
 * pallet_democracy's tally does), and a stable sort by any column, ascending or descending (ties by
 * address). Pure bigint arithmetic on the indexer's records.
 */
import type { ReferendumVote } from '../../indexer/types.js';
import { convictionVotes, isConviction } from '../../primitives/conviction.js';

export type VoterColumn = 'voter' | 'direction' | 'conviction' | 'balance' | 'votes' | 'delegated';
export type SortOrder = 'asc' | 'desc';

export interface VoterRow {
  voter: string;
  direction: ReferendumVote['direction'];
  conviction: number;
  balance: bigint;
  ayeBalance: bigint;
  nayBalance: bigint;
  delegatedVotes: bigint;
  delegatedCapital: bigint;
  /** Votes counted in the tally for this voter (its own and those delegated to it). */
  votes: bigint;
}

export function voterRow(v: ReferendumVote): VoterRow {
  const balance = BigInt(v.balance);
  const ayeBalance = BigInt(v.ayeBalance);
  const nayBalance = BigInt(v.nayBalance);
  const delegatedVotes = BigInt(v.delegatedVotes);
  const conviction = isConviction(v.conviction) ? v.conviction : 0;
  const votes =
    v.direction === 'split'
      ? ayeBalance / 10n + nayBalance / 10n
      : convictionVotes(conviction, balance) + delegatedVotes;
  return {
    voter: v.voter,
    direction: v.direction,
    conviction,
    balance,
    ayeBalance,
    nayBalance,
    delegatedVotes,
    delegatedCapital: BigInt(v.delegatedCapital),
    votes,
  };
}

const DIRECTION_ORDER = { aye: 0, nay: 1, split: 2 } as const;
const cmp = <T extends bigint | number | string>(a: T, b: T): number => (a < b ? -1 : a > b ? 1 : 0);

function compareBy(column: VoterColumn, a: VoterRow, b: VoterRow): number {
  switch (column) {
    case 'voter':
      return cmp(a.voter, b.voter);
    case 'direction':
      return cmp(DIRECTION_ORDER[a.direction], DIRECTION_ORDER[b.direction]);
    case 'conviction':
      return cmp(a.conviction, b.conviction);
    case 'balance':
      return cmp(a.balance, b.balance);
    case 'votes':
      return cmp(a.votes, b.votes);
    case 'delegated':
      return cmp(a.delegatedVotes, b.delegatedVotes);
  }
}

/** The rows sorted by `column` in `order`; equal rows keep address order. */
export function sortVoters(rows: readonly VoterRow[], column: VoterColumn, order: SortOrder): VoterRow[] {
  const sign = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compareBy(column, a, b) || cmp(a.voter, b.voter));
}

/** The default order: most votes first. */
export const DEFAULT_SORT: { column: VoterColumn; order: SortOrder } = { column: 'votes', order: 'desc' };

/** Sum of ayes and nays the rows count for (equals the tally when every voter is listed). */
export function tallyOf(rows: readonly VoterRow[]): { ayes: bigint; nays: bigint } {
  let ayes = 0n;
  let nays = 0n;
  for (const r of rows) {
    if (r.direction === 'aye') ayes += r.votes;
    else if (r.direction === 'nay') nays += r.votes;
    else {
      ayes += r.ayeBalance / 10n;
      nays += r.nayBalance / 10n;
    }
  }
  return { ayes, nays };
}
