/**
 * "My locks": every part of an account's democracy lock with its reason and the block it can be lifted
 * from, computed exactly as pallet_democracy does (`remove_vote` → prior lock `end + VoteLockingPeriod ×
 * lockPeriods` for winning Standard votes with conviction; `unlock` → max of the prior and the remaining
 * votes, or the delegated balance), and the plan of the one-click "unlock what can be unlocked".
 */
import { lockBlocks, winningLockExpiry } from '../../primitives/conviction.js';
import { type AccountVote, type RefState, type Voting, voteCapital } from './voting.js';

export type LockReason =
  | 'voteOngoing'
  | 'voteLocked'
  | 'voteExpired'
  | 'voteCancelled'
  | 'delegation'
  | 'prior';

export interface LockItem {
  reason: LockReason;
  refIndex?: number;
  amount: bigint;
  /** First block at which this part no longer locks anything; undefined while it cannot be known. */
  expiry?: bigint;
  /** For a vote on an ongoing referendum: the expiry if its side wins. */
  expiryIfWins?: bigint;
  /** Whether `remove_vote` + `unlock` (or just `unlock`) frees this part at block `now`. */
  unlockable: boolean;
}

/** When a vote stops locking, given the referendum's state; undefined while it is ongoing. */
export function voteExpiry(vote: AccountVote, ref: RefState, voteLockingPeriod: bigint): bigint | undefined {
  if (ref.status === 'missing') return 0n;
  if (ref.status === 'ongoing') return undefined;
  if (vote.kind === 'standard' && vote.aye === ref.approved && vote.conviction > 0)
    return winningLockExpiry(ref.end, vote.conviction, voteLockingPeriod);
  return ref.end;
}

function voteItem(refIndex: number, vote: AccountVote, ref: RefState, now: bigint, vlp: bigint): LockItem {
  const amount = voteCapital(vote);
  if (ref.status === 'ongoing') {
    const ifWins = vote.kind === 'standard' ? winningLockExpiry(ref.end, vote.conviction, vlp) : ref.end;
    return { reason: 'voteOngoing', refIndex, amount, expiryIfWins: ifWins, unlockable: false };
  }
  const expiry = voteExpiry(vote, ref, vlp) ?? 0n;
  if (ref.status === 'missing')
    return { reason: 'voteCancelled', refIndex, amount, expiry, unlockable: true };
  const free = now >= expiry;
  return { reason: free ? 'voteExpired' : 'voteLocked', refIndex, amount, expiry, unlockable: free };
}

export function democracyLocks(
  voting: Voting,
  refOf: (refIndex: number) => RefState,
  now: bigint,
  voteLockingPeriod: bigint,
): LockItem[] {
  const items: LockItem[] = [];
  if (voting.kind === 'direct') {
    for (const { refIndex, vote } of voting.votes)
      items.push(voteItem(refIndex, vote, refOf(refIndex), now, voteLockingPeriod));
  } else {
    items.push({
      reason: 'delegation',
      amount: voting.balance,
      expiryIfWins: now + lockBlocks(voting.conviction, voteLockingPeriod),
      unlockable: false,
    });
  }
  if (voting.prior.amount > 0n)
    items.push({
      reason: 'prior',
      amount: voting.prior.amount,
      expiry: voting.prior.until,
      unlockable: now >= voting.prior.until,
    });
  return items;
}

export interface UnlockPlan {
  /** Referenda whose vote `remove_vote` clears without leaving a lock behind. */
  removeVotes: number[];
  /** The `democrac` lock `unlock` will leave. */
  lockAfter: bigint;
}

/** What "unlock what can be unlocked" sends (`remove_vote` for each, then `unlock(self)`) and leaves. */
export function unlockPlan(
  voting: Voting,
  refOf: (refIndex: number) => RefState,
  now: bigint,
  voteLockingPeriod: bigint,
): UnlockPlan {
  const prior = now >= voting.prior.until ? 0n : voting.prior.amount;
  if (voting.kind === 'delegating')
    return { removeVotes: [], lockAfter: voting.balance > prior ? voting.balance : prior };
  const removeVotes: number[] = [];
  let needed = prior;
  for (const { refIndex, vote } of voting.votes) {
    const expiry = voteExpiry(vote, refOf(refIndex), voteLockingPeriod);
    if (expiry !== undefined && now >= expiry) removeVotes.push(refIndex);
    else if (voteCapital(vote) > needed) needed = voteCapital(vote);
  }
  return { removeVotes, lockAfter: needed };
}
