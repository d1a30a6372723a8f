// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    assets: {
      /**
       * The asset-account already exists.
       **/
      AlreadyExists: AugmentedError<ApiType>;
      /**
       * The asset is not live, and likely being destroyed.
       **/
      AssetNotLive: AugmentedError<ApiType>;
      /**
       * Invalid metadata given.
       **/
      BadMetadata: AugmentedError<ApiType>;
      /**
       * Invalid witness data given.
       **/
      BadWitness: AugmentedError<ApiType>;
      /**
       * Account balance must be greater than or equal to the transfer amount.
       **/
      BalanceLow: AugmentedError<ApiType>;
      /**
       * Callback action resulted in error
       **/
      CallbackFailed: AugmentedError<ApiType>;
      /**
       * The origin account is frozen.
       **/
      Frozen: AugmentedError<ApiType>;
      /**
       * The asset status is not the expected status.
       **/
      IncorrectStatus: AugmentedError<ApiType>;
      /**
       * The asset ID is already taken.
       **/
      InUse: AugmentedError<ApiType>;
      /**
       * The asset is a live asset and is actively being used. Usually emit for operations such
       * as `start_destroy` which require the asset to be in a destroying state.
       **/
      LiveAsset: AugmentedError<ApiType>;
      /**
       * Minimum balance should be non-zero.
       **/
      MinBalanceZero: AugmentedError<ApiType>;
      /**
       * The account to alter does not exist.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * The asset-account doesn't have an associated deposit.
       **/
      NoDeposit: AugmentedError<ApiType>;
      /**
       * The signing account has no permission to do the operation.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * The asset should be frozen before the given operation.
       **/
      NotFrozen: AugmentedError<ApiType>;
      /**
       * No approval exists that would allow the transfer.
       **/
      Unapproved: AugmentedError<ApiType>;
      /**
       * Unable to increment the consumer reference counters on the account. Either no provider
       * reference exists to allow a non-zero balance of a non-self-sufficient asset, or one
       * fewer then the maximum number of consumers has been reached.
       **/
      UnavailableConsumer: AugmentedError<ApiType>;
      /**
       * The given asset ID is unknown.
       **/
      Unknown: AugmentedError<ApiType>;
      /**
       * The operation would result in funds being burned.
       **/
      WouldBurn: AugmentedError<ApiType>;
      /**
       * The source account would not survive the transfer and it needs to stay alive.
       **/
      WouldDie: AugmentedError<ApiType>;
    };
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
    };
    bounties: {
      /**
       * The bounty cannot be closed because it has active child bounties.
       **/
      HasActiveChildBounty: AugmentedError<ApiType>;
      /**
       * Proposer's balance is too low.
       **/
      InsufficientProposersBalance: AugmentedError<ApiType>;
      /**
       * Invalid bounty fee.
       **/
      InvalidFee: AugmentedError<ApiType>;
      /**
       * No proposal or bounty at that index.
       **/
      InvalidIndex: AugmentedError<ApiType>;
      /**
       * Invalid bounty value.
       **/
      InvalidValue: AugmentedError<ApiType>;
      /**
       * A bounty payout is pending.
       * To cancel the bounty, you must unassign and slash the curator.
       **/
      PendingPayout: AugmentedError<ApiType>;
      /**
       * The bounties cannot be claimed/closed because it is still in the countdown period.
       **/
      Premature: AugmentedError<ApiType>;
      /**
       * The reason given is just too big.
       **/
      ReasonTooBig: AugmentedError<ApiType>;
      /**
       * Require bounty curator.
       **/
      RequireCurator: AugmentedError<ApiType>;
      /**
       * Too many approvals are already queued.
       **/
      TooManyQueued: AugmentedError<ApiType>;
      /**
       * The bounty status is unexpected.
       **/
      UnexpectedStatus: AugmentedError<ApiType>;
    };
    childBounties: {
      /**
       * The bounty balance is not enough to add new child-bounty.
       **/
      InsufficientBountyBalance: AugmentedError<ApiType>;
      /**
       * The parent bounty is not in active state.
       **/
      ParentBountyNotActive: AugmentedError<ApiType>;
      /**
       * Number of child bounties exceeds limit `MaxActiveChildBountyCount`.
       **/
      TooManyChildBounties: AugmentedError<ApiType>;
    };
    council: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
    };
    democracy: {
      /**
       * Cannot cancel the same proposal twice
       **/
      AlreadyCanceled: AugmentedError<ApiType>;
      /**
       * The account is already delegating.
       **/
      AlreadyDelegating: AugmentedError<ApiType>;
      /**
       * Identity may not veto a proposal twice
       **/
      AlreadyVetoed: AugmentedError<ApiType>;
      /**
       * Proposal already made
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * The instant referendum origin is currently disallowed.
       **/
      InstantNotAllowed: AugmentedError<ApiType>;
      /**
       * Too high a balance was provided that the account cannot afford.
       **/
      InsufficientFunds: AugmentedError<ApiType>;
      /**
       * Invalid hash
       **/
      InvalidHash: AugmentedError<ApiType>;
      /**
       * Maximum number of votes reached.
       **/
      MaxVotesReached: AugmentedError<ApiType>;
      /**
       * No proposals waiting
       **/
      NoneWaiting: AugmentedError<ApiType>;
      /**
       * Delegation to oneself makes no sense.
       **/
      Nonsense: AugmentedError<ApiType>;
      /**
       * The actor has no permission to conduct the action.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * No external proposal
       **/
      NoProposal: AugmentedError<ApiType>;
      /**
       * The account is not currently delegating.
       **/
      NotDelegating: AugmentedError<ApiType>;
      /**
       * Next external proposal not simple majority
       **/
      NotSimpleMajority: AugmentedError<ApiType>;
      /**
       * The given account did not vote on the referendum.
       **/
      NotVoter: AugmentedError<ApiType>;
      /**
       * The preimage does not exist.
       **/
      PreimageNotExist: AugmentedError<ApiType>;
      /**
       * Proposal still blacklisted
       **/
      ProposalBlacklisted: AugmentedError<ApiType>;
      /**
       * Proposal does not exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * Vote given for invalid referendum
       **/
      ReferendumInvalid: AugmentedError<ApiType>;
      /**
       * Maximum number of items reached.
       **/
      TooMany: AugmentedError<ApiType>;
      /**
       * Value too low
       **/
      ValueLow: AugmentedError<ApiType>;
      /**
       * The account currently has votes attached to it and the operation cannot succeed until
       * these are removed, either through `unvote` or `reap_vote`.
       **/
      VotesExist: AugmentedError<ApiType>;
      /**
       * Voting period too low
       **/
      VotingPeriodLow: AugmentedError<ApiType>;
      /**
       * Invalid upper bound.
       **/
      WrongUpperBound: AugmentedError<ApiType>;
    };
    identity: {
      /**
       * Account ID is already named.
       **/
      AlreadyClaimed: AugmentedError<ApiType>;
      /**
       * Empty index.
       **/
      EmptyIndex: AugmentedError<ApiType>;
      /**
       * Fee is changed.
       **/
      FeeChanged: AugmentedError<ApiType>;
      /**
       * The index is invalid.
       **/
      InvalidIndex: AugmentedError<ApiType>;
      /**
       * Invalid judgement.
       **/
      InvalidJudgement: AugmentedError<ApiType>;
      /**
       * The target is invalid.
       **/
      InvalidTarget: AugmentedError<ApiType>;
      /**
       * The provided judgement was for a different identity.
       **/
      JudgementForDifferentIdentity: AugmentedError<ApiType>;
      /**
       * Judgement given.
       **/
      JudgementGiven: AugmentedError<ApiType>;
      /**
       * Error that occurs when there is an issue paying for judgement.
       **/
      JudgementPaymentFailed: AugmentedError<ApiType>;
      /**
       * No identity found.
       **/
      NoIdentity: AugmentedError<ApiType>;
      /**
       * Account isn't found.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * Account isn't named.
       **/
      NotNamed: AugmentedError<ApiType>;
      /**
       * Sub-account isn't owned by sender.
       **/
      NotOwned: AugmentedError<ApiType>;
      /**
       * Sender is not a sub-account.
       **/
      NotSub: AugmentedError<ApiType>;
      /**
       * Sticky judgement.
       **/
      StickyJudgement: AugmentedError<ApiType>;
      /**
       * Too many additional fields.
       **/
      TooManyFields: AugmentedError<ApiType>;
      /**
       * Maximum amount of registrars reached. Cannot add any more.
       **/
      TooManyRegistrars: AugmentedError<ApiType>;
      /**
       * Too many subs-accounts.
       **/
      TooManySubAccounts: AugmentedError<ApiType>;
    };
    multisig: {
      /**
       * Call is already approved by this signatory.
       **/
      AlreadyApproved: AugmentedError<ApiType>;
      /**
       * The data to be stored is already stored.
       **/
      AlreadyStored: AugmentedError<ApiType>;
      /**
       * The maximum weight information provided was too low.
       **/
      MaxWeightTooLow: AugmentedError<ApiType>;
      /**
       * Threshold must be 2 or greater.
       **/
      MinimumThreshold: AugmentedError<ApiType>;
      /**
       * Call doesn't need any (more) approvals.
       **/
      NoApprovalsNeeded: AugmentedError<ApiType>;
      /**
       * Multisig operation not found when attempting to cancel.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * No timepoint was given, yet the multisig operation is already underway.
       **/
      NoTimepoint: AugmentedError<ApiType>;
      /**
       * Only the account that originally created the multisig is able to cancel it.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * The sender was contained in the other signatories; it shouldn't be.
       **/
      SenderInSignatories: AugmentedError<ApiType>;
      /**
       * The signatories were provided out of order; they should be ordered.
       **/
      SignatoriesOutOfOrder: AugmentedError<ApiType>;
      /**
       * There are too few signatories in the list.
       **/
      TooFewSignatories: AugmentedError<ApiType>;
      /**
       * There are too many signatories in the list.
       **/
      TooManySignatories: AugmentedError<ApiType>;
      /**
       * A timepoint was given, yet no multisig operation is underway.
       **/
      UnexpectedTimepoint: AugmentedError<ApiType>;
      /**
       * A different timepoint was given to the multisig operation that is underway.
       **/
      WrongTimepoint: AugmentedError<ApiType>;
    };
    phalaBasePool: {
      /**
       * Can not add the staker to whitelist because the staker is already in whitelist.
       **/
      AlreadyInContributeWhitelist: AugmentedError<ApiType>;
      /**
       * Tried to get a `NftGuard` when the nft is locked. It indicates an internal error occured.
       **/
      AttrLocked: AugmentedError<ApiType>;
      /**
       * Burn nft failed
       **/
      BurnNftFailed: AugmentedError<ApiType>;
      /**
       * Deprecated: not used any more.
       **/
      DeprecatedTransferSharesAmountInvalid: AugmentedError<ApiType>;
      /**
       * Too long for pool description length
       **/
      ExceedMaxDescriptionLen: AugmentedError<ApiType>;
      /**
       * Too many stakers in contribution whitelist that exceed the limit
       **/
      ExceedWhitelistMaxLen: AugmentedError<ApiType>;
      /**
       * The subsidy wallet cannot pay the reimbursement.
       **/
      InternalSubsidyPoolCannotWithdraw: AugmentedError<ApiType>;
      /**
       * Occurs when pool's shares is zero
       **/
      InvalidSharePrice: AugmentedError<ApiType>;
      /**
       * CheckSub less than zero, indicate share amount is invalid
       **/
      InvalidShareToWithdraw: AugmentedError<ApiType>;
      /**
       * The withdrawal amount is too small (considered as dust)
       **/
      InvalidWithdrawalAmount: AugmentedError<ApiType>;
      /**
       * basepool's collection_id isn't founded
       **/
      MissCollectionId: AugmentedError<ApiType>;
      /**
       * NftId does not match any nft
       **/
      NftIdNotFound: AugmentedError<ApiType>;
      /**
       * No reimbursement to claim
       **/
      NoReimbursementToClaim: AugmentedError<ApiType>;
      /**
       * Invalid staker to contribute because origin isn't in Pool's contribution whitelist.
       **/
      NotInContributeWhitelist: AugmentedError<ApiType>;
      /**
       * Migration root not authorized
       **/
      NotMigrationRoot: AugmentedError<ApiType>;
      /**
       * The pool hasn't have a whitelist created
       **/
      NoWhitelistCreated: AugmentedError<ApiType>;
      /**
       * The pool has already got all the stake completely slashed.
       **/
      PoolBankrupt: AugmentedError<ApiType>;
      /**
       * The Specified pid does not match to any pool
       **/
      PoolDoesNotExist: AugmentedError<ApiType>;
      /**
       * Tried to access a pool type that doesn't match the actual pool type in the storage.
       **/
      PoolTypeNotMatch: AugmentedError<ApiType>;
      /**
       * RMRK errors
       **/
      RmrkError: AugmentedError<ApiType>;
      /**
       * The caller is not the owner of the pool
       **/
      UnauthorizedPoolOwner: AugmentedError<ApiType>;
    };
    phalaComputation: {
      /**
       * Deprecated
       **/
      _GatekeeperNotRegistered: AugmentedError<ApiType>;
      /**
       * Deprecated.
       **/
      _InvalidMessage: AugmentedError<ApiType>;
      /**
       * The transaction is sent by an unauthorized sender
       **/
      BadSender: AugmentedError<ApiType>;
      /**
       * There's no benchmark result on the blockchain.
       **/
      BenchmarkMissing: AugmentedError<ApiType>;
      /**
       * Indicating the initial benchmark score is too low to start computing.
       **/
      BenchmarkTooLow: AugmentedError<ApiType>;
      /**
       * The budget exceeds the allowed maximum.
       **/
      BudgetExceedMaxLimit: AugmentedError<ApiType>;
      /**
       * The budget update block is not after the last update block.
       **/
      BudgetUpdateBlockInvalid: AugmentedError<ApiType>;
      /**
       * Cannot reclaim the worker because it's still in cooldown period.
       **/
      CoolDownNotReady: AugmentedError<ApiType>;
      /**
       * Not permitted because the session is already bound with another worker.
       **/
      DuplicateBoundSession: AugmentedError<ApiType>;
      /**
       * Not permitted because the worker is already bound with another session account.
       **/
      DuplicateBoundWorker: AugmentedError<ApiType>;
      /**
       * Cannot start computing because there's too little stake.
       **/
      InsufficientStake: AugmentedError<ApiType>;
      /**
       * Internal error. The tokenomic parameter is not set.
       **/
      InternalErrorBadTokenomicParameters: AugmentedError<ApiType>;
      /**
       * Internal error. A worker should never start with existing stake in the storage.
       **/
      InternalErrorCannotStartWithExistingStake: AugmentedError<ApiType>;
      /**
       * The budget update nonce is not greater than the last one.
       **/
      NonceIndexInvalid: AugmentedError<ApiType>;
      /**
       * Migration root not authorized
       **/
      NotMigrationRoot: AugmentedError<ApiType>;
      /**
       * Not permitted because the session is not bound with a worker.
       **/
      SessionNotBound: AugmentedError<ApiType>;
      /**
       * session not found.
       **/
      SessionNotFound: AugmentedError<ApiType>;
      /**
       * Cannot start computing because there's too much stake (exceeds Vmax).
       **/
      TooMuchStake: AugmentedError<ApiType>;
      /**
       * Not permitted because the worker is not bound with a worker account.
       **/
      WorkerNotBound: AugmentedError<ApiType>;
      /**
       * Worker is not in `Computation` state to stop computing.
       **/
      WorkerNotComputing: AugmentedError<ApiType>;
      /**
       * Worker is not in `Ready` state to proceed.
       **/
      WorkerNotReady: AugmentedError<ApiType>;
      /**
       * The worker is not registered in the registry.
       **/
      WorkerNotRegistered: AugmentedError<ApiType>;
      /**
       * The worker need to be re-registered to be added to a pool.
       **/
      WorkerReregisterNeeded: AugmentedError<ApiType>;
    };
    phalaMq: {
      /**
       * No pallet handles the destination topic of the message.
       **/
      BadDestination: AugmentedError<ApiType>;
      /**
       * The signed message comes from a sender that cannot send it (e.g. not a registered worker or Gatekeeper).
       **/
      BadSender: AugmentedError<ApiType>;
      /**
       * The message sequence is not the next one expected from this sender.
       **/
      BadSequence: AugmentedError<ApiType>;
    };
    phalaRegistry: {
      /**
       * The attestation report signature does not verify.
       **/
      BadIASReport: AugmentedError<ApiType>;
      /**
       * The message has no handler in this pallet.
       **/
      CannotHandleUnknownMessage: AugmentedError<ApiType>;
      /**
       * The last Gatekeeper cannot be removed.
       **/
      CannotRemoveLastGatekeeper: AugmentedError<ApiType>;
      /**
       * This genesis block hash is already allowed.
       **/
      GenesisBlockHashAlreadyExists: AugmentedError<ApiType>;
      /**
       * This genesis block hash is not in the allow list.
       **/
      GenesisBlockHashNotFound: AugmentedError<ApiType>;
      /**
       * The worker's relay chain genesis block hash is not in the allow list.
       **/
      GenesisBlockHashRejected: AugmentedError<ApiType>;
      /**
       * The benchmark report is invalid.
       **/
      InvalidBenchReport: AugmentedError<ApiType>;
      /**
       * The consensus version is not supported.
       **/
      InvalidConsensusVersion: AugmentedError<ApiType>;
      /**
       * The SGX DCAP quote or its collateral does not verify (parsing, signatures, certificate chain, CRLs,
       * TCB info, QE identity or report data).
       **/
      InvalidDCAPQuote: AugmentedError<ApiType>;
      /**
       * The endpoint information was signed too long ago or in the future.
       **/
      InvalidEndpointSigningTime: AugmentedError<ApiType>;
      /**
       * The worker is not a Gatekeeper (or already one).
       **/
      InvalidGatekeeper: AugmentedError<ApiType>;
      /**
       * The attestation report signing certificate is not trusted or cannot be parsed.
       **/
      InvalidIASSigningCert: AugmentedError<ApiType>;
      /**
       * The input is malformed.
       **/
      InvalidInput: AugmentedError<ApiType>;
      /**
       * The master public key is not the one expected.
       **/
      InvalidMasterPubkey: AugmentedError<ApiType>;
      /**
       * The public key is not a valid key.
       **/
      InvalidPubKey: AugmentedError<ApiType>;
      /**
       * The attestation report gives a quote status the chain does not accept.
       **/
      InvalidQuoteStatus: AugmentedError<ApiType>;
      /**
       * The attestation report cannot be decoded.
       **/
      InvalidReport: AugmentedError<ApiType>;
      /**
       * The rotated master public key is not the expected one.
       **/
      InvalidRotatedMasterPubkey: AugmentedError<ApiType>;
      /**
       * The registered runtime info is invalid.
       **/
      InvalidRuntimeInfo: AugmentedError<ApiType>;
      /**
       * The report data does not commit to the runtime info being registered.
       **/
      InvalidRuntimeInfoHash: AugmentedError<ApiType>;
      /**
       * The message was not sent by the expected sender.
       **/
      InvalidSender: AugmentedError<ApiType>;
      /**
       * The signature does not verify against the signer.
       **/
      InvalidSignature: AugmentedError<ApiType>;
      /**
       * The signature has the wrong length.
       **/
      InvalidSignatureLength: AugmentedError<ApiType>;
      /**
       * The signature cannot be decoded.
       **/
      MalformedSignature: AugmentedError<ApiType>;
      /**
       * A master key rotation is already in progress.
       **/
      MasterKeyInRotation: AugmentedError<ApiType>;
      /**
       * The master key in the message differs from the one on chain.
       **/
      MasterKeyMismatch: AugmentedError<ApiType>;
      /**
       * No master key has been generated yet.
       **/
      MasterKeyUninitialized: AugmentedError<ApiType>;
      /**
       * Registering without attestation is disabled on this chain.
       **/
      NoneAttestationDisabled: AugmentedError<ApiType>;
      /**
       * The operation is not implemented.
       **/
      NotImplemented: AugmentedError<ApiType>;
      /**
       * Migration root not authorized
       **/
      NotMigrationRoot: AugmentedError<ApiType>;
      /**
       * The attestation report is too old.
       **/
      OutdatedIASReport: AugmentedError<ApiType>;
      /**
       * The worker was built for another parachain id.
       **/
      ParachainIdMismatch: AugmentedError<ApiType>;
      /**
       * This pRuntime measurement is already allowed.
       **/
      PRuntimeAlreadyExists: AugmentedError<ApiType>;
      /**
       * This pRuntime measurement is not in the allow list.
       **/
      PRuntimeNotFound: AugmentedError<ApiType>;
      /**
       * The worker's pRuntime measurement is not in the allow list.
       **/
      PRuntimeRejected: AugmentedError<ApiType>;
      /**
       * No cluster with this id is known.
       **/
      UnknownCluster: AugmentedError<ApiType>;
      /**
       * No contract with this id is known.
       **/
      UnknownContract: AugmentedError<ApiType>;
      /**
       * The quote body inside the attestation has an unknown layout.
       **/
      UnknownQuoteBodyFormat: AugmentedError<ApiType>;
      /**
       * The attestation type is not accepted here (e.g. a DCAP quote without collateral).
       **/
      UnsupportedAttestationType: AugmentedError<ApiType>;
      /**
       * The worker is not registered.
       **/
      WorkerNotFound: AugmentedError<ApiType>;
    };
    phalaStakePoolv2: {
      /**
       * Deprecated: not used any more.
       **/
      _PoolIsBusy: AugmentedError<ApiType>;
      /**
       * The worker doesn't have a valid benchmark when adding to the pool
       **/
      BenchmarkMissing: AugmentedError<ApiType>;
      /**
       * Restarted with a less stake is not allowed in the tokenomic.
       **/
      CannotRestartWithLessStake: AugmentedError<ApiType>;
      /**
       * Couldn't bind worker and the pool computing subaccount
       **/
      FailedToBindSessionAndWorker: AugmentedError<ApiType>;
      /**
       * The StakePool is not enabled yet.
       **/
      FeatureNotEnabled: AugmentedError<ApiType>;
      /**
       * The stake capacity is set too low to cover the existing stake
       **/
      InadequateCapacity: AugmentedError<ApiType>;
      /**
       * Trying to contribute more than the available balance
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The contributed stake is smaller than the minimum threshold
       **/
      InsufficientContribution: AugmentedError<ApiType>;
      /**
       * Cannot start computing because there's no enough free stake
       **/
      InsufficientFreeStake: AugmentedError<ApiType>;
      /**
       * Internal error: Cannot withdraw from the subsidy pool. This should never happen.
       **/
      InternalSubsidyPoolCannotWithdraw: AugmentedError<ApiType>;
      /**
       * Invalid amount of balance input when force reward.
       **/
      InvalidForceRewardAmount: AugmentedError<ApiType>;
      /**
       * The withdrawal amount is too small (considered as dust)
       **/
      InvalidWithdrawalAmount: AugmentedError<ApiType>;
      /**
       * The pool's lock account holds more W-PHA than its workers' stakes.
       **/
      LockAccountStakeError: AugmentedError<ApiType>;
      /**
       * Stakepool's collection_id isn't founded
       **/
      MissingCollectionId: AugmentedError<ApiType>;
      /**
       * There is no legacy reward to claim.
       **/
      NoLegacyRewardToClaim: AugmentedError<ApiType>;
      /**
       * The caller has no nft to withdraw
       **/
      NoNftToWithdraw: AugmentedError<ApiType>;
      /**
       * There's no pending reward to claim
       **/
      NoRewardToClaim: AugmentedError<ApiType>;
      /**
       * The pool has already got all the stake completely slashed.
       **/
      PoolBankrupt: AugmentedError<ApiType>;
      /**
       * The specified pool doesn't exist
       **/
      PoolDoesNotExist: AugmentedError<ApiType>;
      /**
       * The user doesn't have stake in a pool
       **/
      PoolStakeNotFound: AugmentedError<ApiType>;
      /**
       * The target miner is not in the 	`miner` storage
       **/
      SessionDoesNotExist: AugmentedError<ApiType>;
      /**
       * The stake added to a pool exceeds its capacity
       **/
      StakeExceedsCapacity: AugmentedError<ApiType>;
      /**
       * The owner of the pool doesn't have the access to the worker
       **/
      UnauthorizedOperator: AugmentedError<ApiType>;
      /**
       * The caller is not the owner of the pool
       **/
      UnauthorizedPoolOwner: AugmentedError<ApiType>;
      /**
       * Vault is forced locked for it has some expired withdrawal
       **/
      VaultIsLocked: AugmentedError<ApiType>;
      /**
       * Withdraw queue is not empty so that we can't restart computing
       **/
      WithdrawQueueNotEmpty: AugmentedError<ApiType>;
      /**
       * The worker is already in cd_workers
       **/
      WorkerAlreadyStopped: AugmentedError<ApiType>;
      /**
       * The target worker is not in the pool
       **/
      WorkerDoesNotExist: AugmentedError<ApiType>;
      /**
       * The worker is already added to the pool
       **/
      WorkerExists: AugmentedError<ApiType>;
      /**
       * The worker is already added to another pool
       **/
      WorkerInAnotherPool: AugmentedError<ApiType>;
      /**
       * The target worker is not reclaimed and can not be removed from a pool.
       **/
      WorkerIsNotReady: AugmentedError<ApiType>;
      /**
       * The worker is not registered in the registry when adding to the pool
       **/
      WorkerNotRegistered: AugmentedError<ApiType>;
      /**
       * Failed to add a worker because the number of the workers exceeds the upper limit.
       **/
      WorkersExceedLimit: AugmentedError<ApiType>;
    };
    phalaVault: {
      /**
       * The asset account hasn't been created. It indicates an internal error.
       **/
      AssetAccountNotExist: AugmentedError<ApiType>;
      /**
       * The commission is not changed
       **/
      CommissionNotChanged: AugmentedError<ApiType>;
      /**
       * Trying to contribute more than the available balance
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The contributed stake is smaller than the minimum threshold
       **/
      InsufficientContribution: AugmentedError<ApiType>;
      /**
       * The withdrawal amount is too small or too large
       **/
      NoEnoughShareToClaim: AugmentedError<ApiType>;
      /**
       * The caller has no nft to withdraw
       **/
      NoNftToWithdraw: AugmentedError<ApiType>;
      /**
       * The vault have no owner shares to claim
       **/
      NoRewardToClaim: AugmentedError<ApiType>;
      /**
       * The caller is not the owner of the pool
       **/
      UnauthorizedPoolOwner: AugmentedError<ApiType>;
      /**
       * The Vault was bankrupt; cannot interact with it unless all the shares are withdrawn.
       **/
      VaultBankrupt: AugmentedError<ApiType>;
    };
    phalaWrappedBalances: {
      /**
       * The Iteration exceed the max limitaion
       **/
      IterationsIsNotVaild: AugmentedError<ApiType>;
      /**
       * The vote is not currently on going
       **/
      ReferendumInvalid: AugmentedError<ApiType>;
      /**
       * The vote is now on going and the W-PHA used in voting can not be unlocked
       **/
      ReferendumOngoing: AugmentedError<ApiType>;
      /**
       * user's `FinanceAccount` does not exist in storage: `StakerAccounts`
       **/
      StakerAccountNotFound: AugmentedError<ApiType>;
      /**
       * Trying to unwrap more than the available balance
       **/
      UnwrapAmountExceedsAvaliableStake: AugmentedError<ApiType>;
      /**
       * Trying to vote more than the available balance
       **/
      VoteAmountLargerThanTotalStakes: AugmentedError<ApiType>;
    };
    phragmenElection: {
      /**
       * Duplicated candidate submission.
       **/
      DuplicatedCandidate: AugmentedError<ApiType>;
      /**
       * Candidate does not have enough funds.
       **/
      InsufficientCandidateFunds: AugmentedError<ApiType>;
      /**
       * The renouncing origin presented a wrong `Renouncing` parameter.
       **/
      InvalidRenouncing: AugmentedError<ApiType>;
      /**
       * Prediction regarding replacement after member removal is wrong.
       **/
      InvalidReplacement: AugmentedError<ApiType>;
      /**
       * The provided count of number of votes is incorrect.
       **/
      InvalidVoteCount: AugmentedError<ApiType>;
      /**
       * The provided count of number of candidates is incorrect.
       **/
      InvalidWitnessData: AugmentedError<ApiType>;
      /**
       * Cannot vote with stake less than minimum balance.
       **/
      LowBalance: AugmentedError<ApiType>;
      /**
       * Cannot vote more than maximum allowed.
       **/
      MaximumVotesExceeded: AugmentedError<ApiType>;
      /**
       * Member cannot re-submit candidacy.
       **/
      MemberSubmit: AugmentedError<ApiType>;
      /**
       * Must be a voter.
       **/
      MustBeVoter: AugmentedError<ApiType>;
      /**
       * Not a member.
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Must vote for at least one candidate.
       **/
      NoVotes: AugmentedError<ApiType>;
      /**
       * Runner cannot re-submit candidacy.
       **/
      RunnerUpSubmit: AugmentedError<ApiType>;
      /**
       * Too many candidates have been created.
       **/
      TooManyCandidates: AugmentedError<ApiType>;
      /**
       * Cannot vote more than candidates.
       **/
      TooManyVotes: AugmentedError<ApiType>;
      /**
       * Voter can not pay voting bond.
       **/
      UnableToPayBond: AugmentedError<ApiType>;
      /**
       * Cannot vote when no candidates or members exist.
       **/
      UnableToVote: AugmentedError<ApiType>;
    };
    preimage: {
      /**
       * Preimage has already been noted on-chain.
       **/
      AlreadyNoted: AugmentedError<ApiType>;
      /**
       * The user is not authorized to perform this action.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The preimage cannot be removed since it has not yet been noted.
       **/
      NotNoted: AugmentedError<ApiType>;
      /**
       * The preimage request cannot be removed since no outstanding requests exist.
       **/
      NotRequested: AugmentedError<ApiType>;
      /**
       * A preimage may not be removed when there are outstanding requests.
       **/
      Requested: AugmentedError<ApiType>;
      /**
       * Preimage is too large to store on-chain.
       **/
      TooBig: AugmentedError<ApiType>;
    };
    proxy: {
      /**
       * Account is already a proxy.
       **/
      Duplicate: AugmentedError<ApiType>;
      /**
       * Call may not be made by proxy because it may escalate its privileges.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * Cannot add self as proxy.
       **/
      NoSelfProxy: AugmentedError<ApiType>;
      /**
       * Proxy registration not found.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * Sender is not a proxy of the account to be proxied.
       **/
      NotProxy: AugmentedError<ApiType>;
      /**
       * There are too many proxies registered or too many announcements pending.
       **/
      TooMany: AugmentedError<ApiType>;
      /**
       * Announcement, if made at all, was made too recently.
       **/
      Unannounced: AugmentedError<ApiType>;
      /**
       * A call which is incompatible with the proxy type's filter was attempted.
       **/
      Unproxyable: AugmentedError<ApiType>;
    };
    rmrkCore: {
      /**
       * Only the owner of the receiving NFT can accept a pending NFT.
       **/
      CannotAcceptNonOwnedNft: AugmentedError<ApiType>;
      /**
       * A pending NFT can only be accepted into the NFT it was sent to.
       **/
      CannotAcceptToNewOwner: AugmentedError<ApiType>;
      /**
       * Only the owner of the receiving NFT can reject a pending NFT.
       **/
      CannotRejectNonOwnedNft: AugmentedError<ApiType>;
      /**
       * The NFT is not pending.
       **/
      CannotRejectNonPendingNft: AugmentedError<ApiType>;
      /**
       * An equipped NFT cannot be sent.
       **/
      CannotSendEquippedItem: AugmentedError<ApiType>;
      /**
       * An NFT cannot be sent into itself or one of its descendants.
       **/
      CannotSendToDescendentOrSelf: AugmentedError<ApiType>;
      /**
       * The collection reached its maximum or is locked.
       **/
      CollectionFullOrLocked: AugmentedError<ApiType>;
      /**
       * The collection still holds NFTs.
       **/
      CollectionNotEmpty: AugmentedError<ApiType>;
      /**
       * The collection does not exist.
       **/
      CollectionUnknown: AugmentedError<ApiType>;
      /**
       * The resource is empty.
       **/
      EmptyResource: AugmentedError<ApiType>;
      /**
       * The transfer hooks failed after the transfer.
       **/
      FailedTransferHooksPostTransfer: AugmentedError<ApiType>;
      /**
       * The transfer hooks refused the transfer (delegation NFTs cannot be sent).
       **/
      FailedTransferHooksPreCheck: AugmentedError<ApiType>;
      /**
       * The metadata is not set.
       **/
      MetadataNotSet: AugmentedError<ApiType>;
      /**
       * The NFT already exists.
       **/
      NftAlreadyExists: AugmentedError<ApiType>;
      /**
       * The NFT is locked and cannot be changed or sent.
       **/
      NftIsLocked: AugmentedError<ApiType>;
      /**
       * No collection id is left.
       **/
      NoAvailableCollectionId: AugmentedError<ApiType>;
      /**
       * No NFT id is left in the collection.
       **/
      NoAvailableNftId: AugmentedError<ApiType>;
      /**
       * No resource id is left.
       **/
      NoAvailableResourceId: AugmentedError<ApiType>;
      /**
       * Error names should be descriptive.
       **/
      NoneValue: AugmentedError<ApiType>;
      /**
       * The NFT cannot be transferred.
       **/
      NonTransferable: AugmentedError<ApiType>;
      /**
       * The caller is not allowed to do this.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * The value is out of range.
       **/
      NotInRange: AugmentedError<ApiType>;
      /**
       * The witness data is missing.
       **/
      NoWitness: AugmentedError<ApiType>;
      /**
       * The royalty recipient is not set.
       **/
      RecipientNotSet: AugmentedError<ApiType>;
      /**
       * The resource already exists.
       **/
      ResourceAlreadyExists: AugmentedError<ApiType>;
      /**
       * The resource does not exist.
       **/
      ResourceDoesntExist: AugmentedError<ApiType>;
      /**
       * Accepting a resource that is not pending should fail
       **/
      ResourceNotPending: AugmentedError<ApiType>;
      /**
       * The royalty is not set.
       **/
      RoyaltyNotSet: AugmentedError<ApiType>;
      /**
       * Errors should have helpful documentation associated with them.
       **/
      StorageOverflow: AugmentedError<ApiType>;
      /**
       * A value is longer than its bound allows.
       **/
      TooLong: AugmentedError<ApiType>;
      /**
       * The recursion limit has been reached.
       **/
      TooManyRecursions: AugmentedError<ApiType>;
    };
    scheduler: {
      /**
       * Failed to schedule a call
       **/
      FailedToSchedule: AugmentedError<ApiType>;
      /**
       * Attempt to use a non-named function on a named task.
       **/
      Named: AugmentedError<ApiType>;
      /**
       * Cannot find the scheduled call.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * Reschedule failed because it does not change scheduled time.
       **/
      RescheduleNoChange: AugmentedError<ApiType>;
      /**
       * Given target block number is in the past.
       **/
      TargetBlockNumberInPast: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
    };
    technicalCommittee: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
    };
    technicalMembership: {
      /**
       * Already a member.
       **/
      AlreadyMember: AugmentedError<ApiType>;
      /**
       * Not a member.
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Too many members.
       **/
      TooManyMembers: AugmentedError<ApiType>;
    };
    tips: {
      /**
       * The tip was already found/started.
       **/
      AlreadyKnown: AugmentedError<ApiType>;
      /**
       * The account attempting to retract the tip is not the finder of the tip.
       **/
      NotFinder: AugmentedError<ApiType>;
      /**
       * The tip cannot be claimed/closed because it is still in the countdown period.
       **/
      Premature: AugmentedError<ApiType>;
      /**
       * The reason given is just too big.
       **/
      ReasonTooBig: AugmentedError<ApiType>;
      /**
       * The tip cannot be claimed/closed because there are not enough tippers yet.
       **/
      StillOpen: AugmentedError<ApiType>;
      /**
       * The tip hash is unknown.
       **/
      UnknownTip: AugmentedError<ApiType>;
    };
    treasury: {
      /**
       * The spend origin is valid but the amount it is allowed to spend is lower than the
       * amount to be spent.
       **/
      InsufficientPermission: AugmentedError<ApiType>;
      /**
       * The proposer's balance is too low to reserve the proposal bond.
       **/
      InsufficientProposersBalance: AugmentedError<ApiType>;
      /**
       * No proposal, bounty or spend at that index.
       **/
      InvalidIndex: AugmentedError<ApiType>;
      /**
       * Proposal has not been approved.
       **/
      ProposalNotApproved: AugmentedError<ApiType>;
      /**
       * Too many approvals in the queue.
       **/
      TooManyApprovals: AugmentedError<ApiType>;
    };
    uniques: {
      /**
       * The item ID has already been used for an item.
       **/
      AlreadyExists: AugmentedError<ApiType>;
      /**
       * Invalid witness data given.
       **/
      BadWitness: AugmentedError<ApiType>;
      /**
       * The provided bid is too low.
       **/
      BidTooLow: AugmentedError<ApiType>;
      /**
       * The item or collection is frozen.
       **/
      Frozen: AugmentedError<ApiType>;
      /**
       * The item ID is already taken.
       **/
      InUse: AugmentedError<ApiType>;
      /**
       * The item is locked.
       **/
      Locked: AugmentedError<ApiType>;
      /**
       * The max supply has already been set.
       **/
      MaxSupplyAlreadySet: AugmentedError<ApiType>;
      /**
       * All items have been minted.
       **/
      MaxSupplyReached: AugmentedError<ApiType>;
      /**
       * The provided max supply is less to the amount of items a collection already has.
       **/
      MaxSupplyTooSmall: AugmentedError<ApiType>;
      /**
       * There is no delegate approved.
       **/
      NoDelegate: AugmentedError<ApiType>;
      /**
       * The signing account has no permission to do the operation.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * Item is not for sale.
       **/
      NotForSale: AugmentedError<ApiType>;
      /**
       * The named owner has not signed ownership of the collection is acceptable.
       **/
      Unaccepted: AugmentedError<ApiType>;
      /**
       * No approval exists that would allow the transfer.
       **/
      Unapproved: AugmentedError<ApiType>;
      /**
       * The given item ID is unknown.
       **/
      UnknownCollection: AugmentedError<ApiType>;
      /**
       * The given item ID is unknown.
       **/
      UnknownItem: AugmentedError<ApiType>;
      /**
       * The delegate turned out to be different to what was expected.
       **/
      WrongDelegate: AugmentedError<ApiType>;
      /**
       * The owner turned out to be different to what was expected.
       **/
      WrongOwner: AugmentedError<ApiType>;
    };
    utility: {
      /**
       * Too many calls batched.
       **/
      TooManyCalls: AugmentedError<ApiType>;
    };
    vesting: {
      /**
       * Amount being transferred is too low to create a vesting schedule.
       **/
      AmountLow: AugmentedError<ApiType>;
      /**
       * The account already has `MaxVestingSchedules` count of schedules and thus
       * cannot add another one. Consider merging existing schedules in order to add another.
       **/
      AtMaxVestingSchedules: AugmentedError<ApiType>;
      /**
       * Failed to create a new schedule because some parameter was invalid.
       **/
      InvalidScheduleParams: AugmentedError<ApiType>;
      /**
       * The account given is not vesting.
       **/
      NotVesting: AugmentedError<ApiType>;
      /**
       * An index was out of bounds of the vesting schedules.
       **/
      ScheduleIndexOutOfBounds: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
