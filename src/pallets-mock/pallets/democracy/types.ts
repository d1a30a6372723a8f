/**
 * pallet_democracy's types (polkadot-sdk v1.2.0, as Khala's 2023 metadata shapes them): Conviction and
 * its weights and lock periods, the one-byte Vote (`conviction | 0x80 if aye`), AccountVote
 * (Standard / Split), Tally with checked add/remove and saturating delegation changes, Delegations,
 * PriorLock, Voting (Direct / Delegating), VoteThreshold with adaptive quorum biasing, ReferendumInfo
 * and MetadataOwner. All arithmetic is bigint on u128 with the Rust overflow rules.
 */

import { ArithmeticError, U128_MAX } from '../../../primitives/arithmetic.js';
import {
  CONVICTION_NAMES,
  type ConvictionName,
  lockPeriods,
  voteByte as oneByte,
  convictionVotes as votesOf,
} from '../../../primitives/conviction.js';
import {
  bool,
  type Codec,
  CodecError,
  enumOf,
  struct,
  tuple,
  u8,
  u32,
  u128,
  type ValueOf,
} from '../../frame/scale.js';
import { AccountId, boundedVec } from '../../frame/types.js';
import { Bounded } from '../preimage/index.js';

export const Conviction = enumOf(
  'pallet_democracy::conviction::Conviction',
  Object.fromEntries(CONVICTION_NAMES.map((c) => [c, null])) as Record<ConvictionName, null>,
);

const satAdd = (a: bigint, b: bigint): bigint => (a + b > U128_MAX ? U128_MAX : a + b);
const satSub = (a: bigint, b: bigint): bigint => (a > b ? a - b : 0n);

export interface DelegationsValue {
  votes: bigint;
  capital: bigint;
}

/** `Conviction::votes(capital)`: None counts a tenth (floored), LockedNx counts N× (saturating). */
export function convictionVotes(c: number, capital: bigint): DelegationsValue {
  return { votes: votesOf(c, capital), capital };
}

export const convictionIndex = (c: { type: string } | string): number =>
  CONVICTION_NAMES.indexOf((typeof c === 'string' ? c : c.type) as ConvictionName);

/** The vote byte of `aye` with conviction index `c`. */
export const voteByte = (aye: boolean, c: number | ConvictionName): bigint =>
  BigInt(oneByte(aye, typeof c === 'number' ? c : CONVICTION_NAMES.indexOf(c)));

export const voteAye = (v: bigint): boolean => (v & 0x80n) !== 0n;
export const voteConviction = (v: bigint): number => Number(v & 0x7fn);

/**
 * `Vote`: one byte, `conviction | 0x80 if aye`; a newtype over u8 in the metadata. The JS value is the
 * byte (bigint); input may also be `{ aye, conviction }`. Conviction above 6 does not decode.
 */
export const Vote: Codec<bigint> = {
  info: {
    path: ['pallet_democracy', 'vote', 'Vote'],
    params: [],
    def: { tag: 'composite', fields: [{ name: null, type: u8, typeName: null }] },
  },
  enc(w, v) {
    let byte: bigint;
    if (typeof v === 'object' && v !== null) {
      const o = v as { aye?: unknown; conviction?: unknown };
      const c = typeof o.conviction === 'number' ? o.conviction : convictionIndex(String(o.conviction));
      byte = voteByte(o.aye === true, c);
    } else byte = BigInt(v as bigint | number);
    if (byte < 0n || byte > 255n || (byte & 0x7fn) > 6n) throw new CodecError('Vote: invalid conviction');
    u8.enc(w, byte);
  },
  dec(r) {
    const b = u8.dec(r);
    if ((b & 0x7fn) > 6n) throw new CodecError('Vote: invalid conviction');
    return b;
  },
};

export const AccountVote = enumOf(
  { path: ['pallet_democracy', 'vote', 'AccountVote'], params: [{ name: 'Balance', type: u128 }] },
  { Standard: { vote: Vote, balance: u128 }, Split: { aye: u128, nay: u128 } },
);
export type AccountVoteValue = ValueOf<typeof AccountVote>;

/** `AccountVote::balance()`: the capital a vote locks. */
export const voteBalance = (v: AccountVoteValue): bigint =>
  v.type === 'Standard' ? v.value.balance : satAdd(v.value.aye, v.value.nay);

/** `AccountVote::locked_if(approved)`: lock periods and balance of a winning Standard vote. */
export function lockedIf(v: AccountVoteValue, approved: boolean): [bigint, bigint] | null {
  if (v.type !== 'Standard' || voteAye(v.value.vote) !== approved) return null;
  return [lockPeriods(voteConviction(v.value.vote)), v.value.balance];
}

export const VoteThreshold = enumOf('pallet_democracy::vote_threshold::VoteThreshold', {
  SuperMajorityApprove: null,
  SuperMajorityAgainst: null,
  SimpleMajority: null,
});
export type VoteThresholdValue = ValueOf<typeof VoteThreshold>;

export const Tally = struct(
  { path: ['pallet_democracy', 'types', 'Tally'], params: [{ name: 'Balance', type: u128 }] },
  { ayes: u128, nays: u128, turnout: u128 },
);
export type TallyValue = ValueOf<typeof Tally>;

export const Delegations = struct(
  { path: ['pallet_democracy', 'types', 'Delegations'], params: [{ name: 'Balance', type: u128 }] },
  { votes: u128, capital: u128 },
);

const checkedAdd = (a: bigint, b: bigint): bigint => {
  if (a + b > U128_MAX) throw new ArithmeticError('Overflow');
  return a + b;
};
const checkedSub = (a: bigint, b: bigint): bigint => {
  if (b > a) throw new ArithmeticError('Underflow');
  return a - b;
};

/** `Tally::add` (checked: Arithmetic.Overflow). */
export function tallyAdd(t: TallyValue, v: AccountVoteValue): TallyValue {
  if (v.type === 'Standard') {
    const { votes, capital } = convictionVotes(voteConviction(v.value.vote), v.value.balance);
    const turnout = checkedAdd(t.turnout, capital);
    return voteAye(v.value.vote)
      ? { ...t, turnout, ayes: checkedAdd(t.ayes, votes) }
      : { ...t, turnout, nays: checkedAdd(t.nays, votes) };
  }
  const aye = convictionVotes(0, v.value.aye);
  const nay = convictionVotes(0, v.value.nay);
  return {
    turnout: checkedAdd(checkedAdd(t.turnout, aye.capital), nay.capital),
    ayes: checkedAdd(t.ayes, aye.votes),
    nays: checkedAdd(t.nays, nay.votes),
  };
}

/** `Tally::remove` (checked: Arithmetic.Underflow). */
export function tallyRemove(t: TallyValue, v: AccountVoteValue): TallyValue {
  if (v.type === 'Standard') {
    const { votes, capital } = convictionVotes(voteConviction(v.value.vote), v.value.balance);
    const turnout = checkedSub(t.turnout, capital);
    return voteAye(v.value.vote)
      ? { ...t, turnout, ayes: checkedSub(t.ayes, votes) }
      : { ...t, turnout, nays: checkedSub(t.nays, votes) };
  }
  const aye = convictionVotes(0, v.value.aye);
  const nay = convictionVotes(0, v.value.nay);
  return {
    turnout: checkedSub(checkedSub(t.turnout, aye.capital), nay.capital),
    ayes: checkedSub(t.ayes, aye.votes),
    nays: checkedSub(t.nays, nay.votes),
  };
}

/** `Tally::increase` (saturating). */
export function tallyIncrease(t: TallyValue, aye: boolean, d: DelegationsValue): TallyValue {
  const turnout = satAdd(t.turnout, d.capital);
  return aye
    ? { ...t, turnout, ayes: satAdd(t.ayes, d.votes) }
    : { ...t, turnout, nays: satAdd(t.nays, d.votes) };
}

/** `Tally::reduce` (saturating). */
export function tallyReduce(t: TallyValue, aye: boolean, d: DelegationsValue): TallyValue {
  const turnout = satSub(t.turnout, d.capital);
  return aye
    ? { ...t, turnout, ayes: satSub(t.ayes, d.votes) }
    : { ...t, turnout, nays: satSub(t.nays, d.votes) };
}

export const delegationsAdd = (a: DelegationsValue, b: DelegationsValue): DelegationsValue => ({
  votes: satAdd(a.votes, b.votes),
  capital: satAdd(a.capital, b.capital),
});
export const delegationsSub = (a: DelegationsValue, b: DelegationsValue): DelegationsValue => ({
  votes: satSub(a.votes, b.votes),
  capital: satSub(a.capital, b.capital),
});

/** `PriorLock<BlockNumber, Balance>(until, amount)`: a struct of two unnamed fields. */
const priorTuple = tuple(u32, u128);
export const PriorLock: Codec<[bigint, bigint]> = {
  info: {
    path: ['pallet_democracy', 'vote', 'PriorLock'],
    params: [
      { name: 'BlockNumber', type: u32 },
      { name: 'Balance', type: u128 },
    ],
    def: {
      tag: 'composite',
      fields: [
        { name: null, type: u32, typeName: 'BlockNumber' },
        { name: null, type: u128, typeName: 'Balance' },
      ],
    },
  },
  enc: (w, v) => priorTuple.enc(w, v),
  dec: (r) => priorTuple.dec(r) as [bigint, bigint],
};

/** `PriorLock::accumulate`: max of each part independently. */
export const accumulate = (p: readonly [bigint, bigint], until: bigint, amount: bigint): [bigint, bigint] => [
  p[0] > until ? p[0] : until,
  p[1] > amount ? p[1] : amount,
];

export const Voting = enumOf(
  {
    path: ['pallet_democracy', 'vote', 'Voting'],
    params: [
      { name: 'Balance', type: u128 },
      { name: 'AccountId', type: AccountId },
      { name: 'BlockNumber', type: u32 },
      { name: 'MaxVotes', type: null },
    ],
  },
  {
    Direct: { votes: boundedVec(tuple(u32, AccountVote)), delegations: Delegations, prior: PriorLock },
    Delegating: {
      balance: u128,
      target: AccountId,
      conviction: Conviction,
      delegations: Delegations,
      prior: PriorLock,
    },
  },
);
export type VotingValue = ValueOf<typeof Voting>;

export const DEFAULT_VOTING: VotingValue = {
  type: 'Direct',
  value: { votes: [], delegations: { votes: 0n, capital: 0n }, prior: [0n, 0n] },
};

/** `Voting::locked_balance()` after `rejig(now)`. */
export function lockedBalance(v: VotingValue): bigint {
  const prior = v.value.prior[1];
  if (v.type === 'Delegating') return v.value.balance > prior ? v.value.balance : prior;
  let max = prior;
  for (const [, vote] of v.value.votes) {
    const b = voteBalance(vote);
    if (b > max) max = b;
  }
  return max;
}

export const ReferendumStatus = struct(
  {
    path: ['pallet_democracy', 'types', 'ReferendumStatus'],
    params: [
      { name: 'BlockNumber', type: u32 },
      { name: 'Proposal', type: Bounded },
      { name: 'Balance', type: u128 },
    ],
  },
  { end: u32, proposal: Bounded, threshold: VoteThreshold, delay: u32, tally: Tally },
);
export type ReferendumStatusValue = ValueOf<typeof ReferendumStatus>;

export const ReferendumInfo = enumOf(
  {
    path: ['pallet_democracy', 'types', 'ReferendumInfo'],
    params: [
      { name: 'BlockNumber', type: u32 },
      { name: 'Proposal', type: Bounded },
      { name: 'Balance', type: u128 },
    ],
  },
  { Ongoing: ReferendumStatus, Finished: { approved: bool, end: u32 } },
);
export type ReferendumInfoValue = ValueOf<typeof ReferendumInfo>;

export const MetadataOwner = enumOf('pallet_democracy::types::MetadataOwner', {
  External: null,
  Proposal: u32,
  Referendum: u32,
});
export type MetadataOwnerValue = ValueOf<typeof MetadataOwner>;

export const DepositOfValue = tuple(boundedVec(AccountId), u128);
export const PublicProp = tuple(u32, Bounded, AccountId);
export const NextExternalValue = tuple(Bounded, VoteThreshold);
export const BlacklistValue = tuple(u32, boundedVec(AccountId));
