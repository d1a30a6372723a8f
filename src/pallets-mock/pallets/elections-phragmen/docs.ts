/**
 * Metadata documentation of PhragmenElection: every call, event, error, storage item and constant, from
 * the doc comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where
 * the source is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const PhragmenElectionDocs: PalletDocs = {
  pallet: [
    'Council elections by sequential Phragmén: candidates bond, voters lock stake behind up to 16 candidates, and every term the winners become the Council.',
  ],
  calls: {
    vote: [
      'Vote for a set of candidates for the upcoming round of election. This can be called to',
      'set the initial votes, or update already existing votes.',
    ],
    remove_voter: ['Remove `origin` as a voter.', '', 'This removes the lock and returns the deposit.'],
    submit_candidacy: ['Submit oneself for candidacy. A fixed amount of deposit is recorded.'],
    renounce_candidacy: [
      "Renounce one's intention to be a candidate for the next election round: the deposit of a",
      'candidate, runner-up or member is returned; a leaving member is replaced by the best runner-up.',
    ],
    remove_member: [
      'Remove a particular member from the set. This is effective immediately and the bond of',
      'the outgoing member is slashed.',
    ],
    clean_defunct_voters: [
      'Clean all voters who are defunct (i.e. they do not serve any purpose at all). The',
      'deposit of the removed voters are returned.',
    ],
  },
  events: {
    NewTerm: [
      'A new term with new_members. This indicates that enough candidates existed to run',
      'the election, not that enough have has been elected.',
    ],
    EmptyTerm: [
      'No (or not enough) candidates existed for this round. This is different from',
      '`NewTerm(\\[\\])`.',
    ],
    ElectionError: ['Internal error happened while trying to perform election.'],
    MemberKicked: [
      'A member has been removed. This should always be followed by either `NewTerm` or',
      '`EmptyTerm`.',
    ],
    Renounced: ['Someone has renounced their candidacy.'],
    CandidateSlashed: [
      'A candidate was slashed by amount due to failing to obtain a seat as member or',
      'runner-up.',
    ],
    SeatHolderSlashed: ['A seat holder was slashed by amount by being forcefully removed from the set.'],
  },
  errors: {
    UnableToVote: ['Cannot vote when no candidates or members exist.'],
    NoVotes: ['Must vote for at least one candidate.'],
    TooManyVotes: ['Cannot vote more than candidates.'],
    MaximumVotesExceeded: ['Cannot vote more than maximum allowed.'],
    LowBalance: ['Cannot vote with stake less than minimum balance.'],
    UnableToPayBond: ['Voter can not pay voting bond.'],
    MustBeVoter: ['Must be a voter.'],
    DuplicatedCandidate: ['Duplicated candidate submission.'],
    TooManyCandidates: ['Too many candidates have been created.'],
    MemberSubmit: ['Member cannot re-submit candidacy.'],
    RunnerUpSubmit: ['Runner cannot re-submit candidacy.'],
    InsufficientCandidateFunds: ['Candidate does not have enough funds.'],
    NotMember: ['Not a member.'],
    InvalidWitnessData: ['The provided count of number of candidates is incorrect.'],
    InvalidVoteCount: ['The provided count of number of votes is incorrect.'],
    InvalidRenouncing: ['The renouncing origin presented a wrong `Renouncing` parameter.'],
    InvalidReplacement: ['Prediction regarding replacement after member removal is wrong.'],
  },
  storage: {
    Members: ['The current elected members.', '', 'Invariant: Always sorted based on account id.'],
    RunnersUp: [
      'The current reserved runners-up.',
      '',
      'Invariant: Always sorted based on rank (worse to best). Upon removal of a member, the',
      'last (i.e. _best_) runner-up will be replaced.',
    ],
    Candidates: [
      'The present candidate list. A current member or runner-up can never enter this vector',
      'and is always implicitly assumed to be a candidate.',
      '',
      'Second element is the deposit.',
      '',
      'Invariant: Always sorted based on account id.',
    ],
    ElectionRounds: ['The total number of vote rounds that have happened, excluding the upcoming one.'],
    Voting: ['Votes and locked stake of a particular voter.'],
  },
  constants: {
    PalletId: ["Identifier for the elections-phragmen pallet's lock"],
    CandidacyBond: ["How much should be locked up in order to submit one's candidacy."],
    VotingBondBase: ['Base deposit associated with voting.'],
    VotingBondFactor: ['The amount of bond that need to be locked for each vote (32 bytes).'],
    DesiredMembers: ['Number of members to elect.'],
    DesiredRunnersUp: ['Number of runners_up to keep.'],
    TermDuration: [
      'How long each seat is kept. This defines the next block number at which an election',
      'round will happen. If set to zero, no elections are ever triggered and the module will',
      'be in passive mode.',
    ],
    MaxCandidates: ['The maximum number of candidates in a phragmen election.'],
    MaxVoters: ['The maximum number of voters to allow in a phragmen election.'],
    MaxVotesPerVoter: ['Maximum numbers of votes per voter.'],
  },
};
