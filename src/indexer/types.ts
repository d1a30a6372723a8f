/**
 * Records of the history indexer and the history API (spec/contracts.md §6). On the wire and in the
 * store every number is a decimal string (planck for balances, raw units for shares, parts per million
 * for commissions, U64F64 raw bits where the field name ends in `Bits`), except `blockNumber` (the block
 * the record was read at) and the times, which are unix milliseconds as JSON numbers. Addresses are SS58
 * in the chain's own format; worker keys are 0x-hex.
 *
 * `reason` says why a snapshot exists: `event` — something in that block touched it (read after the
 * block); `daily` — the first block of a UTC day (and the first block indexed), when everything is read.
 */

export type SnapshotReason = 'event' | 'daily';

export interface RecordBase {
  /** Block the values were read at (state after that block). */
  blockNumber: number;
  /** That block's timestamp (Timestamp.Now), unix ms. */
  timestampMs: number;
}

export interface PoolSnapshot extends RecordBase {
  reason: SnapshotReason;
  pid: string;
  kind: 'StakePool' | 'Vault';
  owner: string;
  cid: string;
  totalValue: string;
  totalShares: string;
  /** Share price as U64F64 bits (`total_value / total_shares` in the pallet's arithmetic); "0" without shares. */
  sharePriceBits: string;
  /** The same price as planck per 1e12 share units (floor(bits × 1e12 / 2^64)); "1000000000000" is 1.0. */
  sharePrice: string;
  /** Payout commission (stake pool) or vault commission, parts per million; "0" when unset. */
  commission: string;
  /** W-PHA held by the pool account (not staked, not queued). */
  freeStake: string;
  /** Stake pools: stake in workers that are cooling down; vaults: "0". */
  releasingStake: string;
  /** Shares waiting in the withdraw queue, and their value at the current price. */
  withdrawingShares: string;
  withdrawingValue: string;
  /** Distinct accounts holding a delegation NFT of this pool with shares > 0 (queued withdrawals excluded). */
  delegators: string;
  /** Stake pools: workers in the pool, and those of them computing and idle (WorkerIdle). Vaults: "0". */
  workers: string;
  idleWorkers: string;
  /** Stake pools: the capacity, null when unlimited. */
  cap: string | null;
  /** Stake pools: unclaimed owner rewards (W-PHA of the owner-reward account). Vaults: owner shares not claimed yet. */
  ownerRewards: string;
  /** Stake pools: sum of RewardReceived.to_owner so far. Vaults: sum of OwnerSharesGained.shares so far. */
  cumulativeOwnerRewards: string;
}

interface AccountRecordBase extends RecordBase {
  address: string;
  pid: string;
}

export type AccountRecord =
  | (AccountRecordBase & {
      type: 'contribution';
      amount: string;
      shares: string;
      /** The vault that contributed (the address is then the vault's pool account), or null. */
      asVault: string | null;
    })
  | (AccountRecordBase & { type: 'withdrawalQueued'; shares: string; asVault: string | null })
  | (AccountRecordBase & { type: 'withdrawal'; amount: string; shares: string })
  | (AccountRecordBase & { type: 'ownerRewardsWithdrawn'; amount: string })
  | (AccountRecordBase & { type: 'ownerSharesClaimed'; shares: string })
  | (AccountRecordBase & {
      type: 'delegation';
      reason: SnapshotReason;
      /** Shares held in the account's delegation NFT(s) of this pool. */
      shares: string;
      /** Its value at the pool's share price (bmul, as the pallet computes it). */
      value: string;
      /** Shares of its queued withdrawal, and their value. */
      withdrawingShares: string;
      withdrawingValue: string;
    });

export type AccountRecordType = AccountRecord['type'];

export interface CommissionChange extends RecordBase {
  pid: string;
  kind: 'StakePool' | 'Vault';
  /** New commission, parts per million. */
  commission: string;
  /** Commission before this change ("0" when it was unset or unknown). */
  previous: string;
}

export interface TreasuryInflow extends RecordBase {
  /** Planck moved from the computation subsidy wallet to the Treasury in this block (settlements). */
  amount: string;
  /** Running total since the first indexed block. */
  cumulative: string;
  /** UTC midnight of the block's day, unix ms (for daily sums). */
  dayMs: number;
}

export interface WorkerSnapshot extends RecordBase {
  reason: SnapshotReason;
  pubkey: string;
  /** Stake pool the worker is in, or null. */
  pid: string | null;
  /** Computing session account, or null when not bound. */
  session: string | null;
  /** Session state (Ready, WorkerIdle, WorkerUnresponsive, WorkerCoolingDown), or null without a session. */
  state: string | null;
  /** V and Ve as U64F64 bits. */
  vBits: string;
  veBits: string;
  pInit: string;
  pInstant: string;
  /** Stake locked in the session. */
  stake: string;
  /** Session's total reward so far (stats.total_reward). */
  totalReward: string;
  /** Payout of settlements in this block (sum of SessionSettled payout, planck), "0" if none. */
  settledPayout: string;
  /** Cool-down start, unix seconds as a string, "0" when not cooling down. */
  coolDownStart: string;
  /** Initial benchmark score from PhalaRegistry.Workers, or null. */
  initialScore: string | null;
}

export interface ReferendumTally extends RecordBase {
  reason: SnapshotReason;
  refIndex: string;
  status: 'Ongoing' | 'Finished';
  ayes: string;
  nays: string;
  turnout: string;
  /** Finished referenda: whether it passed; null while ongoing. */
  approved: boolean | null;
  /** Ongoing: the block the vote ends at; Finished: the block it ended at. */
  end: string;
}

/**
 * One account's vote on a finished referendum, as Democracy.VotingOf held it at the block before the end
 * (the final votes). `direction`: a standard vote's side, or `split`. `conviction` 0–6 (0 is 0.1×; split
 * votes count at 0.1×). `balance`: the capital voted (split: aye + nay); `ayeBalance` / `nayBalance` its
 * parts. `delegatedVotes` / `delegatedCapital`: what accounts delegating to the voter added (conviction
 * weighted / capital), counted with a standard vote only, as the pallet counts them.
 */
export interface ReferendumVote {
  voter: string;
  direction: 'aye' | 'nay' | 'split';
  conviction: number;
  balance: string;
  ayeBalance: string;
  nayBalance: string;
  delegatedVotes: string;
  delegatedCapital: string;
}

/** The Scheduler's `Dispatched` result of a passed referendum's call; `error` names the DispatchError. */
export interface ReferendumEnactment extends RecordBase {
  ok: boolean;
  error: string | null;
}

/**
 * A finished referendum's story, written at the block it ended (`blockNumber`) from the state before it:
 * the call (SCALE hex, inline or from its preimage; null when the preimage was not on chain), threshold,
 * enactment delay, final tally, the electorate (total issuance), result and voters; `enactment` once the
 * Scheduler dispatched the call (null before, and for a rejected referendum).
 */
export interface ReferendumStory extends RecordBase {
  refIndex: string;
  approved: boolean;
  end: string;
  threshold: 'SuperMajorityApprove' | 'SuperMajorityAgainst' | 'SimpleMajority';
  delay: string;
  proposalHash: string;
  call: string | null;
  ayes: string;
  nays: string;
  turnout: string;
  electorate: string;
  voters: ReferendumVote[];
  enactment: ReferendumEnactment | null;
}

/** Where the indexer is. */
export interface IndexerStatus {
  genesisHash: string | null;
  /** Last indexed block (0 = nothing indexed yet). */
  indexedBlock: number;
  indexedHash: string | null;
  /** First block indexed (history starts there), null before the first. */
  firstBlock: number | null;
  /** Latest finalized block seen on the endpoint. */
  finalizedBlock: number;
}

/** The history API of contracts §6, as in-process functions (the RPC methods call these). */
export interface HistoryApi {
  poolSnapshots(pid: bigint | number | string, fromMs?: number, toMs?: number): Promise<PoolSnapshot[]>;
  accountHistory(address: string): Promise<AccountRecord[]>;
  commissionChanges(pid: bigint | number | string): Promise<CommissionChange[]>;
  treasuryInflow(fromMs?: number, toMs?: number): Promise<TreasuryInflow[]>;
  workerSeries(pubkey: string): Promise<WorkerSnapshot[]>;
  referendumTallies(refIndex: bigint | number | string): Promise<ReferendumTally[]>;
  /** A finished referendum's story (null while ongoing, or when it ended before the history starts). */
  referendumStory(refIndex: bigint | number | string): Promise<ReferendumStory | null>;
  status(): Promise<IndexerStatus>;
}
