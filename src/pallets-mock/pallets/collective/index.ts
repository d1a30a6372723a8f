/**
 * pallet_collective, instantiated twice as in Khala: Council (index 62, Instance1) and
 * TechnicalCommittee (index 66, Instance2). Members propose motions (a RuntimeCall with a threshold),
 * vote aye/nay, and anyone closes a motion once it has enough ayes (executed with
 * `RawOrigin::Members(yes, seats)`), can no longer reach them (disapproved), or its MotionDuration
 * (3 days) has passed, when abstentions follow the prime's vote (PrimeDefaultVote). A threshold below 2
 * executes at once with `Members(1, seats)`; `execute` dispatches as `Member(who)`.
 * The proposer does not vote automatically (substrate since 2022). Membership comes from the pallets
 * that feed it, as in Khala: PhragmenElection's genesis and terms for the Council, TechnicalMembership
 * for the TechnicalCommittee (`initializeMembers`, `changeMembers`, `setPrime`: InitializeMembers and
 * ChangeMembers), and from `set_members` (Council: Root; TechnicalCommittee: Root or more than half of
 * the Council).
 * Deviations: weights are the kernel's declared weights (close checks them against the bound when the
 * kernel exposes them); MaxMembers is not enforced (as in Rust, which only logs).
 *
 * Final Khala runtime (polkadot-sdk release-polkadot-v1.2.0): calls, events, errors and
 * storage are those of Khala's Aug-2023 metadata (checked by metadata-reference.test.ts); the deviations below are all that is known.
 */
import { ext } from '../../frame/context.js';
import { badOrigin } from '../../frame/errors.js';
import { ensureRoot, ensureSigned, type Origin } from '../../frame/origin.js';
import {
  call,
  constants,
  errors,
  events,
  type PalletDecl,
  type PalletDocs,
  type Weight as W,
} from '../../frame/pallet.js';
import { bool, compact, encode, option, struct, u32, vec } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, boundedVec, H256, RuntimeCall, Weight } from '../../frame/types.js';
import { type AccountId as Account, publicKey } from '../../primitives/account.js';
import { toHex } from '../../primitives/bytes.js';
import { blake2_256 } from '../../primitives/hashing.js';
import { currentBlock } from '../system/index.js';
import { DispatchResult, encodeDispatchError, tryDispatch } from '../utility/index.js';
import { CouncilDocs, TechnicalCommitteeDocs } from './docs.js';
import { type CollectiveName, isRoot, memberOrigin, membersOrigin, proportionMoreThan } from './origin.js';

const DAYS = 7_200n;

/** Sorts accounts by their public key bytes (Rust's `Ord` on AccountId32). */
export function sortAccounts(accounts: Account[]): Account[] {
  const key = (a: Account) => toHex(publicKey(a));
  return [...accounts].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const Votes = struct(
  {
    path: ['pallet_collective', 'Votes'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'BlockNumber', type: u32 },
    ],
  },
  { index: u32, threshold: u32, ayes: vec(AccountId), nays: vec(AccountId), end: u32 },
);

function collective(name: CollectiveName, index: number, docs: PalletDocs) {
  const S = storage(name);
  const Proposals = S.value('Proposals', boundedVec(H256), { default: [] });
  const ProposalOf = S.map('ProposalOf', [['Identity', H256]], RuntimeCall);
  const Voting = S.map('Voting', [['Identity', H256]], Votes);
  const ProposalCount = S.value('ProposalCount', u32, { default: 0n });
  const Members = S.value('Members', vec(AccountId), { default: [] });
  const Prime = S.value('Prime', AccountId);

  const Events = events(name, 'pallet_collective', {
    Proposed: { account: AccountId, proposal_index: u32, proposal_hash: H256, threshold: u32 },
    Voted: { account: AccountId, proposal_hash: H256, voted: bool, yes: u32, no: u32 },
    Approved: { proposal_hash: H256 },
    Disapproved: { proposal_hash: H256 },
    Executed: { proposal_hash: H256, result: DispatchResult },
    MemberExecuted: { proposal_hash: H256, result: DispatchResult },
    Closed: { proposal_hash: H256, yes: u32, no: u32 },
  });
  const Errors = errors(name, 'pallet_collective', [
    'NotMember',
    'DuplicateProposal',
    'ProposalMissing',
    'WrongIndex',
    'DuplicateVote',
    'AlreadyInitialized',
    'TooEarly',
    'TooManyProposals',
    'WrongProposalWeight',
    'WrongProposalLength',
  ] as const);
  const Constants = constants(name, {
    MaxProposalWeight: { codec: Weight, value: { refTime: 250_000_000_000n, proofSize: 2_621_440n } },
    MotionDuration: { codec: u32, value: 3n * DAYS, hidden: true },
    MaxProposals: { codec: u32, value: 100n, hidden: true },
    MaxMembers: { codec: u32, value: 100n, hidden: true },
  });

  const resultOf = (origin: Origin, proposal: unknown) => {
    const error = tryDispatch(origin, proposal);
    return (
      error ? { type: 'Err', value: encodeDispatchError(error) } : { type: 'Ok', value: null }
    ) as never;
  };

  function ensureMember(origin: Origin): Account {
    const who = ensureSigned(origin);
    if (!Members.get().includes(who)) throw Errors.fail('NotMember');
    return who;
  }

  function lengthAndHash(proposal: unknown, lengthBound: bigint): string {
    const bytes = encode(ext().callCodec, proposal);
    if (BigInt(bytes.length) > lengthBound) throw Errors.fail('WrongProposalLength');
    return toHex(blake2_256(bytes));
  }

  function removeProposal(hash: string): void {
    ProposalOf.remove(hash);
    Voting.remove(hash);
    Proposals.set(Proposals.get().filter((h) => h !== hash));
  }

  function approve(seats: number, yes: number, hash: string, proposal: unknown): void {
    Events.emit('Approved', { proposal_hash: hash });
    Events.emit('Executed', {
      proposal_hash: hash,
      result: resultOf(membersOrigin(name, yes, seats), proposal),
    });
    removeProposal(hash);
  }

  function disapprove(hash: string): void {
    Events.emit('Disapproved', { proposal_hash: hash });
    removeProposal(hash);
  }

  /** validate_and_get_proposal: length and weight bounds of the stored proposal. */
  function storedProposal(
    hash: string,
    lengthBound: bigint,
    weightBound: { refTime: bigint; proofSize: bigint },
  ) {
    const proposal = ProposalOf.tryGet(hash);
    if (proposal === undefined) throw Errors.fail('ProposalMissing');
    if (BigInt(encode(ext().callCodec, proposal).length) > lengthBound)
      throw Errors.fail('WrongProposalLength');
    const kernel = ext() as unknown as { callWeight?: (c: unknown) => W };
    const weight = kernel.callWeight?.(proposal);
    if (weight && (weight.refTime > weightBound.refTime || weight.proofSize > weightBound.proofSize))
      throw Errors.fail('WrongProposalWeight');
    return proposal;
  }

  /** change_members_sorted: outgoing members' votes leave open motions; the prime is cleared. */
  function setMembersSorted(next: Account[]): void {
    const old = Members.get();
    const outgoing = old.filter((m) => !next.includes(m));
    if (outgoing.length) {
      for (const hash of Proposals.get()) {
        const v = Voting.tryGet(hash);
        if (!v) continue;
        Voting.set(hash, {
          ...v,
          ayes: v.ayes.filter((a) => !outgoing.includes(a)),
          nays: v.nays.filter((a) => !outgoing.includes(a)),
        });
      }
    }
    Members.set(next);
    Prime.kill();
  }

  const decl: PalletDecl = {
    name,
    docs,
    crate: 'pallet_collective',
    index,
    storage: S.items,
    events: Events,
    errors: Errors,
    constants: Constants,
    calls: {
      set_members: call(
        0,
        { new_members: vec(AccountId), prime: option(AccountId), old_count: u32 },
        (o, a) => {
          if (name === 'Council') ensureRoot(o);
          else if (!isRoot(o) && !proportionMoreThan(o, 'Council', 1, 2)) throw badOrigin();
          if (BigInt(Members.get().length) > a.old_count) throw Errors.fail('WrongProposalWeight');
          setMembersSorted(sortAccounts(a.new_members));
          if (a.prime !== null) Prime.set(a.prime);
        },
      ),
      execute: call(1, { proposal: RuntimeCall, length_bound: compact(u32) }, (o, a) => {
        const who = ensureMember(o);
        const hash = lengthAndHash(a.proposal, a.length_bound);
        Events.emit('MemberExecuted', {
          proposal_hash: hash,
          result: resultOf(memberOrigin(name, who), a.proposal),
        });
      }),
      propose: call(
        2,
        { threshold: compact(u32), proposal: RuntimeCall, length_bound: compact(u32) },
        (o, a) => {
          const who = ensureMember(o);
          const hash = lengthAndHash(a.proposal, a.length_bound);
          if (ProposalOf.contains(hash)) throw Errors.fail('DuplicateProposal');
          if (a.threshold < 2n) {
            const seats = Members.get().length;
            Events.emit('Executed', {
              proposal_hash: hash,
              result: resultOf(membersOrigin(name, 1, seats), a.proposal),
            });
            return;
          }
          const proposals = Proposals.get();
          if (BigInt(proposals.length) >= Constants.get('MaxProposals'))
            throw Errors.fail('TooManyProposals');
          const proposalIndex = ProposalCount.get();
          Proposals.set([...proposals, hash]);
          ProposalCount.set(proposalIndex + 1n);
          ProposalOf.set(hash, a.proposal);
          Voting.set(hash, {
            index: proposalIndex,
            threshold: a.threshold,
            ayes: [],
            nays: [],
            end: currentBlock() + Constants.get('MotionDuration'),
          });
          Events.emit('Proposed', {
            account: who,
            proposal_index: proposalIndex,
            proposal_hash: hash,
            threshold: a.threshold,
          });
        },
      ),
      vote: call(3, { proposal: H256, index: compact(u32), approve: bool }, (o, a) => {
        const who = ensureMember(o);
        const v = Voting.tryGet(a.proposal);
        if (!v) throw Errors.fail('ProposalMissing');
        if (v.index !== a.index) throw Errors.fail('WrongIndex');
        const ayes = [...v.ayes];
        const nays = [...v.nays];
        const [mine, other] = a.approve ? [ayes, nays] : [nays, ayes];
        if (mine.includes(who)) throw Errors.fail('DuplicateVote');
        mine.push(who);
        const pos = other.indexOf(who);
        if (pos >= 0) {
          // swap_remove
          other[pos] = other[other.length - 1] as Account;
          other.pop();
        }
        Voting.set(a.proposal, { ...v, ayes, nays });
        Events.emit('Voted', {
          account: who,
          proposal_hash: a.proposal,
          voted: a.approve,
          yes: BigInt(ayes.length),
          no: BigInt(nays.length),
        });
      }),
      disapprove_proposal: call(5, { proposal_hash: H256 }, (o, a) => {
        ensureRoot(o);
        disapprove(a.proposal_hash);
      }),
      close: call(
        6,
        {
          proposal_hash: H256,
          index: compact(u32),
          proposal_weight_bound: Weight,
          length_bound: compact(u32),
        },
        (o, a) => {
          ensureSigned(o);
          const hash = a.proposal_hash;
          const v = Voting.tryGet(hash);
          if (!v) throw Errors.fail('ProposalMissing');
          if (v.index !== a.index) throw Errors.fail('WrongIndex');
          let yes = v.ayes.length;
          let no = v.nays.length;
          const seats = Members.get().length;
          const bound = a.proposal_weight_bound;
          if (BigInt(yes) >= v.threshold) {
            const proposal = storedProposal(hash, a.length_bound, bound);
            Events.emit('Closed', { proposal_hash: hash, yes: BigInt(yes), no: BigInt(no) });
            approve(seats, yes, hash, proposal);
            return;
          }
          if (BigInt(saturatingSubU32(seats, no)) < v.threshold) {
            Events.emit('Closed', { proposal_hash: hash, yes: BigInt(yes), no: BigInt(no) });
            disapprove(hash);
            return;
          }
          if (currentBlock() < v.end) throw Errors.fail('TooEarly');
          const prime = Prime.tryGet();
          const primeAye = prime !== undefined && v.ayes.includes(prime);
          const abstentions = seats - (yes + no);
          if (primeAye) yes += abstentions;
          else no += abstentions;
          if (BigInt(yes) >= v.threshold) {
            const proposal = storedProposal(hash, a.length_bound, bound);
            Events.emit('Closed', { proposal_hash: hash, yes: BigInt(yes), no: BigInt(no) });
            approve(seats, yes, hash, proposal);
          } else {
            Events.emit('Closed', { proposal_hash: hash, yes: BigInt(yes), no: BigInt(no) });
            disapprove(hash);
          }
        },
      ),
    },
    invariants: {
      proposalsHaveVotingAndCall() {
        const hashes = Proposals.get();
        if (new Set(hashes).size !== hashes.length) throw new Error('duplicate motion hash');
        for (const h of hashes)
          if (!ProposalOf.contains(h) || !Voting.contains(h))
            throw new Error(`motion ${h} lacks its call or votes`);
        if (ProposalOf.keys().length !== hashes.length || Voting.keys().length !== hashes.length)
          throw new Error('ProposalOf/Voting hold motions not in Proposals');
      },
      votersAreMembers() {
        const members = Members.get();
        for (const [[h], v] of Voting.entries())
          for (const who of [...v.ayes, ...v.nays])
            if (!members.includes(who)) throw new Error(`${who} votes on ${h} without being a member`);
      },
    },
  };
  /** InitializeMembers::initialize_members: genesis members of a collective that has none yet. */
  function initializeMembers(members: Account[]): void {
    if (!members.length) return;
    if (Members.get().length) throw new Error('Members are already initialized!');
    Members.set(sortAccounts(members));
  }

  /** ChangeMembers::set_prime (the prime is not checked to be a member, as in Rust). */
  function setPrime(prime: Account | null): void {
    if (prime === null) Prime.kill();
    else Prime.set(prime);
  }

  return {
    decl,
    Members,
    Prime,
    Proposals,
    ProposalOf,
    Voting,
    ProposalCount,
    Events,
    Errors,
    /** ChangeMembers::change_members_sorted / set_members_sorted: `next` sorted; the prime is cleared. */
    changeMembers: setMembersSorted,
    setPrime,
    initializeMembers,
  };
}

/** `a.saturating_sub(b)` on member counts. */
const saturatingSubU32 = (a: number, b: number): number => (a > b ? a - b : 0);

export const CouncilCollective = collective('Council', 62, CouncilDocs);
export const TechnicalCollective = collective('TechnicalCommittee', 66, TechnicalCommitteeDocs);
export const Council: PalletDecl = CouncilCollective.decl;
export const TechnicalCommittee: PalletDecl = TechnicalCollective.decl;
