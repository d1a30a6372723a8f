/**
 * Metadata documentation of Council and TechnicalCommittee: every call, event, error, storage item and constant,
 * from the doc comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

/** What both collectives share: the calls, events, errors, storage and constants of pallet-collective. */
const collectiveItemDocs: Omit<PalletDocs, 'pallet'> = {
  calls: {
    set_members: ["Set the collective's membership."],
    execute: ['Dispatch a proposal from a member using the `Member` origin.'],
    propose: ['Add a new proposal to either be voted on or executed directly.'],
    vote: ['Add an aye or nay vote for the sender to the given proposal.'],
    disapprove_proposal: [
      'Disapprove a proposal, close, and remove it from the system, regardless of its current',
      'state.',
    ],
    close: ['Close a vote that is either approved, disapproved or whose voting period has ended.'],
  },
  events: {
    Proposed: [
      'A motion (given hash) has been proposed (by given account) with a threshold (given',
      '`MemberCount`).',
    ],
    Voted: [
      'A motion (given hash) has been voted on by given account, leaving',
      'a tally (yes votes and no votes given respectively as `MemberCount`).',
    ],
    Approved: ['A motion was approved by the required threshold.'],
    Disapproved: ['A motion was not approved by the required threshold.'],
    Executed: ['A motion was executed; result will be `Ok` if it returned without error.'],
    MemberExecuted: ['A single member did some action; result will be `Ok` if it returned without error.'],
    Closed: ['A proposal was closed because its threshold was reached or after its duration was up.'],
  },
  errors: {
    NotMember: ['Account is not a member'],
    DuplicateProposal: ['Duplicate proposals not allowed'],
    ProposalMissing: ['Proposal must exist'],
    WrongIndex: ['Mismatched index'],
    DuplicateVote: ['Duplicate vote ignored'],
    AlreadyInitialized: ['Members are already initialized!'],
    TooEarly: ['The close call was made too early, before the end of the voting.'],
    TooManyProposals: ['There can only be a maximum of `MaxProposals` active proposals.'],
    WrongProposalWeight: ['The given weight bound for the proposal was too low.'],
    WrongProposalLength: ['The given length bound for the proposal was too low.'],
  },
  storage: {
    Proposals: ['The hashes of the active proposals.'],
    ProposalOf: ["Actual proposal for a given hash, if it's current."],
    Voting: ['Votes on a given proposal, if it is ongoing.'],
    ProposalCount: ['Proposals so far.'],
    Members: ['The current members of the collective. This is stored sorted (just by value).'],
    Prime: ['The prime member that helps determine the default vote behavior in case of abstentions.'],
  },
  constants: {
    MaxProposalWeight: ['The maximum weight of a dispatch call that can be proposed and executed.'],
  },
};

export const CouncilDocs: PalletDocs = {
  pallet: ['The Council: a collective whose members propose and vote on motions, with the Council origins.'],
  ...collectiveItemDocs,
};

export const TechnicalCommitteeDocs: PalletDocs = {
  pallet: ['The Technical Committee: a collective that fast-tracks, vetoes and cancels Democracy proposals.'],
  ...collectiveItemDocs,
};
