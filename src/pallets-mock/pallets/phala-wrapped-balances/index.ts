/**
 * PhalaWrappedBalances (Khala index 95, phala-blockchain `pallets/phala/src/compute/wrapped_balances.rs`):
 * W-PHA, the `pallet_assets` asset 10000 that delegations are made in, backed 1:1 by PHA held by the
 * `wpha/` account (spec phala-pallets §8, governance §5.3). `wrap` moves PHA in (KeepAlive) and mints;
 * a mint below the asset minimum is skipped and its amount recorded in `UnmintableDust` (the PHA stays
 * as backing). `unwrap`/`unwrap_all` are limited by the free W-PHA and by the vote lock:
 * `amount + locked ≤ net value`, where the net value is the free W-PHA plus the value of the user's
 * delegation NFTs in the pools recorded in `StakerAccounts` (queued withdrawals excluded). `vote`
 * stores a per-user (aye, nay) split and votes the sum of all users as one `Split` vote of the pallet
 * account in Democracy; `unlock` drains the records of a finished referendum and recomputes each user's
 * `locked = max over recorded votes of (aye + nay)`. Also the RmrkCore TransferHooks Khala installs:
 * delegation NFTs cannot be sent (`pre_check` is false for pool collections), received NFTs are merged.
 *
 * Democracy is reached through its exported `isOngoing` and `try_vote` (`tryVote` with the Split vote
 * signed by the `wpha/` account), as the Rust pallet calls `pallet_democracy::Pallet::vote`.
 *
 * Deviations:
 * - `unwrap_all` saturates `net value − locked` at 0 (Rust would underflow; the spec says not to
 *   simulate that case). Like the Rust call it emits no `Unwrapped` event.
 *
 * Calls, events and errors are the final Khala runtime's (runtime-release-v1270): the Aug-2023 migration
 * call 5 (`backfill_vote_lock`) is gone (reserved index).
 */

import { bmul } from '../../../primitives/fixed.js';
import { ext } from '../../frame/context.js';
import { DispatchError } from '../../frame/errors.js';
import { ensureSigned } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { struct, tuple, u32, u64, u128, unit, vec } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId } from '../../frame/types.js';
import { paddedAccount, type AccountId as Who } from '../../primitives/account.js';
import {
  assetBalance,
  assetSupply,
  burnFrom,
  createAsset,
  mintInto,
  setAssetMetadata,
  WPHA_ASSET_ID,
} from '../assets/index.js';
import { totalBalance, transfer } from '../balances/index.js';
import { isOngoing, tryVote } from '../democracy/index.js';
import {
  mergeNftForStaker,
  PoolCollections,
  Pools,
  poolSharePrice,
  readNftShares,
} from '../phala-base-pool/index.js';
import { nftsOf, type TransferHooks } from '../rmrk-core/index.js';
import { PhalaWrappedBalancesDocs } from './docs.js';

/** `WrappedBalancesAccountId`: `b"wpha/"` zero padded (hex 777068612f00…). */
export const WPHA_ACCOUNT: Who = paddedAccount('wpha/');
/** The W-PHA asset's minimum balance at genesis (0.0001 PHA, as on Khala and in the Rust mock). */
export const WPHA_MIN_BALANCE = 100_000_000n;
const MAX_ITERATIONS = 100n;

export const FinanceAccount = struct(
  {
    path: ['phala_pallets', 'compute', 'wrapped_balances', 'pallet', 'FinanceAccount'],
    params: [{ name: 'Balance', type: u128 }],
  },
  { invest_pools: vec(tuple(u64, u32)), locked: u128 },
);

const S = storage('PhalaWrappedBalances');
export const VoteAccountMap = S.map(
  'VoteAccountMap',
  [
    ['Blake2_128Concat', u32],
    ['Blake2_128Concat', AccountId],
  ],
  tuple(u128, u128),
);
export const AccountVoteMap = S.map(
  'AccountVoteMap',
  [
    ['Blake2_128Concat', AccountId],
    ['Blake2_128Concat', u32],
  ],
  unit,
);
export const StakerAccounts = S.map('StakerAccounts', [['Twox64Concat', AccountId]], FinanceAccount);
export const UnmintableDust = S.value('UnmintableDust', u128, { default: 0n });

export const WrappedBalancesEvents = events(
  'PhalaWrappedBalances',
  'phala_pallets::compute::wrapped_balances',
  {
    DustRemoved: { user: AccountId, amount: u128 },
    Wrapped: { user: AccountId, amount: u128 },
    Unwrapped: { user: AccountId, amount: u128 },
    Voted: { user: AccountId, vote_id: u32, aye_amount: u128, nay_amount: u128 },
  },
);

export const WrappedBalancesErrors = errors(
  'PhalaWrappedBalances',
  'phala_pallets::compute::wrapped_balances',
  [
    'StakerAccountNotFound',
    'UnwrapAmountExceedsAvaliableStake',
    'VoteAmountLargerThanTotalStakes',
    'ReferendumInvalid',
    'ReferendumOngoing',
    'IterationsIsNotVaild',
  ] as const,
);
const fail = WrappedBalancesErrors.fail;

export const WrappedBalancesConstants = constants('PhalaWrappedBalances', {
  WPhaAssetId: { codec: u32, value: WPHA_ASSET_ID },
  WrappedBalancesAccountId: { codec: AccountId, value: WPHA_ACCOUNT },
});

// ---------------------------------------------------------------------------------------------------
// RmrkCore TransferHooks (Khala: Config::TransferHooks = PhalaWrappedBalances)

/** The TransferHooks the runtime definition binds to RmrkCore: delegation NFTs cannot be sent. */
export const wrappedBalancesTransferHooks: TransferHooks = {
  preCheck: (_sender, _recipient, collectionId) => !PoolCollections.contains(collectionId),
  postTransfer: (_sender, recipient, collectionId) => {
    const pid = PoolCollections.tryGet(collectionId);
    if (pid !== undefined) mergeNftForStaker(collectionId, recipient, pid);
    return true;
  },
};

// ---------------------------------------------------------------------------------------------------
// Helpers for the pool pallets

/**
 * `mint_into`: mints W-PHA; a mint refused with Token.BelowMinimum adds the amount to
 * `UnmintableDust` and returns false. Other errors propagate.
 */
export function mintWpha(target: Who, amount: bigint): boolean {
  try {
    ext().transactional(() => mintInto(WPHA_ASSET_ID, target, amount));
    return true;
  } catch (err) {
    if (err instanceof DispatchError && err.path === 'Token.BelowMinimum') {
      UnmintableDust.set(UnmintableDust.get() + amount);
      return false;
    }
    throw err;
  }
}

/** `burn_from` (BestEffort, Force). */
export function burnWpha(target: Who, amount: bigint): void {
  burnFrom(WPHA_ASSET_ID, target, amount, { bestEffort: true, keepAlive: false });
}

/** `maybe_subscribe_to_pool`: records (pid, cid) in the user's `StakerAccounts` entry. */
export function maybeSubscribeToPool(who: Who, pid: bigint, cid: bigint): void {
  const status = StakerAccounts.tryGet(who) ?? { investPools: [], locked: 0n };
  if (!status.investPools.some(([p, c]) => p === pid && c === cid)) status.investPools.push([pid, cid]);
  StakerAccounts.set(who, status);
}

/** `get_net_value`: free W-PHA + Σ bmul(NFT shares, price) over the subscribed pools. */
export function getNetValue(who: Who): bigint {
  let total = assetBalance(WPHA_ASSET_ID, who);
  const status = StakerAccounts.tryGet(who);
  if (!status) return total;
  for (const [pid, cid] of status.investPools) {
    for (const nftId of nftsOf(who, cid)) {
      const shares = readNftShares(cid, nftId);
      const proxy = Pools.tryGet(pid);
      if (!proxy) throw new Error('get pool should not fail: qed.');
      const price = poolSharePrice(proxy.value.basepool);
      if (price !== null) total += bmul(shares, price);
    }
  }
  return total;
}

/** `accumulate_account_vote`: Σ aye, Σ nay of every user's record for the referendum. */
export function accumulateAccountVote(voteId: bigint): { aye: bigint; nay: bigint } {
  let aye = 0n;
  let nay = 0n;
  for (const [, [a, n]] of VoteAccountMap.entries(voteId)) {
    aye += a;
    nay += n;
  }
  return { aye, nay };
}

/** `update_user_locked`: locked = max over the user's recorded votes of (aye + nay). */
function updateUserLocked(user: Who): void {
  let max = 0n;
  for (const [[, voteId]] of AccountVoteMap.entries(user)) {
    const v = VoteAccountMap.tryGet(voteId, user);
    if (!v) throw new Error('reverse indexing must success: qed.');
    const sum = v[0] + v[1];
    if (sum > max) max = sum;
  }
  const status = StakerAccounts.tryGet(user);
  if (!status) throw fail('StakerAccountNotFound');
  StakerAccounts.set(user, { ...status, locked: max });
}

const lockedOf = (user: Who): bigint => StakerAccounts.tryGet(user)?.locked ?? 0n;

// ---------------------------------------------------------------------------------------------------
// Declaration

export const PhalaWrappedBalances: PalletDecl = {
  docs: PhalaWrappedBalancesDocs,
  name: 'PhalaWrappedBalances',
  crate: 'phala_pallets::compute::wrapped_balances',
  index: 95,
  storage: S.items,
  events: WrappedBalancesEvents,
  errors: WrappedBalancesErrors,
  constants: WrappedBalancesConstants,
  calls: {
    wrap: call(0, { amount: u128 }, (origin, { amount }) => {
      const user = ensureSigned(origin);
      transfer(user, WPHA_ACCOUNT, amount, true);
      mintWpha(user, amount);
      if (!StakerAccounts.contains(user)) StakerAccounts.set(user, { investPools: [], locked: 0n });
      WrappedBalancesEvents.emit('Wrapped', { user, amount });
    }),
    unwrap_all: call(1, {}, (origin) => {
      const user = ensureSigned(origin);
      const net = getNetValue(user);
      const free = assetBalance(WPHA_ASSET_ID, user);
      const locked = lockedOf(user);
      const available = net > locked ? net - locked : 0n;
      const amount = available < free ? available : free;
      transfer(WPHA_ACCOUNT, user, amount, false);
      burnWpha(user, amount);
    }),
    unwrap: call(2, { amount: u128 }, (origin, { amount }) => {
      const user = ensureSigned(origin);
      if (amount > assetBalance(WPHA_ASSET_ID, user)) throw fail('UnwrapAmountExceedsAvaliableStake');
      if (amount + lockedOf(user) > getNetValue(user)) throw fail('UnwrapAmountExceedsAvaliableStake');
      transfer(WPHA_ACCOUNT, user, amount, false);
      burnWpha(user, amount);
      WrappedBalancesEvents.emit('Unwrapped', { user, amount });
    }),
    vote: call(
      3,
      { aye_amount: u128, nay_amount: u128, vote_id: u32 },
      (origin, { aye_amount, nay_amount, vote_id }) => {
        const user = ensureSigned(origin);
        if (!isOngoing(vote_id)) throw fail('ReferendumInvalid');
        if (getNetValue(user) < aye_amount + nay_amount) throw fail('VoteAmountLargerThanTotalStakes');
        VoteAccountMap.set(vote_id, user, [aye_amount, nay_amount]);
        AccountVoteMap.set(user, vote_id, null);
        const { aye, nay } = accumulateAccountVote(vote_id);
        tryVote(WPHA_ACCOUNT, vote_id, { type: 'Split', value: { aye, nay } });
        updateUserLocked(user);
        WrappedBalancesEvents.emit('Voted', { user, vote_id, aye_amount, nay_amount });
      },
    ),
    unlock: call(4, { vote_id: u32, max_iterations: u32 }, (origin, { vote_id, max_iterations }) => {
      ensureSigned(origin);
      if (isOngoing(vote_id)) throw fail('ReferendumOngoing');
      if (max_iterations === 0n || max_iterations > MAX_ITERATIONS) throw fail('IterationsIsNotVaild');
      let i = 0n;
      for (const [[, user]] of VoteAccountMap.entries(vote_id)) {
        VoteAccountMap.remove(vote_id, user);
        AccountVoteMap.remove(user, vote_id);
        updateUserLocked(user);
        i += 1n;
        if (i >= max_iterations) break;
      }
    }),
  },
  genesis() {
    createAsset(WPHA_ASSET_ID, WPHA_ACCOUNT, WPHA_MIN_BALANCE, true);
    setAssetMetadata(WPHA_ASSET_ID, 'Wrapped PHA', 'W-PHA', 12n, false);
  },
  invariants: {
    /** W-PHA supply (+ unmintable dust) is backed 1:1 by PHA held by the `wpha/` account. */
    wphaBackedByPha() {
      const backing = totalBalance(WPHA_ACCOUNT);
      const owed = assetSupply(WPHA_ASSET_ID) + UnmintableDust.get();
      if (owed > backing)
        throw new Error(
          `W-PHA supply + unmintable dust ${owed} exceeds the PHA of the wpha/ account ${backing}`,
        );
    },
    /** The vote ledger's two indices agree, and every voter has a StakerAccounts entry. */
    voteLedgerConsistent() {
      for (const [[voteId, user]] of VoteAccountMap.entries()) {
        if (!AccountVoteMap.contains(user, voteId))
          throw new Error(`vote ${voteId} of ${user} lacks its reverse index`);
        if (!StakerAccounts.contains(user)) throw new Error(`voter ${user} has no StakerAccounts entry`);
      }
      for (const [[user, voteId]] of AccountVoteMap.entries())
        if (!VoteAccountMap.contains(voteId, user))
          throw new Error(`reverse index of ${user} on ${voteId} is stale`);
    },
  },
};
