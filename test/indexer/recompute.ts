/**
 * Recomputes what the history indexer should have recorded, independently of @polkadot/api: the raw
 * state of a block is fetched over a real WebSocket with `state_getKeysPaged` + `state_queryStorageAt`
 * at that block's hash, loaded into a StateView, and read with the runtime's own storage items and
 * pallet helpers (share price — a vault's counting the owner shares its next call mints, as the pallet's
 * `maybe_gain_owner_shares` would —, W-PHA balance, delegation-NFT shares, bmul). Event-derived records
 * (commission changes, withdrawals, owner rewards, treasury inflow) are rebuilt from System.Events read
 * the same way at every block.
 */
import type { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { decode } from '../../src/pallets-mock/frame/scale.js';
import { StateView } from '../../src/pallets-mock/frame/state.js';
import { storagePrefix } from '../../src/pallets-mock/frame/storage.js';
import { ReferendumInfoOf } from '../../src/pallets-mock/pallets/democracy/index.js';
import { Pools, readNftShares, wphaBalance } from '../../src/pallets-mock/pallets/phala-base-pool/index.js';
import {
  Sessions,
  Stakes,
  SUBSIDY_ACCOUNT,
  WorkerBindings,
} from '../../src/pallets-mock/pallets/phala-computation/index.js';
import { Workers } from '../../src/pallets-mock/pallets/phala-registry/storage.js';
import { WorkerAssignments } from '../../src/pallets-mock/pallets/phala-stake-pool-v2/index.js';
import { Nfts } from '../../src/pallets-mock/pallets/rmrk-core/index.js';
import { Events } from '../../src/pallets-mock/pallets/system/index.js';
import { Now } from '../../src/pallets-mock/pallets/timestamp/index.js';
import { fromHex } from '../../src/pallets-mock/primitives/bytes.js';
import { bmul, sharePrice } from '../../src/primitives/fixed.js';
import { pendingOwnerShares } from '../../src/primitives/vault-owner-shares.js';
import type { RawClient } from '../rpc/helpers.js';

const PALLETS = [
  'PhalaBasePool',
  'PhalaStakePoolv2',
  'PhalaVault',
  'PhalaComputation',
  'PhalaRegistry',
  'RmrkCore',
  'Assets',
  'Democracy',
  'Timestamp',
];
const palletPrefix = (p: string) => storagePrefix(p, 'x').slice(0, 34);

/** Raw storage of the pallets the indexer reads, at one block, over the socket. */
export async function fetchState(client: RawClient, hash: string): Promise<Map<string, Uint8Array>> {
  const keys: string[] = [];
  for (const p of PALLETS) {
    let start: string | null = null;
    for (;;) {
      const page: string[] = await client.call('state_getKeysPaged', [palletPrefix(p), 1000, start, hash]);
      keys.push(...page);
      if (page.length < 1000) break;
      start = page[page.length - 1] ?? null;
    }
  }
  keys.push(Events.key());
  const out = new Map<string, Uint8Array>();
  for (let i = 0; i < keys.length; i += 500) {
    const [res] = await client.call<Array<{ changes: Array<[string, string | null]> }>>(
      'state_queryStorageAt',
      [keys.slice(i, i + 500), hash],
    );
    for (const [k, v] of res?.changes ?? []) if (v !== null) out.set(k, fromHex(v));
  }
  return out;
}

/** Runs `fn` with the runtime's storage items reading `state`. */
export function withState<T>(chain: DevChain, state: Map<string, Uint8Array>, fn: () => T): T {
  const sorted = [...state.keys()].sort();
  const view = new StateView(
    (k) => state.get(k),
    (prefix) => sorted.filter((k) => k.startsWith(prefix)),
  );
  return chain.kernel.withState(view, fn);
}

const S = (n: bigint | number) => n.toString();

interface BasePoolV {
  pid: bigint;
  owner: string;
  totalShares: bigint;
  totalValue: bigint;
  withdrawQueue: Array<{ user: string; nftId: bigint }>;
  valueSubscribers: bigint[];
  cid: bigint;
  poolAccountId: string;
}

/** Delegations of a pool: owner → shares, user → queued withdrawal shares. Inside withState. */
function delegationsOf(bp: BasePoolV): Map<string, { shares: bigint; withdrawing: bigint }> {
  const out = new Map<string, { shares: bigint; withdrawing: bigint }>();
  const get = (w: string) => {
    let d = out.get(w);
    if (!d) {
      d = { shares: 0n, withdrawing: 0n };
      out.set(w, d);
    }
    return d;
  };
  const queued = new Map(bp.withdrawQueue.map((w) => [w.nftId, w.user]));
  for (const [[, nftId], info] of Nfts.entries(bp.cid) as Array<
    [[bigint, bigint], { owner: { value: unknown } }]
  >) {
    const shares = readNftShares(bp.cid, nftId);
    const user = queued.get(nftId);
    if (user !== undefined) get(user).withdrawing += shares;
    else get(String(info.owner.value)).shares += shares;
  }
  return out;
}

type PoolProxyV = { type: 'StakePool' | 'Vault'; value: Record<string, unknown> };

/**
 * A pool's shares and price as the indexer records them: a vault counts the owner shares its next call
 * mints first (the pallet's `maybe_gain_owner_shares`, vault-owner-shares.ts).
 */
function counted(proxy: PoolProxyV): { pending: bigint; totalShares: bigint; price: bigint | null } {
  const v = proxy.value;
  const bp = v.basepool as BasePoolV;
  const pending =
    proxy.type === 'StakePool'
      ? 0n
      : pendingOwnerShares(
          bp.totalValue,
          bp.totalShares,
          v.lastSharePriceCheckpoint as bigint,
          (v.commission as bigint | null) ?? 0n,
        );
  const totalShares = bp.totalShares + pending;
  return { pending, totalShares, price: sharePrice(bp.totalValue, totalShares) };
}

/** The pool fields of a PoolSnapshot that come from state (everything but reason and the running sum). */
export function expectedPool(pid: bigint): Record<string, unknown> | null {
  const proxy = Pools.tryGet(pid) as PoolProxyV | undefined;
  if (!proxy) return null;
  const v = proxy.value;
  const bp = v.basepool as BasePoolV;
  const isStake = proxy.type === 'StakePool';
  const { pending, totalShares, price: priceOrNull } = counted(proxy);
  const price = priceOrNull ?? 0n;
  const dels = delegationsOf(bp);
  let withdrawing = 0n;
  let delegators = 0n;
  for (const d of dels.values()) {
    withdrawing += d.withdrawing;
    if (d.shares > 0n) delegators++;
  }
  const stakeOf = (w: string) => {
    const session = WorkerBindings.tryGet(w);
    return session === undefined ? 0n : (Stakes.tryGet(session) ?? 0n);
  };
  const stateOf = (w: string) => {
    const session = WorkerBindings.tryGet(w);
    const info =
      session === undefined
        ? undefined
        : (Sessions.tryGet(session) as { state: { type: string } } | undefined);
    return info?.state.type;
  };
  const workers = isStake ? (v.workers as string[]) : [];
  return {
    pid: S(pid),
    kind: proxy.type,
    owner: bp.owner,
    cid: S(bp.cid),
    totalValue: S(bp.totalValue),
    totalShares: S(totalShares),
    sharePriceBits: S(price),
    sharePrice: S((price * 1_000_000_000_000n) >> 64n),
    commission: S(((isStake ? v.payoutCommission : v.commission) as bigint | null) ?? 0n),
    freeStake: S(wphaBalance(bp.poolAccountId)),
    releasingStake: S(isStake ? (v.cdWorkers as string[]).reduce((a, w) => a + stakeOf(w), 0n) : 0n),
    withdrawingShares: S(withdrawing),
    withdrawingValue: S(price === 0n ? 0n : bmul(withdrawing, price)),
    delegators: S(delegators),
    workers: S(workers.length),
    idleWorkers: S(workers.filter((w) => stateOf(w) === 'WorkerIdle').length),
    cap: isStake && v.cap !== null ? S(v.cap as bigint) : null,
    ownerRewards: S(
      isStake ? wphaBalance(v.ownerRewardAccount as string) : (v.ownerShares as bigint) + pending,
    ),
  };
}

/** A delegation record's state fields. */
export function expectedDelegation(address: string, pid: bigint): Record<string, unknown> {
  const proxy = Pools.tryGet(pid) as PoolProxyV;
  const bp = proxy.value.basepool as BasePoolV;
  const { price } = counted(proxy);
  const d = delegationsOf(bp).get(address) ?? { shares: 0n, withdrawing: 0n };
  const value = (s: bigint) => (price === null ? 0n : bmul(s, price));
  return {
    shares: S(d.shares),
    value: S(value(d.shares)),
    withdrawingShares: S(d.withdrawing),
    withdrawingValue: S(value(d.withdrawing)),
  };
}

/** Every (address, pid) with a delegation at this state. */
export function allDelegations(): Array<[string, bigint]> {
  const out: Array<[string, bigint]> = [];
  for (const [[pid], proxy] of Pools.entries() as Array<[[bigint], { value: { basepool: BasePoolV } }]>)
    for (const [who, d] of delegationsOf(proxy.value.basepool))
      if (d.shares > 0n || d.withdrawing > 0n) out.push([who, pid]);
  return out;
}

export function expectedWorker(pubkey: string): Record<string, unknown> {
  const pid = WorkerAssignments.tryGet(pubkey) as bigint | undefined;
  const session = WorkerBindings.tryGet(pubkey) as string | undefined;
  const info =
    session === undefined
      ? undefined
      : (Sessions.tryGet(session) as
          | {
              state: { type: string };
              v: bigint;
              ve: bigint;
              benchmark: { pInit: bigint; pInstant: bigint };
              coolDownStart: bigint;
              stats: { totalReward: bigint };
            }
          | undefined);
  const reg = Workers.tryGet(pubkey) as { initialScore: bigint | null } | undefined;
  return {
    pubkey,
    pid: pid === undefined ? null : S(pid),
    session: session ?? null,
    state: info?.state.type ?? null,
    vBits: S(info?.v ?? 0n),
    veBits: S(info?.ve ?? 0n),
    pInit: S(info?.benchmark.pInit ?? 0n),
    pInstant: S(info?.benchmark.pInstant ?? 0n),
    stake: S(session === undefined ? 0n : (Stakes.tryGet(session) ?? 0n)),
    totalReward: S(info?.stats.totalReward ?? 0n),
    coolDownStart: S(info?.coolDownStart ?? 0n),
    initialScore: reg?.initialScore === null || reg === undefined ? null : S(reg.initialScore),
  };
}

export function expectedReferendum(
  idx: bigint,
): { status: string; tally: [string, string, string] | null; approved: boolean | null; end: string } | null {
  const r = ReferendumInfoOf.tryGet(idx) as
    | { type: 'Ongoing'; value: { end: bigint; tally: { ayes: bigint; nays: bigint; turnout: bigint } } }
    | { type: 'Finished'; value: { approved: boolean; end: bigint } }
    | undefined;
  if (!r) return null;
  if (r.type === 'Ongoing')
    return {
      status: 'Ongoing',
      tally: [S(r.value.tally.ayes), S(r.value.tally.nays), S(r.value.tally.turnout)],
      approved: null,
      end: S(r.value.end),
    };
  return { status: 'Finished', tally: null, approved: r.value.approved, end: S(r.value.end) };
}

export const timestampOf = (): number => Number(Now.get());

export interface RawEvent {
  pallet: string;
  name: string;
  fields: Record<string, unknown>;
}

/** The block's events, decoded by the runtime from raw System.Events. */
export function eventsOf(chain: DevChain, state: Map<string, Uint8Array>): RawEvent[] {
  const raw = state.get(Events.key());
  if (!raw) return [];
  const records = chain.kernel.enter(() => decode(Events.meta.value, raw)) as Array<{
    event: { type: string; value: { type: string; value: Record<string, unknown> } };
  }>;
  return records.map((r) => ({
    pallet: r.event.type,
    name: r.event.value.type,
    fields: r.event.value.value,
  }));
}

export { SUBSIDY_ACCOUNT };
