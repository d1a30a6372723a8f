/**
 * A delegator's holdings, in three round trips whatever the pool count: their NFTs from `Uniques.Account`
 * (owner, collection, item) keys, the `stake-info` shares of those NFTs and of their queued withdrawals
 * (found in the pools' withdraw queues) in one `RmrkCore.Properties` multi, valued at each pool's share
 * price. Both reads are pinned to the head block (one more round trip): on a WebSocket, @polkadot/api
 * answers an unpinned read from a storage subscription it keeps open for a moment, which can still
 * replay the value from before the block that triggered this refetch (seen under Chopsticks, whose
 * storage notifications follow its new-head notification).
 */
import type { ApiPromise } from '@polkadot/api';
import type { StorageKey, u32 } from '@polkadot/types';
import type { AccountId32 } from '@polkadot/types/interfaces';
import { STAKE_INFO_PROPERTY, stakeInfoShares } from '../../primitives/stake-info.js';
import { type PoolSummary, sharesToValue } from './pool-model.js';

export interface DelegationNft {
  cid: number;
  nftId: number;
  pid: bigint;
  kind: PoolSummary['kind'];
  shares: bigint;
  value: bigint;
}

export interface QueuedWithdrawal extends DelegationNft {
  /** Unix seconds the request entered the queue. */
  startTime: number;
}

export interface Delegations {
  nfts: DelegationNft[];
  queued: QueuedWithdrawal[];
}

/** Values every NFT at the given pools' share prices. */
export function priceDelegations(d: Delegations, pools: readonly PoolSummary[]): Delegations {
  const byPid = new Map(pools.map((p) => [p.pid, p]));
  const price = <T extends DelegationNft>(n: T): T => {
    const pool = byPid.get(n.pid);
    return pool ? { ...n, value: sharesToValue(pool, n.shares) } : n;
  };
  return { nfts: d.nfts.map(price), queued: d.queued.map(price) };
}

/** The account's position in one pool: its NFTs' shares and value, and its requests in the withdraw queue. */
export interface PoolPosition {
  shares: bigint;
  /** Value of `shares` at the pool's share price, planck (the NFTs' values, as the portfolio shows them). */
  value: bigint;
  queued: QueuedWithdrawal[];
  queuedShares: bigint;
  queuedValue: bigint;
}

/** The account's position in pool `pid`; undefined when it holds nothing there, not even a queued request. */
export function poolPosition(d: Delegations, pid: bigint): PoolPosition | undefined {
  const nfts = d.nfts.filter((n) => n.pid === pid);
  const queued = d.queued.filter((q) => q.pid === pid && q.shares > 0n);
  if (nfts.length === 0 && queued.length === 0) return undefined;
  const sum = (xs: readonly DelegationNft[], f: (n: DelegationNft) => bigint) =>
    xs.reduce((s, n) => s + f(n), 0n);
  return {
    shares: sum(nfts, (n) => n.shares),
    value: sum(nfts, (n) => n.value),
    queued,
    queuedShares: sum(queued, (n) => n.shares),
    queuedValue: sum(queued, (n) => n.value),
  };
}

export async function fetchDelegations(
  api: ApiPromise,
  address: string,
  pools: readonly PoolSummary[],
): Promise<Delegations> {
  const byCid = new Map(pools.map((p) => [p.cid, p]));
  const at = await api.at((await api.rpc.chain.getHeader()).hash);
  // keys under the owner prefix only (the generated `keys` wants every key but the last)
  type AccountKeys = (owner: string) => Promise<StorageKey<[AccountId32, u32, u32]>[]>;
  const keys = at.query.uniques ? await (at.query.uniques.account.keys as AccountKeys)(address) : [];
  const owned = keys
    .map(({ args: [, cid, nftId] }) => ({ cid: cid.toNumber(), nftId: nftId.toNumber() }))
    .filter((x) => byCid.has(x.cid));
  const queuedRefs = pools.flatMap((p) =>
    p.withdrawQueue
      .filter((w) => w.user === address)
      .map((w) => ({ cid: p.cid, nftId: w.nftId, startTime: w.startTime })),
  );
  const all = [...owned, ...queuedRefs];
  const props = all.length
    ? await at.query.rmrkCore.properties.multi(all.map((x) => [x.cid, x.nftId, STAKE_INFO_PROPERTY]))
    : [];
  const sharesOf = (i: number): bigint => {
    const v = props[i];
    if (!v || v.isNone) return 0n;
    return stakeInfoShares(v.unwrap().toU8a(true));
  };
  const build = (x: { cid: number; nftId: number }, i: number): DelegationNft => {
    const pool = byCid.get(x.cid) as PoolSummary;
    const shares = sharesOf(i);
    return {
      cid: x.cid,
      nftId: x.nftId,
      pid: pool.pid,
      kind: pool.kind,
      shares,
      value: sharesToValue(pool, shares),
    };
  };
  return {
    nfts: owned.map(build).filter((n) => n.shares > 0n),
    queued: queuedRefs.map((x, i) => ({ ...build(x, owned.length + i), startTime: x.startTime })),
  };
}
