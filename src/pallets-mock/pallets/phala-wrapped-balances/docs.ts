/**
 * Metadata documentation of PhalaWrappedBalances: every call, event, error, storage item and constant,
 * from the doc comments of phala-blockchain runtime-release-v1270 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const PhalaWrappedBalancesDocs: PalletDocs = {
  pallet: ['PhalaWrappedBalances: W-PHA, PHA wrapped 1:1 for delegation, and voting with delegated PHA.'],
  calls: {
    wrap: ['Wraps some pha and gain equal amount of W-PHA'],
    unwrap_all: ['Burns the amount of all free W-PHA and unwraps equal amount of pha'],
    unwrap: ['Unwraps some pha by burning equal amount of W-PHA'],
    vote: ['Uses some W-PHA to approve or oppose a vote'],
    unlock: ['Tries to unlock W-PHAs used in vote after the vote finished or canceled'],
  },
  events: {
    DustRemoved: ['Some dust stake is removed'],
    Wrapped: ['Some PHA was wrapped into W-PHA.'],
    Unwrapped: ['Some W-PHA was unwrapped back to PHA.'],
    Voted: ['A user voted on a referendum with W-PHA.'],
  },
  errors: {
    StakerAccountNotFound: ["user's `FinanceAccount` does not exist in storage: `StakerAccounts`"],
    UnwrapAmountExceedsAvaliableStake: ['Trying to unwrap more than the available balance'],
    VoteAmountLargerThanTotalStakes: ['Trying to vote more than the available balance'],
    ReferendumInvalid: ['The vote is not currently on going'],
    ReferendumOngoing: ['The vote is now on going and the W-PHA used in voting can not be unlocked'],
    IterationsIsNotVaild: ['The Iteration exceed the max limitaion'],
  },
  storage: {
    VoteAccountMap: [
      'Mapping from the vote ids and accounts to the amounts of W-PHA used to approve or oppose to the vote',
    ],
    AccountVoteMap: [
      'Mapping from the accounts and vote ids to the amounts of W-PHA used to approve or oppose to the vote',
    ],
    StakerAccounts: ['Mapping for users to their asset status proxys'],
    UnmintableDust: ['Collect the unmintable dust'],
  },
  constants: {
    WPhaAssetId: ["W-PHA's asset id"],
    WrappedBalancesAccountId: ["Pha's global fund pool"],
  },
};
