/**
 * pallet_membership as Khala's TechnicalMembership (index 67, Instance1), feeding the
 * TechnicalCommittee (MembershipInitialized = MembershipChanged = TechnicalCommittee). Every origin
 * (add, remove, swap, reset, prime) is Khala's EnsureRootOrHalfCouncil: Root or more than half of the
 * Council; `change_key` is signed by a member. Members are kept sorted by account (at most MaxMembers
 * = 100, TooManyMembers beyond); each change is reported to the TechnicalCommittee, which drops the
 * outgoing members' votes and clears its prime, and the prime is then set again if it is still a
 * member (`rejig_prime`), or follows `change_key` to the new key. `set_prime`/`clear_prime` set the
 * committee's prime directly. Genesis (dev and demo profiles): //Alice and //Bob, the committee's
 * first members.
 *
 * Deviations: none known beyond the kernel's declared weights.
 *
 * Final Khala runtime (polkadot-sdk release-polkadot-v1.2.0): calls, events, errors and storage are
 * those of Khala's Aug-2023 metadata (checked by metadata-reference.test.ts).
 */
import { badOrigin } from '../../frame/errors.js';
import { ensureSigned, type Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { isDevLike } from '../../frame/profile.js';
import { u32, vec } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, boundedVec, MultiAddress } from '../../frame/types.js';
import { type AccountId as Account, accountId } from '../../primitives/account.js';
import { lookup } from '../balances/index.js';
import { sortAccounts, TechnicalCollective } from '../collective/index.js';
import { isRoot, proportionMoreThan } from '../collective/origin.js';
import { TechnicalMembershipDocs } from './docs.js';

const S = storage('TechnicalMembership');
export const Members = S.value('Members', boundedVec(AccountId), { default: [] });
export const Prime = S.value('Prime', AccountId);

export const MembershipEvents = events('TechnicalMembership', 'pallet_membership', {
  MemberAdded: {},
  MemberRemoved: {},
  MembersSwapped: {},
  MembersReset: {},
  KeyChanged: {},
  Dummy: {},
});
export const MembershipErrors = errors('TechnicalMembership', 'pallet_membership', [
  'AlreadyMember',
  'NotMember',
  'TooManyMembers',
] as const);
export const MembershipConstants = constants('TechnicalMembership', {
  MaxMembers: { codec: u32, value: 100n, hidden: true },
});

const GENESIS_MEMBERS = ['//Alice', '//Bob'];

/** EnsureRootOrHalfCouncil: Root, or a Council motion carried by more than half of its seats. */
function ensureRootOrHalfCouncil(o: Origin): void {
  if (!isRoot(o) && !proportionMoreThan(o, 'Council', 1, 2)) throw badOrigin();
}

const sorted = (list: readonly Account[]): Account[] => sortAccounts([...list]);

function ensureRoom(members: readonly Account[]): void {
  if (BigInt(members.length) > MembershipConstants.get('MaxMembers'))
    throw MembershipErrors.fail('TooManyMembers');
}

/** MembershipChanged::change_members_sorted, then `rejig_prime`. */
function report(members: Account[], rejig: boolean): void {
  TechnicalCollective.changeMembers(members);
  if (!rejig) return;
  const prime = Prime.tryGet();
  if (prime === undefined) return;
  if (members.includes(prime)) TechnicalCollective.setPrime(prime);
  else Prime.kill();
}

export const TechnicalMembership: PalletDecl = {
  name: 'TechnicalMembership',
  docs: TechnicalMembershipDocs,
  crate: 'pallet_membership',
  index: 67,
  storage: S.items,
  events: MembershipEvents,
  errors: MembershipErrors,
  constants: MembershipConstants,
  calls: {
    add_member: call(0, { who: MultiAddress }, (o, a) => {
      ensureRootOrHalfCouncil(o);
      const who = lookup(a.who);
      const members = Members.get();
      if (members.includes(who)) throw MembershipErrors.fail('AlreadyMember');
      const next = sorted([...members, who]);
      ensureRoom(next);
      Members.set(next);
      report(next, false);
      MembershipEvents.emit('MemberAdded', {});
    }),
    remove_member: call(1, { who: MultiAddress }, (o, a) => {
      ensureRootOrHalfCouncil(o);
      const who = lookup(a.who);
      const members = Members.get();
      if (!members.includes(who)) throw MembershipErrors.fail('NotMember');
      const next = members.filter((m) => m !== who);
      Members.set(next);
      report(next, true);
      MembershipEvents.emit('MemberRemoved', {});
    }),
    swap_member: call(2, { remove: MultiAddress, add: MultiAddress }, (o, a) => {
      ensureRootOrHalfCouncil(o);
      const remove = lookup(a.remove);
      const add = lookup(a.add);
      if (remove === add) return;
      const members = Members.get();
      if (!members.includes(remove)) throw MembershipErrors.fail('NotMember');
      if (members.includes(add)) throw MembershipErrors.fail('AlreadyMember');
      const next = sorted(members.map((m) => (m === remove ? add : m)));
      Members.set(next);
      report(next, true);
      MembershipEvents.emit('MembersSwapped', {});
    }),
    reset_members: call(3, { members: vec(AccountId) }, (o, a) => {
      ensureRootOrHalfCouncil(o);
      ensureRoom(a.members);
      const next = sorted(a.members);
      report(next, true);
      Members.set(next);
      MembershipEvents.emit('MembersReset', {});
    }),
    change_key: call(4, { new: MultiAddress }, (o, a) => {
      const remove = ensureSigned(o);
      const add = lookup(a.new);
      if (remove !== add) {
        const members = Members.get();
        if (!members.includes(remove)) throw MembershipErrors.fail('NotMember');
        if (members.includes(add)) throw MembershipErrors.fail('AlreadyMember');
        const next = sorted(members.map((m) => (m === remove ? add : m)));
        Members.set(next);
        report(next, false);
        if (Prime.tryGet() === remove) {
          Prime.set(add);
          TechnicalCollective.setPrime(add);
        }
      }
      MembershipEvents.emit('KeyChanged', {});
    }),
    set_prime: call(5, { who: MultiAddress }, (o, a) => {
      ensureRootOrHalfCouncil(o);
      const who = lookup(a.who);
      if (!Members.get().includes(who)) throw MembershipErrors.fail('NotMember');
      Prime.set(who);
      TechnicalCollective.setPrime(who);
    }),
    clear_prime: call(6, {}, (o) => {
      ensureRootOrHalfCouncil(o);
      Prime.kill();
      TechnicalCollective.setPrime(null);
    }),
  },
  genesis(config) {
    if (!isDevLike(config.profile)) return;
    const members = sorted(GENESIS_MEMBERS.map((m) => accountId(m)));
    TechnicalCollective.initializeMembers(members);
    Members.set(members);
  },
  invariants: {
    membersSorted() {
      const members = Members.get();
      const again = sorted(members);
      if (members.some((m, i) => m !== again[i]))
        throw new Error('TechnicalMembership members must be sorted');
    },
    primeIsMember() {
      const prime = Prime.tryGet();
      if (prime !== undefined && !Members.get().includes(prime))
        throw new Error(`TechnicalMembership prime ${prime} is not a member`);
    },
  },
};
