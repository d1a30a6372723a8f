/**
 * The democracy voting record of one account in plain data (decoded from `Democracy.VotingOf`), and the
 * state of a referendum as far as locks care: ongoing until `end`, finished (approved or not) at `end`,
 * or missing (cancelled: its entry was deleted).
 */
import type { Conviction } from '../../primitives/conviction.js';

export type AccountVote =
  | { kind: 'standard'; aye: boolean; conviction: Conviction; balance: bigint }
  | { kind: 'split'; aye: bigint; nay: bigint };

export interface Delegations {
  votes: bigint;
  capital: bigint;
}

export interface PriorLock {
  until: bigint;
  amount: bigint;
}

export type Voting =
  | {
      kind: 'direct';
      votes: Array<{ refIndex: number; vote: AccountVote }>;
      delegations: Delegations;
      prior: PriorLock;
    }
  | {
      kind: 'delegating';
      balance: bigint;
      target: string;
      conviction: Conviction;
      delegations: Delegations;
      prior: PriorLock;
    };

export type RefState =
  | { status: 'ongoing'; end: bigint }
  | { status: 'finished'; approved: boolean; end: bigint }
  | { status: 'missing' };

export const EMPTY_VOTING: Voting = {
  kind: 'direct',
  votes: [],
  delegations: { votes: 0n, capital: 0n },
  prior: { until: 0n, amount: 0n },
};

/** `AccountVote::balance()`: the capital the vote locks. */
export const voteCapital = (v: AccountVote): bigint => (v.kind === 'standard' ? v.balance : v.aye + v.nay);
