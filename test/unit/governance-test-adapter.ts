/**
 * Test-only adapter: the scenario harness's decoded democracy values (`Democracy.VotingOf`,
 * `ReferendumInfoOf`) in the governance model's plain shapes, so the UI's computations can be fed the
 * chain's own state.
 */

import type { AccountVote, RefState, Voting } from '../../src/governance/model/voting.js';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { isConviction } from '../../src/primitives/conviction.js';
import { acct } from '../pallets/governance-helpers.js';

type HarnessVote =
  | { type: 'Standard'; value: { vote: bigint; balance: bigint } }
  | { type: 'Split'; value: { aye: bigint; nay: bigint } };

interface HarnessVoting {
  type: 'Direct' | 'Delegating';
  value: {
    votes?: Array<[bigint, HarnessVote]>;
    balance?: bigint;
    target?: string;
    conviction?: { type: string };
    delegations: { votes: bigint; capital: bigint };
    prior: [bigint, bigint];
  };
}

function vote(v: HarnessVote): AccountVote {
  if (v.type === 'Split') return { kind: 'split', aye: v.value.aye, nay: v.value.nay };
  const c = Number(v.value.vote & 0x7fn);
  if (!isConviction(c)) throw new Error('bad conviction');
  return { kind: 'standard', aye: (v.value.vote & 0x80n) !== 0n, conviction: c, balance: v.value.balance };
}

export function votingOf(rt: Runtime, who: number | string): Voting {
  const v = rt.query('Democracy.VotingOf', acct(who)) as HarnessVoting;
  const prior = { until: v.value.prior[0], amount: v.value.prior[1] };
  if (v.type === 'Delegating') throw new Error('delegating not needed by these tests');
  return {
    kind: 'direct',
    votes: (v.value.votes ?? []).map(([r, x]) => ({ refIndex: Number(r), vote: vote(x) })),
    delegations: v.value.delegations,
    prior,
  };
}

export function refState(rt: Runtime, ref: number): RefState {
  const info = rt.query('Democracy.ReferendumInfoOf', BigInt(ref)) as
    | { type: 'Ongoing'; value: { end: bigint } }
    | { type: 'Finished'; value: { approved: boolean; end: bigint } }
    | undefined;
  if (!info) return { status: 'missing' };
  if (info.type === 'Ongoing') return { status: 'ongoing', end: info.value.end };
  return { status: 'finished', approved: info.value.approved, end: info.value.end };
}
