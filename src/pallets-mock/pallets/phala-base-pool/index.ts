/**
 * PhalaBasePool (Khala index 96, phala-blockchain `pallets/phala/src/compute/base_pool.rs`): the share
 * accounting both StakePoolv2 and Vault are built on (spec phala-pallets §2, §3). Pools and vaults share
 * one pid counter (`PoolCount`) and get one RmrkCore collection each (ids from 10000); every delegator
 * holds one delegation NFT with the `stake-info` property (`NftAttr { shares }`, SCALE u128) and a
 * `createtime` property (unix seconds, ASCII), RMRK-locked, minted by the `basepool` pallet account.
 * Contributions mint shares at the current price (bdiv, truncating); withdrawals are queued as
 * withdraw-NFTs held by the pallet account and paid FIFO from the free W-PHA of the pool account, with
 * partial fulfilment and the two dust rules (≤ 1000 planck; W-PHA min balance). Rewards raise the
 * price (`distribute_reward`) and are forwarded to subscribing vaults as book value. NFTs are merged
 * (burn all, mint one) before and after each contribute/withdraw, so NFT ids advance as on chain.
 * `NftLocks` is the in-call re-entrancy guard (`NftGuard`); a failed call leaves nothing behind.
 *
 * Semantics, calls, events, errors and storage are those of the final Khala runtime (phala-blockchain
 * tag runtime-release-v1270, commit 7dd69475): `WithdrawalQueued` names the split withdrawing NFT
 * (`withdrawing_nft_id`) and is emitted only when the pool is not bankrupt; withdrawals are aggregated
 * per user (BTreeMap order) into one `Withdrawal { amount, shares, burnt_shares }`, where `burnt_shares`
 * counts the dust shares burnt with a finished or dust request; the migration calls 2/3 are gone
 * (reserved indices), and the reimbursement calls `claim_reimbursement` (5, paid from the subsidy
 * wallet) and `set_reimbursements` (6, MigrationAccountId only, `add` sums) with `Reimbursements` came in.
 * Deviations:
 * - Where Rust panics (`expect`), the simulator throws a plain Error (a bug, never a DispatchError).
 * - `LockIterateStartPos` is kept (still declared by the final pallet) but nothing writes it any more.
 */

import { bdiv, bmul, fadd, fdiv, fromFixed, sharePrice, toFixed } from '../../../primitives/fixed.js';
import { ext } from '../../frame/context.js';
import { DispatchError } from '../../frame/errors.js';
import { ensureSigned } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { bool, decode, encode, option, tuple, u32, u64, u128, vec } from '../../frame/scale.js';
import { AccountId } from '../../frame/types.js';
import {
  accountId,
  derivedAccount,
  paddedAccount,
  publicKey,
  type AccountId as Who,
} from '../../primitives/account.js';
import { fromHex, toHex, utf8 } from '../../primitives/bytes.js';
import { assetBalance, assetDetails, transferAsset, WPHA_ASSET_ID } from '../assets/index.js';
import { withdrawSubsidyPool } from '../phala-computation/index.js';
import {
  collectionInfo,
  getProperty,
  Nfts,
  nftOwner,
  nftsOf,
  RmrkCoreErrors,
  removeProperty,
  burnNft as rmrkBurnNft,
  mintNft as rmrkMintNft,
  setNftLock,
  setProperty,
} from '../rmrk-core/index.js';
import { now as nowMs } from '../timestamp/index.js';
import { PhalaBasePoolDocs } from './docs.js';
import {
  type BasePoolValue,
  basePoolStorageItems,
  CollectionIndex,
  DESC_MAX_LEN,
  DescStr,
  NextNftId,
  NftAttr,
  NftLocks,
  PoolCollections,
  PoolContributionWhitelists,
  PoolCount,
  PoolDescriptions,
  Pools,
  Reimbursements,
  type StakePoolValue,
  type VaultValue,
} from './types.js';

export * from './types.js';

// ---------------------------------------------------------------------------------------------------
// Constants, accounts, dust

export const NFT_PROPERTY_KEY = 'stake-info';
export const CREATETIME_KEY = 'createtime';
export const RESERVE_CID_START = 10000n;
export const MAX_WHITELIST_LEN = 100;
/** Balances at or below this are dust (`balance_close_to_zero`, 1000 planck). */
export const DUST_LIMIT = 1000n;
const U32_MAX = (1n << 32n) - 1n;

/** `pallet_id()`: `b"basepool"` zero padded; issues every delegation NFT and holds withdraw-NFTs. */
export const PALLET_ID_ACCOUNT: Who = paddedAccount('basepool');

/** Khala's `MigrationAccountId` (hex 9e6399cd…e51e). */
const MIGRATION_ACCOUNT = '0x9e6399cd577e8ac536bdc017675f747b2d1893ad9cc8c69fd17eef73d4e6e51e';

export const balanceCloseToZero = (n: bigint): boolean => n <= DUST_LIMIT;
export const isNondustBalance = (n: bigint): boolean => n > DUST_LIMIT;
/** `extract_dust`: `(0, n)` for dust, `(n, 0)` otherwise. */
export const extractDust = (n: bigint): [bigint, bigint] => (balanceCloseToZero(n) ? [0n, n] : [n, 0n]);

/** `generate_staker_account`: ("bp/", blake2_256((pid, owner))) zero padded — the pool account. */
export const generateStakerAccount = (pid: bigint, owner: Who): Who =>
  derivedAccount('bp/', encode(tuple(u64, AccountId), [pid, owner]));

/** `UnixTime::now().as_secs()`. */
export const nowSecs = (): bigint => nowMs() / 1000n;

/** W-PHA balance of an account. */
export const wphaBalance = (who: Who): bigint => assetBalance(WPHA_ASSET_ID, who);

/** `wrapped_balances::min_balance()`: the W-PHA asset's minimum balance (panics without the asset). */
export function wphaMinBalance(): bigint {
  const d = assetDetails(WPHA_ASSET_ID);
  if (!d) throw new Error('WPHA does not exist');
  return d.minBalance;
}

/** `share_price()`: U64F64 bits, null without shares. */
export const poolSharePrice = (pool: BasePoolValue): bigint | null =>
  sharePrice(pool.totalValue, pool.totalShares);

/** `get_free_stakes`: W-PHA held by the pool account. */
export const freeStakes = (pool: BasePoolValue): bigint => wphaBalance(pool.poolAccountId);

// ---------------------------------------------------------------------------------------------------
// Events, errors

export const BasePoolEvents = events('PhalaBasePool', 'phala_pallets::compute::base_pool', {
  NftCreated: { pid: u64, cid: u32, nft_id: u32, owner: AccountId, shares: u128 },
  WithdrawalQueued: {
    pid: u64,
    user: AccountId,
    shares: u128,
    nft_id: u32,
    as_vault: option(u64),
    withdrawing_nft_id: u32,
  },
  Withdrawal: { pid: u64, user: AccountId, amount: u128, shares: u128, burnt_shares: u128 },
  PoolWhitelistCreated: { pid: u64 },
  PoolWhitelistDeleted: { pid: u64 },
  PoolWhitelistStakerAdded: { pid: u64, staker: AccountId },
  PoolWhitelistStakerRemoved: { pid: u64, staker: AccountId },
});

export const BasePoolErrors = errors('PhalaBasePool', 'phala_pallets::compute::base_pool', [
  'MissCollectionId',
  'PoolBankrupt',
  'InvalidShareToWithdraw',
  'InvalidWithdrawalAmount',
  'RmrkError',
  'PoolDoesNotExist',
  'PoolTypeNotMatch',
  'NftIdNotFound',
  'InvalidSharePrice',
  'AttrLocked',
  'UnauthorizedPoolOwner',
  'AlreadyInContributeWhitelist',
  'NotInContributeWhitelist',
  'ExceedWhitelistMaxLen',
  'NoWhitelistCreated',
  'ExceedMaxDescriptionLen',
  'NotMigrationRoot',
  'BurnNftFailed',
  'DeprecatedTransferSharesAmountInvalid',
  'NoReimbursementToClaim',
  'InternalSubsidyPoolCannotWithdraw',
] as const);
const fail = BasePoolErrors.fail;

export const BasePoolConstants = constants('PhalaBasePool', {
  MigrationAccountId: { codec: AccountId, value: MIGRATION_ACCOUNT, hidden: true },
});

// ---------------------------------------------------------------------------------------------------
// Pool records

/** `ensure_stake_pool`: PoolDoesNotExist / PoolTypeNotMatch. */
export function ensureStakePool(pid: bigint): StakePoolValue {
  const p = Pools.tryGet(pid);
  if (!p) throw fail('PoolDoesNotExist');
  if (p.type !== 'StakePool') throw fail('PoolTypeNotMatch');
  return p.value;
}

/** `ensure_vault`: PoolDoesNotExist / PoolTypeNotMatch. */
export function ensureVault(pid: bigint): VaultValue {
  const p = Pools.tryGet(pid);
  if (!p) throw fail('PoolDoesNotExist');
  if (p.type !== 'Vault') throw fail('PoolTypeNotMatch');
  return p.value;
}

/** The BasePool of any pool. */
export function ensureBasePool(pid: bigint): BasePoolValue {
  const p = Pools.tryGet(pid);
  if (!p) throw fail('PoolDoesNotExist');
  return p.value.basepool;
}

export const putStakePool = (pool: StakePoolValue): void =>
  Pools.set(pool.basepool.pid, { type: 'StakePool', value: pool });
export const putVault = (vault: VaultValue): void =>
  Pools.set(vault.basepool.pid, { type: 'Vault', value: vault });

/** `consume_new_pid`. */
export function consumeNewPid(): bigint {
  const pid = PoolCount.get();
  PoolCount.set(pid + 1n);
  return pid;
}

/** `consume_new_cid`: collection ids from RESERVE_CID_START. */
export function consumeNewCid(): bigint {
  let n = CollectionIndex.get();
  if (n <= RESERVE_CID_START) n = RESERVE_CID_START;
  CollectionIndex.set(n + 1n);
  return n;
}

/** A new empty BasePool record. */
export function newBasePool(pid: bigint, owner: Who, cid: bigint): BasePoolValue {
  return {
    pid,
    owner,
    totalShares: 0n,
    totalValue: 0n,
    withdrawQueue: [],
    valueSubscribers: [],
    cid,
    poolAccountId: generateStakerAccount(pid, owner),
  };
}

export function ensureMigrationRoot(who: Who): void {
  if (accountId(who) !== accountId(BasePoolConstants.get('MigrationAccountId')))
    throw fail('NotMigrationRoot');
}

// ---------------------------------------------------------------------------------------------------
// NFT attributes and the NftGuard

export interface NftAttrValue {
  shares: bigint;
}

/** `get_nft_attr`: the decoded `stake-info` property (MissCollectionId when absent). */
export function getNftAttr(cid: bigint, nftId: bigint): NftAttrValue {
  const raw = getProperty(cid, nftId, NFT_PROPERTY_KEY);
  if (raw === null) throw fail('MissCollectionId');
  return decode(NftAttr, fromHex(raw));
}

/** `NftGuard`: holds `NftLocks[(cid, nft)]` until `save()` or `unlock()`. */
export class NftGuard {
  constructor(
    readonly cid: bigint,
    readonly nftId: bigint,
    public attr: NftAttrValue,
  ) {}
  save(): void {
    setNftAttr(this.cid, this.nftId, this.attr);
    this.unlock();
  }
  unlock(): void {
    NftLocks.remove([this.cid, this.nftId]);
  }
}

/** `get_nft_attr_guard`: AttrLocked while another guard of the NFT is alive. */
export function getNftAttrGuard(cid: bigint, nftId: bigint): NftGuard {
  const attr = getNftAttr(cid, nftId);
  if (NftLocks.contains([cid, nftId])) throw fail('AttrLocked');
  NftLocks.set([cid, nftId], null);
  return new NftGuard(cid, nftId, attr);
}

/** Reads an NFT's shares through a guard released at once (the read-only pattern of the pallet). */
export function readNftShares(cid: bigint, nftId: bigint): bigint {
  const g = getNftAttrGuard(cid, nftId);
  g.unlock();
  return g.attr.shares;
}

const attrHex = (attr: NftAttrValue): string => toHex(encode(NftAttr, attr));

/** `set_nft_attr`: unlock, `do_set_property("stake-info")`, lock. */
function setNftAttr(cid: bigint, nftId: bigint, attr: NftAttrValue): void {
  setNftLock(cid, nftId, false);
  setProperty(cid, nftId, NFT_PROPERTY_KEY, attrHex(attr));
  setNftLock(cid, nftId, true);
}

/** `get_next_nft_id`. */
function nextNftId(cid: bigint): bigint {
  const id = NextNftId.get(cid);
  if (id >= U32_MAX) throw fail('NftIdNotFound');
  NextNftId.set(cid, id + 1n);
  return id;
}

/**
 * `mint_nft`: RMRK mint by the pallet account to `owner`, `stake-info` and `createtime` properties,
 * RMRK lock, `NftCreated`. Returns the new NFT id.
 */
export function mintNft(cid: bigint, owner: Who, shares: bigint, pid: bigint): bigint {
  return ext().transactional(() => {
    if (collectionInfo(cid) === null) throw RmrkCoreErrors.fail('CollectionUnknown');
    const nftId = nextNftId(cid);
    rmrkMintNft(owner, cid, nftId, [], { sender: PALLET_ID_ACCOUNT, transferable: true });
    setNftAttr(cid, nftId, { shares });
    setNftLock(cid, nftId, false);
    setProperty(cid, nftId, CREATETIME_KEY, toHex(utf8(nowSecs().toString())));
    setNftLock(cid, nftId, true);
    BasePoolEvents.emit('NftCreated', { pid, cid, nft_id: nftId, owner, shares });
    return nftId;
  });
}

/** `burn_nft`: unlock, RMRK burn (BurnNftFailed on error), remove `createtime`, drop the lock entry. */
export function burnNft(owner: Who, cid: bigint, nftId: bigint): void {
  ext().transactional(() => {
    setNftLock(cid, nftId, false);
    try {
      rmrkBurnNft(cid, nftId, owner);
    } catch (err) {
      if (err instanceof DispatchError) throw fail('BurnNftFailed');
      throw err;
    }
    removeProperty(cid, nftId, CREATETIME_KEY);
    setNftLock(cid, nftId, false);
  });
}

/** `merge_nft_for_staker`: one NFT stays as is; several are burnt and replaced by one with the sum. */
export function mergeNftForStaker(cid: bigint, staker: Who, pid: bigint): bigint | null {
  const nfts = nftsOf(staker, cid);
  if (nfts.length === 0) return null;
  if (nfts.length === 1) return nfts[0] as bigint;
  let total = 0n;
  for (const id of nfts) {
    total += readNftShares(cid, id);
    burnNft(staker, cid, id);
  }
  return mintNft(cid, staker, total, pid);
}

// ---------------------------------------------------------------------------------------------------
// Share accounting

/**
 * `contribute`: PoolBankrupt / NotInContributeWhitelist checks, merges the staker's NFTs, then mints a
 * new NFT with the shares (`add_stake_to_new_nft`). Returns the shares.
 */
export function contribute(pool: BasePoolValue, account: Who, amount: bigint): bigint {
  if (!(pool.totalShares === 0n || pool.totalValue > 0n)) throw fail('PoolBankrupt');
  const whitelist = PoolContributionWhitelists.tryGet(pool.pid);
  if (whitelist && !whitelist.includes(account) && pool.owner !== account)
    throw fail('NotInContributeWhitelist');
  mergeNftForStaker(pool.cid, account, pool.pid);
  return addStakeToNewNft(pool, account, amount);
}

/** `add_stake_to_new_nft`: shares = bdiv(amount, price) (amount at price 1), W-PHA to the pool account. */
export function addStakeToNewNft(pool: BasePoolValue, account: Who, amount: bigint): bigint {
  const price = poolSharePrice(pool);
  const shares = price !== null && price !== 0n ? bdiv(amount, price) : amount;
  mintNft(pool.cid, account, shares, pool.pid);
  pool.totalShares += shares;
  pool.totalValue += amount;
  transferAsset(WPHA_ASSET_ID, account, pool.poolAccountId, amount, false);
  return shares;
}

/**
 * `push_withdraw_in_queue`: replaces the user's queued request (its shares go back to the NFT first),
 * mints a withdraw-NFT held by the pallet account and pushes the request to the back. In a pool
 * without shares only the NFT is reduced. Returns the withdraw-NFT id (null on the bankrupt path).
 */
export function pushWithdrawInQueue(
  pool: BasePoolValue,
  nft: NftAttrValue,
  account: Who,
  shares: bigint,
): bigint | null {
  return ext().transactional(() => {
    if (poolSharePrice(pool) === null) {
      if (nft.shares < shares) throw fail('InvalidShareToWithdraw');
      nft.shares -= shares;
      return null;
    }
    const mine = pool.withdrawQueue.filter((w) => w.user === account);
    pool.withdrawQueue = pool.withdrawQueue.filter((w) => w.user !== account);
    for (const w of mine) {
      nft.shares += readNftShares(pool.cid, w.nftId);
      burnNft(PALLET_ID_ACCOUNT, pool.cid, w.nftId);
    }
    const splitNftId = mintNft(pool.cid, PALLET_ID_ACCOUNT, shares, pool.pid);
    if (nft.shares < shares) throw fail('InvalidShareToWithdraw');
    nft.shares -= shares;
    pool.withdrawQueue.push({ user: account, startTime: nowSecs(), nftId: splitNftId });
    return splitNftId;
  });
}

/**
 * `remove_stake_from_nft`: pays min(bmul(shares, price), free) to `user`, sweeps a dust remainder of
 * the NFT, updates the totals (a dust total value becomes 0). Returns [amount, removed shares] or null.
 */
export function removeStakeFromNft(
  pool: BasePoolValue,
  shares: bigint,
  nft: NftAttrValue,
  user: Who,
): [bigint, bigint] | null {
  const price = poolSharePrice(pool);
  if (price === null) return null;
  let amount = bmul(shares, price);
  const free = freeStakes(pool);
  if (free < amount) amount = free;
  if (nft.shares < shares) return null;
  const [userShares, dust] = extractDust(nft.shares - shares);
  const removed = shares + dust;
  if (pool.totalShares < removed) return null;
  const [totalStake] = extractDust(pool.totalValue - amount);
  transferAsset(WPHA_ASSET_ID, pool.poolAccountId, user, amount, false);
  if (totalStake > 0n) pool.totalValue -= amount;
  else pool.totalValue = 0n;
  pool.totalShares -= removed;
  nft.shares = userShares;
  return [amount, removed];
}

/** `maybe_remove_dust`: a request worth ≤ W-PHA min balance leaves `total_shares`; returns true then. */
export function maybeRemoveDust(pool: BasePoolValue, nft: NftAttrValue): boolean {
  const price = poolSharePrice(pool);
  if (price === null) return false;
  if (bmul(nft.shares, price) > wphaMinBalance()) return false;
  pool.totalShares -= nft.shares;
  return true;
}

/** Byte order of AccountId32 (BTreeMap<AccountId, _> iteration). */
const byKey = (a: Who, b: Who): number => {
  const x = publicKey(a);
  const y = publicKey(b);
  for (let i = 0; i < 32; i++) {
    const d = (x[i] as number) - (y[i] as number);
    if (d !== 0) return d;
  }
  return 0;
};

/** `WithdrawEventStats`: one user's totals in one pass over the queue. */
interface WithdrawEventStats {
  amount: bigint;
  shares: bigint;
  burntShares: bigint;
}

/**
 * `try_process_withdraw_queue`: pays queued requests FIFO from the free stake at the price of the
 * start, partially filling the front request when the free stake runs out; burns dust requests.
 * Emits one aggregated `Withdrawal` per user, with the dust shares burnt along (`burnt_shares`).
 */
export function tryProcessWithdrawQueue(pool: BasePoolValue): void {
  const price = poolSharePrice(pool);
  if (price === null) return;
  const wphaMin = wphaMinBalance();
  const stats = new Map<Who, WithdrawEventStats>();
  const stat = (u: Who) => {
    let s = stats.get(u);
    if (!s) {
      s = { amount: 0n, shares: 0n, burntShares: 0n };
      stats.set(u, s);
    }
    return s;
  };
  while (freeStakes(pool) > wphaMin) {
    const withdraw = pool.withdrawQueue[0];
    if (!withdraw) break;
    const guard = getNftAttrGuard(pool.cid, withdraw.nftId);
    if (maybeRemoveDust(pool, guard.attr)) {
      stat(withdraw.user).burntShares += guard.attr.shares;
      guard.unlock();
      pool.withdrawQueue.shift();
      burnNft(PALLET_ID_ACCOUNT, pool.cid, withdraw.nftId);
      continue;
    }
    const freeShares = price === 0n ? guard.attr.shares : bdiv(freeStakes(pool), price);
    const withdrawing = freeShares < guard.attr.shares ? freeShares : guard.attr.shares;
    const out = removeStakeFromNft(pool, withdrawing, guard.attr, withdraw.user);
    if (!out) throw new Error('There are enough withdrawing_shares; qed.');
    const s = stat(withdraw.user);
    s.amount += out[0];
    s.shares += out[1];
    const processed = { shares: guard.attr.shares };
    guard.save();
    if (processed.shares === 0n || maybeRemoveDust(pool, processed)) {
      s.burntShares += processed.shares;
      pool.withdrawQueue.shift();
      burnNft(PALLET_ID_ACCOUNT, pool.cid, withdraw.nftId);
    }
  }
  for (const user of [...stats.keys()].sort(byKey)) {
    const s = stats.get(user) as WithdrawEventStats;
    BasePoolEvents.emit('Withdrawal', {
      pid: pool.pid,
      user,
      amount: s.amount,
      shares: s.shares,
      burnt_shares: s.burntShares,
    });
  }
}

/** `try_withdraw`: queues the request, emits WithdrawalQueued and processes the queue. */
export function tryWithdraw(
  pool: BasePoolValue,
  nft: NftAttrValue,
  user: Who,
  shares: bigint,
  nftId: bigint,
  asVault: bigint | null,
): void {
  const split = pushWithdrawInQueue(pool, nft, user, shares);
  if (split !== null) {
    BasePoolEvents.emit('WithdrawalQueued', {
      pid: pool.pid,
      user,
      shares,
      nft_id: nftId,
      as_vault: asVault,
      withdrawing_nft_id: split,
    });
    tryProcessWithdrawQueue(pool);
  }
}

/**
 * `has_expired_withdrawal`: walks the queue with budget = free + releasing; true when a request older
 * than the vault queue period is met, or when the budget runs out at a request older than the grace period.
 */
export function hasExpiredWithdrawal(
  pool: BasePoolValue,
  now: bigint,
  gracePeriod: bigint,
  vaultQueuePeriod: bigint | null,
  releasingStake: bigint,
): boolean {
  const price = poolSharePrice(pool);
  if (price === null || price === 0n) return false;
  let budget = freeStakes(pool) + releasingStake;
  for (const request of pool.withdrawQueue) {
    if (vaultQueuePeriod !== null && now - request.startTime > vaultQueuePeriod) return true;
    const amount = bmul(readNftShares(pool.cid, request.nftId), price);
    if (amount > budget) return now - request.startTime > gracePeriod;
    budget -= amount;
  }
  return false;
}

/**
 * `distribute_reward`: `total_value += rewards`, then each subscribing vault gets
 * bmul(from_fixed((vault NFT + queued shares) / total_shares), to_fixed(rewards)) as book value.
 */
export function distributeReward(pool: BasePoolValue, rewards: bigint): void {
  pool.totalValue += rewards;
  for (const vaultPid of pool.valueSubscribers) {
    const vault = (() => {
      const p = Pools.tryGet(vaultPid);
      if (p?.type !== 'Vault') throw new Error('vault in value_subscribers should always exist: qed.');
      return p.value;
    })();
    const account = vault.basepool.poolAccountId;
    const nftId = mergeNftForStaker(pool.cid, account, pool.pid);
    if (nftId === null) continue;
    let vaultShares = toFixed(readNftShares(pool.cid, nftId));
    for (const w of pool.withdrawQueue) {
      if (w.user !== account) continue;
      vaultShares = fadd(vaultShares, toFixed(readNftShares(pool.cid, w.nftId)));
    }
    const denom = toFixed(pool.totalShares);
    if (denom === 0n) continue;
    const ratio = fromFixed(fdiv(vaultShares, denom));
    const settled = bmul(ratio, toFixed(rewards));
    distributeReward(vault.basepool, settled);
    putVault(vault);
  }
}

/** `slash` (wired but never triggered: computation returns no slash). */
export function slash(pool: BasePoolValue, amount: bigint): void {
  const a = pool.totalValue < amount ? pool.totalValue : amount;
  pool.totalValue = extractDust(pool.totalValue - a)[0];
}

// ---------------------------------------------------------------------------------------------------
// Calls

function ownedBasePool(origin: Parameters<typeof ensureSigned>[0], pid: bigint): { who: Who } {
  const who = ensureSigned(origin);
  const pool = ensureBasePool(pid);
  if (pool.owner !== who) throw fail('UnauthorizedPoolOwner');
  return { who };
}

export const PhalaBasePool: PalletDecl = {
  docs: PhalaBasePoolDocs,
  name: 'PhalaBasePool',
  crate: 'phala_pallets::compute::base_pool',
  index: 96,
  storage: basePoolStorageItems,
  events: BasePoolEvents,
  errors: BasePoolErrors,
  constants: BasePoolConstants,
  calls: {
    add_staker_to_whitelist: call(0, { pid: u64, staker: AccountId }, (origin, { pid, staker }) => {
      ownedBasePool(origin, pid);
      const list = PoolContributionWhitelists.tryGet(pid);
      if (list) {
        if (list.includes(staker)) throw fail('AlreadyInContributeWhitelist');
        if (list.length >= MAX_WHITELIST_LEN) throw fail('ExceedWhitelistMaxLen');
        PoolContributionWhitelists.set(pid, [...list, staker]);
      } else {
        PoolContributionWhitelists.set(pid, [staker]);
        BasePoolEvents.emit('PoolWhitelistCreated', { pid });
      }
      BasePoolEvents.emit('PoolWhitelistStakerAdded', { pid, staker });
    }),
    set_pool_description: call(1, { pid: u64, description: DescStr }, (origin, { pid, description }) => {
      if (fromHex(description).length > DESC_MAX_LEN) throw fail('ExceedMaxDescriptionLen');
      ownedBasePool(origin, pid);
      PoolDescriptions.set(pid, description);
    }),
    remove_staker_from_whitelist: call(4, { pid: u64, staker: AccountId }, (origin, { pid, staker }) => {
      ownedBasePool(origin, pid);
      const list = PoolContributionWhitelists.tryGet(pid);
      if (!list) throw fail('NoWhitelistCreated');
      if (!list.includes(staker)) throw fail('NotInContributeWhitelist');
      const rest = list.filter((a) => a !== staker);
      if (rest.length === 0) {
        PoolContributionWhitelists.remove(pid);
        BasePoolEvents.emit('PoolWhitelistStakerRemoved', { pid, staker });
        BasePoolEvents.emit('PoolWhitelistDeleted', { pid });
      } else {
        PoolContributionWhitelists.set(pid, rest);
        BasePoolEvents.emit('PoolWhitelistStakerRemoved', { pid, staker });
      }
    }),
    claim_reimbursement: call(5, { pid: u64, target: AccountId }, (origin, { pid, target }) => {
      const who = ensureSigned(origin);
      const amount = Reimbursements.tryGet([who, pid]);
      if (amount === undefined) throw fail('NoReimbursementToClaim');
      Reimbursements.remove([who, pid]);
      try {
        withdrawSubsidyPool(target, amount);
      } catch (e) {
        if (e instanceof DispatchError) throw fail('InternalSubsidyPoolCannotWithdraw');
        throw e;
      }
    }),
    set_reimbursements: call(
      6,
      { input: vec(tuple(AccountId, u64, u128)), add: bool },
      (origin, { input, add }) => {
        ensureMigrationRoot(ensureSigned(origin));
        for (const [who, pid, amount] of input)
          Reimbursements.set([who, pid], add ? (Reimbursements.tryGet([who, pid]) ?? 0n) + amount : amount);
      },
    ),
  },
  invariants: {
    /** Every share is backed by an NFT (delegator or queued) or by vault owner shares. */
    sharesMatchNfts() {
      for (const [[pid], proxy] of Pools.entries()) {
        const pool = proxy.value.basepool;
        let sum = proxy.type === 'Vault' ? proxy.value.ownerShares : 0n;
        for (const [[, nftId]] of Nfts.entries(pool.cid)) sum += getNftAttr(pool.cid, nftId).shares;
        if (sum !== pool.totalShares)
          throw new Error(
            `pool ${pid}: total_shares ${pool.totalShares} but NFTs + owner shares hold ${sum}`,
          );
        if (PoolCollections.tryGet(pool.cid) !== pid)
          throw new Error(`pool ${pid}: PoolCollections mismatch`);
      }
    },
    /** Queue: one request per user, each a withdraw-NFT held by the pallet account. */
    withdrawQueueWellFormed() {
      for (const [[pid], proxy] of Pools.entries()) {
        const pool = proxy.value.basepool;
        const users = new Set<Who>();
        for (const w of pool.withdrawQueue) {
          if (users.has(w.user)) throw new Error(`pool ${pid}: two queued requests of ${w.user}`);
          users.add(w.user);
          if (nftOwner(pool.cid, w.nftId) !== PALLET_ID_ACCOUNT)
            throw new Error(`pool ${pid}: withdraw NFT ${w.nftId} is not held by the pallet account`);
        }
      }
    },
    /**
     * Stake pool value = free + staked (queued value is part of both). The W-PHA held may exceed it
     * (dismissed dust rewards, gifts) and may fall short of it by less than the W-PHA minimum balance:
     * when a payout or stake transfer leaves the pool account below the minimum, pallet_assets sweeps
     * the rest to the destination (as on chain) while `total_value` drops only by the amount.
     */
    stakePoolValueBacked() {
      const slack = wphaMinBalance();
      for (const [[pid], proxy] of Pools.entries()) {
        if (proxy.type !== 'StakePool') continue;
        const p = proxy.value;
        const held = freeStakes(p.basepool) + wphaBalance(p.lockAccount);
        if (p.basepool.totalValue >= held + slack)
          throw new Error(
            `stake pool ${pid}: total_value ${p.basepool.totalValue} exceeds free + staked ${held}`,
          );
      }
    },
    /** NftLocks is an in-call guard: empty between calls. */
    noDanglingNftGuards() {
      if (NftLocks.entries().length > 0) throw new Error('NftLocks holds a guard outside a call');
    },
  },
};
