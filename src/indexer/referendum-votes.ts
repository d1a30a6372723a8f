/**
 * The voters of one referendum from Democracy.VotingOf entries (the typed `PalletDemocracyVoteVoting`
 * codecs of the generated augmentation): every `Direct` voting holding a vote on that referendum, with its
 * direction, conviction, balance and the delegations it carries (delegations count with a standard vote
 * only, as pallet_democracy's tally). Pure: the indexer reads the entries, this turns them into records,
 * in voter order.
 */
import type { PalletDemocracyVoteVoting } from '@polkadot/types/lookup';
import { isConviction } from '../primitives/conviction.js';
import type { ReferendumVote } from './types.js';

export function votesOnReferendum(
  refIndex: bigint,
  entries: ReadonlyArray<readonly [string, PalletDemocracyVoteVoting]>,
): ReferendumVote[] {
  const out: ReferendumVote[] = [];
  for (const [voter, voting] of entries) {
    if (!voting.isDirect) continue;
    const direct = voting.asDirect;
    const entry = direct.votes.find(([r]) => r.toBigInt() === refIndex);
    if (!entry) continue;
    const vote = entry[1];
    if (vote.isSplit) {
      const aye = vote.asSplit.aye.toBigInt();
      const nay = vote.asSplit.nay.toBigInt();
      out.push({
        voter,
        direction: 'split',
        conviction: 0,
        balance: String(aye + nay),
        ayeBalance: String(aye),
        nayBalance: String(nay),
        delegatedVotes: '0',
        delegatedCapital: '0',
      });
      continue;
    }
    const { vote: v, balance: b } = vote.asStandard;
    const aye = v.isAye;
    const c = v.conviction.index;
    const conviction = isConviction(c) ? c : 0;
    const balance = b.toBigInt();
    out.push({
      voter,
      direction: aye ? 'aye' : 'nay',
      conviction,
      balance: String(balance),
      ayeBalance: String(aye ? balance : 0n),
      nayBalance: String(aye ? 0n : balance),
      delegatedVotes: String(direct.delegations.votes.toBigInt()),
      delegatedCapital: String(direct.delegations.capital.toBigInt()),
    });
  }
  return out.sort((a, b) => (a.voter < b.voter ? -1 : a.voter > b.voter ? 1 : 0));
}
