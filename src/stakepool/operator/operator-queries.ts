/**
 * What the operator console reads from the chain, once per block while shown: the pool's own accounts
 * (owner reward, lock) and the owner's unclaimed commission (W-PHA of the owner reward account); every
 * worker of the pool with its registry record, session, stake and benchmark; the tokenomic parameters the
 * stake bounds need; the cool-down period; and the shares of the queued withdrawals (NFT `stake-info`),
 * priced at the pool's share price. Keys hold strings only; a list keeps showing its previous value while
 * a changed key loads.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { u8aToU8a } from '@polkadot/util';
import { useQuery } from '@tanstack/react-query';
import { useConnection } from '../../api/api-context.js';
import { chainConstants } from '../../api/chain-constants.js';
import { big, num, obj, type Plain, plain, str, u128FromLe, variant } from '../../api/codec.js';
import { type PoolSummary, sharesToValue } from '../../api/pools/pool-model.js';
import { stateKey } from '../../api/query-keys.js';
import { hasStorage, storageItem } from '../../api/runtime-access.js';
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

const opt = <T>(v: Plain, f: (x: Plain) => T): T | null => (v === null || v === undefined ? null : f(v));

async function fetchPoolAccounts(api: ApiPromise, pid: bigint): Promise<PoolAccounts | null> {
  const raw = plain(await storageItem(api, 'phalaBasePool', 'pools')(pid));
  if (raw === null) return null;
  const [, inner] = variant(raw);
  const p = obj(inner);
  if (p.ownerRewardAccount === undefined) return null;
  const ownerRewardAccount = str(p.ownerRewardAccount);
  const acct = plain(await api.query.assets.account(chainConstants(api).wphaAssetId, ownerRewardAccount));
  return {
    ownerRewardAccount,
    lockAccount: str(p.lockAccount),
    ownerReward: acct === null ? 0n : big(obj(acct).balance),
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

const normState = (s: string): WorkerStateName =>
  s === 'WorkerIdle' || s === 'WorkerUnresponsive' || s === 'WorkerCoolingDown' || s === 'Ready'
    ? s
    : 'Ready';

export async function fetchWorkers(api: ApiPromise, pool: PoolSummary): Promise<WorkerView[]> {
  const keys = pool.workers;
  if (keys.length === 0) return [];
  const [infos, bindings] = await Promise.all([
    storageItem(api, 'phalaRegistry', 'workers').multi(keys),
    storageItem(api, 'phalaComputation', 'workerBindings').multi(keys),
  ]);
  const sessions = bindings.map((b) => opt(plain(b as Codec), str));
  const bound = sessions.filter((s): s is string => s !== null);
  const [infoOf, stakes] = bound.length
    ? await Promise.all([
        storageItem(api, 'phalaComputation', 'sessions').multi(bound),
        storageItem(api, 'phalaComputation', 'stakes').multi(bound),
      ])
    : [[], []];
  return keys.map((pubkey, i): WorkerView => {
    const info = plain(infos[i] as Codec);
    const reg = info === null ? null : obj(info);
    const session = sessions[i] ?? null;
    const j = session === null ? -1 : bound.indexOf(session);
    const s = j < 0 ? null : plain(infoOf[j] as Codec);
    const so = s === null ? null : obj(s);
    const bench = so ? obj(so.benchmark) : null;
    const stakeRaw = j < 0 ? null : plain(stakes[j] as Codec);
    return {
      pubkey,
      registered: reg !== null,
      operator: reg ? opt(reg.operator, str) : null,
      confidenceLevel: reg ? num(reg.confidenceLevel) : 0,
      initialScore: reg ? opt(reg.initialScore, num) : null,
      session,
      state: !reg ? 'Unregistered' : !so ? 'Unbound' : normState(variant(so.state)[0]),
      v: so ? big(so.v) : 0n,
      ve: so ? big(so.ve) : 0n,
      pInit: bench ? num(bench.pInit) : 0,
      pInstant: bench ? num(bench.pInstant) : 0,
      lastHeartbeat: bench ? num(bench.challengeTimeLast) : 0,
      workingStart: bench ? num(bench.workingStartTime) : 0,
      coolDownStart: so ? num(so.coolDownStart) : 0,
      stake: stakeRaw === null ? 0n : big(stakeRaw),
      totalReward: so ? big(obj(so.stats).totalReward) : 0n,
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
    storageItem(api, 'phalaComputation', 'tokenomicParameters')(),
    storageItem(api, 'phalaComputation', 'coolDownPeriod')(),
  ]);
  const p = plain(raw);
  if (p === null) return null;
  const o = obj(p);
  return {
    stake: { k: big(o.k), re: big(o.re), rigK: big(o.rigK), rigB: big(o.rigB), vMax: big(o.vMax) },
    coolDownSecs: num(plain(cd)),
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
  const props = await storageItem(api, 'rmrkCore', 'properties').multi(
    pool.withdrawQueue.map((w) => [pool.cid, w.nftId, 'stake-info']),
  );
  return pool.withdrawQueue.map((w, i) => {
    const v = props[i] as Codec | undefined;
    const shares = !v || v.isEmpty ? 0n : u128FromLe(u8aToU8a(v.toU8a(true)));
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
