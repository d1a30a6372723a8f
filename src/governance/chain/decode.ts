/**
 * Democracy storage values, as the typed codecs of the generated augmentation (src/api/chain-types), in
 * the governance model's shapes: `ReferendumInfoOf` (`PalletDemocracyReferendumInfo`), a proposal's
 * `FrameSupportPreimagesBounded` and an account's `PalletDemocracyVoteVoting`.
 */
import type {
  FrameSupportPreimagesBounded,
  PalletDemocracyDelegations,
  PalletDemocracyReferendumInfo,
  PalletDemocracyVoteAccountVote,
  PalletDemocracyVotePriorLock,
  PalletDemocracyVoteVoting,
} from '@polkadot/types/lookup';
import { isConviction } from '../../primitives/conviction.js';
import type { Tally, Threshold } from '../../primitives/threshold.js';
import type { AccountVote, Delegations, PriorLock, Voting } from '../model/voting.js';

/** A bounded call: inline bytes, or a preimage hash (and length) to look up. */
export type BoundedCall = { inline: string } | { hash: string; len?: number };

export function decodeBounded(v: FrameSupportPreimagesBounded): BoundedCall {
  if (v.isInline) return { inline: v.asInline.toHex() };
  if (v.isLookup) return { hash: v.asLookup.hash_.toHex(), len: v.asLookup.len.toNumber() };
  return { hash: v.asLegacy.hash_.toHex() };
}

export interface OngoingReferendum {
  status: 'ongoing';
  index: number;
  end: bigint;
  proposal: BoundedCall;
  threshold: Threshold;
  delay: bigint;
  tally: Tally;
}
export interface FinishedReferendum {
  status: 'finished';
  index: number;
  end: bigint;
  approved: boolean;
}
export type Referendum = OngoingReferendum | FinishedReferendum;

export function decodeReferendum(index: number, v: PalletDemocracyReferendumInfo): Referendum {
  if (v.isFinished)
    return {
      status: 'finished',
      index,
      end: v.asFinished.end.toBigInt(),
      approved: v.asFinished.approved.isTrue,
    };
  const o = v.asOngoing;
  return {
    status: 'ongoing',
    index,
    end: o.end.toBigInt(),
    proposal: decodeBounded(o.proposal),
    threshold: o.threshold.type,
    delay: o.delay.toBigInt(),
    tally: {
      ayes: o.tally.ayes.toBigInt(),
      nays: o.tally.nays.toBigInt(),
      turnout: o.tally.turnout.toBigInt(),
    },
  };
}

export function decodeAccountVote(v: PalletDemocracyVoteAccountVote): AccountVote {
  if (v.isSplit) return { kind: 'split', aye: v.asSplit.aye.toBigInt(), nay: v.asSplit.nay.toBigInt() };
  const { vote, balance } = v.asStandard;
  const conviction = vote.conviction.index;
  return {
    kind: 'standard',
    aye: vote.isAye,
    conviction: isConviction(conviction) ? conviction : 0,
    balance: balance.toBigInt(),
  };
}

const delegations = (d: PalletDemocracyDelegations): Delegations => ({
  votes: d.votes.toBigInt(),
  capital: d.capital.toBigInt(),
});
const prior = ([until, amount]: PalletDemocracyVotePriorLock): PriorLock => ({
  until: until.toBigInt(),
  amount: amount.toBigInt(),
});

export function decodeVoting(v: PalletDemocracyVoteVoting): Voting {
  if (v.isDelegating) {
    const d = v.asDelegating;
    const conviction = d.conviction.index;
    return {
      kind: 'delegating',
      balance: d.balance.toBigInt(),
      target: d.target.toString(),
      conviction: isConviction(conviction) ? conviction : 0,
      delegations: delegations(d.delegations),
      prior: prior(d.prior),
    };
  }
  const d = v.asDirect;
  return {
    kind: 'direct',
    votes: d.votes.map(([r, vote]) => ({ refIndex: r.toNumber(), vote: decodeAccountVote(vote) })),
    delegations: delegations(d.delegations),
    prior: prior(d.prior),
  };
}
