/**
 * Builders of the delegator's extrinsics with Phala's names and shapes: contribute (wrapping the missing
 * W-PHA first in one `utility.batchAll`), withdraw by shares, W-PHA wrap/unwrap, and the unlock actions
 * `check_and_maybe_force_withdraw` / `reclaim_pool_worker`.
 */
import type { ApiPromise } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import type { PoolKind } from './pool-model.js';

export type Tx = SubmittableExtrinsic<'promise'>;

export function contributeTx(api: ApiPromise, kind: PoolKind, pid: bigint, amount: bigint, wrap: bigint): Tx {
  const contribute =
    kind === 'StakePool'
      ? api.tx.phalaStakePoolv2.contribute(pid, amount, null)
      : api.tx.phalaVault.contribute(pid, amount);
  if (wrap <= 0n) return contribute;
  return api.tx.utility.batchAll([api.tx.phalaWrappedBalances.wrap(wrap), contribute]);
}

export function withdrawTx(api: ApiPromise, kind: PoolKind, pid: bigint, shares: bigint): Tx {
  return kind === 'StakePool'
    ? api.tx.phalaStakePoolv2.withdraw(pid, shares, null)
    : api.tx.phalaVault.withdraw(pid, shares);
}

export const wrapTx = (api: ApiPromise, amount: bigint): Tx => api.tx.phalaWrappedBalances.wrap(amount);
export const unwrapTx = (api: ApiPromise, amount: bigint): Tx => api.tx.phalaWrappedBalances.unwrap(amount);

export function forceWithdrawTx(api: ApiPromise, kind: PoolKind, pid: bigint): Tx {
  return kind === 'StakePool'
    ? api.tx.phalaStakePoolv2.checkAndMaybeForceWithdraw(pid)
    : api.tx.phalaVault.checkAndMaybeForceWithdraw(pid);
}

export const reclaimWorkerTx = (api: ApiPromise, pid: bigint, worker: string): Tx =>
  api.tx.phalaStakePoolv2.reclaimPoolWorker(pid, worker);
