/**
 * Reads a Phala-runtime chain at one block through @polkadot/api only (`api.at(hash)`), so the indexer
 * works against any endpoint: our node, the embedded chain, Chopsticks or a real archive node. Values
 * are taken with `toPrimitive()` (numbers, decimal strings, SS58 strings, hex) and turned into bigint
 * here, so the code does not depend on generated type augmentation. Every read is memoised per block:
 * one `BlockReader` per block.
 *
 * Derived values follow the pallets (spec phala-pallets §2): share price = to_fixed(value) /
 * to_fixed(shares) in U64F64, a delegation's value = bmul(shares, price), withdrawing shares = the
 * shares of the withdraw-NFTs listed in the pool's withdraw queue, free stake = the pool account's W-PHA.
 */
import type { ApiPromise } from '@polkadot/api';
import type { ApiDecoration } from '@polkadot/api/types';
import type { RuntimeVersion } from '@polkadot/types/interfaces';
import type { Codec } from '@polkadot/types/types';
import { hexToU8a, isHex, stringToU8a, u8aConcat } from '@polkadot/util';
import { blake2AsHex, encodeAddress } from '@polkadot/util-crypto';
import { bmul, sharePrice } from '../primitives/fixed.js';

/** W-PHA asset id (Khala/Phala). */
export const WPHA_ASSET_ID = 10000;
const DELEGATION_PROPERTY = 'stake-info';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A decoded event: pallet (section as @polkadot/api names it, e.g. phalaStakePoolv2), name, fields. */
export interface ChainEvent {
  section: string;
  method: string;
  /** Field values by camelCase name, as toPrimitive gives them. */
  fields: Record<string, Json>;
}

export const big = (v: Json | undefined): bigint => {
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'string' && v !== '') return BigInt(v);
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return 0n;
};

export const obj = (v: Json | undefined): Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};

export const arr = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : []);

export const str = (v: Json | undefined): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

/** Case-insensitive field of an object (toPrimitive and toJSON differ in the case of enum keys). */
export function field(o: Record<string, Json>, name: string): Json | undefined {
  if (name in o) return o[name];
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(o)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

const prim = (c: Codec): Json => c.toPrimitive() as Json;

/** An enum value's variant name and payload ({ variant: value } or "Variant"). */
export function variant(v: Json | undefined): [string, Json] {
  if (typeof v === 'string') return [v, null];
  const o = obj(v);
  const [k, val] = Object.entries(o)[0] ?? ['', null];
  return [k.charAt(0).toUpperCase() + k.slice(1), val];
}

/** A pallet account: `modl` + id, zero padded to 32 bytes, in the chain's SS58 format. */
export function palletAccount(palletId: string, ss58: number): string {
  const raw = u8aConcat(stringToU8a(`modl${palletId}`), new Uint8Array(32));
  return encodeAddress(raw.subarray(0, 32), ss58);
}

/** u128 little-endian from a hex byte string (the `stake-info` NftAttr). */
export function u128Le(hex: string): bigint {
  if (!isHex(hex)) return 0n;
  const bytes = hexToU8a(hex);
  let n = 0n;
  for (let i = Math.min(bytes.length, 16) - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i] ?? 0);
  return n;
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

/**
 * Reads of one block, memoised. The block's decorated API (`api.at`, costly: it decorates every storage
 * item) is only built when something beyond the timestamp and the events is read; those two are read raw
 * and decoded with the connection's registry when the block's runtime is the connection's own.
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
  ) {}

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
  private async rawValue(section: string, item: string): Promise<Codec> {
    const entry = this.api.query[section]?.[item];
    if (!entry) throw new Error(`the endpoint's runtime has no storage ${section}.${item}`);
    const hex = (await this.api.rpc.state.getStorage.raw(entry.key(), this.hash)) as string | null;
    const meta = entry.creator.meta;
    const type = this.api.registry.createLookupType(meta.type.asPlain);
    // SCALE bytes, not a hex number: a hex string would be read as a big-endian integer.
    return this.api.registry.createType(type, hex === null ? meta.fallback.toU8a(true) : hexToU8a(hex));
  }

  get ss58(): number {
    return this.api.registry.chainSS58 ?? 42;
  }

  private async q(section: string, item: string) {
    const s = (await this.at()).query[section]?.[item];
    if (!s) throw new Error(`the endpoint's runtime has no storage ${section}.${item}`);
    return s;
  }

  async has(section: string, item: string): Promise<boolean> {
    return (await this.at()).query[section]?.[item] !== undefined;
  }

  /** A plain value: raw when the registry decodes this block, else through the decorated API. */
  private async plainValue(section: string, item: string): Promise<Codec> {
    return this.ownRuntime ? this.rawValue(section, item) : (await this.q(section, item))();
  }

  async timestampMs(): Promise<number> {
    return Number(big(prim(await this.plainValue('timestamp', 'now'))));
  }

  async events(): Promise<ChainEvent[]> {
    const records = (await this.plainValue('system', 'events')) as unknown as Iterable<{
      event: { section: string; method: string; data: Codec[] & { names?: string[] | null } };
    }>;
    const out: ChainEvent[] = [];
    for (const r of records) {
      const { section, method, data } = r.event;
      const names = data.names ?? [];
      const fields: Record<string, Json> = {};
      data.forEach((value, i) => {
        fields[names[i] ?? String(i)] = prim(value);
      });
      out.push({ section, method, fields });
    }
    return out;
  }

  /** Every pool id present (PhalaBasePool.Pools keys). */
  async poolIds(): Promise<bigint[]> {
    const keys = await (await this.q('phalaBasePool', 'pools')).keys();
    return keys.map((k) => big(prim(k.args[0] as Codec))).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
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
    const raw = prim(await (await this.q('phalaBasePool', 'pools'))(pid));
    if (raw === null) return null;
    const [kind, body] = variant(raw);
    const b = obj(body);
    const base = obj(field(b, 'basepool'));
    const totalShares = big(field(base, 'totalShares'));
    const totalValue = big(field(base, 'totalValue'));
    const isStake = kind === 'StakePool';
    const cap = field(b, 'cap');
    return {
      pid,
      kind: isStake ? 'StakePool' : 'Vault',
      owner: str(field(base, 'owner')),
      cid: big(field(base, 'cid')),
      totalShares,
      totalValue,
      priceBits: sharePrice(totalValue, totalShares),
      poolAccount: str(field(base, 'poolAccountId')),
      withdrawQueue: arr(field(base, 'withdrawQueue')).map((w) => {
        const o = obj(w);
        return {
          user: str(field(o, 'user')),
          nftId: big(field(o, 'nftId')),
          startTime: big(field(o, 'startTime')),
        };
      }),
      valueSubscribers: arr(field(base, 'valueSubscribers')).map((v) => big(v)),
      commission: big(isStake ? field(b, 'payoutCommission') : field(b, 'commission')),
      cap: isStake && cap !== null && cap !== undefined ? big(cap) : null,
      workers: arr(field(b, 'workers')).map(str),
      cdWorkers: arr(field(b, 'cdWorkers')).map(str),
      ownerRewardAccount: isStake ? str(field(b, 'ownerRewardAccount')) : null,
      ownerShares: isStake ? 0n : big(field(b, 'ownerShares')),
    };
  }

  /** W-PHA balance of an account (Assets.Account(10000, who).balance). */
  wpha(who: string): Promise<bigint> {
    let p = this.wphaCache.get(who);
    if (!p) {
      p = this.q('assets', 'account')
        .then((q) => q(WPHA_ASSET_ID, who))
        .then((v) => big(field(obj(prim(v)), 'balance')));
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
    const entries = await (await this.q('rmrkCore', 'nfts')).entries(pool.cid);
    const nfts = entries.map(([k, v]) => {
      const [, ownerValue] = variant(field(obj(prim(v)), 'owner'));
      return { nftId: big(prim(k.args[1] as Codec)), owner: str(ownerValue) };
    });
    const props = nfts.length
      ? await (await this.q('rmrkCore', 'properties')).multi(
          nfts.map((n) => [pool.cid, n.nftId, DELEGATION_PROPERTY]),
        )
      : [];
    const shares = new Map<string, bigint>();
    nfts.forEach((n, i) => {
      const v = props[i];
      shares.set(n.nftId.toString(), v ? u128Le(str(prim(v))) : 0n);
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

  /** Value of shares at a pool's price (bmul; 0 without a price). */
  static value(pool: PoolState, shares: bigint): bigint {
    return pool.priceBits === null ? 0n : bmul(shares, pool.priceBits);
  }

  /** The worker bound to a session (PhalaComputation.SessionBindings). */
  async sessionWorker(session: string): Promise<string | null> {
    const v = prim(await (await this.q('phalaComputation', 'sessionBindings'))(session));
    return v === null ? null : str(v);
  }

  /** Workers assigned to any stake pool (PhalaStakePoolv2.WorkerAssignments keys). */
  async assignedWorkers(): Promise<string[]> {
    const keys = await (await this.q('phalaStakePoolv2', 'workerAssignments')).keys();
    return keys.map((k) => str(prim(k.args[0] as Codec)).toLowerCase()).sort();
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
    const [pidRaw, sessionRaw, registered] = await Promise.all([
      this.q('phalaStakePoolv2', 'workerAssignments').then((q) => q(pubkey)),
      this.q('phalaComputation', 'workerBindings').then((q) => q(pubkey)),
      this.q('phalaRegistry', 'workers').then((q) => q(pubkey)),
    ]);
    const pid = prim(pidRaw);
    const session = prim(sessionRaw);
    const reg = prim(registered);
    const score = reg === null ? null : field(obj(reg), 'initialScore');
    const out: WorkerState = {
      pubkey,
      pid: pid === null ? null : big(pid),
      session: session === null ? null : str(session),
      state: null,
      vBits: 0n,
      veBits: 0n,
      pInit: 0n,
      pInstant: 0n,
      stake: 0n,
      totalReward: 0n,
      coolDownStart: 0n,
      initialScore: score === null || score === undefined ? null : big(score),
    };
    if (out.session !== null) {
      const [info, stake] = await Promise.all([
        this.q('phalaComputation', 'sessions').then((q) => q(out.session)),
        this.q('phalaComputation', 'stakes').then((q) => q(out.session)),
      ]);
      const s = prim(info);
      if (s !== null) {
        const o = obj(s);
        const bench = obj(field(o, 'benchmark'));
        out.state = variant(field(o, 'state'))[0];
        out.vBits = big(field(o, 'v'));
        out.veBits = big(field(o, 've'));
        out.pInit = big(field(bench, 'pInit'));
        out.pInstant = big(field(bench, 'pInstant'));
        out.coolDownStart = big(field(o, 'coolDownStart'));
        out.totalReward = big(field(obj(field(o, 'stats')), 'totalReward'));
      }
      out.stake = big(prim(stake));
    }
    return out;
  }

  /** Referendum indices with a ReferendumInfoOf entry that is ongoing. */
  async ongoingReferenda(): Promise<bigint[]> {
    if (!(await this.has('democracy', 'referendumInfoOf'))) return [];
    const entries = await (await this.q('democracy', 'referendumInfoOf')).entries();
    return entries
      .filter(([, v]) => variant(prim(v))[0] === 'Ongoing')
      .map(([k]) => big(prim(k.args[0] as Codec)))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  async referendum(refIndex: bigint): Promise<ReferendumState | null> {
    const raw = prim(await (await this.q('democracy', 'referendumInfoOf'))(refIndex));
    if (raw === null) return null;
    const [kind, body] = variant(raw);
    const o = obj(body);
    if (kind === 'Ongoing') {
      const t = obj(field(o, 'tally'));
      return {
        refIndex,
        status: 'Ongoing',
        ayes: big(field(t, 'ayes')),
        nays: big(field(t, 'nays')),
        turnout: big(field(t, 'turnout')),
        approved: null,
        end: big(field(o, 'end')),
      };
    }
    return {
      refIndex,
      status: 'Finished',
      ayes: 0n,
      nays: 0n,
      turnout: 0n,
      approved: field(o, 'approved') === true,
      end: big(field(o, 'end')),
    };
  }

  /** An ongoing referendum's proposal (hash, and the call's hex when inline), threshold and delay. */
  async ongoingProposal(refIndex: bigint): Promise<OngoingProposal | null> {
    const raw = prim(await (await this.q('democracy', 'referendumInfoOf'))(refIndex));
    const [kind, body] = variant(raw);
    if (raw === null || kind !== 'Ongoing') return null;
    const o = obj(body);
    const [bounded, inner] = variant(field(o, 'proposal'));
    const b = obj(inner);
    const out: OngoingProposal = {
      threshold: variant(field(o, 'threshold'))[0] as OngoingProposal['threshold'],
      delay: big(field(o, 'delay')),
      hash: '',
      len: null,
      inline: null,
    };
    if (bounded === 'Inline') {
      out.inline = str(inner);
      out.hash = blake2AsHex(hexToU8a(out.inline), 256);
    } else {
      // @polkadot/types renames a struct's `hash` field `hash_` (Codec has a `hash` getter)
      out.hash = str(field(b, 'hash') ?? field(b, 'hash_'));
      out.len = bounded === 'Lookup' ? Number(big(field(b, 'len'))) : null;
    }
    return out;
  }

  /** A noted preimage's bytes (0x hex), or null when it is not on chain. */
  async preimage(hash: string, len: number | null): Promise<string | null> {
    if (len === null || !(await this.has('preimage', 'preimageFor'))) return null;
    const v = await (await this.q('preimage', 'preimageFor'))([hash, len]);
    const p = prim(v);
    return typeof p === 'string' && p !== '' ? p : null;
  }

  /** Every Democracy.VotingOf entry: [voter, value as toPrimitive gives it]. */
  async votings(): Promise<Array<[string, Json]>> {
    const entries = await (await this.q('democracy', 'votingOf')).entries();
    return entries.map(([k, v]) => [str(prim(k.args[0] as Codec)), prim(v)]);
  }

  async totalIssuance(): Promise<bigint> {
    return big(prim(await (await this.q('balances', 'totalIssuance'))()));
  }
}
