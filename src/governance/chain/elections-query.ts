/**
 * The Council election (PhragmenElection): members and runners-up with their backing, candidates with
 * the stake of the voters who approve them (Σ of `Voting` stakes naming them), every voter's ballot, and
 * the pallet's constants (bonds, vote limit, seats, term length). Empty when the runtime has no such
 * pallet.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { arr, big, obj, plain, str } from '../../api/codec.js';
import { hasStorage } from '../../api/runtime-access.js';

export interface Seat {
  who: string;
  /** Members and runners-up: the backing the last election gave them; candidates: approval stake now. */
  backing: bigint;
  deposit: bigint;
}

export interface Ballot {
  votes: string[];
  stake: bigint;
  deposit: bigint;
}

export interface ElectionConsts {
  candidacyBond: bigint;
  votingBondBase: bigint;
  votingBondFactor: bigint;
  maxVotes: number;
  desiredMembers: number;
  desiredRunnersUp: number;
  termDuration: bigint;
}

export interface ElectionData {
  members: Seat[];
  /** Best first (the pallet stores them worst first). */
  runnersUp: Seat[];
  candidates: Seat[];
  ballots: Map<string, Ballot>;
}

const constOf = (api: ApiPromise, name: keyof ApiPromise['consts']['phragmenElection']): bigint => {
  const c = api.consts.phragmenElection?.[name] as Codec | undefined;
  return c ? big(c.toPrimitive()) : 0n;
};

export function electionConsts(api: ApiPromise): ElectionConsts {
  return {
    candidacyBond: constOf(api, 'candidacyBond'),
    votingBondBase: constOf(api, 'votingBondBase'),
    votingBondFactor: constOf(api, 'votingBondFactor'),
    maxVotes: Number(constOf(api, 'maxVotesPerVoter')),
    desiredMembers: Number(constOf(api, 'desiredMembers')),
    desiredRunnersUp: Number(constOf(api, 'desiredRunnersUp')),
    termDuration: constOf(api, 'termDuration'),
  };
}

/** `deposit_of(n)`: the bond a ballot of `n` votes holds. */
export const votingBond = (c: ElectionConsts, votes: number): bigint =>
  votes === 0 ? 0n : c.votingBondBase + c.votingBondFactor * BigInt(votes);

/** The first block after `now` at which a term starts (`n % TermDuration == 0`); null when passive. */
export const nextTermBlock = (now: bigint, term: bigint): bigint | null =>
  term === 0n ? null : (now / term + 1n) * term;

const seat = (v: unknown): Seat => {
  const o = obj(v);
  return { who: str(o.who), backing: big(o.stake), deposit: big(o.deposit) };
};

export async function fetchElection(api: ApiPromise): Promise<ElectionData> {
  if (!hasStorage(api, 'phragmenElection', 'members'))
    return { members: [], runnersUp: [], candidates: [], ballots: new Map() };
  const [members, runnersUp, candidates, voting] = await Promise.all([
    api.query.phragmenElection.members(),
    api.query.phragmenElection.runnersUp(),
    api.query.phragmenElection.candidates(),
    api.query.phragmenElection.voting.entries(),
  ]);
  const ballots = new Map<string, Ballot>();
  for (const [key, value] of voting) {
    const o = obj(plain(value));
    ballots.set(str(key.args[0]?.toPrimitive()), {
      votes: arr(o.votes).map(str),
      stake: big(o.stake),
      deposit: big(o.deposit),
    });
  }
  const approval = (who: string): bigint => {
    let sum = 0n;
    for (const b of ballots.values()) if (b.votes.includes(who)) sum += b.stake;
    return sum;
  };
  return {
    members: arr(plain(members)).map(seat),
    runnersUp: arr(plain(runnersUp)).map(seat).reverse(),
    candidates: arr(plain(candidates)).map((c) => {
      const [who, deposit] = arr(c);
      return { who: str(who), backing: approval(str(who)), deposit: big(deposit) };
    }),
    ballots,
  };
}
