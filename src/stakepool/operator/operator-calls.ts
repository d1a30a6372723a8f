/**
 * The operator's extrinsics with Phala's names and shapes (phala-pallets §2.8, §4.2): create, commission,
 * cap, description, whitelist (a batch for several accounts), worker add / start / stop / reclaim /
 * restart / remove (batched for several workers), and owner rewards (optionally unwrapped in the same
 * `utility.batchAll`).
 */
import type { ApiPromise } from '@polkadot/api';
import { stringToHex } from '@polkadot/util';
import type { Tx } from '../../api/pools/calls.js';

/** One call, or a `utility.batchAll` of several. */
export const batch = (api: ApiPromise, calls: Tx[]): Tx =>
  calls.length === 1 && calls[0] ? calls[0] : api.tx.utility.batchAll(calls);

export const createPoolTx = (api: ApiPromise): Tx => api.tx.phalaStakePoolv2.create();
export const setCommissionTx = (api: ApiPromise, pid: bigint, permill: number): Tx =>
  api.tx.phalaStakePoolv2.setPayoutPref(pid, permill);
export const setCapTx = (api: ApiPromise, pid: bigint, cap: bigint): Tx =>
  api.tx.phalaStakePoolv2.setCap(pid, cap);
export const setDescriptionTx = (api: ApiPromise, pid: bigint, text: string): Tx =>
  api.tx.phalaBasePool.setPoolDescription(pid, stringToHex(text));
export const whitelistAddTx = (api: ApiPromise, pid: bigint, who: string[]): Tx =>
  batch(
    api,
    who.map((w) => api.tx.phalaBasePool.addStakerToWhitelist(pid, w)),
  );
export const whitelistRemoveTx = (api: ApiPromise, pid: bigint, who: string[]): Tx =>
  batch(
    api,
    who.map((w) => api.tx.phalaBasePool.removeStakerFromWhitelist(pid, w)),
  );

export const addWorkerTx = (api: ApiPromise, pid: bigint, pubkey: string): Tx =>
  api.tx.phalaStakePoolv2.addWorker(pid, pubkey);
export const startComputingTx = (api: ApiPromise, pid: bigint, worker: string, stake: bigint): Tx =>
  api.tx.phalaStakePoolv2.startComputing(pid, worker, stake);
export const restartComputingTx = (api: ApiPromise, pid: bigint, worker: string, stake: bigint): Tx =>
  api.tx.phalaStakePoolv2.restartComputing(pid, worker, stake);

export type WorkerAction = 'stop' | 'reclaim' | 'remove';
const ACTION_CALL = {
  stop: 'stopComputing',
  reclaim: 'reclaimPoolWorker',
  remove: 'removeWorker',
} as const satisfies Record<WorkerAction, keyof ApiPromise['tx']['phalaStakePoolv2']>;
export const workerActionTx = (api: ApiPromise, pid: bigint, action: WorkerAction, workers: string[]): Tx =>
  batch(
    api,
    workers.map((w) => api.tx.phalaStakePoolv2[ACTION_CALL[action]](pid, w)),
  );

export function claimOwnerRewardsTx(api: ApiPromise, pid: bigint, target: string, unwrapAmount: bigint): Tx {
  const claim = api.tx.phalaStakePoolv2.claimOwnerRewards(pid, target);
  if (unwrapAmount <= 0n) return claim;
  return api.tx.utility.batchAll([claim, api.tx.phalaWrappedBalances.unwrap(unwrapAmount)]);
}

export const forceWithdrawCheckTx = (api: ApiPromise, pid: bigint): Tx =>
  api.tx.phalaStakePoolv2.checkAndMaybeForceWithdraw(pid);
