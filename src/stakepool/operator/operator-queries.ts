/**
 * What the operator console reads from the chain, once per block while shown: the pool's own accounts
 * (owner reward, lock) and the owner's unclaimed commission (W-PHA of the owner reward account); every
 * worker of the pool with its registry record, session, stake and benchmark; the tokenomic parameters the
 * stake bounds need; the cool-down period; and the shares of the queued withdrawals (NFT `stake-info`),
 * priced at the pool's share price. Keys hold strings only; a list keeps showing its previous value while
 * a changed key loads.
 */
import type { ApiPromise } from '@polkadot/api';
import type { PhalaPalletsComputeComputationPalletWorkerState } from '@polkadot/types/lookup';
import { useQuery } from '@tanstack/react-query';
import { useConnection } from '../../api/api-context.js';
import { chainConstants } from '../../api/chain-constants.js';
import { type PoolSummary, sharesToValue } from '../../api/pools/pool-model.js';
import { stateKey } from '../../api/query-keys.js';
import { hasStorage } from '../../api/runtime-access.js';
import { STAKE_INFO_PROPERTY, stakeInfoShares } from '../../primitives/stake-info.js';
import type { StakeParams } from './stake-bounds.js';

export interface PoolAccounts {
  ownerRewardAccount: string;
  lockAccount: string;
  /** Unclaimed owner commission (W-PHA of the owner reward account). */
  ownerReward: bigint;
}

export type WorkerStateName =
  | 'Unregistered'
  | 'Ready'
  | 'WorkerIdle'
  | 'WorkerUnresponsive'
  | 'WorkerCoolingDown'
  | 'Unbound';

export interface WorkerView {
  pubkey: string;
  registered: boolean;
  operator: string | null;
  confidenceLevel: number;
  /** Initial score P from the benchmark (null before it). */
  initialScore: number | null;
  session: string | null;
  state: WorkerStateName;
  /** U64F64 bits. */
  v: bigint;
  ve: bigint;
  pInit: number;
  pInstant: number;
  /** Seconds (the pallet's clock) of the last heartbeat challenge answered, 0 if none. */
  lastHeartbeat: number;
  workingStart: number;
  coolDownStart: number;
  stake: bigint;
  totalReward: bigint;
  /** Stopped and in this pool's cd_workers. */
  coolingDown: boolean;
}

/** The last heartbeat in seconds of the pallet's clock (older sessions recorded it in ms), 0 if none. */
export const heartbeatSecs = (w: WorkerView): number =>
  w.lastHeartbeat > 1e11 ? Math.floor(w.lastHeartbeat / 1000) : w.lastHeartbeat;

/** Whether the worker ever answered a heartbeat challenge since it started computing. */
export const hasHeartbeat = (w: WorkerView): boolean => {
  const hb = heartbeatSecs(w);
  return hb > 0 && w.workingStart > 0 && hb > w.workingStart;
};

async function fetchPoolAccounts(api: ApiPromise, pid: bigint): Promise<PoolAccounts | null> {
  const pool = await api.query.phalaBasePool.pools(pid);
  if (pool.isNone || !pool.unwrap().isStakePool) return null;
  const p = pool.unwrap().asStakePool;
  const ownerRewardAccount = p.ownerRewardAccount.toString();
  const acct = await api.query.assets.account(chainConstants(api).wphaAssetId, ownerRewardAccount);
  return {
    ownerRewardAccount,
    lockAccount: p.lockAccount.toString(),
    ownerReward: acct.isNone ? 0n : acct.unwrap().balance.toBigInt(),
  };
}

export function usePoolAccounts(pid: bigint) {
  const { api, genesis } = useConnection();
  return useQuery({
    queryKey: stateKey(genesis, 'operator', 'accounts', pid.toString()),
    queryFn: () => fetchPoolAccounts(api, pid),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** Keeps the previous value while a changed key loads, but only for the same pool (key part 4 is the pid). */
const samePool =
  (pid: bigint) =>
  <T>(previous: T | undefined, query: { queryKey: readonly unknown[] } | undefined): T | undefined =>
    query?.queryKey[4] === pid.toString() ? previous : undefined;

/** The session states the console tells apart (`Unused` reads as `Ready`). */
const normState = (s: PhalaPalletsComputeComputationPalletWorkerState['type']): WorkerStateName =>
  s === 'Unused' ? 'Ready' : s;

export async function fetchWorkers(api: ApiPromise, pool: PoolSummary): Promise<WorkerView[]> {
  const keys = pool.workers;
  if (keys.length === 0) return [];
  const [infos, bindings] = await Promise.all([
    api.query.phalaRegistry.workers.multi(keys),
    api.query.phalaComputation.workerBindings.multi(keys),
  ]);
  const sessions = bindings.map((b) => (b.isSome ? b.unwrap().toString() : null));
  const bound = sessions.filter((s): s is string => s !== null);
  const [infoOf, stakes] = bound.length
    ? await Promise.all([
        api.query.phalaComputation.sessions.multi(bound),
        api.query.phalaComputation.stakes.multi(bound),
      ])
    : [[], []];
  return keys.map((pubkey, i): WorkerView => {
    const info = infos[i];
    const reg = info?.isSome ? info.unwrap() : null;
    const session = sessions[i] ?? null;
    const j = session === null ? -1 : bound.indexOf(session);
    const s = j < 0 ? undefined : infoOf[j];
    const so = s?.isSome ? s.unwrap() : null;
    const bench = so?.benchmark;
    const stake = j < 0 ? undefined : stakes[j];
    return {
      pubkey,
      registered: reg !== null,
      operator: reg?.operator.isSome ? reg.operator.unwrap().toString() : null,
      confidenceLevel: reg ? reg.confidenceLevel.toNumber() : 0,
      initialScore: reg?.initialScore.isSome ? reg.initialScore.unwrap().toNumber() : null,
      session,
      state: !reg ? 'Unregistered' : !so ? 'Unbound' : normState(so.state.type),
      v: so ? so.v.toBigInt() : 0n,
      ve: so ? so.ve.toBigInt() : 0n,
      pInit: bench ? bench.pInit.toNumber() : 0,
      pInstant: bench ? bench.pInstant.toNumber() : 0,
      lastHeartbeat: bench ? bench.challengeTimeLast.toNumber() : 0,
      workingStart: bench ? bench.workingStartTime.toNumber() : 0,
      coolDownStart: so ? so.coolDownStart.toNumber() : 0,
      stake: stake?.isSome ? stake.unwrap().toBigInt() : 0n,
      totalReward: so ? so.stats.totalReward.toBigInt() : 0n,
      coolingDown: pool.cdWorkers.includes(pubkey),
    };
  });
}

export function useWorkers(pool: PoolSummary) {
  const { api, genesis } = useConnection();
  return useQuery({
    queryKey: stateKey(
      genesis,
      'operator',
      'workers',
      pool.pid.toString(),
      pool.workers.join(','),
      pool.cdWorkers.join(','),
    ),
    queryFn: () => fetchWorkers(api, pool),
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: samePool(pool.pid),
  });
}

export interface ComputeParams {
  stake: StakeParams;
  coolDownSecs: number;
}

async function fetchComputeParams(api: ApiPromise): Promise<ComputeParams | null> {
  if (!hasStorage(api, 'phalaComputation', 'tokenomicParameters')) return null;
  const [raw, cd] = await Promise.all([
    api.query.phalaComputation.tokenomicParameters(),
    api.query.phalaComputation.coolDownPeriod(),
  ]);
  if (raw.isNone) return null;
  const o = raw.unwrap();
  return {
    stake: {
      k: o.k.toBigInt(),
      re: o.re.toBigInt(),
      rigK: o.rigK.toBigInt(),
      rigB: o.rigB.toBigInt(),
      vMax: o.vMax.toBigInt(),
    },
    coolDownSecs: cd.toNumber(),
  };
}

export function useComputeParams() {
  const { api, genesis } = useConnection();
  return useQuery({
    queryKey: stateKey(genesis, 'operator', 'compute-params'),
    queryFn: () => fetchComputeParams(api),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export interface QueuedValue {
  user: string;
  startTime: number;
  shares: bigint;
  value: bigint;
}

async function fetchQueue(api: ApiPromise, pool: PoolSummary): Promise<QueuedValue[]> {
  if (pool.withdrawQueue.length === 0) return [];
  const props = await api.query.rmrkCore.properties.multi(
    pool.withdrawQueue.map((w) => [pool.cid, w.nftId, STAKE_INFO_PROPERTY]),
  );
  return pool.withdrawQueue.map((w, i) => {
    const v = props[i];
    const shares = !v || v.isNone ? 0n : stakeInfoShares(v.unwrap().toU8a(true));
    return { user: w.user, startTime: w.startTime, shares, value: sharesToValue(pool, shares) };
  });
}

export function useQueuedValues(pool: PoolSummary) {
  const { api, genesis } = useConnection();
  return useQuery({
    // the request list is part of the key: a new request is read as soon as the pool list shows it
    queryKey: stateKey(
      genesis,
      'operator',
      'queue',
      pool.pid.toString(),
      pool.withdrawQueue.map((w) => `${w.nftId}@${w.startTime}`).join(','),
    ),
    queryFn: () => fetchQueue(api, pool),
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: samePool(pool.pid),
  });
}
