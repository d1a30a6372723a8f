/**
 * pallet_democracy (Gov v1) of the final Khala runtime (polkadot-sdk release-polkadot-v1.2.0; its shapes
 * did not change since Khala's Aug-2023 metadata) as
 * spec/governance.md describes it: public proposals with deposits and seconds, launches every
 * LaunchPeriod alternating public and external (LastTabledWasExternal is taken, so an empty slot
 * resets it), the highest-backing public proposal winning with ties to the last entry and swap_remove
 * reordering, referenda baked at `end` against total issuance with adaptive quorum biasing, passed
 * calls held (`Preimages::hold`: Preimage.Requested before Scheduler.Scheduled) and scheduled through the
 * Scheduler as task `(DEMOCRACY_ID, index).encode_into()` at `end + max(delay, 1)` with Root origin and
 * priority 63; conviction voting (Standard and Split), one-level delegation, prior locks and the
 * `democrac` balance lock with `WithdrawReasons::TRANSFER` (reasons `Misc`; extended on vote/delegate,
 * recomputed on unlock); external proposals,
 * fast-track / instant, veto with cool-off, emergency cancellation recorded per hash, cancel_referendum,
 * cancel_proposal and blacklist slashing deposits to the Treasury, and proposal metadata.
 *
 * Origins are Phala's (spec/governance.md §5.2): External ≥ 1/2 Council, ExternalMajority ≥ 3/4,
 * ExternalDefault unanimous Council, FastTrack ≥ 2/3 TC, Instant unanimous TC, Cancellation ≥ 2/3
 * Council, CancelProposal unanimous TC (each or Root), Blacklist Root, Veto any single TC member.
 * Periods per profile (spec/contracts.md §2).
 *
 * Extension point for PhalaWrappedBalances (W-PHA): `tryVote(palletAccount, ref, { type: 'Split', … })`
 * is an ordinary Split vote of the pallet account (checked against its free PHA, locking it under
 * `democrac`); `referendumStatus(ref)` / `isOngoing(ref)` answer the W-PHA pallet's Ongoing checks.
 *
 * Deviations: the `democrac` lock is rewritten through Balances' setLock, which moves it to the end of
 * the account's lock list (Rust keeps its position); weights are not modelled.
 */

import { CONVICTION_NAMES, lockPeriods } from '../../../primitives/conviction.js';
import { approved } from '../../../primitives/threshold.js';
import { badOrigin } from '../../frame/errors.js';
import { ensureRoot, ensureSigned, type Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { bool, compact, option, u32, u128 } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, boundedVec, H256, MultiAddress } from '../../frame/types.js';
import { type AccountId as Account, publicKey } from '../../primitives/account.js';
import { toHex } from '../../primitives/bytes.js';
import {
  DOLLARS,
  freeBalance,
  Locks,
  lockId,
  lookup,
  removeLock,
  reserve,
  setLock,
  TotalIssuance,
  unreserve,
} from '../balances/index.js';
import { isRoot, memberOf, proportionAtLeast } from '../collective/origin.js';
import { Bounded, type BoundedCall, boundedHash, preimageLen, requestBounded } from '../preimage/index.js';
import { scheduleBounded, taskName } from '../scheduler/index.js';
import { currentBlock } from '../system/index.js';
import { slashToTreasury } from '../treasury/index.js';
import { DemocracyDocs } from './docs.js';
import {
  AccountVote,
  type AccountVoteValue,
  accumulate,
  BlacklistValue,
  Conviction,
  convictionIndex,
  convictionVotes,
  DEFAULT_VOTING,
  type DelegationsValue,
  DepositOfValue,
  delegationsAdd,
  delegationsSub,
  lockedBalance,
  lockedIf,
  MetadataOwner,
  type MetadataOwnerValue,
  NextExternalValue,
  PublicProp,
  ReferendumInfo,
  type ReferendumInfoValue,
  type ReferendumStatusValue,
  tallyAdd,
  tallyIncrease,
  tallyReduce,
  tallyRemove,
  VoteThreshold,
  type VoteThresholdValue,
  Voting,
  type VotingValue,
  voteAye,
  voteBalance,
} from './types.js';

export * from './types.js';

const DAYS = 7_200n;
const HOURS = 300n;
export const DEMOCRACY_ID = 'democrac';
const U32_MAX = (1n << 32n) - 1n;

const S = storage('Democracy');
export const PublicPropCount = S.value('PublicPropCount', u32, { default: 0n });
export const PublicProps = S.value('PublicProps', boundedVec(PublicProp), { default: [] });
export const DepositOf = S.map('DepositOf', [['Twox64Concat', u32]], DepositOfValue);
export const ReferendumCount = S.value('ReferendumCount', u32, { default: 0n });
export const LowestUnbaked = S.value('LowestUnbaked', u32, { default: 0n });
export const ReferendumInfoOf = S.map('ReferendumInfoOf', [['Twox64Concat', u32]], ReferendumInfo);
export const VotingOf = S.map('VotingOf', [['Twox64Concat', AccountId]], Voting, { default: DEFAULT_VOTING });
export const LastTabledWasExternal = S.value('LastTabledWasExternal', bool, { default: false });
export const NextExternal = S.value('NextExternal', NextExternalValue);
export const Blacklist = S.map('Blacklist', [['Identity', H256]], BlacklistValue);
export const Cancellations = S.map('Cancellations', [['Identity', H256]], bool, { default: false });
export const MetadataOf = S.map('MetadataOf', [['Blake2_128Concat', MetadataOwner]], H256);

export const DemocracyEvents = events('Democracy', 'pallet_democracy', {
  Proposed: { proposal_index: u32, deposit: u128 },
  Tabled: { proposal_index: u32, deposit: u128 },
  ExternalTabled: {},
  Started: { ref_index: u32, threshold: VoteThreshold },
  Passed: { ref_index: u32 },
  NotPassed: { ref_index: u32 },
  Cancelled: { ref_index: u32 },
  Delegated: { who: AccountId, target: AccountId },
  Undelegated: { account: AccountId },
  Vetoed: { who: AccountId, proposal_hash: H256, until: u32 },
  Blacklisted: { proposal_hash: H256 },
  Voted: { voter: AccountId, ref_index: u32, vote: AccountVote },
  Seconded: { seconder: AccountId, prop_index: u32 },
  ProposalCanceled: { prop_index: u32 },
  MetadataSet: { owner: MetadataOwner, hash: H256 },
  MetadataCleared: { owner: MetadataOwner, hash: H256 },
  MetadataTransferred: { prev_owner: MetadataOwner, owner: MetadataOwner, hash: H256 },
});

export const DemocracyErrors = errors('Democracy', 'pallet_democracy', [
  'ValueLow',
  'ProposalMissing',
  'AlreadyCanceled',
  'DuplicateProposal',
  'ProposalBlacklisted',
  'NotSimpleMajority',
  'InvalidHash',
  'NoProposal',
  'AlreadyVetoed',
  'ReferendumInvalid',
  'NoneWaiting',
  'NotVoter',
  'NoPermission',
  'AlreadyDelegating',
  'InsufficientFunds',
  'NotDelegating',
  'VotesExist',
  'InstantNotAllowed',
  'Nonsense',
  'WrongUpperBound',
  'MaxVotesReached',
  'TooMany',
  'VotingPeriodLow',
  'PreimageNotExist',
] as const);

/**
 * Phala's values in production; the dev profile shortens the periods to blocks and the demo profile to
 * days, so the demo network has referenda open for days when it is loaded (spec/contracts.md §2).
 */
export const DemocracyConstants = constants('Democracy', {
  EnactmentPeriod: { codec: u32, value: 10n, production: 8n * DAYS, demo: 1n * DAYS },
  LaunchPeriod: { codec: u32, value: 20n, production: 7n * DAYS, demo: 1n * DAYS },
  VotingPeriod: { codec: u32, value: 20n, production: 7n * DAYS, demo: 4n * DAYS },
  VoteLockingPeriod: { codec: u32, value: 10n, production: 8n * DAYS, demo: 1n * DAYS },
  MinimumDeposit: { codec: u128, value: 10n * DOLLARS },
  InstantAllowed: { codec: bool, value: true },
  FastTrackVotingPeriod: { codec: u32, value: 5n, production: 3n * HOURS, demo: 1n * HOURS },
  CooloffPeriod: { codec: u32, value: 20n, production: 7n * DAYS, demo: 1n * DAYS },
  MaxVotes: { codec: u32, value: 100n },
  MaxProposals: { codec: u32, value: 100n },
  MaxDeposits: { codec: u32, value: 100n },
  MaxBlacklisted: { codec: u32, value: 100n },
});
const K = DemocracyConstants.get;

// ---------------------------------------------------------------------------------------------------
// Origins (Phala's runtime)

const either = (o: Origin, ok: boolean): void => {
  if (!isRoot(o) && !ok) throw badOrigin();
};
const ensureExternal = (o: Origin) => either(o, proportionAtLeast(o, 'Council', 1, 2));
const ensureExternalMajority = (o: Origin) => either(o, proportionAtLeast(o, 'Council', 3, 4));
const ensureExternalDefault = (o: Origin) => either(o, proportionAtLeast(o, 'Council', 1, 1));
const isFastTrack = (o: Origin) => isRoot(o) || proportionAtLeast(o, 'TechnicalCommittee', 2, 3);
const ensureInstant = (o: Origin) => either(o, proportionAtLeast(o, 'TechnicalCommittee', 1, 1));
const ensureCancellation = (o: Origin) => either(o, proportionAtLeast(o, 'Council', 2, 3));
const ensureCancelProposal = (o: Origin) => either(o, proportionAtLeast(o, 'TechnicalCommittee', 1, 1));
function ensureVeto(o: Origin): Account {
  const who = memberOf(o, 'TechnicalCommittee');
  if (who === null) throw badOrigin();
  return who;
}
function ensureExternalFor(threshold: VoteThresholdValue['type'], o: Origin): void {
  if (threshold === 'SuperMajorityApprove') ensureExternal(o);
  else if (threshold === 'SuperMajorityAgainst') ensureExternalDefault(o);
  else ensureExternalMajority(o);
}

// ---------------------------------------------------------------------------------------------------
// Helpers

const keyOf = (a: Account): string => toHex(publicKey(a));

/**
 * `WithdrawReasons::TRANSFER`, stored as `Reasons::Misc` (v1.2.0 `extend_lock`/`set_lock` calls). Balances
 * v1.2.0 ignores the reasons when it computes `frozen`, so the lock still bars fees from the locked part.
 */
const LOCK_REASONS = 'Misc';

/** The `democrac` lock currently on an account (0 when none). */
export function democracyLock(who: Account): bigint {
  const id = lockId(DEMOCRACY_ID);
  return Locks.get(who).find((l) => l.id === id)?.amount ?? 0n;
}

/** LockableCurrency::extend_lock: the lock becomes max(existing, amount); never lowered. */
function extendLock(who: Account, amount: bigint): void {
  if (amount === 0n) return;
  const current = democracyLock(who);
  if (current >= amount && current > 0n) return;
  setLock(DEMOCRACY_ID, who, amount > current ? amount : current, LOCK_REASONS);
}

/** `referendum_status`: the Ongoing status or ReferendumInvalid. */
export function referendumStatus(index: bigint): ReferendumStatusValue {
  const info = ReferendumInfoOf.tryGet(index);
  if (info?.type !== 'Ongoing') throw DemocracyErrors.fail('ReferendumInvalid');
  return info.value;
}

export const isOngoing = (index: bigint): boolean => ReferendumInfoOf.tryGet(index)?.type === 'Ongoing';

/** Deposit × number of depositors. */
export function backingFor(propIndex: bigint): bigint | null {
  const d = DepositOf.tryGet(propIndex);
  return d ? d[1] * BigInt(d[0].length) : null;
}

function clearMetadata(owner: MetadataOwnerValue): void {
  const hash = MetadataOf.tryGet(owner);
  if (hash === undefined) return;
  MetadataOf.remove(owner);
  DemocracyEvents.emit('MetadataCleared', { owner, hash });
}

function transferMetadata(owner: MetadataOwnerValue, next: MetadataOwnerValue): void {
  const hash = MetadataOf.tryGet(owner);
  if (hash === undefined) return;
  MetadataOf.remove(owner);
  MetadataOf.set(next, hash);
  DemocracyEvents.emit('MetadataTransferred', { prev_owner: owner, owner: next, hash });
}

/** Starts a referendum (`inject_referendum`). */
export function injectReferendum(
  end: bigint,
  proposal: BoundedCall,
  threshold: VoteThresholdValue['type'],
  delay: bigint,
): bigint {
  const refIndex = ReferendumCount.get();
  ReferendumCount.set(refIndex + 1n);
  ReferendumInfoOf.set(refIndex, {
    type: 'Ongoing',
    value: {
      end,
      proposal,
      threshold: { type: threshold, value: null },
      delay,
      tally: { ayes: 0n, nays: 0n, turnout: 0n },
    },
  });
  DemocracyEvents.emit('Started', { ref_index: refIndex, threshold: { type: threshold, value: null } });
  return refIndex;
}

function internalCancelReferendum(refIndex: bigint): void {
  DemocracyEvents.emit('Cancelled', { ref_index: refIndex });
  ReferendumInfoOf.remove(refIndex);
  clearMetadata({ type: 'Referendum', value: refIndex });
}

function slashDeposits(depositors: Account[], amount: bigint): void {
  for (const who of depositors) slashToTreasury(who, amount);
}

// ---------------------------------------------------------------------------------------------------
// Voting

/** `try_vote`: the extension point the W-PHA pallet uses with a Split vote of its pallet account. */
export function tryVote(who: Account, refIndex: bigint, vote: AccountVoteValue): void {
  const status = referendumStatus(refIndex);
  if (voteBalance(vote) > freeBalance(who)) throw DemocracyErrors.fail('InsufficientFunds');
  const voting = VotingOf.get(who);
  if (voting.type !== 'Direct') throw DemocracyErrors.fail('AlreadyDelegating');
  const votes = [...voting.value.votes];
  const delegations = voting.value.delegations;
  let tally = status.tally;
  const i = votes.findIndex(([r]) => r >= refIndex);
  const existing = i >= 0 && votes[i]?.[0] === refIndex ? votes[i] : undefined;
  if (existing) {
    tally = tallyRemove(tally, existing[1]);
    if (existing[1].type === 'Standard')
      tally = tallyReduce(tally, voteAye(existing[1].value.vote), delegations);
    votes[i] = [refIndex, vote];
  } else {
    if (BigInt(votes.length) >= K('MaxVotes')) throw DemocracyErrors.fail('MaxVotesReached');
    votes.splice(i < 0 ? votes.length : i, 0, [refIndex, vote]);
  }
  tally = tallyAdd(tally, vote);
  if (vote.type === 'Standard') tally = tallyIncrease(tally, voteAye(vote.value.vote), delegations);
  VotingOf.set(who, { type: 'Direct', value: { ...voting.value, votes } });
  DemocracyEvents.emit('Voted', { voter: who, ref_index: refIndex, vote });
  extendLock(who, voteBalance(vote));
  ReferendumInfoOf.set(refIndex, { type: 'Ongoing', value: { ...status, tally } });
}

type UnvoteScope = 'Any' | 'OnlyExpired';

/** `try_remove_vote`. */
export function tryRemoveVote(who: Account, refIndex: bigint, scope: UnvoteScope): void {
  const info = ReferendumInfoOf.tryGet(refIndex);
  const voting = VotingOf.get(who);
  if (voting.type !== 'Direct') {
    VotingOf.set(who, voting);
    return;
  }
  const votes = [...voting.value.votes];
  const i = votes.findIndex(([r]) => r === refIndex);
  const entry = votes[i];
  if (!entry) throw DemocracyErrors.fail('NotVoter');
  let prior = voting.value.prior;
  if (info?.type === 'Ongoing') {
    if (scope !== 'Any') throw DemocracyErrors.fail('NoPermission');
    let tally = tallyRemove(info.value.tally, entry[1]);
    if (entry[1].type === 'Standard')
      tally = tallyReduce(tally, voteAye(entry[1].value.vote), voting.value.delegations);
    ReferendumInfoOf.set(refIndex, { type: 'Ongoing', value: { ...info.value, tally } });
  } else if (info?.type === 'Finished') {
    const locked = lockedIf(entry[1], info.value.approved);
    if (locked) {
      const unlockAt = info.value.end + K('VoteLockingPeriod') * locked[0];
      if (currentBlock() < unlockAt) {
        if (scope !== 'Any') throw DemocracyErrors.fail('NoPermission');
        prior = accumulate(prior, unlockAt, locked[1]);
      }
    }
  }
  votes.splice(i, 1);
  VotingOf.set(who, { type: 'Direct', value: { ...voting.value, votes, prior } });
}

/** `update_lock`: rejig the prior lock, then set the lock to exactly what is needed. */
export function updateLock(who: Account): void {
  const voting = VotingOf.get(who);
  const now = currentBlock();
  const prior: [bigint, bigint] = now >= voting.value.prior[0] ? [0n, 0n] : voting.value.prior;
  const next = { ...voting, value: { ...voting.value, prior } } as VotingValue;
  VotingOf.set(who, next);
  const needed = lockedBalance(next);
  if (needed === 0n) removeLock(DEMOCRACY_ID, who);
  else setLock(DEMOCRACY_ID, who, needed, LOCK_REASONS);
}

/**
 * `increase_upstream_delegation` / `reduce_upstream_delegation`: the target's delegation counter and the
 * tally of its Standard votes on Ongoing referenda move by `amount` in the given direction.
 */
function adjustUpstream(target: Account, amount: DelegationsValue, direction: 'increase' | 'reduce'): void {
  const v = VotingOf.get(target);
  const increase = direction === 'increase';
  const delegations = increase
    ? delegationsAdd(v.value.delegations, amount)
    : delegationsSub(v.value.delegations, amount);
  if (v.type === 'Direct') {
    for (const [r, vote] of v.value.votes) {
      if (vote.type !== 'Standard') continue;
      const info = ReferendumInfoOf.tryGet(r);
      if (info?.type !== 'Ongoing') continue;
      const aye = voteAye(vote.value.vote);
      const tally = increase
        ? tallyIncrease(info.value.tally, aye, amount)
        : tallyReduce(info.value.tally, aye, amount);
      ReferendumInfoOf.set(r, { type: 'Ongoing', value: { ...info.value, tally } });
    }
  }
  VotingOf.set(target, { ...v, value: { ...v.value, delegations } } as VotingValue);
}

const increaseUpstream = (target: Account, amount: DelegationsValue) =>
  adjustUpstream(target, amount, 'increase');
const reduceUpstream = (target: Account, amount: DelegationsValue) =>
  adjustUpstream(target, amount, 'reduce');

function tryDelegate(who: Account, target: Account, conviction: number, balance: bigint): void {
  if (who === target) throw DemocracyErrors.fail('Nonsense');
  if (balance > freeBalance(who)) throw DemocracyErrors.fail('InsufficientFunds');
  const old = VotingOf.get(who);
  let delegations = old.value.delegations;
  let prior = old.value.prior;
  if (old.type === 'Delegating') {
    const oldConviction = convictionIndex(old.value.conviction);
    reduceUpstream(old.value.target, convictionVotes(oldConviction, old.value.balance));
    const unlockAt = currentBlock() + K('VoteLockingPeriod') * lockPeriods(oldConviction);
    prior = accumulate(prior, unlockAt, old.value.balance);
    delegations = old.value.delegations;
  } else if (old.value.votes.length > 0) throw DemocracyErrors.fail('VotesExist');
  increaseUpstream(target, convictionVotes(conviction, balance));
  VotingOf.set(who, {
    type: 'Delegating',
    value: {
      balance,
      target,
      conviction: { type: CONVICTION_NAMES[conviction] ?? 'None', value: null },
      delegations,
      prior,
    },
  });
  extendLock(who, balance);
  DemocracyEvents.emit('Delegated', { who, target });
}

function tryUndelegate(who: Account): void {
  const old = VotingOf.get(who);
  if (old.type !== 'Delegating') throw DemocracyErrors.fail('NotDelegating');
  const c = convictionIndex(old.value.conviction);
  reduceUpstream(old.value.target, convictionVotes(c, old.value.balance));
  const unlockAt = currentBlock() + K('VoteLockingPeriod') * lockPeriods(c);
  const prior = accumulate(old.value.prior, unlockAt, old.value.balance);
  VotingOf.set(who, { type: 'Direct', value: { votes: [], delegations: old.value.delegations, prior } });
  DemocracyEvents.emit('Undelegated', { account: who });
}

// ---------------------------------------------------------------------------------------------------
// Launching and baking

function launchPublic(now: bigint): boolean {
  const props = [...PublicProps.get()];
  if (props.length === 0) return false;
  // max_by_key returns the last maximum
  let winner = 0;
  let best = -1n;
  props.forEach(([idx], i) => {
    const b = backingFor(idx) ?? 0n;
    if (b >= best) {
      best = b;
      winner = i;
    }
  });
  const [propIndex, proposal] = props[winner] as (typeof props)[number];
  // swap_remove
  const last = props.pop() as (typeof props)[number];
  if (winner < props.length) props[winner] = last;
  PublicProps.set(props);
  const deposit = DepositOf.tryGet(propIndex);
  if (deposit) {
    DepositOf.remove(propIndex);
    const [depositors, amount] = deposit;
    for (const d of depositors) unreserve(d, amount);
    DemocracyEvents.emit('Tabled', { proposal_index: propIndex, deposit: amount });
    const refIndex = injectReferendum(
      now + K('VotingPeriod'),
      proposal,
      'SuperMajorityApprove',
      K('EnactmentPeriod'),
    );
    transferMetadata({ type: 'Proposal', value: propIndex }, { type: 'Referendum', value: refIndex });
  }
  return true;
}

function launchExternal(now: bigint): boolean {
  const next = NextExternal.tryGet();
  if (!next) return false;
  NextExternal.kill();
  const [proposal, threshold] = next;
  LastTabledWasExternal.set(true);
  DemocracyEvents.emit('ExternalTabled', {});
  const refIndex = injectReferendum(now + K('VotingPeriod'), proposal, threshold.type, K('EnactmentPeriod'));
  transferMetadata({ type: 'External', value: null }, { type: 'Referendum', value: refIndex });
  return true;
}

function launchNext(now: bigint): void {
  const wasExternal = LastTabledWasExternal.get();
  LastTabledWasExternal.kill();
  if (wasExternal) {
    if (!launchPublic(now)) launchExternal(now);
  } else if (!launchExternal(now)) launchPublic(now);
}

function bakeReferendum(now: bigint, index: bigint, status: ReferendumStatusValue): boolean {
  const ok = approved(status.threshold.type, status.tally, TotalIssuance.get());
  if (ok) {
    DemocracyEvents.emit('Passed', { ref_index: index });
    // `T::Preimages::hold(&status.proposal)`: requested here (Preimage.Requested comes first), and once
    // more by `schedule_named` after Scheduler.Scheduled; the Scheduler drops one request on dispatch.
    requestBounded(status.proposal);
    const when = now + (status.delay > 1n ? status.delay : 1n);
    try {
      scheduleBounded(
        taskName(DEMOCRACY_ID, index),
        { at: when },
        null,
        63n,
        { kind: 'root' },
        status.proposal,
      );
    } catch {
      // "LOGIC ERROR: bake_referendum/schedule_named failed" — Rust only prints
    }
  } else DemocracyEvents.emit('NotPassed', { ref_index: index });
  return ok;
}

/** `begin_block`: launch, bake the referenda ending now, advance LowestUnbaked. */
export function beginBlock(now: bigint): void {
  const next = LowestUnbaked.get();
  const last = ReferendumCount.get();
  if (now % K('LaunchPeriod') === 0n) launchNext(now);
  for (let i = next; i < last; i++) {
    const info = ReferendumInfoOf.tryGet(i);
    if (info?.type !== 'Ongoing' || info.value.end !== now) continue;
    const ok = bakeReferendum(now, i, info.value);
    ReferendumInfoOf.set(i, { type: 'Finished', value: { approved: ok, end: now } });
  }
  let lowest = next;
  while (lowest < last && ReferendumInfoOf.tryGet(lowest)?.type !== 'Ongoing') lowest++;
  LowestUnbaked.set(lowest);
}

function blacklisted(hash: string): void {
  const entry = Blacklist.tryGet(hash);
  if (entry && currentBlock() < entry[0]) throw DemocracyErrors.fail('ProposalBlacklisted');
}

// ---------------------------------------------------------------------------------------------------
// The pallet

const BoundedCallArg = Bounded;

export const Democracy: PalletDecl = {
  docs: DemocracyDocs,
  name: 'Democracy',
  crate: 'pallet_democracy',
  index: 61,
  storage: S.items,
  events: DemocracyEvents,
  errors: DemocracyErrors,
  constants: DemocracyConstants,
  hooks: {
    onInitialize(now) {
      beginBlock(now);
    },
  },
  calls: {
    propose: call(0, { proposal: BoundedCallArg, value: compact(u128) }, (o, a) => {
      const who = ensureSigned(o);
      if (a.value < K('MinimumDeposit')) throw DemocracyErrors.fail('ValueLow');
      const index = PublicPropCount.get();
      const props = PublicProps.get();
      if (BigInt(props.length) >= K('MaxProposals')) throw DemocracyErrors.fail('TooMany');
      blacklisted(boundedHash(a.proposal));
      reserve(who, a.value);
      DepositOf.set(index, [[who], a.value]);
      PublicPropCount.set(index + 1n);
      PublicProps.set([...props, [index, a.proposal, who]]);
      DemocracyEvents.emit('Proposed', { proposal_index: index, deposit: a.value });
    }),
    second: call(1, { proposal: compact(u32) }, (o, a) => {
      const who = ensureSigned(o);
      const deposit = DepositOf.tryGet(a.proposal);
      if (!deposit) throw DemocracyErrors.fail('ProposalMissing');
      if (BigInt(deposit[0].length) >= K('MaxDeposits')) throw DemocracyErrors.fail('TooMany');
      reserve(who, deposit[1]);
      DepositOf.set(a.proposal, [[...deposit[0], who], deposit[1]]);
      DemocracyEvents.emit('Seconded', { seconder: who, prop_index: a.proposal });
    }),
    vote: call(2, { ref_index: compact(u32), vote: AccountVote }, (o, a) => {
      tryVote(ensureSigned(o), a.ref_index, a.vote);
    }),
    emergency_cancel: call(3, { ref_index: u32 }, (o, a) => {
      ensureCancellation(o);
      const status = referendumStatus(a.ref_index);
      const h = boundedHash(status.proposal);
      if (Cancellations.get(h)) throw DemocracyErrors.fail('AlreadyCanceled');
      Cancellations.set(h, true);
      internalCancelReferendum(a.ref_index);
    }),
    external_propose: call(4, { proposal: BoundedCallArg }, (o, a) => {
      ensureExternal(o);
      if (NextExternal.exists()) throw DemocracyErrors.fail('DuplicateProposal');
      blacklisted(boundedHash(a.proposal));
      NextExternal.set([a.proposal, { type: 'SuperMajorityApprove', value: null }]);
    }),
    external_propose_majority: call(5, { proposal: BoundedCallArg }, (o, a) => {
      ensureExternalMajority(o);
      NextExternal.set([a.proposal, { type: 'SimpleMajority', value: null }]);
    }),
    external_propose_default: call(6, { proposal: BoundedCallArg }, (o, a) => {
      ensureExternalDefault(o);
      NextExternal.set([a.proposal, { type: 'SuperMajorityAgainst', value: null }]);
    }),
    fast_track: call(7, { proposal_hash: H256, voting_period: u32, delay: u32 }, (o, a) => {
      const needsInstant = a.voting_period < K('FastTrackVotingPeriod') || !isFastTrack(o);
      if (needsInstant) {
        ensureInstant(o);
        if (!K('InstantAllowed')) throw DemocracyErrors.fail('InstantNotAllowed');
      }
      if (a.voting_period === 0n) throw DemocracyErrors.fail('VotingPeriodLow');
      const next = NextExternal.tryGet();
      if (!next) throw DemocracyErrors.fail('ProposalMissing');
      const [proposal, threshold] = next;
      if (threshold.type === 'SuperMajorityApprove') throw DemocracyErrors.fail('NotSimpleMajority');
      if (a.proposal_hash !== boundedHash(proposal)) throw DemocracyErrors.fail('InvalidHash');
      NextExternal.kill();
      const refIndex = injectReferendum(currentBlock() + a.voting_period, proposal, threshold.type, a.delay);
      transferMetadata({ type: 'External', value: null }, { type: 'Referendum', value: refIndex });
    }),
    veto_external: call(8, { proposal_hash: H256 }, (o, a) => {
      const who = ensureVeto(o);
      const next = NextExternal.tryGet();
      if (!next) throw DemocracyErrors.fail('NoProposal');
      if (a.proposal_hash !== boundedHash(next[0])) throw DemocracyErrors.fail('ProposalMissing');
      const vetoers = [...(Blacklist.tryGet(a.proposal_hash)?.[1] ?? [])];
      if (vetoers.includes(who)) throw DemocracyErrors.fail('AlreadyVetoed');
      if (BigInt(vetoers.length) >= K('MaxBlacklisted')) throw DemocracyErrors.fail('TooMany');
      const pos = vetoers.findIndex((v) => keyOf(v) > keyOf(who));
      vetoers.splice(pos < 0 ? vetoers.length : pos, 0, who);
      const until = currentBlock() + K('CooloffPeriod');
      Blacklist.set(a.proposal_hash, [until, vetoers]);
      DemocracyEvents.emit('Vetoed', { who, proposal_hash: a.proposal_hash, until });
      NextExternal.kill();
      clearMetadata({ type: 'External', value: null });
    }),
    cancel_referendum: call(9, { ref_index: compact(u32) }, (o, a) => {
      ensureRoot(o);
      internalCancelReferendum(a.ref_index);
    }),
    delegate: call(10, { to: MultiAddress, conviction: Conviction, balance: u128 }, (o, a) => {
      const who = ensureSigned(o);
      tryDelegate(who, lookup(a.to), convictionIndex(a.conviction), a.balance);
    }),
    undelegate: call(11, {}, (o) => tryUndelegate(ensureSigned(o))),
    clear_public_proposals: call(12, {}, (o) => {
      ensureRoot(o);
      PublicProps.kill();
    }),
    unlock: call(13, { target: MultiAddress }, (o, a) => {
      ensureSigned(o);
      updateLock(lookup(a.target));
    }),
    remove_vote: call(14, { index: u32 }, (o, a) => tryRemoveVote(ensureSigned(o), a.index, 'Any')),
    remove_other_vote: call(15, { target: MultiAddress, index: u32 }, (o, a) => {
      const who = ensureSigned(o);
      const target = lookup(a.target);
      tryRemoveVote(target, a.index, target === who ? 'Any' : 'OnlyExpired');
    }),
    blacklist: call(16, { proposal_hash: H256, maybe_ref_index: option(u32) }, (o, a) => {
      ensureRoot(o);
      const hash = a.proposal_hash;
      Blacklist.set(hash, [U32_MAX, []]);
      const props = [...PublicProps.get()];
      const pos = props.findIndex(([, p]) => boundedHash(p) === hash);
      if (pos >= 0) {
        const [propIndex] = props.splice(pos, 1)[0] as (typeof props)[number];
        PublicProps.set(props);
        const deposit = DepositOf.tryGet(propIndex);
        if (deposit) {
          DepositOf.remove(propIndex);
          slashDeposits(deposit[0], deposit[1]);
        }
        clearMetadata({ type: 'Proposal', value: propIndex });
      }
      const next = NextExternal.tryGet();
      if (next && boundedHash(next[0]) === hash) {
        NextExternal.kill();
        clearMetadata({ type: 'External', value: null });
      }
      if (a.maybe_ref_index !== null) {
        const info = ReferendumInfoOf.tryGet(a.maybe_ref_index);
        if (info?.type === 'Ongoing' && boundedHash(info.value.proposal) === hash)
          internalCancelReferendum(a.maybe_ref_index);
      }
      DemocracyEvents.emit('Blacklisted', { proposal_hash: hash });
    }),
    cancel_proposal: call(17, { prop_index: compact(u32) }, (o, a) => {
      ensureCancelProposal(o);
      PublicProps.set(PublicProps.get().filter(([i]) => i !== a.prop_index));
      const deposit = DepositOf.tryGet(a.prop_index);
      if (deposit) {
        DepositOf.remove(a.prop_index);
        slashDeposits(deposit[0], deposit[1]);
      }
      DemocracyEvents.emit('ProposalCanceled', { prop_index: a.prop_index });
      clearMetadata({ type: 'Proposal', value: a.prop_index });
    }),
    set_metadata: call(18, { owner: MetadataOwner, maybe_hash: option(H256) }, (o, a) => {
      const owner = a.owner;
      if (owner.type === 'External') {
        const next = NextExternal.tryGet();
        if (!next) throw DemocracyErrors.fail('NoProposal');
        ensureExternalFor(next[1].type, o);
      } else if (owner.type === 'Proposal') {
        const who = ensureSigned(o);
        const prop = PublicProps.get().find(([i]) => i === owner.value);
        if (!prop) throw DemocracyErrors.fail('ProposalMissing');
        if (prop[2] !== who) throw DemocracyErrors.fail('NoPermission');
      } else {
        if (o.kind !== 'root' && o.kind !== 'signed') throw badOrigin();
        const root = o.kind === 'root';
        if (!root && a.maybe_hash !== null) throw DemocracyErrors.fail('NoPermission');
        if (!root && isOngoing(owner.value)) throw DemocracyErrors.fail('NoPermission');
      }
      if (a.maybe_hash !== null) {
        if (preimageLen(a.maybe_hash) === null) throw DemocracyErrors.fail('PreimageNotExist');
        MetadataOf.set(owner, a.maybe_hash);
        DemocracyEvents.emit('MetadataSet', { owner, hash: a.maybe_hash });
      } else clearMetadata(owner);
    }),
  },
  invariants: {
    depositsMatchProposals() {
      const props = PublicProps.get();
      for (const [idx] of props)
        if (!DepositOf.contains(idx)) throw new Error(`proposal ${idx} has no deposit`);
      if (BigInt(props.length) > K('MaxProposals'))
        throw new Error('more public proposals than MaxProposals');
    },
    democracyLockWithinBalance() {
      const id = lockId(DEMOCRACY_ID);
      for (const [[who], locks] of Locks.entries()) {
        const lock = locks.find((l) => l.id === id);
        if (lock && lock.amount > freeBalance(who))
          throw new Error(`${who}: democrac lock ${lock.amount} > free`);
      }
    },
    lockCoversVotes() {
      const now = currentBlock();
      for (const [[who], voting] of VotingOf.entries()) {
        const priorNeeded = now < voting.value.prior[0] ? voting.value.prior[1] : 0n;
        const needed = lockedBalance({
          ...voting,
          value: { ...voting.value, prior: [0n, priorNeeded] },
        } as VotingValue);
        const lock = democracyLock(who);
        if (lock < needed) throw new Error(`${who}: democrac lock ${lock} < required ${needed}`);
      }
    },
    tallyMatchesVotes() {
      const tallies = new Map<bigint, { ayes: bigint; nays: bigint; turnout: bigint }>();
      for (const [, voting] of VotingOf.entries()) {
        if (voting.type !== 'Direct') continue;
        for (const [r, vote] of voting.value.votes) {
          const info = ReferendumInfoOf.tryGet(r);
          if (info?.type !== 'Ongoing') continue;
          let t = tallies.get(r) ?? { ayes: 0n, nays: 0n, turnout: 0n };
          t = tallyAdd(t, vote);
          if (vote.type === 'Standard')
            t = tallyIncrease(t, voteAye(vote.value.vote), voting.value.delegations);
          tallies.set(r, t);
        }
      }
      for (const [[r], info] of ReferendumInfoOf.entries()) {
        if (info.type !== 'Ongoing') continue;
        const t = tallies.get(r) ?? { ayes: 0n, nays: 0n, turnout: 0n };
        const s = info.value.tally;
        if (s.ayes !== t.ayes || s.nays !== t.nays || s.turnout !== t.turnout)
          throw new Error(
            `referendum ${r}: tally ${s.ayes}/${s.nays}/${s.turnout} ≠ votes ${t.ayes}/${t.nays}/${t.turnout}`,
          );
      }
    },
    delegationsMatchDelegators() {
      const received = new Map<string, DelegationsValue>();
      for (const [, voting] of VotingOf.entries()) {
        if (voting.type !== 'Delegating') continue;
        const d = convictionVotes(convictionIndex(voting.value.conviction), voting.value.balance);
        received.set(
          voting.value.target,
          delegationsAdd(received.get(voting.value.target) ?? { votes: 0n, capital: 0n }, d),
        );
      }
      for (const [[who], voting] of VotingOf.entries()) {
        const want = received.get(who) ?? { votes: 0n, capital: 0n };
        const have = voting.value.delegations;
        if (have.votes !== want.votes || have.capital !== want.capital)
          throw new Error(
            `${who}: delegations ${have.votes}/${have.capital} ≠ delegators' ${want.votes}/${want.capital}`,
          );
      }
    },
  },
};

export type { ReferendumInfoValue };
