/**
 * The vault manager's extrinsics with Phala's names and shapes (phala-pallets §5, §4.3): create, commission
 * (`set_payout_pref`, which settles owner shares at the old rate first), `maybe_gain_owner_shares`,
 * `claim_owner_shares` to a target, and investing the vault's free stake into stake pools
 * (`PhalaStakePoolv2.contribute` / `withdraw` with `as_vault`), and anyone's `check_and_maybe_force_withdraw`.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Tx } from '../../api/pools/calls.js';

export const createVaultTx = (api: ApiPromise): Tx => api.tx.phalaVault.create();
export const setVaultCommissionTx = (api: ApiPromise, pid: bigint, permill: number): Tx =>
  api.tx.phalaVault.setPayoutPref(pid, permill);
export const gainOwnerSharesTx = (api: ApiPromise, pid: bigint): Tx =>
  api.tx.phalaVault.maybeGainOwnerShares(pid);
export const claimOwnerSharesTx = (api: ApiPromise, pid: bigint, target: string, shares: bigint): Tx =>
  api.tx.phalaVault.claimOwnerShares(pid, target, shares);
export const investTx = (api: ApiPromise, vault: bigint, pool: bigint, amount: bigint): Tx =>
  api.tx.phalaStakePoolv2.contribute(pool, amount, vault);
export const divestTx = (api: ApiPromise, vault: bigint, pool: bigint, shares: bigint): Tx =>
  api.tx.phalaStakePoolv2.withdraw(pool, shares, vault);
export const vaultForceCheckTx = (api: ApiPromise, pid: bigint): Tx =>
  api.tx.phalaVault.checkAndMaybeForceWithdraw(pid);
