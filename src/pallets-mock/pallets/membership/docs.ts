/**
 * Metadata documentation of TechnicalMembership: every call, event, error and storage item, from the doc
 * comments of polkadot-sdk release-polkadot-v1.2.0 pallet-membership (the first paragraph).
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const TechnicalMembershipDocs: PalletDocs = {
  pallet: ['The Technical Committee’s membership: who sits on the committee and who is its prime.'],
  calls: {
    add_member: ['Add a member `who` to the set.', '', 'May only be called from `T::AddOrigin`.'],
    remove_member: ['Remove a member `who` from the set.', '', 'May only be called from `T::RemoveOrigin`.'],
    swap_member: [
      'Swap out one member `remove` for another `add`.',
      '',
      'May only be called from `T::SwapOrigin`.',
    ],
    reset_members: [
      'Change the membership to a new set, disregarding the existing membership. Be nice and',
      'pass `members` pre-sorted.',
    ],
    change_key: [
      'Swap out the sending member for some other key `new`.',
      '',
      'May only be called from `Signed` origin of a current member.',
    ],
    set_prime: ['Set the prime member. Must be a current member.'],
    clear_prime: ['Remove the prime member if it exists.'],
  },
  events: {
    MemberAdded: ['The given member was added; see the transaction for who.'],
    MemberRemoved: ['The given member was removed; see the transaction for who.'],
    MembersSwapped: ['Two members were swapped; see the transaction for who.'],
    MembersReset: ['The membership was reset; see the transaction for who the new set is.'],
    KeyChanged: ["One of the members' keys changed."],
    Dummy: ['Phantom member, never used.'],
  },
  errors: {
    AlreadyMember: ['Already a member.'],
    NotMember: ['Not a member.'],
    TooManyMembers: ['Too many members.'],
  },
  storage: {
    Members: ['The current membership, stored as an ordered Vec.'],
    Prime: ['The current prime member, if one exists.'],
  },
};
