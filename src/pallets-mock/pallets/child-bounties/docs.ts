/**
 * Metadata documentation of ChildBounties: every call, event, error, storage item and constant, after the
 * doc comments of polkadot-sdk release-polkadot-v1.2.0 (first paragraph, in our own words).
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const ChildBountiesDocs: PalletDocs = {
  pallet: ['Child bounties: an active bounty split by its curator into smaller pieces of work.'],
  calls: {
    add_child_bounty: [
      'Add a new child bounty to an active parent bounty; its value moves from the parent bounty account.',
      'Only the parent curator may call it.',
    ],
    propose_curator: [
      'Propose a curator, with a fee, for an added child bounty. Only the parent curator may call it.',
    ],
    accept_curator: [
      'Accept the curator role for a child bounty; a deposit is reserved unless the child curator is the',
      'parent curator.',
    ],
    unassign_curator: [
      'Unassign the curator of a child bounty: the RejectOrigin or the parent curator slash an active one,',
      'the child curator may resign with the deposit back, anyone may once the parent update is overdue.',
    ],
    award_child_bounty: [
      'Award the child bounty to a beneficiary, claimable after the payout delay. The child curator or the',
      'parent curator may call it.',
    ],
    claim_child_bounty: ['Claim the payout of an awarded child bounty once the payout delay has passed.'],
    close_child_bounty: [
      'Cancel a child bounty; its funds go back to the parent bounty. The parent curator or the RejectOrigin',
      'may call it.',
    ],
  },
  events: {
    Added: ['A child-bounty is added.'],
    Awarded: ['A child-bounty is awarded to a beneficiary.'],
    Claimed: ['A child-bounty is claimed by beneficiary.'],
    Canceled: ['A child-bounty is cancelled.'],
  },
  errors: {
    ParentBountyNotActive: ['The parent bounty is not in active state.'],
    InsufficientBountyBalance: ['The bounty balance is not enough to add new child-bounty.'],
    TooManyChildBounties: ['Number of child bounties exceeds limit `MaxActiveChildBountyCount`.'],
  },
  storage: {
    ChildBountyCount: ['Number of total child bounties.'],
    ParentChildBounties: [
      'Number of child bounties per parent bounty.',
      'Map of parent bounty index to number of child bounties.',
    ],
    ChildBounties: ['Child bounties that have been added.'],
    ChildBountyDescriptions: ['The description of each child-bounty.'],
    ChildrenCuratorFees: ['The cumulative child-bounty curator fee for each parent bounty.'],
  },
  constants: {
    MaxActiveChildBountyCount: ['Maximum number of child bounties that can be added to a parent bounty.'],
    ChildBountyValueMinimum: ['Minimum value for a child-bounty.'],
  },
};
