/**
 * The Council election (PhragmenElection): members and runners-up with their backing, candidates with
 * the stake of the voters who approve them (Σ of `Voting` stakes naming them), every voter's ballot, and
 * the pallet's constants (bonds, vote limit, seats, term length). Empty when the runtime has no such
 * pallet.
 */
import type { ApiPromise } from '@polkadot/api';
import type { PalletElectionsPhragmenSeatHolder } from '@polkadot/types/lookup';
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

type ElectionConst =
  | 'candidacyBond'
  | 'votingBondBase'
  | 'votingBondFactor'
  | 'maxVotesPerVoter'
  | 'desiredMembers'
  | 'desiredRunnersUp'
  | 'termDuration';

const constOf = (api: ApiPromise, name: ElectionConst): bigint =>
  api.consts.phragmenElection?.[name]?.toBigInt() ?? 0n;

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

const seat = (s: PalletElectionsPhragmenSeatHolder): Seat => ({
  who: s.who.toString(),
  backing: s.stake.toBigInt(),
  deposit: s.deposit.toBigInt(),
});

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
    ballots.set(key.args[0].toString(), {
      votes: value.votes.map((v) => v.toString()),
      stake: value.stake.toBigInt(),
      deposit: value.deposit.toBigInt(),
    });
  }
  const approval = (who: string): bigint => {
    let sum = 0n;
    for (const b of ballots.values()) if (b.votes.includes(who)) sum += b.stake;
    return sum;
  };
  return {
    members: members.map(seat),
    runnersUp: runnersUp.map(seat).reverse(),
    candidates: candidates.map(([who, deposit]) => ({
      who: who.toString(),
      backing: approval(who.toString()),
      deposit: deposit.toBigInt(),
    })),
    ballots,
  };
}
