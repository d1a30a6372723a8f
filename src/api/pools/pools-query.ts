/**
 * Loads every base pool with a bounded number of RPC round trips, independent of the pool count per call:
 * `PhalaBasePool.Pools`, `PoolDescriptions` and `PoolContributionWhitelists` as paged entries, the pools'
 * free W-PHA in one `multi`, the stake of unresponsive workers (worker → session → state and stake, two
 * `multi`s), and the tokenomic parameters for the APR estimate.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { u8aToString } from '@polkadot/util';
import { chainConstants } from '../chain-constants.js';
import { big, obj, plain } from '../codec.js';
import { hasStorage, storageItem } from '../runtime-access.js';
import { fixedToNumber, type NetworkEconomy } from './apr.js';
import { decodePoolProxy, earningStake, type PoolSummary } from './pool-model.js';

export interface PoolsData {
  pools: PoolSummary[];
  economy: NetworkEconomy;
}

const keyArg = (key: { args: Codec[] }): string => String(key.args[0]?.toPrimitive());

async function economy(api: ApiPromise, pools: PoolSummary[]): Promise<NetworkEconomy> {
  const query = api.query.phalaComputation?.tokenomicParameters;
  const raw = query ? plain(await query()) : null;
  const p = raw ? obj(raw) : null;
  const totalStakeInWork = pools
    .filter((x) => x.kind === 'StakePool')
    .reduce((s, x) => s + earningStake(x), 0n);
  return {
    budgetPerBlock: p ? fixedToNumber(big(p.budgetPerBlock)) : 0,
    treasuryRatio: p ? fixedToNumber(big(p.treasuryRatio)) : 0.2,
    blockTimeSecs: chainConstants(api).blockTimeSecs || 12,
    totalStakeInWork,
  };
}

/** Stake of unresponsive workers by worker pubkey (they earn nothing until they recover). */
async function unresponsiveStakes(api: ApiPromise, workers: string[]): Promise<Map<string, bigint>> {
  const out = new Map<string, bigint>();
  if (workers.length === 0 || !hasStorage(api, 'phalaComputation', 'workerBindings')) return out;
  const bindings = await storageItem(api, 'phalaComputation', 'workerBindings').multi(workers);
  const bound = workers
    .map((w, i) => [w, plain(bindings[i] as Codec)] as const)
    .filter((x): x is readonly [string, string] => typeof x[1] === 'string');
  if (bound.length === 0) return out;
  const sessions = bound.map(([, s]) => s);
  const [infos, stakes] = await Promise.all([
    storageItem(api, 'phalaComputation', 'sessions').multi(sessions),
    storageItem(api, 'phalaComputation', 'stakes').multi(sessions),
  ]);
  bound.forEach(([worker], i) => {
    const info = plain(infos[i] as Codec);
    if (info !== null && obj(info).state === 'WorkerUnresponsive')
      out.set(worker, big(plain(stakes[i] as Codec) ?? 0));
  });
  return out;
}

export async function fetchPools(api: ApiPromise): Promise<PoolsData> {
  if (!hasStorage(api, 'phalaBasePool', 'pools'))
    return {
      pools: [],
      economy: { budgetPerBlock: 0, treasuryRatio: 0, blockTimeSecs: 12, totalStakeInWork: 0n },
    };
  const [entries, descEntries, whitelistEntries] = await Promise.all([
    storageItem(api, 'phalaBasePool', 'pools').entries(),
    storageItem(api, 'phalaBasePool', 'poolDescriptions').entries(),
    storageItem(api, 'phalaBasePool', 'poolContributionWhitelists').entries(),
  ]);
  const descriptions = new Map(
    descEntries.map(([k, v]) => [keyArg(k), u8aToString((v as Codec).toU8a(true))] as const),
  );
  const whitelists = new Map(
    whitelistEntries.map(([k, v]) => [keyArg(k), (v.toPrimitive() as string[] | null) ?? []] as const),
  );
  const records = entries
    .filter(([, v]) => !v.isEmpty)
    .map(([, v]) => decodePoolProxy(plain(v)))
    .sort((a, b) => (a.pid < b.pid ? -1 : 1));
  const { wphaAssetId } = chainConstants(api);
  const assets = records.length
    ? await api.query.assets.account.multi(records.map((r) => [wphaAssetId, r.poolAccount]))
    : [];
  const unresponsive = await unresponsiveStakes(
    api,
    records.flatMap((r) => r.workers),
  );
  const pools = records.map((r, i): PoolSummary => {
    const acct = assets[i] ? plain(assets[i] as Codec) : null;
    const id = r.pid.toString();
    return {
      ...r,
      freeStake: acct ? big(obj(acct).balance) : 0n,
      unresponsiveStake: r.workers.reduce((s, w) => s + (unresponsive.get(w) ?? 0n), 0n),
      description: descriptions.get(id) ?? '',
      whitelist: whitelists.get(id) ?? null,
    };
  });
  return { pools, economy: await economy(api, pools) };
}
