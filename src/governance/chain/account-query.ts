/**
 * One account's governance state: its democracy voting record (`Democracy.VotingOf`), its `democrac`
 * balance lock (`Balances.Locks`), and its W-PHA votes (`PhalaWrappedBalances.AccountVoteMap` keys,
 * `VoteAccountMap` amounts, `StakerAccounts.locked`); and who delegates their votes to it (a scan of
 * `VotingOf` entries, fine on a dev chain; an indexer would serve this on a large chain).
 */
import type { ApiPromise } from '@polkadot/api';
import { u8aToString } from '@polkadot/util';
import { hasStorage } from '../../api/runtime-access.js';
import type { Conviction } from '../../primitives/conviction.js';
import type { Voting } from '../model/voting.js';
import { decodeVoting } from './decode.js';

export interface WphaVote {
  refIndex: number;
  aye: bigint;
  nay: bigint;
}

export interface AccountGovernance {
  voting: Voting;
  /** The `democrac` lock now on the account. */
  democracyLock: bigint;
  wphaVotes: WphaVote[];
  /** `StakerAccounts.locked`: the W-PHA that `unwrap` must leave (max over unlocked referenda). */
  wphaLocked: bigint;
}

const LOCK_ID = 'democrac';

export async function fetchAccountGovernance(api: ApiPromise, address: string): Promise<AccountGovernance> {
  const wpha = hasStorage(api, 'phalaWrappedBalances', 'accountVoteMap');
  const [voting, locks, keys, staker] = await Promise.all([
    api.query.democracy.votingOf(address),
    api.query.balances.locks(address),
    wpha ? api.query.phalaWrappedBalances.accountVoteMap.keys(address) : Promise.resolve([]),
    wpha ? api.query.phalaWrappedBalances.stakerAccounts(address) : Promise.resolve(undefined),
  ]);
  const lock = locks.find((l) => u8aToString(l.id.toU8a()) === LOCK_ID);
  const refs = keys.map((k) => k.args[1].toNumber());
  const amounts = refs.length
    ? await api.query.phalaWrappedBalances.voteAccountMap.multi(refs.map((r) => [r, address]))
    : [];
  const wphaVotes = refs.map((refIndex, i): WphaVote => {
    const v = amounts[i];
    if (!v?.isSome) return { refIndex, aye: 0n, nay: 0n };
    const [aye, nay] = v.unwrap();
    return { refIndex, aye: aye.toBigInt(), nay: nay.toBigInt() };
  });
  return {
    voting: decodeVoting(voting),
    democracyLock: lock ? lock.amount.toBigInt() : 0n,
    wphaVotes: wphaVotes.sort((a, b) => a.refIndex - b.refIndex),
    wphaLocked: staker?.isSome ? staker.unwrap().locked.toBigInt() : 0n,
  };
}

export interface IncomingDelegation {
  from: string;
  balance: bigint;
  conviction: Conviction;
}

export async function fetchDelegatorsTo(api: ApiPromise, address: string): Promise<IncomingDelegation[]> {
  const entries = await api.query.democracy.votingOf.entries();
  const out: IncomingDelegation[] = [];
  for (const [key, value] of entries) {
    const v = decodeVoting(value);
    if (v.kind === 'delegating' && v.target === address)
      out.push({ from: key.args[0].toString(), balance: v.balance, conviction: v.conviction });
  }
  return out;
}
