/**
 * pallet_elections_phragmen as Khala's PhragmenElection (index 68), feeding the Council
 * (ChangeMembers = InitializeMembers = Council) with Khala's constants: CandidacyBond 10 PHA,
 * VotingBondBase deposit(1, 64) = 0.79 PHA, VotingBondFactor deposit(0, 32) = 0.32 PHA per vote,
 * 8 members, 8 runners-up, MaxVotesPerVoter 16, MaxVoters 500, MaxCandidates 20, lock id `phrelect`,
 * TermDuration 1 day in production (the dev profile shortens it to blocks, the demo profile to an hour,
 * as Democracy's periods are shortened), CurrencyToVote = U128CurrencyToVote, and slashed bonds going
 * to the Treasury (LoserCandidate = KickedMember = Treasury).
 *
 * - `submit_candidacy` reserves the bond (candidates are kept sorted by account); `vote` reserves
 *   base + factor × votes (topped up or partly returned when the vote changes) and locks
 *   min(value, free) under `phrelect` with all withdraw reasons; `remove_voter` and
 *   `clean_defunct_voters` (Root) remove the lock and return the bond.
 * - `renounce_candidacy` returns the bond of a candidate, runner-up or member; a leaving member is
 *   replaced at once by the best runner-up, the Council's prime kept unless it is the one leaving.
 *   `remove_member` (Root) does the same, slashing the bond if asked, then reruns the election if asked.
 * - Every TermDuration blocks (on_initialize, `n % TermDuration == 0`) sequential Phragmén
 *   (src/primitives/seq-phragmen.ts, sp-npos-elections' arithmetic) elects DesiredMembers +
 *   DesiredRunnersUp among the candidates, members and runners-up from the first MaxVoters voters in
 *   storage order; winners with no backing drop out; the first DesiredMembers become the Council
 *   (change_members_sorted, then the prime chosen by a Borda count of the votes), the rest runners-up
 *   (worst first); every candidate left without a seat loses its bond to the Treasury.
 * - Genesis (dev and demo profiles): //Alice, //Bob and //Charlie are members backed by their own
 *   genesis vote (no bond, no lock), reported to the Council as its first members.
 *
 * Deviations: the genesis check that a member's free balance covers its stake is not made (the scenario
 * harness may endow other accounts); weights are the kernel's declared weights; the assignments'
 * Perbill normalisation (which only fails on arithmetic overflow, never with u64 votes) is not run; the
 * Council's outgoing members are those of the Council itself (Rust reports the election's previous
 * members, the same set unless Root changed the Council in between). Try-state checks Rust's
 * invariants except `try_state_runners_up` (runners-up sorted by stake): runners-up are kept in
 * election rank, and a later-ranked runner-up can hold more backing after normalisation, so that Rust
 * check does not hold in general; the pallet's tests compare the rank order with an exact
 * computation instead.
 *
 * Final Khala runtime (polkadot-sdk release-polkadot-v1.2.0): calls, events, errors and storage are
 * those of Khala's Aug-2023 metadata (checked by metadata-reference.test.ts).
 */
import { seqPhragmen } from '../../../primitives/seq-phragmen.js';
import { DispatchError } from '../../frame/errors.js';
import { ensureRoot, ensureSigned } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { isDevLike } from '../../frame/profile.js';
import { bool, byteArray, compact, enumOf, struct, tuple, u32, u128, vec } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, MultiAddress } from '../../frame/types.js';
import { type AccountId as Account, accountId, publicKey } from '../../primitives/account.js';
import { toHex } from '../../primitives/bytes.js';
import {
  CENTS,
  DOLLARS,
  existentialDeposit,
  freeBalance,
  Locks,
  lookup,
  removeLock,
  reserve,
  setLock,
  TotalIssuance,
  unreserve,
} from '../balances/index.js';
import { CouncilCollective } from '../collective/index.js';
import { slashToTreasury } from '../treasury/index.js';
import { PhragmenElectionDocs } from './docs.js';

const HOURS = 300n;
const DAYS = 24n * HOURS;
const U64_MAX = (1n << 64n) - 1n;
const U128_MAX = (1n << 128n) - 1n;

/** Khala's `deposit(items, bytes)`: 15 CENTS per item and 1 CENT per byte. */
const deposit = (items: bigint, bytes: bigint): bigint => items * 15n * CENTS + bytes * CENTS;

/** The `phrelect` lock identifier (PalletId). */
export const ELECTIONS_LOCK_ID = '0x706872656c656374';

const SeatHolder = struct(
  {
    path: ['pallet_elections_phragmen', 'SeatHolder'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'Balance', type: u128 },
    ],
  },
  { who: AccountId, stake: u128, deposit: u128 },
);
const Voter = struct(
  {
    path: ['pallet_elections_phragmen', 'Voter'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'Balance', type: u128 },
    ],
  },
  { votes: vec(AccountId), stake: u128, deposit: u128 },
);
const Renouncing = enumOf('pallet_elections_phragmen::Renouncing', {
  Member: null,
  RunnerUp: null,
  Candidate: compact(u32),
});

type Seat = { who: Account; stake: bigint; deposit: bigint };

const S = storage('PhragmenElection');
export const Members = S.value('Members', vec(SeatHolder), { default: [] });
export const RunnersUp = S.value('RunnersUp', vec(SeatHolder), { default: [] });
export const Candidates = S.value('Candidates', vec(tuple(AccountId, u128)), { default: [] });
export const ElectionRounds = S.value('ElectionRounds', u32, { default: 0n });
export const Voting = S.map('Voting', [['Twox64Concat', AccountId]], Voter, {
  default: { votes: [], stake: 0n, deposit: 0n },
});

export const ElectionsEvents = events('PhragmenElection', 'pallet_elections_phragmen', {
  NewTerm: { new_members: vec(tuple(AccountId, u128)) },
  EmptyTerm: {},
  ElectionError: {},
  MemberKicked: { member: AccountId },
  Renounced: { candidate: AccountId },
  CandidateSlashed: { candidate: AccountId, amount: u128 },
  SeatHolderSlashed: { seat_holder: AccountId, amount: u128 },
});
export const ElectionsErrors = errors('PhragmenElection', 'pallet_elections_phragmen', [
  'UnableToVote',
  'NoVotes',
  'TooManyVotes',
  'MaximumVotesExceeded',
  'LowBalance',
  'UnableToPayBond',
  'MustBeVoter',
  'DuplicatedCandidate',
  'TooManyCandidates',
  'MemberSubmit',
  'RunnerUpSubmit',
  'InsufficientCandidateFunds',
  'NotMember',
  'InvalidWitnessData',
  'InvalidVoteCount',
  'InvalidRenouncing',
  'InvalidReplacement',
] as const);
export const ElectionsConstants = constants('PhragmenElection', {
  PalletId: { codec: byteArray(8), value: ELECTIONS_LOCK_ID },
  CandidacyBond: { codec: u128, value: 10n * DOLLARS },
  VotingBondBase: { codec: u128, value: deposit(1n, 64n) },
  VotingBondFactor: { codec: u128, value: deposit(0n, 32n) },
  DesiredMembers: { codec: u32, value: 8n },
  DesiredRunnersUp: { codec: u32, value: 8n },
  TermDuration: { codec: u32, value: 50n, production: 1n * DAYS, demo: 1n * HOURS },
  MaxCandidates: { codec: u32, value: 20n },
  MaxVoters: { codec: u32, value: 500n },
  MaxVotesPerVoter: { codec: u32, value: 16n },
});
const K = ElectionsConstants.get;

/** Genesis members of the dev-like profiles and their self-backing stake. */
const GENESIS_MEMBERS = ['//Alice', '//Bob', '//Charlie'];
const GENESIS_MEMBER_STAKE = 100n * DOLLARS;

// ---------------------------------------------------------------------------------------------------
// Helpers

const keyOf = (a: Account): string => toHex(publicKey(a));
/** Rust's `Ord` on AccountId32 (its bytes). */
const cmpAccount = (a: Account, b: Account): number => {
  const x = keyOf(a);
  const y = keyOf(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** `binary_search_by`: the index of `who` (found) or where it would be inserted. */
function search<T>(list: readonly T[], who: Account, key: (t: T) => Account): { found: boolean; at: number } {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const c = cmpAccount(key(list[mid] as T), who);
    if (c === 0) return { found: true, at: mid };
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return { found: false, at: lo };
}

const isMember = (who: Account): boolean => search(Members.get(), who, (m) => m.who).found;
const isRunnerUp = (who: Account): boolean => RunnersUp.get().some((r) => r.who === who);
const isCandidate = (who: Account): boolean => search(Candidates.get(), who, (c) => c[0]).found;

/** U128CurrencyToVote: the factor that fits the issuance into u64 votes. */
function voteFactor(): bigint {
  const f = TotalIssuance.get() / U64_MAX;
  return f > 1n ? f : 1n;
}
const toVotes = (b: bigint, factor: bigint): bigint => {
  const v = b / factor;
  return v > U64_MAX ? U64_MAX : v;
};
const toCurrency = (e: bigint, factor: bigint): bigint => (e * factor > U128_MAX ? U128_MAX : e * factor);

/** `deposit_of(count)`: the voting bond for `count` votes. */
export const votingBond = (count: number): bigint =>
  K('VotingBondBase') + K('VotingBondFactor') * BigInt(count);

/** Runs `fn`; any dispatch error it throws becomes `error` (Rust's `map_err(|_| …)`). */
function mapError(fn: () => void, error: Parameters<typeof ElectionsErrors.fail>[0]): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof DispatchError) throw ElectionsErrors.fail(error);
    throw e;
  }
}

function doRemoveVoter(who: Account): void {
  const { deposit: bond } = Voting.get(who);
  Voting.remove(who);
  removeLock(ELECTIONS_LOCK_ID, who);
  unreserve(who, bond);
}

const isDefunctVoter = (votes: readonly Account[]): boolean =>
  votes.every((v) => !isMember(v) && !isRunnerUp(v) && !isCandidate(v));

/**
 * `remove_and_replace_member`: removes a member (bond slashed to the Treasury or returned), brings in
 * the best runner-up if any, reports the change to the Council and keeps its prime unless it left.
 * Returns whether a replacement came in.
 */
function removeAndReplaceMember(who: Account, slash: boolean): boolean {
  const members = Members.get();
  const { found, at } = search(members, who, (m) => m.who);
  if (!found) throw ElectionsErrors.fail('NotMember');
  const [removed] = members.splice(at, 1) as [Seat];
  if (slash) {
    slashToTreasury(who, removed.deposit);
    ElectionsEvents.emit('SeatHolderSlashed', { seat_holder: who, amount: removed.deposit });
  } else unreserve(who, removed.deposit);
  const runners = RunnersUp.get();
  const next = runners.pop();
  if (next) {
    RunnersUp.set(runners);
    const slot = search(members, next.who, (m) => m.who);
    if (!slot.found) members.splice(slot.at, 0, next);
  }
  Members.set(members);
  const prime = CouncilCollective.Prime.tryGet();
  CouncilCollective.changeMembers(members.map((m) => m.who));
  if (prime !== undefined && prime !== who) CouncilCollective.setPrime(prime);
  return next !== undefined;
}

/** `do_phragmen`: the term's election, its seats, bonds and the Council's new members and prime. */
function doPhragmen(): void {
  const desiredSeats = Number(K('DesiredMembers'));
  const toElect = Number(K('DesiredRunnersUp')) + desiredSeats;
  const candidatesAndDeposit: Array<[Account, bigint]> = [
    ...Candidates.get(),
    ...Members.get().map((m): [Account, bigint] => [m.who, m.deposit]),
    ...RunnersUp.get().map((r): [Account, bigint] => [r.who, r.deposit]),
  ];
  if (!candidatesAndDeposit.length) {
    ElectionsEvents.emit('EmptyTerm', {});
    return;
  }
  const factor = voteFactor();
  const maxVoters = Number(K('MaxVoters'));
  const voters = Voting.entries();
  if (voters.length > maxVoters) {
    ElectionsEvents.emit('ElectionError', {});
    return;
  }
  const winners = seqPhragmen(
    toElect,
    candidatesAndDeposit.map(([c]) => c),
    voters.map(([[who], v]) => ({ who, stake: toVotes(v.stake, factor), votes: v.votes })),
  );
  const newSet = winners
    .filter((w) => w.backed > 0n)
    .map((w) => ({ who: w.who, stake: toCurrency(w.backed, factor) }));
  const split = Math.min(desiredSeats, newSet.length);
  const newMembers = newSet.slice(0, split).sort((a, b) => cmpAccount(a.who, b.who));
  const newRunnersUp = newSet.slice(split).reverse();
  const seated = new Set([...newMembers, ...newRunnersUp].map((s) => s.who));

  // Prime: Borda count, the first vote weighing MaxVotesPerVoter × stake, the next one less; ties go to
  // the highest account id (max_by_key keeps the last maximum).
  const maxVotes = K('MaxVotesPerVoter');
  const primeVotes = new Map(newMembers.map((m) => [m.who, 0n]));
  for (const [, v] of voters)
    v.votes.forEach((who, position) => {
      const score = primeVotes.get(who);
      if (score !== undefined) primeVotes.set(who, score + v.stake * (maxVotes - BigInt(position)));
    });
  let prime: Account | null = null;
  let best = -1n;
  for (const m of newMembers) {
    const score = primeVotes.get(m.who) ?? 0n;
    if (score >= best) {
      best = score;
      prime = m.who;
    }
  }

  CouncilCollective.changeMembers(newMembers.map((m) => m.who));
  CouncilCollective.setPrime(prime);
  for (const [c, d] of candidatesAndDeposit)
    if (!seated.has(c)) {
      slashToTreasury(c, d);
      ElectionsEvents.emit('CandidateSlashed', { candidate: c, amount: d });
    }
  const depositOf = (who: Account) => candidatesAndDeposit.find(([c]) => c === who)?.[1] ?? 0n;
  Members.set(newMembers.map((m) => ({ ...m, deposit: depositOf(m.who) })));
  RunnersUp.set(newRunnersUp.map((r) => ({ ...r, deposit: depositOf(r.who) })));
  Candidates.kill();
  ElectionsEvents.emit('NewTerm', {
    new_members: newMembers.map((m): [Account, bigint] => [m.who, m.stake]),
  });
  ElectionRounds.set(ElectionRounds.get() + 1n);
}

// ---------------------------------------------------------------------------------------------------

export const PhragmenElection: PalletDecl = {
  name: 'PhragmenElection',
  docs: PhragmenElectionDocs,
  crate: 'pallet_elections_phragmen',
  index: 68,
  storage: S.items,
  events: ElectionsEvents,
  errors: ElectionsErrors,
  constants: ElectionsConstants,
  calls: {
    vote: call(0, { votes: vec(AccountId), value: compact(u128) }, (o, a) => {
      const who = ensureSigned(o);
      if (BigInt(a.votes.length) > K('MaxVotesPerVoter')) throw ElectionsErrors.fail('MaximumVotesExceeded');
      if (!a.votes.length) throw ElectionsErrors.fail('NoVotes');
      const allowed = Candidates.get().length + Members.get().length + RunnersUp.get().length;
      if (allowed === 0) throw ElectionsErrors.fail('UnableToVote');
      if (a.votes.length > allowed) throw ElectionsErrors.fail('TooManyVotes');
      if (a.value <= existentialDeposit()) throw ElectionsErrors.fail('LowBalance');
      const newDeposit = votingBond(a.votes.length);
      const oldDeposit = Voting.get(who).deposit;
      if (newDeposit > oldDeposit) mapError(() => reserve(who, newDeposit - oldDeposit), 'UnableToPayBond');
      else if (newDeposit < oldDeposit) unreserve(who, oldDeposit - newDeposit);
      const free = freeBalance(who);
      const locked = a.value < free ? a.value : free;
      setLock(ELECTIONS_LOCK_ID, who, locked, 'All');
      Voting.set(who, { votes: a.votes, deposit: newDeposit, stake: locked });
    }),
    remove_voter: call(1, {}, (o) => {
      const who = ensureSigned(o);
      if (!Voting.contains(who)) throw ElectionsErrors.fail('MustBeVoter');
      doRemoveVoter(who);
    }),
    submit_candidacy: call(2, { candidate_count: compact(u32) }, (o, a) => {
      const who = ensureSigned(o);
      const candidates = Candidates.get();
      const actual = BigInt(candidates.length);
      if (actual > a.candidate_count) throw ElectionsErrors.fail('InvalidWitnessData');
      if (actual > K('MaxCandidates')) throw ElectionsErrors.fail('TooManyCandidates');
      const slot = search(candidates, who, (c) => c[0]);
      if (slot.found) throw ElectionsErrors.fail('DuplicatedCandidate');
      if (isMember(who)) throw ElectionsErrors.fail('MemberSubmit');
      if (isRunnerUp(who)) throw ElectionsErrors.fail('RunnerUpSubmit');
      const bond = K('CandidacyBond');
      mapError(() => reserve(who, bond), 'InsufficientCandidateFunds');
      candidates.splice(slot.at, 0, [who, bond]);
      Candidates.set(candidates);
    }),
    renounce_candidacy: call(3, { renouncing: Renouncing }, (o, a) => {
      const who = ensureSigned(o);
      const r = a.renouncing;
      if (r.type === 'Member') {
        mapError(() => removeAndReplaceMember(who, false), 'InvalidRenouncing');
      } else if (r.type === 'RunnerUp') {
        const runners = RunnersUp.get();
        const at = runners.findIndex((s) => s.who === who);
        if (at < 0) throw ElectionsErrors.fail('InvalidRenouncing');
        const [gone] = runners.splice(at, 1) as [Seat];
        unreserve(who, gone.deposit);
        RunnersUp.set(runners);
      } else {
        const candidates = Candidates.get();
        if ((r.value as bigint) < BigInt(candidates.length)) throw ElectionsErrors.fail('InvalidWitnessData');
        const { found, at } = search(candidates, who, (c) => c[0]);
        if (!found) throw ElectionsErrors.fail('InvalidRenouncing');
        const [[, bond]] = candidates.splice(at, 1) as [[Account, bigint]];
        unreserve(who, bond);
        Candidates.set(candidates);
      }
      ElectionsEvents.emit('Renounced', { candidate: who });
    }),
    remove_member: call(4, { who: MultiAddress, slash_bond: bool, rerun_election: bool }, (o, a) => {
      ensureRoot(o);
      const who = lookup(a.who);
      removeAndReplaceMember(who, a.slash_bond);
      ElectionsEvents.emit('MemberKicked', { member: who });
      if (a.rerun_election) doPhragmen();
    }),
    clean_defunct_voters: call(5, { num_voters: u32, num_defunct: u32 }, (o, a) => {
      ensureRoot(o);
      const defunct = Voting.entries()
        .slice(0, Number(a.num_voters))
        .filter(([, v]) => isDefunctVoter(v.votes))
        .slice(0, Number(a.num_defunct));
      for (const [[who]] of defunct) doRemoveVoter(who);
    }),
  },
  hooks: {
    onInitialize(n) {
      const term = K('TermDuration');
      if (term !== 0n && n % term === 0n) doPhragmen();
    },
  },
  genesis(config) {
    if (!isDevLike(config.profile)) return;
    const members = GENESIS_MEMBERS.map((m) => accountId(m)).sort(cmpAccount);
    Members.set(members.map((who) => ({ who, stake: GENESIS_MEMBER_STAKE, deposit: 0n })));
    for (const who of members) Voting.set(who, { votes: [who], stake: GENESIS_MEMBER_STAKE, deposit: 0n });
    CouncilCollective.initializeMembers(members);
  },
  invariants: {
    membersSortedByAccount() {
      const ids = Members.get().map((m) => m.who);
      if (ids.some((w, i) => i > 0 && cmpAccount(ids[i - 1] as Account, w) >= 0))
        throw new Error('Members must be always sorted by account ID');
    },
    seatsWithinDesired() {
      if (BigInt(Members.get().length) > K('DesiredMembers'))
        throw new Error('more members than DesiredMembers');
      if (BigInt(RunnersUp.get().length) > K('DesiredRunnersUp'))
        throw new Error('more runners-up than DesiredRunnersUp');
    },
    candidatesSortedByAccount() {
      const ids = Candidates.get().map(([c]) => c);
      if (ids.some((w, i) => i > 0 && cmpAccount(ids[i - 1] as Account, w) >= 0))
        throw new Error('Candidates must be always sorted by account ID');
    },
    seatsDisjoint() {
      const members = Members.get().map((m) => m.who);
      const runners = RunnersUp.get().map((r) => r.who);
      const candidates = Candidates.get().map(([c]) => c);
      if (candidates.some((c) => runners.includes(c)))
        throw new Error('Candidates and runners up sets should always be disjoint');
      if (members.some((m) => candidates.includes(m) || runners.includes(m)))
        throw new Error('Members set should be disjoint from candidates and runners-up sets');
    },
    seatsHaveApprovalStake() {
      if ([...Members.get(), ...RunnersUp.get()].some((s) => s.stake === 0n))
        throw new Error('Members and RunnersUp must have approval stake');
    },
    votersLockTheirStake() {
      for (const [[who], v] of Voting.entries()) {
        if (v.deposit === 0n) continue; // genesis voters hold neither bond nor lock
        const lock = lockOf(who);
        if (lock !== v.stake) throw new Error(`${who}: phrelect lock ${lock} ≠ stake ${v.stake}`);
        if (v.deposit !== votingBond(v.votes.length))
          throw new Error(`${who}: voting bond ${v.deposit} ≠ deposit_of(${v.votes.length})`);
      }
    },
  },
};

function lockOf(who: Account): bigint {
  return Locks.get(who).find((l) => l.id === ELECTIONS_LOCK_ID)?.amount ?? 0n;
}
