/**
 * Democracy, W-PHA and collective storage values (as `toPrimitive()` plain data from @polkadot/api) in
 * the governance model's shapes. Enum variants arrive camelCased (`ongoing`, `direct`, `standard`, …).
 */
import { arr, big, num, obj, type Plain, str, variant } from '../../api/codec.js';
import { convictionFromName, isConviction } from '../../primitives/conviction.js';
import type { Tally, Threshold } from '../../primitives/threshold.js';
import { thresholdFromName } from '../model/threshold.js';
import type { AccountVote, Delegations, PriorLock, Voting } from '../model/voting.js';

const is = (name: string, want: string) => name.toLowerCase() === want.toLowerCase();

/** A bounded call: inline bytes, or a preimage hash (and length) to look up. */
export type BoundedCall = { inline: string } | { hash: string; len?: number };

export function decodeBounded(v: Plain): BoundedCall {
  const [name, inner] = variant(v);
  if (is(name, 'inline')) return { inline: str(inner) };
  const o = obj(inner);
  // @polkadot/types renames a field called `hash` to `hash_` (it would shadow Codec.hash)
  return { hash: str(o.hash ?? o.hash_), len: o.len === undefined ? undefined : num(o.len) };
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

export function decodeReferendum(index: number, v: Plain): Referendum {
  const [name, inner] = variant(v);
  const o = obj(inner);
  if (is(name, 'finished'))
    return { status: 'finished', index, end: big(o.end), approved: o.approved === true };
  const t = obj(o.tally);
  return {
    status: 'ongoing',
    index,
    end: big(o.end),
    proposal: decodeBounded(o.proposal),
    threshold: thresholdFromName(variant(o.threshold)[0]),
    delay: big(o.delay),
    tally: { ayes: big(t.ayes), nays: big(t.nays), turnout: big(t.turnout) },
  };
}

export function decodeAccountVote(v: Plain): AccountVote {
  const [name, inner] = variant(v);
  const o = obj(inner);
  if (is(name, 'split')) return { kind: 'split', aye: big(o.aye), nay: big(o.nay) };
  const vote = o.vote;
  let aye: boolean;
  let conviction: number;
  if (typeof vote === 'object' && vote !== null) {
    const vv = obj(vote);
    aye = vv.aye === true;
    conviction = convictionFromName(String(vv.conviction));
  } else {
    const byte = num(vote);
    aye = (byte & 0x80) !== 0;
    conviction = byte & 0x7f;
  }
  return {
    kind: 'standard',
    aye,
    conviction: isConviction(conviction) ? conviction : 0,
    balance: big(o.balance),
  };
}

const delegations = (v: Plain): Delegations => {
  const o = obj(v);
  return { votes: big(o.votes), capital: big(o.capital) };
};
const prior = (v: Plain): PriorLock => {
  const [until, amount] = arr(v);
  return { until: big(until ?? 0), amount: big(amount ?? 0) };
};

export function decodeVoting(v: Plain): Voting {
  const [name, inner] = variant(v);
  const o = obj(inner);
  if (is(name, 'delegating'))
    return {
      kind: 'delegating',
      balance: big(o.balance),
      target: str(o.target),
      conviction: convictionFromName(String(o.conviction)),
      delegations: delegations(o.delegations),
      prior: prior(o.prior),
    };
  return {
    kind: 'direct',
    votes: arr(o.votes).map((e) => {
      const [r, vote] = arr(e);
      return { refIndex: num(r), vote: decodeAccountVote(vote) };
    }),
    delegations: delegations(o.delegations),
    prior: prior(o.prior),
  };
}
