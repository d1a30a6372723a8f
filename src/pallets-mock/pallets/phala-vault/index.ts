/**
 * PhalaVault (Khala index 94, phala-blockchain `pallets/phala/src/compute/vault.rs`): vaults on top of
 * PhalaBasePool (spec phala-pallets §5). Delegators contribute W-PHA to a vault for vault NFTs; the
 * owner invests the vault's free W-PHA in stake pools with `PhalaStakePoolv2.contribute/withdraw(…,
 * as_vault)`, and the vault's `total_value` follows those pools' rewards as book value
 * (`distribute_reward` to value subscribers). The owner's commission is taken as newly minted owner
 * shares when the share price rises above the last checkpoint (`do_gain_owner_share`, settled before
 * every contribute/withdraw and before a commission change) and claimed as an NFT with
 * `claim_owner_shares`. `check_and_maybe_force_withdraw` pays the vault queue from free W-PHA and, if
 * a request is older than 3×GracePeriod (21 d) or the releasing stake cannot cover the expired
 * requests, withdraws all the vault's shares from its stake pools and locks the vault
 * (`VaultLocks`) until its queue is empty.
 *
 * Semantics, calls, events and errors of the final Khala runtime (phala-blockchain runtime-release-v1270,
 * commit 7dd69475): a shutdown emits `ForceShutdown { pid, reason: ForceShutdownReason }`; setting an
 * unchanged commission fails with `CommissionNotChanged`, a changed one first pays the old commission
 * out as owner shares; the upstream withdrawal of a shutdown sums every vault NFT in each invested pool
 * (`owned_in_collection`, dust NFTs burnt) and keeps `invest_pools` as it is; call 7
 * (`refresh_vault_lock_and_check`) is gone (reserved index).
 * Deviation: `do_gain_owner_share` computes the new owner shares as `bdiv(total_value, new_price) −
 * total_shares` in u128; when bdiv rounds below `total_shares` the final runtime's unchecked subtraction
 * wraps (fixed upstream after the last release, 7be904769). The simulator gains 0 shares there instead,
 * because the wrapped value would break the share accounting every other invariant relies on.
 */

import { bmul } from '../../../primitives/fixed.js';
import { ownerShareGain } from '../../../primitives/vault-owner-shares.js';
import { ensureSigned } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { enumOf, option, u32, u64, u128, type ValueOf } from '../../frame/scale.js';
import { AccountId, Permill } from '../../frame/types.js';
import type { AccountId as Who } from '../../primitives/account.js';
import { Account as AssetAccount, WPHA_ASSET_ID } from '../assets/index.js';
import {
  contribute as baseContribute,
  burnNft,
  consumeNewCid,
  consumeNewPid,
  ensureStakePool,
  ensureVault,
  getNftAttrGuard,
  hasExpiredWithdrawal,
  isNondustBalance,
  mergeNftForStaker,
  mintNft,
  newBasePool,
  nowSecs,
  PALLET_ID_ACCOUNT,
  PoolCollections,
  poolSharePrice,
  putVault,
  readNftShares,
  tryProcessWithdrawQueue,
  tryWithdraw,
} from '../phala-base-pool/index.js';
import { doWithdraw, StakePoolConstants } from '../phala-stake-pool-v2/index.js';
import { maybeSubscribeToPool } from '../phala-wrapped-balances/index.js';
import { createCollection, nftsOf } from '../rmrk-core/index.js';
import { PhalaVaultDocs } from './docs.js';
import { VaultLocks, vaultStorageItems } from './storage.js';

export { VaultLocks } from './storage.js';

/** Why a vault was shut down (`vault::pallet::ForceShutdownReason`). */
export const ForceShutdownReasonCodec = enumOf('phala_pallets::compute::vault::pallet::ForceShutdownReason', {
  NoEnoughReleasingStake: null,
  Waiting3xGracePeriod: null,
});
export type ForceShutdownReason = ValueOf<typeof ForceShutdownReasonCodec>['type'];

export const VaultEvents = events('PhalaVault', 'phala_pallets::compute::vault', {
  PoolCreated: { owner: AccountId, pid: u64, cid: u32, pool_account_id: AccountId },
  VaultCommissionSet: { pid: u64, commission: u32 },
  OwnerSharesClaimed: { pid: u64, user: AccountId, shares: u128 },
  OwnerSharesGained: { pid: u64, shares: u128, checkout_price: u128 },
  Contribution: { pid: u64, user: AccountId, amount: u128, shares: u128 },
  ForceShutdown: { pid: u64, reason: ForceShutdownReasonCodec },
});

export const VaultErrors = errors('PhalaVault', 'phala_pallets::compute::vault', [
  'UnauthorizedPoolOwner',
  'NoEnoughShareToClaim',
  'NoRewardToClaim',
  'AssetAccountNotExist',
  'InsufficientBalance',
  'InsufficientContribution',
  'VaultBankrupt',
  'NoNftToWithdraw',
  'CommissionNotChanged',
] as const);
const fail = VaultErrors.fail;

export const VaultConstants = constants('PhalaVault', {
  InitialPriceCheckPoint: { codec: u128, value: 1_000_000_000_000n },
  VaultQueuePeriod: { codec: u64, value: 21n * 24n * 3600n },
});

/**
 * `do_gain_owner_share`: when the price (×1e12) exceeds the checkpoint, mints owner shares so the
 * price drops to `cur − commission × (cur − checkpoint)` (vault-owner-shares.ts, which the dApp counts too).
 */
export function doGainOwnerShare(vaultPid: bigint): void {
  const vault = ensureVault(vaultPid);
  const first = vault.lastSharePriceCheckpoint === 0n;
  const gain = ownerShareGain(
    vault.basepool.totalValue,
    vault.basepool.totalShares,
    vault.lastSharePriceCheckpoint,
    vault.commission ?? 0n,
  );
  if (!gain) return;
  vault.basepool.totalShares += gain.shares;
  vault.ownerShares += gain.shares;
  vault.lastSharePriceCheckpoint = gain.checkpoint;
  putVault(vault);
  if (first) return;
  VaultEvents.emit('OwnerSharesGained', {
    pid: vaultPid,
    shares: gain.shares,
    checkout_price: gain.checkpoint,
  });
}

function ownedVault(who: Who, pid: bigint) {
  const vault = ensureVault(pid);
  if (vault.basepool.owner !== who) throw fail('UnauthorizedPoolOwner');
  return vault;
}

/** `check_and_maybe_force_withdraw`; returns the shutdown reason when the vault was shut down. */
export function checkAndMaybeForceWithdraw(vaultPid: bigint): ForceShutdownReason | null {
  const vault = ensureVault(vaultPid);
  tryProcessWithdrawQueue(vault.basepool);
  if (vault.basepool.withdrawQueue.length === 0) VaultLocks.remove(vaultPid);
  putVault(vault);
  if (VaultLocks.contains(vaultPid)) return null;
  let reason: ForceShutdownReason | null = null;
  const now = nowSecs();
  const grace = StakePoolConstants.get('GracePeriod');
  const front = vault.basepool.withdrawQueue[0];
  if (front && front.startTime + 3n * grace < now) reason = 'Waiting3xGracePeriod';
  const account = vault.basepool.poolAccountId;
  if (reason === null) {
    let releasing = 0n;
    for (const pid of vault.investPools) {
      const pool = ensureStakePool(pid);
      for (const w of pool.basepool.withdrawQueue) {
        if (w.user !== account) continue;
        const guard = getNftAttrGuard(pool.basepool.cid, w.nftId);
        const price = poolSharePrice(pool.basepool);
        if (price === null) throw fail('VaultBankrupt');
        releasing += bmul(guard.attr.shares, price);
        guard.unlock();
      }
    }
    if (hasExpiredWithdrawal(vault.basepool, now, grace, VaultConstants.get('VaultQueuePeriod'), releasing))
      reason = 'NoEnoughReleasingStake';
  }
  if (reason === null) return null;
  for (const pid of vault.investPools) {
    const pool = ensureStakePool(pid);
    const cid = pool.basepool.cid;
    let total = 0n;
    for (const w of pool.basepool.withdrawQueue) if (w.user === account) total += readNftShares(cid, w.nftId);
    for (const nftId of nftsOf(account, cid)) {
      const shares = readNftShares(cid, nftId);
      if (!isNondustBalance(shares)) {
        try {
          burnNft(PALLET_ID_ACCOUNT, cid, nftId);
        } catch {
          // `let _ = burn_nft(..)`: a failed burn is ignored.
        }
        continue;
      }
      total += shares;
    }
    if (!isNondustBalance(total)) continue;
    doWithdraw(vault.basepool.owner, pool.basepool.pid, total, vaultPid);
  }
  VaultLocks.set(vaultPid, null);
  VaultEvents.emit('ForceShutdown', { pid: vaultPid, reason: { type: reason, value: null } });
  return reason;
}

export const PhalaVault: PalletDecl = {
  docs: PhalaVaultDocs,
  name: 'PhalaVault',
  crate: 'phala_pallets::compute::vault',
  index: 94,
  storage: vaultStorageItems,
  events: VaultEvents,
  errors: VaultErrors,
  constants: VaultConstants,
  calls: {
    create: call(0, {}, (origin) => {
      const owner = ensureSigned(origin);
      const pid = consumeNewPid();
      const cid = consumeNewCid();
      createCollection(PALLET_ID_ACCOUNT, cid, '0x', null, `VAULT-${pid}`);
      const basepool = newBasePool(pid, owner, cid);
      putVault({
        basepool,
        lastSharePriceCheckpoint: VaultConstants.get('InitialPriceCheckPoint'),
        commission: null,
        ownerShares: 0n,
        investPools: [],
      });
      PoolCollections.set(cid, pid);
      VaultEvents.emit('PoolCreated', { owner, pid, cid, pool_account_id: basepool.poolAccountId });
    }),
    set_payout_pref: call(
      1,
      { pid: u64, payout_commission: option(Permill) },
      (origin, { pid, payout_commission }) => {
        const current = ownedVault(ensureSigned(origin), pid);
        if (current.commission === payout_commission) throw fail('CommissionNotChanged');
        // `maybe_gain_owner_shares(origin, pid)?`: the old commission is paid out first
        doGainOwnerShare(pid);
        const vault = ensureVault(pid);
        vault.commission = payout_commission;
        putVault(vault);
        VaultEvents.emit('VaultCommissionSet', { pid, commission: payout_commission ?? 0n });
      },
    ),
    claim_owner_shares: call(
      2,
      { vault_pid: u64, target: AccountId, shares: u128 },
      (origin, { vault_pid, target, shares }) => {
        const who = ensureSigned(origin);
        const vault = ownedVault(who, vault_pid);
        if (vault.ownerShares < shares) throw fail('NoEnoughShareToClaim');
        if (shares === 0n) throw fail('NoRewardToClaim');
        mintNft(vault.basepool.cid, target, shares, vault_pid);
        mergeNftForStaker(vault.basepool.cid, target, vault.basepool.pid);
        vault.ownerShares -= shares;
        // Quirk kept: the voting ledger subscribes the caller, not the target.
        maybeSubscribeToPool(who, vault_pid, vault.basepool.cid);
        putVault(vault);
        VaultEvents.emit('OwnerSharesClaimed', { pid: vault_pid, user: who, shares });
      },
    ),
    maybe_gain_owner_shares: call(3, { vault_pid: u64 }, (origin, { vault_pid }) => {
      ownedVault(ensureSigned(origin), vault_pid);
      doGainOwnerShare(vault_pid);
    }),
    check_and_maybe_force_withdraw: call(4, { vault_pid: u64 }, (origin, { vault_pid }) => {
      ensureSigned(origin);
      checkAndMaybeForceWithdraw(vault_pid);
    }),
    contribute: call(5, { pid: u64, amount: u128 }, (origin, { pid, amount }) => {
      const who = ensureSigned(origin);
      if (amount < StakePoolConstants.get('MinContribution')) throw fail('InsufficientContribution');
      const account = AssetAccount.tryGet(WPHA_ASSET_ID, who);
      if (!account) throw fail('AssetAccountNotExist');
      if (account.balance < amount) throw fail('InsufficientBalance');
      doGainOwnerShare(pid);
      const vault = ensureVault(pid);
      const shares = baseContribute(vault.basepool, who, amount);
      tryProcessWithdrawQueue(vault.basepool);
      putVault(vault);
      mergeNftForStaker(vault.basepool.cid, who, pid);
      maybeSubscribeToPool(who, pid, vault.basepool.cid);
      VaultEvents.emit('Contribution', { pid, user: who, amount, shares });
    }),
    withdraw: call(6, { pid: u64, shares: u128 }, (origin, { pid, shares }) => {
      const who = ensureSigned(origin);
      doGainOwnerShare(pid);
      const vault = ensureVault(pid);
      const nftId = mergeNftForStaker(vault.basepool.cid, who, pid);
      if (nftId === null) throw fail('NoNftToWithdraw');
      const guard = getNftAttrGuard(vault.basepool.cid, nftId);
      const queued = vault.basepool.withdrawQueue.find((w) => w.user === who);
      const inQueue = queued ? readNftShares(vault.basepool.cid, queued.nftId) : 0n;
      if (!(isNondustBalance(shares) && shares <= guard.attr.shares + inQueue))
        throw fail('NoEnoughShareToClaim');
      tryWithdraw(vault.basepool, guard.attr, who, shares, nftId, null);
      guard.save();
      mergeNftForStaker(vault.basepool.cid, who, pid);
      putVault(vault);
    }),
  },
};
