/**
 * Metadata documentation of Bounties: every call, event, error, storage item and constant, after the doc
 * comments of polkadot-sdk release-polkadot-v1.2.0 (first paragraph, in our own words).
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const BountiesDocs: PalletDocs = {
  pallet: [
    'Bounties: rewards for a defined piece of work, funded by the Treasury and paid out by a curator.',
  ],
  calls: {
    propose_bounty: [
      'Propose a new bounty. A bond of `BountyDepositBase` plus `DataDepositPerByte` per description byte is',
      'reserved; it is returned when the bounty is funded and slashed if the proposal is rejected.',
    ],
    approve_bounty: [
      'Approve a bounty proposal: it is funded and becomes active at the next spend period. Needs the SpendOrigin.',
    ],
    propose_curator: ['Propose a curator, with a fee, for a funded bounty. Needs the SpendOrigin.'],
    unassign_curator: [
      'Unassign the curator of a bounty: the RejectOrigin slashes them, the curator may resign with the',
      'deposit back, and anyone may remove a curator whose update is overdue (slashed).',
    ],
    accept_curator: ['Accept the curator role for a bounty; a curator deposit is reserved until payout.'],
    award_bounty: [
      'Award the bounty to a beneficiary; the beneficiary can claim it after `BountyDepositPayoutDelay`.',
      'Only the curator may call it, and only when the bounty has no active child bounty.',
    ],
    claim_bounty: ['Claim the payout of an awarded bounty once the payout delay has passed.'],
    close_bounty: [
      'Cancel a proposed or active bounty; its funds go back to the Treasury and a proposal bond is slashed.',
      'Needs the RejectOrigin.',
    ],
    extend_bounty_expiry: ['Extend the expiry of an active bounty (the curator gives an update).'],
  },
  events: {
    BountyProposed: ['New bounty proposal.'],
    BountyRejected: ['A bounty proposal was rejected; funds were slashed.'],
    BountyBecameActive: ['A bounty proposal is funded and became active.'],
    BountyAwarded: ['A bounty is awarded to a beneficiary.'],
    BountyClaimed: ['A bounty is claimed by the beneficiary.'],
    BountyCanceled: ['A bounty is cancelled.'],
    BountyExtended: ['A bounty expiry is extended.'],
  },
  errors: {
    InsufficientProposersBalance: ["Proposer's balance is too low."],
    InvalidIndex: ['No proposal or bounty at that index.'],
    ReasonTooBig: ['The reason given is just too big.'],
    UnexpectedStatus: ['The bounty status is unexpected.'],
    RequireCurator: ['Require bounty curator.'],
    InvalidValue: ['Invalid bounty value.'],
    InvalidFee: ['Invalid bounty fee.'],
    PendingPayout: [
      'A bounty payout is pending.',
      'To cancel the bounty, you must unassign and slash the curator.',
    ],
    Premature: ['The bounties cannot be claimed/closed because it is still in the countdown period.'],
    HasActiveChildBounty: ['The bounty cannot be closed because it has active child bounties.'],
    TooManyQueued: ['Too many approvals are already queued.'],
  },
  storage: {
    BountyCount: ['Number of bounty proposals that have been made.'],
    Bounties: ['Bounties that have been made.'],
    BountyDescriptions: ['The description of each bounty.'],
    BountyApprovals: ['Bounty indices that have been approved but not yet funded.'],
  },
  constants: {
    BountyDepositBase: ['The amount held on deposit for placing a bounty proposal.'],
    BountyDepositPayoutDelay: [
      'The delay period for which a bounty beneficiary needs to wait before claiming.',
    ],
    BountyUpdatePeriod: ['Bounty duration in blocks.'],
    CuratorDepositMultiplier: [
      'The curator deposit is calculated as a percentage of the curator fee, clamped by',
      '`CuratorDepositMin` and `CuratorDepositMax`.',
    ],
    CuratorDepositMax: ['Maximum amount of funds that should be placed in a deposit for making a proposal.'],
    CuratorDepositMin: ['Minimum amount of funds that should be placed in a deposit for making a proposal.'],
    BountyValueMinimum: ['Minimum value for a bounty.'],
    DataDepositPerByte: ['The amount held on deposit per byte within the bounty description.'],
    MaximumReasonLength: ['Maximum acceptable reason length.'],
  },
};
