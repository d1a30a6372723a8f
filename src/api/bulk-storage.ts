/**
 * Many storage values in few round trips and little main-thread work, for lists of hundreds of entries
 * (the pool list): keys are built from the metadata's hashers (no StorageKey codecs), read raw with
 * `state_queryStorageAt` — up to CHUNK keys a request, sent together, all at one block — and decoded by
 * scale-plain.ts. `itemKeys(registry, creator)` is the key builder alone (the history indexer's batches
 * hash thousands of keys with it). An item's keys and decoder come from `bulkItem(api, api.query.pallet.item)`: the typed
 * storage entry of the generated augmentation (src/api/chain-types) names the item and types both, its key
 * arguments and its decoded value (`Plain<codec>`, plain-types.ts).
 */
import type { ApiPromise } from '@polkadot/api';
import type { StorageEntry } from '@polkadot/types/primitive/types';
import type { Registry } from '@polkadot/types/types';
import { compactAddLength, hexToU8a, isHex, u8aConcat, u8aToHex, u8aToU8a } from '@polkadot/util';
import { blake2AsU8a, decodeAddress, xxhashAsU8a } from '@polkadot/util-crypto';
import type { Plain } from './plain-types.js';
import { accountBytesOf, plainDecoder, UNSIGNED } from './scale-plain.js';

/** Keys per `state_queryStorageAt` request. */
export const CHUNK = 1000;

type Bytes = (arg: unknown) => Uint8Array;

const HASHERS: Record<string, (data: Uint8Array) => Uint8Array> = {
  Identity: (d) => d,
  Blake2_128: (d) => blake2AsU8a(d, 128),
  Blake2_256: (d) => blake2AsU8a(d, 256),
  Blake2_128Concat: (d) => u8aConcat(blake2AsU8a(d, 128), d),
  Twox128: (d) => xxhashAsU8a(d, 128),
  Twox256: (d) => xxhashAsU8a(d, 256),
  Twox64Concat: (d) => u8aConcat(xxhashAsU8a(d, 64), d),
};

/** `value` as `bytes` little-endian bytes. */
function uintLe(value: bigint, bytes: number): Uint8Array {
  const out = new Uint8Array(bytes);
  let v = value;
  for (let i = 0; i < bytes; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  if (v !== 0n || value < 0n) throw new RangeError(`${value} does not fit in ${bytes} bytes`);
  return out;
}

/** SCALE bytes of a key argument of type `id`: integers and account ids directly, others by codec. */
function argEncoder(registry: Registry, id: number): Bytes {
  const ty = registry.lookup.getSiType(id);
  const def = ty.def;
  const width = def.isPrimitive ? UNSIGNED[def.asPrimitive.type] : undefined;
  if (width !== undefined) return (arg) => uintLe(BigInt(arg as bigint | number | string), width);
  if (ty.path.at(-1)?.toString() === 'AccountId32')
    return (arg) => accountBytesOf(arg as string) ?? decodeAddress(arg as string);
  const only = def.isComposite && def.asComposite.fields.length === 1 ? def.asComposite.fields[0] : undefined;
  if (only) return argEncoder(registry, only.type.toNumber());
  const inner = def.isArray ? registry.lookup.getSiType(def.asArray.type).def : undefined;
  if (def.isArray && inner?.isPrimitive && inner.asPrimitive.type === 'U8') {
    const len = def.asArray.len.toNumber();
    return (arg) => {
      const bytes = hexToU8a(arg as string);
      if (bytes.length !== len) throw new TypeError(`expected ${len} bytes, got ${bytes.length}`);
      return bytes;
    };
  }
  const name = registry.createLookupType(id);
  const byCodec: Bytes = (arg) => registry.createType(name, arg).toU8a();
  const item = def.isSequence ? registry.lookup.getSiType(def.asSequence.type).def : undefined;
  // a byte string from text or hex, as @polkadot/types' Bytes reads a string (u8aToU8a), length-prefixed
  if (item?.isPrimitive && item.asPrimitive.type === 'U8')
    return (arg) => (typeof arg === 'string' ? compactAddLength(u8aToU8a(arg)) : byCodec(arg));
  // Option<unsigned integer>: Some of an integer argument, None of null / undefined
  const some = ty.path.length === 1 && ty.path[0]?.toString() === 'Option' ? ty.params[0]?.type : undefined;
  const someDef = some?.isSome ? registry.lookup.getSiType(some.unwrap()).def : undefined;
  if (some?.isSome && someDef?.isPrimitive && UNSIGNED[someDef.asPrimitive.type] !== undefined) {
    const value = argEncoder(registry, some.unwrap().toNumber());
    return (arg) =>
      arg === null || arg === undefined
        ? new Uint8Array([0])
        : typeof arg === 'bigint' || typeof arg === 'number'
          ? u8aConcat([1], value(arg))
          : byCodec(arg);
  }
  return byCodec;
}

/** The storage keys of an item (`api.query.<pallet>.<item>.creator`), built without codecs. */
export interface ItemKeys {
  /** The key of these arguments (all of them; none for a plain item), as 0x-hex. */
  key(args: readonly unknown[]): string;
  /** The prefix of the keys under these leading arguments (none: the item's own prefix), as 0x-hex. */
  prefix(args: readonly unknown[]): string;
}

const builders = new WeakMap<StorageEntry, ItemKeys>();

/** `creator`'s keys from the metadata's hashers and the runtime `registry`'s types, one builder per item. */
export function itemKeys(registry: Registry, creator: StorageEntry): ItemKeys {
  let keys = builders.get(creator);
  if (keys) return keys;
  // a plain item's key is its prefix (the pallet's and the item's hashed names)
  const base = creator.keyPrefix();
  const meta = creator.meta;
  const map = meta.type.isMap ? meta.type.asMap : undefined;
  const hashers = map ? map.hashers.map((h) => HASHERS[h.type] ?? unknownHasher(h.type)) : [];
  const keyType = map?.key.toNumber();
  const argTypes =
    keyType === undefined
      ? []
      : hashers.length === 1
        ? [keyType]
        : registry.lookup.getSiType(keyType).def.asTuple.map((t) => t.toNumber());
  const encoders = argTypes.map((t) => argEncoder(registry, t));
  const build = (args: readonly unknown[], count: number) => {
    if (count === 0) return u8aToHex(base);
    const parts: Uint8Array[] = [base];
    for (let i = 0; i < count; i++)
      parts.push((hashers[i] as (d: Uint8Array) => Uint8Array)((encoders[i] as Bytes)(args[i])));
    return u8aToHex(u8aConcat(...parts));
  };
  keys = {
    key: (args) => {
      if (args.length !== encoders.length)
        throw new TypeError(`${creator.section}.${creator.method} takes ${encoders.length} key arguments`);
      return build(args, encoders.length);
    },
    prefix: (args) => build(args, Math.min(args.length, encoders.length)),
  };
  builders.set(creator, keys);
  return keys;
}

/**
 * The value codec of a typed storage entry: the result of its first call signature (@polkadot/api's
 * `PromiseResult` has four: plain, with a callback, and both again generic).
 */
export type EntryValue<E> = E extends {
  (...args: never[]): Promise<infer R>;
  (...args: never[]): unknown;
  (...args: never[]): unknown;
  (...args: never[]): unknown;
}
  ? R
  : never;

/** A typed storage entry's key arguments, as the plain values the bulk reader encodes. */
type EntryKeyArgs<E> = E extends { key: (...args: infer P) => string }
  ? { [K in keyof P]: Extract<P[K], string | number | bigint> }
  : never;

export interface BulkItem<E = unknown> {
  /** The storage key of these map arguments (none for a plain item), as 0x-hex. */
  key(...args: EntryKeyArgs<E>): string;
  /** The plain value of a raw storage value; the item's default (or null) when absent. */
  decode(raw: string | null): Plain<EntryValue<E>>;
}

/** `entry` is a typed storage item of the connected runtime, e.g. `api.query.phalaBasePool.pools`. */
export function bulkItem<E extends { creator: StorageEntry }>(
  api: ApiPromise,
  entry: E | undefined,
): BulkItem<E> {
  if (!entry) throw new Error('the runtime lacks this storage item');
  const { registry } = api;
  const meta = entry.creator.meta;
  const keys = itemKeys(registry, entry.creator);
  return {
    key: (...args: unknown[]) => keys.key(args),
    // scale-plain decodes by the metadata's type id, which is what Plain<codec> describes
    decode: valueDecoder(
      registry,
      (meta.type.isPlain ? meta.type.asPlain : meta.type.asMap.value).toNumber(),
      meta,
    ) as BulkItem<E>['decode'],
  };
}

function unknownHasher(name: string): never {
  throw new Error(`unknown storage hasher ${name}`);
}

function valueDecoder(
  registry: Registry,
  type: number,
  meta: { modifier: { isOptional: boolean }; fallback: { toU8a(bare: boolean): Uint8Array } },
): (raw: string | null) => unknown {
  const decode = plainDecoder(registry, type);
  const fallback = meta.modifier.isOptional ? null : meta.fallback.toU8a(true);
  return (raw) => {
    if (raw !== null) return decode(hexToU8a(raw));
    return fallback === null ? null : decode(fallback);
  };
}

export interface StorageRead {
  /** The block the values were read at. */
  block: string;
  /** Raw values by key (null = absent). */
  values: Map<string, string | null>;
}

/** Raw values of `keys` at block `at` (the best block if omitted), CHUNK keys a request, sent together. */
export async function readRaw(api: ApiPromise, keys: string[], at?: string): Promise<StorageRead> {
  const chunks: string[][] = [];
  for (let i = 0; i < keys.length; i += CHUNK) chunks.push(keys.slice(i, i + CHUNK));
  // without a block, the first answer names the one the rest are read at
  const head = at === undefined ? await queryAt(api, chunks.shift() ?? [], at) : undefined;
  const block = head?.block ?? (at as string);
  const reads = await Promise.all(chunks.map((c) => queryAt(api, c, block)));
  const values = new Map(head?.values);
  for (const r of reads) for (const [k, v] of r.values) values.set(k, v);
  return { block, values };
}

async function queryAt(api: ApiPromise, keys: string[], at?: string): Promise<StorageRead> {
  const answer = (await api.rpc('state_queryStorageAt', keys, ...(at ? [at] : []))) as unknown;
  const set = Array.isArray(answer)
    ? (answer[0] as { block?: unknown; changes?: unknown } | undefined)
    : undefined;
  if (!set || typeof set.block !== 'string' || !Array.isArray(set.changes))
    throw new Error('state_queryStorageAt answered without a change set');
  const values = new Map<string, string | null>();
  for (const change of set.changes as unknown[]) {
    const [k, v] = change as [unknown, unknown];
    if (typeof k === 'string') values.set(k, isHex(v) ? v : null);
  }
  return { block: set.block, values };
}
