/**
 * Metadata documentation of Treasury: every call, event, error, storage item and constant,
 * from the doc comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const TreasuryDocs: PalletDocs = {
  pallet: ['The Treasury pallet: the funds of the network, spent on approved proposals each spend period.'],
  calls: {
    propose_spend: [
      'Put forward a suggestion for spending: a bond of `ProposalBond` of the value (at least `ProposalBondMinimum`) is reserved and slashed if the proposal is rejected.',
    ],
    reject_proposal: [
      'Reject a spending proposal; its bond is slashed to the Treasury. Needs the RejectOrigin.',
    ],
    approve_proposal: [
      'Approve a spending proposal: it is paid at the next spend period and its bond returned. Needs the ApproveOrigin.',
    ],
    spend: ['Propose and approve a spend of treasury funds.'],
    remove_approval: ['Force a previously approved proposal to be removed from the approval queue.'],
  },
  events: {
    Proposed: ['A new spending proposal was made.'],
    Spending: ['We have ended a spend period and will now allocate funds.'],
    Awarded: ['Some funds have been allocated.'],
    Rejected: ['A proposal was rejected; its bond was slashed.'],
    Burnt: ['Some of our funds have been burnt.'],
    Rollover: ['Spending has finished; this is the amount that rolls over until next spend.'],
    Deposit: ['Some funds have been deposited.'],
    SpendApproved: ['A new spend proposal has been approved.'],
    UpdatedInactive: ['The inactive funds of the pallet have been updated.'],
  },
  errors: {
    InsufficientProposersBalance: ["The proposer's balance is too low to reserve the proposal bond."],
    InvalidIndex: ['No proposal, bounty or spend at that index.'],
    TooManyApprovals: ['Too many approvals in the queue.'],
    InsufficientPermission: [
      'The spend origin is valid but the amount it is allowed to spend is lower than the',
      'amount to be spent.',
    ],
    ProposalNotApproved: ['Proposal has not been approved.'],
  },
  storage: {
    ProposalCount: [
      'DEPRECATED: associated with `spend_local` call and will be removed in May 2025.',
      'Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.',
    ],
    Proposals: [
      'DEPRECATED: associated with `spend_local` call and will be removed in May 2025.',
      'Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.',
    ],
    Deactivated: ['The amount which has been reported as inactive to Currency.'],
    Approvals: [
      'DEPRECATED: associated with `spend_local` call and will be removed in May 2025.',
      'Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.',
    ],
  },
  constants: {
    ProposalBond: ['The part of a proposed spend reserved as bond.'],
    ProposalBondMinimum: ['The smallest bond a spending proposal reserves.'],
    ProposalBondMaximum: ['The largest bond a spending proposal reserves, if any.'],
    SpendPeriod: ['Period between successive spends.'],
    Burn: ['Percentage of spare funds (if any) that are burnt per spend period.'],
    PalletId: ["The treasury's pallet id, used for deriving its sovereign account ID."],
    MaxApprovals: [
      'DEPRECATED: associated with `spend_local` call and will be removed in May 2025.',
      'Refer to <https://github.com/paritytech/polkadot-sdk/pull/5961> for migration to `spend`.',
    ],
  },
};
