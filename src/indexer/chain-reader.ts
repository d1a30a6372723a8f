/**
 * Reads a Phala-runtime chain at one block through @polkadot/api only (`api.at(hash)`), so the indexer
 * works against any endpoint: our node, the embedded chain, Chopsticks or a real archive node. The Phala
 * pallets (pools, NFTs, workers, sessions, W-PHA) are read through the typed `query` the generated
 * augmentation gives (src/api/chain-types), and so are the democracy reads; of the events only those the
 * indexer wants are decoded, to plain data typed from the same augmentation (event-filter.ts). Every read is
 * memoised per block: one `BlockReader` per block. The items that change at nearly every block (pools,
 * sessions) are decoded to plain data (src/api/scale-plain.ts, typed by plain-types.ts), not codecs.
 *
 * Derived values follow the pallets (spec phala-pallets §2): share price = to_fixed(value) /
 * to_fixed(shares) in U64F64, a delegation's value = bmul(shares, price), withdrawing shares = the
 * shares of the withdraw-NFTs listed in the pool's withdraw queue, free stake = the pool account's W-PHA.
 */
import type { ApiPromise } from '@polkadot/api';
import type { ApiDecoration } from '@polkadot/api/types';
import type { Option, StorageKey, u32, u64 } from '@polkadot/types';
import type { RuntimeVersion, StorageEntryMetadataLatest } from '@polkadot/types/interfaces';
import type {
  PalletDemocracyReferendumInfo,
  PalletDemocracyVoteVoting,
  PhalaPalletsComputePoolProxy,
  RmrkTraitsNftNftInfo,
  SpCoreSr25519Public,
} from '@polkadot/types/lookup';
import type { StorageEntry } from '@polkadot/types/primitive/types';
import type { AnyTuple, Codec, Registry } from '@polkadot/types/types';
import { hexToU8a, stringToU8a, u8aConcat } from '@polkadot/util';
import { blake2AsHex, encodeAddress } from '@polkadot/util-crypto';
import { type EntryValue, itemKeys } from '../api/bulk-storage.js';
import type { Plain } from '../api/plain-types.js';
import { plainDecoder } from '../api/scale-plain.js';
import { sharePrice, shareValue } from '../primitives/fixed.js';
import { STAKE_INFO_PROPERTY, stakeInfoShares } from '../primitives/stake-info.js';
import { pendingOwnerShares } from '../primitives/vault-owner-shares.js';
import { eventFilter, type PlainEvent } from './event-filter.js';
import type { HashedKeys } from './hashed-keys.js';
import type { RangeStorage } from './range-storage.js';

/** W-PHA asset id (Khala/Phala). */
export const WPHA_ASSET_ID = 10000;

/** A pallet account: `modl` + id, zero padded to 32 bytes, in the chain's SS58 format. */
export function palletAccount(palletId: string, ss58: number): string {
  const raw = u8aConcat(stringToU8a(`modl${palletId}`), new Uint8Array(32));
  return encodeAddress(raw.subarray(0, 32), ss58);
}

export interface PoolState {
  pid: bigint;
  kind: 'StakePool' | 'Vault';
  owner: string;
  cid: bigint;
  totalShares: bigint;
  totalValue: bigint;
  priceBits: bigint | null;
  poolAccount: string;
  withdrawQueue: Array<{ user: string; nftId: bigint; startTime: bigint }>;
  valueSubscribers: bigint[];
  commission: bigint;
  cap: bigint | null;
  workers: string[];
  cdWorkers: string[];
  ownerRewardAccount: string | null;
  ownerShares: bigint;
}

export interface Delegation {
  shares: bigint;
  withdrawingShares: bigint;
}

export interface WorkerState {
  pubkey: string;
  pid: bigint | null;
  session: string | null;
  state: string | null;
  vBits: bigint;
  veBits: bigint;
  pInit: bigint;
  pInstant: bigint;
  stake: bigint;
  totalReward: bigint;
  coolDownStart: bigint;
  initialScore: bigint | null;
}

export interface OngoingProposal {
  threshold: 'SuperMajorityApprove' | 'SuperMajorityAgainst' | 'SimpleMajority';
  delay: bigint;
  /** The call's hash; `len` for a Lookup (null for Legacy or Inline); `inline` the call's hex when Inline. */
  hash: string;
  len: number | null;
  inline: string | null;
}

export interface ReferendumState {
  refIndex: bigint;
  status: 'Ongoing' | 'Finished';
  ayes: bigint;
  nays: bigint;
  turnout: bigint;
  approved: boolean | null;
  end: bigint;
}

/** A runtime version's storage items (to build keys) and registry (to decode): one per runtime version. */
/** The typed storage items of a runtime (the generated augmentation). */
type QueryRoot = ApiDecoration<'promise'>['query'];

export interface RuntimeCodecs {
  registry: Registry;
  query: QueryRoot;
}

/** Blocks read in a batch: their RangeStorage and the codecs of the runtime they were built with. */
export interface RangeBlocks {
  storage: RangeStorage;
  codecs: RuntimeCodecs;
  /** Decoded storage keys, once per key for the batch. */
  keys: Map<string, StorageKey>;
  /** Storage keys by item and arguments, hashed once per runtime (backfill.ts). */
  hashed: HashedKeys;
  /** Delegations of a pool by the state they were derived from (see readDelegations). */
  delegations: Map<string, Map<string, Delegation>>;
  /** Workers by the state they were read from (see readWorker). */
  workers: Map<string, WorkerState>;
}

/** Pools derived from a decoded PhalaBasePool.Pools value (a batch decodes each value once). */
const poolStates = new WeakMap<object, PoolState>();

/** A PhalaBasePool.Pools value as scale-plain decodes it. */
type PlainPool = Plain<PhalaPalletsComputePoolProxy>;

/** What a storage item offers for reading it raw: its keys and its metadata. */
interface ItemKeys {
  key(...args: never[]): string;
  creator: StorageEntry;
}

/**
 * The storage key of `entry(...args)` (or with `prefix` its prefix), hashed once (see RangeBlocks.hashed)
 * from the metadata's hashers, without codecs (bulk-storage.ts itemKeys).
 */
export function hashedKey(range: RangeBlocks, entry: ItemKeys, args: unknown[], prefix = false): string {
  return range.hashed.get(entry.creator, prefix, args, () => {
    const keys = itemKeys(range.codecs.registry, entry.creator);
    return prefix ? keys.prefix(args) : keys.key(args);
  });
}

/**
 * A storage value from its raw bytes (null: absent) as @polkadot/api's rpc-core decodes a storage read:
 * the item's type, the metadata's fallback when absent, `Option` for optional items.
 */
export function decodeStorage(
  registry: Registry,
  meta: StorageEntryMetadataLatest,
  hex: string | null,
): Codec {
  const type = registry.createLookupType(meta.type.isPlain ? meta.type.asPlain : meta.type.asMap.value);
  const isOptional = meta.modifier.isOptional;
  const input =
    hex === null
      ? hexToU8a(meta.fallback.toHex())
      : isOptional
        ? registry.createTypeUnsafe(type, [hexToU8a(hex)])
        : hexToU8a(hex);
  return registry.createTypeUnsafe(type, [input], { isFallback: hex === null, isOptional });
}

/** Plain decoders of storage values by the item's metadata entry (see plainStorage). */
const plainStorageDecoders = new WeakMap<StorageEntryMetadataLatest, (hex: string | null) => unknown>();

/**
 * A storage value from its raw bytes (null: absent) as scale-plain.ts decodes it, without building
 * codecs (the batch's hot items change at nearly every block): null when absent from an optional item,
 * the metadata's fallback when absent from another.
 */
function plainStorage(registry: Registry, meta: StorageEntryMetadataLatest): (hex: string | null) => unknown {
  let decoder = plainStorageDecoders.get(meta);
  if (!decoder) {
    const type = (meta.type.isPlain ? meta.type.asPlain : meta.type.asMap.value).toNumber();
    const decode = plainDecoder(registry, type);
    const fallback = meta.modifier.isOptional ? null : meta.fallback.toU8a(true);
    decoder = (hex) => (hex !== null ? decode(hexToU8a(hex)) : fallback === null ? null : decode(fallback));
    plainStorageDecoders.set(meta, decoder);
  }
  return decoder;
}

/** A value read through a decorated API (`Option` for an optional item), as plainStorage decodes it. */
function plainOf(registry: Registry, meta: StorageEntryMetadataLatest, value: Codec): unknown {
  const decode = plainStorage(registry, meta);
  if (!meta.modifier.isOptional) return decode(value.toHex());
  const o = value as Option<Codec>;
  return o.isNone ? null : decode(o.unwrap().toHex());
}

/**
 * Reads of one block, memoised. The block's decorated API (`api.at`, costly: it decorates every storage
 * item) is only built when something beyond the timestamp and the events is read; those two are read raw
 * and decoded with the connection's registry when the block's runtime is the connection's own.
 * A reader `inRange` (the backfill) builds no decorated API: its values come from the batch's RangeStorage
 * decoded with the runtime's codecs, its map keys from the range too (entries of a pool's collection) or
 * from `state_getKeysPaged` at the block (the daily reads); a referendum's story, read once at its end,
 * still goes through `api.at`.
 */
export class BlockReader {
  private readonly poolCache = new Map<string, Promise<PoolState | null>>();
  private readonly delegationCache = new Map<string, Promise<Map<string, Delegation>>>();
  private readonly workerCache = new Map<string, Promise<WorkerState>>();
  private readonly wphaCache = new Map<string, Promise<bigint>>();

  private decorated: Promise<ApiDecoration<'promise'>> | undefined;

  private constructor(
    readonly api: ApiPromise,
    readonly hash: string,
    readonly number: number,
    private readonly version: RuntimeVersion | undefined,
    private readonly range?: RangeBlocks,
  ) {}

  /** A reader of block `number` of a batch (`range.storage` holds it), built with `range.codecs`. */
  static inRange(api: ApiPromise, range: RangeBlocks, number: number): BlockReader {
    const hash = range.storage.hashes[range.storage.slot(number)] as string;
    return new BlockReader(api, hash, number, undefined, range);
  }

  /** The storage items to read: the runtime's codecs in a batch, else the block's decorated API. */
  private async query(): Promise<QueryRoot> {
    return this.range ? this.range.codecs.query : (await this.at()).query;
  }

  /**
   * A storage value, `call(entry)` (e.g. `(f) => f(pid)`): at this block through the decorated API, or in a
   * batch the raw value under the key those arguments make, decoded once per change.
   */
  private read<E extends ItemKeys, R>(entry: E, call: (entry: E) => Promise<R>): Promise<R> {
    const range = this.range;
    if (!range) return call(entry);
    const raw = (...args: unknown[]) => this.readKey(range, entry, hashedKey(range, entry, args));
    return call(raw as unknown as E);
  }

  private readKey(range: RangeBlocks, entry: ItemKeys, key: string): Promise<Codec> {
    const { registry } = range.codecs;
    const { meta } = entry.creator;
    const slot = range.storage.slot(this.number);
    return range.storage.decoded(key, slot, (hex) => decodeStorage(registry, meta, hex));
  }

  /**
   * A storage value as plain data (plainStorage), `entry(...args)`: in a batch the raw value under the key
   * those arguments make, decoded once per change without codecs; else read through the decorated API.
   * A key read here is never read with `read` (a batch keeps one decoded form per change).
   */
  private async readPlain<E extends ItemKeys & ((...args: never[]) => Promise<Codec>)>(
    pick: (query: QueryRoot) => E,
    ...args: unknown[]
  ): Promise<Plain<EntryValue<E>>> {
    const range = this.range;
    if (range) {
      const entry = pick(range.codecs.query);
      const decode = plainStorage(range.codecs.registry, entry.creator.meta);
      const key = hashedKey(range, entry, args);
      return range.storage.decoded(key, range.storage.slot(this.number), decode) as Promise<
        Plain<EntryValue<E>>
      >;
    }
    const at = await this.at();
    const entry = pick(at.query);
    const value = await (entry as unknown as (...a: unknown[]) => Promise<Codec>)(...args);
    return plainOf(at.registry, entry.creator.meta, value) as Plain<EntryValue<E>>;
  }

  /**
   * A map's keys under `prefixArgs` at this block, in key order, in a batch: `exact` enumerates them at
   * the block (state_getKeysPaged), otherwise they come from the batch's candidates (RangeStorage.keysAt).
   */
  private async rangeKeys<K extends AnyTuple>(
    range: RangeBlocks,
    entry: ItemKeys,
    exact: boolean,
    ...prefixArgs: unknown[]
  ): Promise<Array<StorageKey<K>>> {
    const prefix = hashedKey(range, entry, prefixArgs, true);
    const slot = range.storage.slot(this.number);
    const hexes = exact
      ? await range.storage.keysAtBlock(prefix, slot)
      : await range.storage.keysAt(prefix, slot);
    const { meta, section, method } = entry.creator;
    return hexes.map((hex) => {
      let k = range.keys.get(hex);
      if (!k) {
        k = range.codecs.registry.createType('StorageKey', hex).setMeta(meta, section, method);
        range.keys.set(hex, k);
      }
      return k as StorageKey<K>;
    });
  }

  /** A map's entries under `prefixArgs` at this block (see rangeKeys), in key order. */
  private async rangeEntries<K extends AnyTuple, V extends Codec>(
    range: RangeBlocks,
    entry: ItemKeys,
    exact: boolean,
    ...prefixArgs: unknown[]
  ): Promise<Array<[StorageKey<K>, V]>> {
    const keys = await this.rangeKeys<K>(range, entry, exact, ...prefixArgs);
    const values = await Promise.all(keys.map((k) => this.readKey(range, entry, k.toHex())));
    return keys.map((k, i) => [k, values[i] as V]);
  }

  /** `version`: the runtime version the block was built with (saves api.at the parent lookups). */
  static async open(
    api: ApiPromise,
    hash: string,
    number: number,
    version?: RuntimeVersion,
  ): Promise<BlockReader> {
    return new BlockReader(api, hash, number, version);
  }

  /** The block's decorated API, built on first use. */
  private at(): Promise<ApiDecoration<'promise'>> {
    this.decorated ??= this.api.at(this.hash, this.version);
    return this.decorated;
  }

  /** Whether the connection's registry decodes this block (same runtime version). */
  private get ownRuntime(): boolean {
    const own = this.api.runtimeVersion;
    const v = this.version;
    return !!v?.specName.eq(own.specName) && v.specVersion.eq(own.specVersion);
  }

  /** A plain storage value read raw at this block and decoded with the connection's registry. */
  private async rawValue(entry: ItemKeys): Promise<Codec> {
    const hex = (await this.api.rpc.state.getStorage.raw(entry.key(), this.hash)) as string | null;
    const meta = entry.creator.meta;
    const type = this.api.registry.createLookupType(meta.type.asPlain);
    // SCALE bytes, not a hex number: a hex string would be read as a big-endian integer.
    return this.api.registry.createType(type, hex === null ? meta.fallback.toU8a(true) : hexToU8a(hex));
  }

  get ss58(): number {
    return this.api.registry.chainSS58 ?? 42;
  }

  /** Whether the block's runtime has the storage item `pick` names, e.g. `(q) => q.preimage?.preimageFor`. */
  async has(pick: (query: QueryRoot) => unknown): Promise<boolean> {
    return pick(await this.query()) !== undefined;
  }

  /**
   * The plain storage item `pick` names (e.g. `(q) => q.timestamp.now`) at this block: raw when the
   * registry decodes this block, in a batch from its reads, else through the decorated API.
   */
  private async plainValue<E extends ItemKeys & (() => Promise<Codec>)>(
    pick: (query: QueryRoot) => E,
  ): Promise<EntryValue<E>> {
    const range = this.range;
    const value = range
      ? this.readKey(range, pick(range.codecs.query), hashedKey(range, pick(range.codecs.query), []))
      : this.ownRuntime
        ? this.rawValue(pick(this.api.query))
        : pick((await this.at()).query)();
    // the item's own codec type: what its metadata entry decodes to
    return (await value) as EntryValue<E>;
  }

  async timestampMs(): Promise<number> {
    // in a batch Timestamp.Now changes at every block: decoded without codecs
    if (this.range) return Number(await this.readPlain((q) => q.timestamp.now));
    return (await this.plainValue((q) => q.timestamp.now)).toNumber();
  }

  /** The block's `wanted` events (System.Events), decoded plain (event-filter.ts). */
  async events(wanted: (section: string, method: string) => boolean): Promise<PlainEvent[]> {
    const range = this.range;
    if (range) {
      const { registry, query } = range.codecs;
      const key = hashedKey(range, query.system.events, []);
      const hex = await range.storage.get(key, range.storage.slot(this.number));
      return eventFilter(registry, query.system.events.creator.meta, wanted).events(hex);
    }
    const { registry, query } = this.ownRuntime ? this.api : await this.at();
    const entry = query.system.events;
    const hex = (await this.api.rpc.state.getStorage.raw(entry.key(), this.hash)) as string | null;
    return eventFilter(registry, entry.creator.meta, wanted).events(hex);
  }

  /** Every pool id present (PhalaBasePool.Pools keys). */
  async poolIds(): Promise<bigint[]> {
    const q = await this.query();
    const keys = this.range
      ? await this.rangeKeys<[u64]>(this.range, q.phalaBasePool.pools, true)
      : await q.phalaBasePool.pools.keys();
    return keys.map((k) => k.args[0].toBigInt()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  pool(pid: bigint): Promise<PoolState | null> {
    const key = pid.toString();
    let p = this.poolCache.get(key);
    if (!p) {
      p = this.readPool(pid);
      this.poolCache.set(key, p);
    }
    return p;
  }

  private async readPool(pid: bigint): Promise<PoolState | null> {
    const found = await this.readPlain((q) => q.phalaBasePool.pools, pid);
    if (found === null) return null;
    if (!this.range) return this.poolFrom(pid, found);
    // in a batch the value is decoded once per change: so is the pool
    let pool = poolStates.get(found);
    if (pool === undefined) {
      pool = this.poolFrom(pid, found);
      poolStates.set(found, pool);
    }
    return pool;
  }

  private poolFrom(pid: bigint, proxy: PlainPool): PoolState {
    const stake = 'stakePool' in proxy ? proxy.stakePool : null;
    const vault = 'vault' in proxy ? proxy.vault : null;
    const base = stake ? stake.basepool : (vault as NonNullable<typeof vault>).basepool;
    const { totalValue } = base;
    const commission = stake ? stake.payoutCommission : vault?.commission;
    // A vault's shares and owner shares count those its next call mints first (pool-model.ts does the same
    // for the pool list), so its recorded price is what a withdrawal would pay, as the dApp shows it.
    const pending = vault
      ? pendingOwnerShares(
          totalValue,
          base.totalShares,
          vault.lastSharePriceCheckpoint,
          BigInt(commission ?? 0),
        )
      : 0n;
    const totalShares = base.totalShares + pending;
    return {
      pid,
      kind: stake ? 'StakePool' : 'Vault',
      owner: base.owner,
      cid: BigInt(base.cid),
      totalShares,
      totalValue,
      priceBits: sharePrice(totalValue, totalShares),
      poolAccount: base.poolAccountId,
      withdrawQueue: base.withdrawQueue.map((w) => ({
        user: w.user,
        nftId: BigInt(w.nftId),
        startTime: w.startTime,
      })),
      valueSubscribers: [...base.valueSubscribers],
      commission: commission == null ? 0n : BigInt(commission),
      cap: stake?.cap ?? null,
      workers: stake ? [...stake.workers] : [],
      cdWorkers: stake ? [...stake.cdWorkers] : [],
      ownerRewardAccount: stake ? stake.ownerRewardAccount : null,
      ownerShares: vault ? vault.ownerShares + pending : 0n,
    };
  }

  /** W-PHA balance of an account (Assets.Account(10000, who).balance). */
  wpha(who: string): Promise<bigint> {
    let p = this.wphaCache.get(who);
    if (!p) {
      p = this.readPlain((q) => q.assets.account, WPHA_ASSET_ID, who).then((v) => v?.balance ?? 0n);
      this.wphaCache.set(who, p);
    }
    return p;
  }

  /**
   * Delegations of a pool by account: shares of the delegation NFTs each account holds in the pool's
   * collection, plus the shares of its queued withdrawal (withdraw-NFTs held by the pallet account).
   */
  delegations(pool: PoolState): Promise<Map<string, Delegation>> {
    const key = pool.pid.toString();
    let p = this.delegationCache.get(key);
    if (!p) {
      p = this.readDelegations(pool);
      this.delegationCache.set(key, p);
    }
    return p;
  }

  private async readDelegations(pool: PoolState): Promise<Map<string, Delegation>> {
    const range = this.range;
    if (!range) return this.delegationsFromState(pool);
    // In a batch: derived again only when the pool, its collection's NFTs or their shares changed.
    const q = range.codecs.query;
    const slot = range.storage.slot(this.number);
    const nfts = await range.storage.candidatesOf(hashedKey(range, q.rmrkCore.nfts, [pool.cid], true));
    const present = await this.rangeKeys<[u32, u32]>(range, q.rmrkCore.nfts, false, pool.cid);
    const props = present.map((k) =>
      hashedKey(range, q.rmrkCore.properties, [pool.cid, k.args[1].toBigInt(), STAKE_INFO_PROPERTY]),
    );
    await range.storage.load(props);
    const queue = pool.withdrawQueue.map((w) => `${w.nftId}:${w.user}`).join(',');
    const token = `${pool.pid}@${range.storage.lastChange([...nfts, ...props], slot)}[${queue}]`;
    let found = range.delegations.get(token);
    if (!found) {
      found = await this.delegationsFromState(pool);
      range.delegations.set(token, found);
    }
    return found;
  }

  private async delegationsFromState(pool: PoolState): Promise<Map<string, Delegation>> {
    const query = await this.query();
    const range = this.range;
    const entries = range
      ? await this.rangeEntries<[u32, u32], Option<RmrkTraitsNftNftInfo>>(
          range,
          query.rmrkCore.nfts,
          false,
          pool.cid,
        )
      : await query.rmrkCore.nfts.entries(pool.cid);
    const nfts = entries.flatMap(([k, v]) => {
      if (v.isNone) return [];
      const owner = v.unwrap().owner;
      return [
        {
          nftId: k.args[1].toBigInt(),
          owner: owner.isAccountId
            ? owner.asAccountId.toString()
            : owner.asCollectionAndNftTuple.map((x) => x.toString()).join(','),
        },
      ];
    });
    const props = !nfts.length
      ? []
      : range
        ? await Promise.all(
            nfts.map((n) =>
              this.read(query.rmrkCore.properties, (f) => f(pool.cid, n.nftId, STAKE_INFO_PROPERTY)),
            ),
          )
        : await query.rmrkCore.properties.multi(nfts.map((n) => [pool.cid, n.nftId, STAKE_INFO_PROPERTY]));
    const shares = new Map<string, bigint>();
    nfts.forEach((n, i) => {
      const v = props[i];
      shares.set(n.nftId.toString(), v?.isSome ? stakeInfoShares(v.unwrap().toU8a(true)) : 0n);
    });
    const queued = new Map(pool.withdrawQueue.map((w) => [w.nftId.toString(), w.user]));
    const out = new Map<string, Delegation>();
    const entry = (who: string) => {
      let d = out.get(who);
      if (!d) {
        d = { shares: 0n, withdrawingShares: 0n };
        out.set(who, d);
      }
      return d;
    };
    for (const n of nfts) {
      const s = shares.get(n.nftId.toString()) ?? 0n;
      const user = queued.get(n.nftId.toString());
      if (user !== undefined) entry(user).withdrawingShares += s;
      else entry(n.owner).shares += s;
    }
    return out;
  }

  /**
   * Value of shares at a pool's price, as the dApp values them (fixed.ts `shareValue`: bmul; without a
   * price the pool has no shares, so neither has any delegation in it).
   */
  static value(pool: PoolState, shares: bigint): bigint {
    return shareValue(shares, pool.priceBits);
  }

  /** The worker bound to a session (PhalaComputation.SessionBindings). */
  async sessionWorker(session: string): Promise<string | null> {
    const q = await this.query();
    const v = await this.read(q.phalaComputation.sessionBindings, (f) => f(session));
    return v.isSome ? v.unwrap().toHex() : null;
  }

  /** Workers assigned to any stake pool (PhalaStakePoolv2.WorkerAssignments keys). */
  async assignedWorkers(): Promise<string[]> {
    const q = await this.query();
    const keys = this.range
      ? await this.rangeKeys<[SpCoreSr25519Public]>(this.range, q.phalaStakePoolv2.workerAssignments, true)
      : await q.phalaStakePoolv2.workerAssignments.keys();
    return keys.map((k) => k.args[0].toHex().toLowerCase()).sort();
  }

  worker(pubkey: string): Promise<WorkerState> {
    const key = pubkey.toLowerCase();
    let p = this.workerCache.get(key);
    if (!p) {
      p = this.readWorker(key);
      this.workerCache.set(key, p);
    }
    return p;
  }

  private async readWorker(pubkey: string): Promise<WorkerState> {
    const range = this.range;
    if (!range) return this.workerFromState(pubkey);
    // In a batch: derived again only when one of the worker's items changed.
    const q = range.codecs.query;
    const storage = range.storage;
    const slot = storage.slot(this.number);
    const own = [
      hashedKey(range, q.phalaStakePoolv2.workerAssignments, [pubkey]),
      hashedKey(range, q.phalaComputation.workerBindings, [pubkey]),
      hashedKey(range, q.phalaRegistry.workers, [pubkey]),
    ];
    await storage.load(own);
    const session = await this.readPlain((q) => q.phalaComputation.workerBindings, pubkey);
    const bound =
      session === null
        ? []
        : [
            hashedKey(range, q.phalaComputation.sessions, [session]),
            hashedKey(range, q.phalaComputation.stakes, [session]),
          ];
    await storage.load(bound);
    const token = `${pubkey}@${storage.lastChange([...own, ...bound], slot)}`;
    let found = range.workers.get(token);
    if (!found) {
      found = await this.workerFromState(pubkey);
      range.workers.set(token, found);
    }
    return found;
  }

  private async workerFromState(pubkey: string): Promise<WorkerState> {
    const query = await this.query();
    const [pid, session, registered] = await Promise.all([
      this.read(query.phalaStakePoolv2.workerAssignments, (f) => f(pubkey)),
      this.readPlain((q) => q.phalaComputation.workerBindings, pubkey),
      this.readPlain((q) => q.phalaRegistry.workers, pubkey),
    ]);
    const score = registered?.initialScore ?? null;
    const out: WorkerState = {
      pubkey,
      pid: pid.isSome ? pid.unwrap().toBigInt() : null,
      session,
      state: null,
      vBits: 0n,
      veBits: 0n,
      pInit: 0n,
      pInstant: 0n,
      stake: 0n,
      totalReward: 0n,
      coolDownStart: 0n,
      initialScore: score === null ? null : BigInt(score),
    };
    const bound = out.session;
    if (bound !== null) {
      const [o, stake] = await Promise.all([
        this.readPlain((q) => q.phalaComputation.sessions, bound),
        this.read(query.phalaComputation.stakes, (f) => f(bound)),
      ]);
      if (o !== null) {
        out.state = o.state;
        out.vBits = o.v;
        out.veBits = o.ve;
        out.pInit = BigInt(o.benchmark.pInit);
        out.pInstant = BigInt(o.benchmark.pInstant);
        out.coolDownStart = o.coolDownStart;
        out.totalReward = o.stats.totalReward;
      }
      out.stake = stake.isSome ? stake.unwrap().toBigInt() : 0n;
    }
    return out;
  }

  /** Referendum indices with a ReferendumInfoOf entry that is ongoing. */
  async ongoingReferenda(): Promise<bigint[]> {
    if (!(await this.has((q) => q.democracy?.referendumInfoOf))) return [];
    const q = await this.query();
    const entries = this.range
      ? await this.rangeEntries<[u32], Option<PalletDemocracyReferendumInfo>>(
          this.range,
          q.democracy.referendumInfoOf,
          true,
        )
      : await q.democracy.referendumInfoOf.entries();
    return entries
      .filter(([, v]) => v.isSome && v.unwrap().isOngoing)
      .map(([k]) => k.args[0].toBigInt())
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async referendum(refIndex: bigint): Promise<ReferendumState | null> {
    const q = await this.query();
    const info = await this.read(q.democracy.referendumInfoOf, (f) => f(refIndex));
    if (info.isNone) return null;
    const r = info.unwrap();
    if (r.isOngoing) {
      const { tally, end } = r.asOngoing;
      return {
        refIndex,
        status: 'Ongoing',
        ayes: tally.ayes.toBigInt(),
        nays: tally.nays.toBigInt(),
        turnout: tally.turnout.toBigInt(),
        approved: null,
        end: end.toBigInt(),
      };
    }
    return {
      refIndex,
      status: 'Finished',
      ayes: 0n,
      nays: 0n,
      turnout: 0n,
      approved: r.asFinished.approved.isTrue,
      end: r.asFinished.end.toBigInt(),
    };
  }

  /** An ongoing referendum's proposal (hash, and the call's hex when inline), threshold and delay. */
  async ongoingProposal(refIndex: bigint): Promise<OngoingProposal | null> {
    const info = await (await this.at()).query.democracy.referendumInfoOf(refIndex);
    if (info.isNone || !info.unwrap().isOngoing) return null;
    const o = info.unwrap().asOngoing;
    const out: OngoingProposal = {
      threshold: o.threshold.type,
      delay: o.delay.toBigInt(),
      hash: '',
      len: null,
      inline: null,
    };
    const b = o.proposal;
    if (b.isInline) {
      out.inline = b.asInline.toHex();
      out.hash = blake2AsHex(b.asInline.toU8a(true), 256);
    } else if (b.isLookup) {
      out.hash = b.asLookup.hash_.toHex();
      out.len = b.asLookup.len.toNumber();
    } else out.hash = b.asLegacy.hash_.toHex();
    return out;
  }

  /** A noted preimage's bytes (0x hex), or null when it is not on chain. */
  async preimage(hash: string, len: number | null): Promise<string | null> {
    if (len === null || !(await this.has((q) => q.preimage?.preimageFor))) return null;
    const v = await (await this.at()).query.preimage.preimageFor([hash, len]);
    return v.isSome && v.unwrap().length > 0 ? v.unwrap().toHex() : null;
  }

  /** Every Democracy.VotingOf entry: [voter, voting record]. */
  async votings(): Promise<Array<[string, PalletDemocracyVoteVoting]>> {
    const entries = await (await this.at()).query.democracy.votingOf.entries();
    return entries.map(([k, v]) => [k.args[0].toString(), v]);
  }

  async totalIssuance(): Promise<bigint> {
    return (await (await this.at()).query.balances.totalIssuance()).toBigInt();
  }
}
