/**
 * The dApp's view of a base pool (a StakePool or a Vault): decoded from `PhalaBasePool.Pools` plus its
 * description, whitelist and free W-PHA. Amounts are planck bigints; commission is Permill; times are
 * unix seconds. Pure decoding and derived numbers, no I/O.
 */
import type { PhalaPalletsComputePoolProxy } from '@polkadot/types/lookup';
import { sharePrice, shareValue } from '../../primitives/fixed.js';
import { pendingOwnerShares } from '../../primitives/vault-owner-shares.js';
import type { Plain } from '../plain-types.js';

export type PoolKind = 'StakePool' | 'Vault';

export interface WithdrawRequest {
  user: string;
  startTime: number;
  nftId: number;
  /** Shares of the request (its withdraw NFT's `stake-info`); 0 until read. */
  shares: bigint;
}

export interface PoolSummary {
  pid: bigint;
  kind: PoolKind;
  owner: string;
  cid: number;
  poolAccount: string;
  /**
   * A vault's count includes the owner shares its next call mints first (`maybe_gain_owner_shares`, the
   * commission on its price rise since the checkpoint), so every price and value read from it is what a
   * withdrawal would pay now, and none drops when a vault call mints them.
   */
  totalShares: bigint;
  totalValue: bigint;
  /** Permill; 0 when unset. */
  commission: number;
  /** Stake pools only; null = no cap. */
  cap: bigint | null;
  workers: string[];
  cdWorkers: string[];
  withdrawQueue: WithdrawRequest[];
  /** Vaults only: stake pools it invests in. */
  investPools: bigint[];
  /** Free W-PHA of the pool account (stake not in workers). */
  freeStake: bigint;
  /** Stake pools: stake of its workers that are unresponsive (in work but earning nothing). */
  unresponsiveStake: bigint;
  /** Stake pools: stake of its cooling-down workers and when each cool-down started (unix seconds). */
  releasing: { stake: bigint; coolDownStart: number }[];
  /** On-chain text, shown as text only. */
  description: string;
  /** Accounts allowed to contribute; null = open to all. */
  whitelist: string[] | null;
}

export type PoolRecord = Omit<
  PoolSummary,
  'freeStake' | 'unresponsiveStake' | 'releasing' | 'description' | 'whitelist'
>;

/** The dApp's record of a `PoolProxy` value as the bulk reader decodes it. */
export function decodePoolProxy(value: Plain<PhalaPalletsComputePoolProxy>): PoolRecord {
  const base = 'stakePool' in value ? value.stakePool.basepool : value.vault.basepool;
  const record: PoolRecord = {
    pid: base.pid,
    kind: 'StakePool',
    owner: base.owner,
    cid: base.cid,
    poolAccount: base.poolAccountId,
    totalShares: base.totalShares,
    totalValue: base.totalValue,
    commission: 0,
    cap: null,
    workers: [],
    cdWorkers: [],
    withdrawQueue: base.withdrawQueue.map((w) => ({
      user: w.user,
      startTime: Number(w.startTime),
      nftId: w.nftId,
      shares: 0n,
    })),
    investPools: [],
  };
  if ('vault' in value) {
    const commission = value.vault.commission ?? 0;
    const pending = pendingOwnerShares(
      base.totalValue,
      base.totalShares,
      value.vault.lastSharePriceCheckpoint,
      BigInt(commission),
    );
    return {
      ...record,
      kind: 'Vault',
      totalShares: base.totalShares + pending,
      commission,
      investPools: value.vault.investPools,
    };
  }
  const pool = value.stakePool;
  return {
    ...record,
    commission: pool.payoutCommission ?? 0,
    cap: pool.cap,
    workers: pool.workers,
    cdWorkers: pool.cdWorkers,
  };
}

/**
 * Value of `shares` as the chain values them: `bmul` at the pool's U64F64 share price (fixed.ts
 * `shareValue`), what withdrawing them pays; a holding, a queued request and owner shares are all valued so.
 */
export function sharesToValue(pool: Pick<PoolSummary, 'totalShares' | 'totalValue'>, shares: bigint): bigint {
  return shareValue(shares, sharePrice(pool.totalValue, pool.totalShares));
}

/** Room left under the cap; null = unlimited. */
export function capacityLeft(pool: Pick<PoolSummary, 'cap' | 'totalValue'>): bigint | null {
  if (pool.cap === null) return null;
  return pool.cap > pool.totalValue ? pool.cap - pool.totalValue : 0n;
}

/** Stake working in computation (value not free and not waiting to be paid out). */
export function stakeInWork(pool: Pick<PoolSummary, 'totalValue' | 'freeStake'>): bigint {
  return pool.totalValue > pool.freeStake ? pool.totalValue - pool.freeStake : 0n;
}

/** Stake in work that earns: the Gatekeeper pays nothing to unresponsive workers. */
export function earningStake(
  pool: Pick<PoolSummary, 'totalValue' | 'freeStake' | 'unresponsiveStake'>,
): bigint {
  const working = stakeInWork(pool);
  return working > pool.unresponsiveStake ? working - pool.unresponsiveStake : 0n;
}
