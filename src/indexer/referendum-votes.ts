/**
 * The voters of one referendum from Democracy.VotingOf entries (values as `toPrimitive` gives them): every
 * `Direct` voting holding a vote on that referendum, with its direction, conviction, balance and the
 * delegations it carries (delegations count with a standard vote only, as pallet_democracy's tally).
 * Pure: the indexer reads the entries, this turns them into records, in voter order.
 */
import { convictionFromName, decodeVoteByte } from '../primitives/conviction.js';
import { arr, big, field, type Json, obj, str, variant } from './chain-reader.js';
import type { ReferendumVote } from './types.js';

/** A vote's side and conviction: `{ aye, conviction }` (names) or the raw byte (bit 7 aye, low bits). */
function standardVote(v: Json | undefined): { aye: boolean; conviction: number } {
  if (typeof v === 'object' && v !== null) {
    const o = obj(v);
    return { aye: field(o, 'aye') === true, conviction: convictionFromName(str(field(o, 'conviction'))) };
  }
  return decodeVoteByte(Number(big(v)));
}

export function votesOnReferendum(
  refIndex: bigint,
  entries: ReadonlyArray<readonly [string, Json]>,
): ReferendumVote[] {
  const out: ReferendumVote[] = [];
  for (const [voter, voting] of entries) {
    const [kind, inner] = variant(voting);
    if (kind !== 'Direct') continue;
    const o = obj(inner);
    const entry = arr(field(o, 'votes')).find((e) => big(arr(e)[0]) === refIndex);
    if (!entry) continue;
    const [vkind, vbody] = variant(arr(entry)[1]);
    const b = obj(vbody);
    const d = obj(field(o, 'delegations'));
    if (vkind === 'Split') {
      const aye = big(field(b, 'aye'));
      const nay = big(field(b, 'nay'));
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
    const { aye, conviction } = standardVote(field(b, 'vote'));
    const balance = big(field(b, 'balance'));
    out.push({
      voter,
      direction: aye ? 'aye' : 'nay',
      conviction,
      balance: String(balance),
      ayeBalance: String(aye ? balance : 0n),
      nayBalance: String(aye ? 0n : balance),
      delegatedVotes: String(big(field(d, 'votes'))),
      delegatedCapital: String(big(field(d, 'capital'))),
    });
  }
  return out.sort((a, b) => (a.voter < b.voter ? -1 : a.voter > b.voter ? 1 : 0));
}
