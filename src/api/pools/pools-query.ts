/**
 * Loads every base pool in three or four RPC round trips whatever the pool count, all read at one block
 * and decoded without per-value codecs (bulk-storage.ts): `PoolCount` and the tokenomic parameters (the
 * block is fixed by this first answer); every pid's `Pools`, `PoolDescriptions` and
 * `PoolContributionWhitelists` entry; the pools' free W-PHA with their workers' session bindings; and, when
 * workers are bound, the sessions' state and stake (the stake of unresponsive workers earns nothing).
 */
import type { ApiPromise } from '@polkadot/api';
import type { PhalaTypesMessagingTokenomicParameters } from '@polkadot/types/lookup';
import { hexToU8a, u8aToString } from '@polkadot/util';
import { STAKE_INFO_PROPERTY, stakeInfoShares } from '../../primitives/stake-info.js';
import { type BulkItem, bulkItem, readRaw, type StorageRead } from '../bulk-storage.js';
import { chainConstants } from '../chain-constants.js';
import type { Plain } from '../plain-types.js';
import { hasStorage } from '../runtime-access.js';
import { fixedToNumber, type NetworkEconomy } from './apr.js';
import type { PoolsData } from './pool-list-wire.js';
import { decodePoolProxy, earningStake, type PoolSummary } from './pool-model.js';

export type { PoolsData };

/** The decoded values of `item` at `keys` in a read. */
const valuesOf = <E>(
  read: StorageRead,
  item: BulkItem<E>,
  keys: string[],
): ReturnType<BulkItem<E>['decode']>[] => keys.map((k) => item.decode(read.values.get(k) ?? null));

/** The decoded value of `item` at `key` (a plain item's only key by default) in a read. */
const valueIn = <E>(
  read: StorageRead,
  item: BulkItem<E>,
  key = (item.key as () => string)(),
): ReturnType<BulkItem<E>['decode']> => item.decode(read.values.get(key) ?? null);

function economy(
  api: ApiPromise,
  p: Plain<PhalaTypesMessagingTokenomicParameters> | null,
  pools: PoolSummary[],
): NetworkEconomy {
  const totalStakeInWork = pools
    .filter((x) => x.kind === 'StakePool')
    .reduce((s, x) => s + earningStake(x), 0n);
  return {
    budgetPerBlock: p ? fixedToNumber(p.budgetPerBlock) : 0,
    treasuryRatio: p ? fixedToNumber(p.treasuryRatio) : 0.2,
    blockTimeSecs: chainConstants(api).blockTimeSecs || 12,
    totalStakeInWork,
  };
}

/** A bound worker's session, as the delegator pages need it. */
interface WorkerSession {
  state: string;
  stake: bigint;
  /** Unix seconds the cool-down started (0 when not cooling down). */
  coolDownStart: number;
}

/** The sessions of workers by pubkey (state, stake, cool-down start), from their bindings read at `block`. */
async function workerSessions(
  api: ApiPromise,
  block: string,
  bindings: Array<readonly [string, string | null]>,
): Promise<Map<string, WorkerSession>> {
  const out = new Map<string, WorkerSession>();
  const bound = bindings.filter((x): x is readonly [string, string] => x[1] !== null);
  if (bound.length === 0) return out;
  const sessions = bulkItem(api, api.query.phalaComputation.sessions);
  const stakes = bulkItem(api, api.query.phalaComputation.stakes);
  const sessionKeys = bound.map(([, s]) => sessions.key(s));
  const stakeKeys = bound.map(([, s]) => stakes.key(s));
  const read = await readRaw(api, [...sessionKeys, ...stakeKeys], block);
  const infos = valuesOf(read, sessions, sessionKeys);
  const amounts = valuesOf(read, stakes, stakeKeys);
  bound.forEach(([worker], i) => {
    const info = infos[i];
    if (info === null || info === undefined) return;
    out.set(worker, {
      state: info.state,
      stake: amounts[i] ?? 0n,
      coolDownStart: Number(info.coolDownStart),
    });
  });
  return out;
}

/** The pool list at block `at` (default: the best block when the first read is answered). */
export async function fetchPools(api: ApiPromise, at?: string): Promise<PoolsData> {
  if (!hasStorage(api, 'phalaBasePool', 'pools'))
    return {
      block: at ?? (await api.rpc.chain.getBlockHash()).toHex(),
      pools: [],
      economy: { budgetPerBlock: 0, treasuryRatio: 0, blockTimeSecs: 12, totalStakeInWork: 0n },
      wphaMinBalance: 0n,
      coolDownSecs: 0,
    };
  const count = bulkItem(api, api.query.phalaBasePool.poolCount);
  const tokenomic = hasStorage(api, 'phalaComputation', 'tokenomicParameters')
    ? bulkItem(api, api.query.phalaComputation.tokenomicParameters)
    : null;
  const coolDown = hasStorage(api, 'phalaComputation', 'coolDownPeriod')
    ? bulkItem(api, api.query.phalaComputation.coolDownPeriod)
    : null;
  const first = await readRaw(
    api,
    [count.key(), ...(tokenomic ? [tokenomic.key()] : []), ...(coolDown ? [coolDown.key()] : [])],
    at,
  );
  const { block } = first;
  const pids = Array.from({ length: Number(valueIn(first, count)) }, (_, i) => BigInt(i));

  const items = {
    pools: bulkItem(api, api.query.phalaBasePool.pools),
    descriptions: bulkItem(api, api.query.phalaBasePool.poolDescriptions),
    whitelists: bulkItem(api, api.query.phalaBasePool.poolContributionWhitelists),
  };
  const keys = {
    pools: pids.map((pid) => items.pools.key(pid)),
    descriptions: pids.map((pid) => items.descriptions.key(pid)),
    whitelists: pids.map((pid) => items.whitelists.key(pid)),
  };
  const read = await readRaw(api, [...keys.pools, ...keys.descriptions, ...keys.whitelists], block);
  const descriptions = valuesOf(read, items.descriptions, keys.descriptions);
  const whitelists = valuesOf(read, items.whitelists, keys.whitelists);
  const found = valuesOf(read, items.pools, keys.pools).flatMap((value, i) =>
    value === null ? [] : [{ record: decodePoolProxy(value), i }],
  );

  const assets = bulkItem(api, api.query.assets.account);
  const { wphaAssetId } = chainConstants(api);
  const assetKeys = found.map(({ record }) => assets.key(wphaAssetId, record.poolAccount));
  const workers = [...new Set(found.flatMap(({ record }) => [...record.workers, ...record.cdWorkers]))];
  const bindings = hasStorage(api, 'phalaComputation', 'workerBindings')
    ? bulkItem(api, api.query.phalaComputation.workerBindings)
    : null;
  const bindingKeys = bindings ? workers.map((w) => bindings.key(w)) : [];
  const asset = bulkItem(api, api.query.assets.asset);
  const assetKey = asset.key(wphaAssetId);
  const properties = hasStorage(api, 'rmrkCore', 'properties')
    ? bulkItem(api, api.query.rmrkCore.properties)
    : null;
  const queued = found.flatMap(({ record }) => record.withdrawQueue.map((w) => ({ cid: record.cid, w })));
  const queueKeys = properties
    ? queued.map(({ cid, w }) => properties.key(cid, w.nftId, STAKE_INFO_PROPERTY))
    : [];
  const second = await readRaw(api, [...assetKeys, ...bindingKeys, assetKey, ...queueKeys], block);
  const accounts = valuesOf(second, assets, assetKeys);
  const assetInfo = valueIn(second, asset, assetKey);
  if (properties)
    valuesOf(second, properties, queueKeys).forEach((v, i) => {
      const q = queued[i];
      if (q && v !== null) q.w.shares = stakeInfoShares(hexToU8a(v));
    });
  const sessionsOf = bindings
    ? await workerSessions(
        api,
        block,
        valuesOf(second, bindings, bindingKeys).map((s, i) => [workers[i] as string, s] as const),
      )
    : new Map<string, WorkerSession>();
  const unresponsive = (w: string): bigint => {
    const x = sessionsOf.get(w);
    return x?.state === 'WorkerUnresponsive' ? x.stake : 0n;
  };

  const pools = found.map(({ record, i }, n): PoolSummary => {
    const acct = accounts[n];
    const description = descriptions[i];
    const whitelist = whitelists[i];
    return {
      ...record,
      freeStake: acct?.balance ?? 0n,
      unresponsiveStake: record.workers.reduce((s, w) => s + unresponsive(w), 0n),
      releasing: record.cdWorkers.flatMap((w) => {
        const x = sessionsOf.get(w);
        return x ? [{ stake: x.stake, coolDownStart: x.coolDownStart }] : [];
      }),
      description: description ? u8aToString(hexToU8a(description)) : '',
      whitelist: whitelist ?? null,
    };
  });
  const params = tokenomic ? valueIn(first, tokenomic) : null;
  const wphaMinBalance = assetInfo?.minBalance ?? 0n;
  const coolDownSecs = coolDown ? Number(valueIn(first, coolDown)) : 0;
  return { block, pools, economy: economy(api, params, pools), wphaMinBalance, coolDownSecs };
}
