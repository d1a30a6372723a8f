/**
 * Typed storage items over the active runtime's state: StorageValue, StorageMap and StorageNMap with the
 * hashers of frame_support, keys formed exactly as Substrate forms them
 * (twox128(pallet) ++ twox128(item) ++ hasher(SCALE(key))…). One declaration gives the accessors and the
 * metadata entry.
 */
import { concatBytes, fromHex, toHex, utf8 } from '../primitives/bytes.js';
import { blake2_128, blake2_256, twox64, twox128, twox256 } from '../primitives/hashing.js';
import { ext } from './context.js';
import {
  type AnyCodec,
  type Codec,
  compactU32Length,
  decode,
  encode,
  Reader,
  type ValueOf,
  Writer,
} from './scale.js';

export type HasherName =
  | 'Blake2_128'
  | 'Blake2_256'
  | 'Blake2_128Concat'
  | 'Twox128'
  | 'Twox256'
  | 'Twox64Concat'
  | 'Identity';

interface Hasher {
  hash(data: Uint8Array): Uint8Array;
  /** Bytes of hash before the SCALE key when the key is recoverable; -1 when opaque. */
  skip: number;
}

const HASHERS: Record<HasherName, Hasher> = {
  Blake2_128: { hash: blake2_128, skip: -1 },
  Blake2_256: { hash: blake2_256, skip: -1 },
  Blake2_128Concat: { hash: (d) => concatBytes(blake2_128(d), d), skip: 16 },
  Twox128: { hash: twox128, skip: -1 },
  Twox256: { hash: twox256, skip: -1 },
  Twox64Concat: { hash: (d) => concatBytes(twox64(d), d), skip: 8 },
  Identity: { hash: (d) => d, skip: 0 },
};

/** Formed keys remembered per storage item (a few MB at most across the runtime's hot items). */
export const KEY_CACHE_LIMIT = 4096;

export interface StorageMeta {
  pallet: string;
  name: string;
  modifier: 'Optional' | 'Default';
  hashers: HasherName[];
  keys: AnyCodec[];
  value: AnyCodec;
  fallback: Uint8Array;
  docs: string[];
}

export const storagePrefix = (pallet: string, item: string): string =>
  toHex(concatBytes(twox128(utf8(pallet)), twox128(utf8(item))));

/** The memo spelling of a string or integer key part (kind, length, text); undefined for anything else. */
function primitiveSpelling(k: unknown): string | undefined {
  if (typeof k === 'string') return `s${k.length}:${k}`;
  if (typeof k === 'bigint') return `b${k};`;
  if (typeof k === 'number') return `n${k};`;
  return undefined;
}

/** The memo spelling of an enum key part: a bare variant name, or `{ type, value }` with a primitive or no payload. */
function enumSpelling(k: unknown): string | undefined {
  if (typeof k !== 'object' || k === null) return primitiveSpelling(k);
  const { type, value } = k as { type?: unknown; value?: unknown };
  if (typeof type !== 'string') return undefined;
  const payload = value === null ? 'z' : value === undefined ? 'u' : primitiveSpelling(value);
  return payload === undefined ? undefined : `e${type.length}:${type}${payload}`;
}

export type KeySpec = readonly (readonly [HasherName, AnyCodec])[];
type KeyValues<K extends KeySpec> = { -readonly [I in keyof K]: ValueOf<K[I][1]> };

interface ItemOptions<V> {
  default?: V;
  docs?: string[];
}

abstract class StorageItem<V> {
  readonly prefix: string;
  readonly meta: StorageMeta;
  constructor(
    pallet: string,
    name: string,
    protected readonly hashers: KeySpec,
    protected readonly codec: Codec<V>,
    protected readonly opts: ItemOptions<V>,
  ) {
    this.prefix = storagePrefix(pallet, name);
    const hasDefault = 'default' in opts;
    this.meta = {
      pallet,
      name,
      modifier: hasDefault ? 'Default' : 'Optional',
      hashers: hashers.map(([h]) => h),
      keys: hashers.map(([, c]) => c),
      value: codec,
      fallback: hasDefault ? encode(codec, opts.default as V) : new Uint8Array([0]),
      docs: opts.docs ?? [],
    };
  }

  /**
   * Whether each key part is an enum other than Option (its `{ type, value }` values have a memo spelling,
   * see `keyOf`); found at the first key formed, when every codec a lazy one defers to is defined.
   */
  private enumKeys: boolean[] | undefined;

  /** Storage keys of primitive key values already formed (see `keyOf`); emptied when full. */
  private readonly keyCache = new Map<string, string>();

  /** The same for single-key items, by the key value itself (Map compares bigints by value). */
  private readonly singleKeyCache = new Map<string | bigint, string>();

  protected keyOf(keys: readonly unknown[]): string {
    if (keys.length === 0) return this.prefix;
    if (keys.length === 1) {
      const k = keys[0];
      if (typeof k === 'string' || typeof k === 'bigint') {
        const hit = this.singleKeyCache.get(k);
        if (hit !== undefined) return hit;
        const key = this.formKey(keys);
        if (this.singleKeyCache.size >= KEY_CACHE_LIMIT) this.singleKeyCache.clear();
        this.singleKeyCache.set(k, key);
        return key;
      }
    }
    // A key made of strings and integers encodes (and so hashes) the same every time: the formed key is
    // remembered under an unambiguous spelling of the values (kind, length, text), which also hands the
    // state maps the same flat string each time instead of a fresh concatenation to hash. So is an enum
    // value `{ type, value }` whose payload is such a value or none (a MessageOrigin): an enum codec reads
    // nothing else of it.
    this.enumKeys ??= this.hashers.map(
      ([, c]) => c.info.def.tag === 'variant' && c.info.path.join() !== 'Option',
    );
    let memo: string | undefined = '';
    for (let i = 0; i < keys.length; i++) {
      const part = this.enumKeys[i] ? enumSpelling(keys[i]) : primitiveSpelling(keys[i]);
      if (part === undefined) {
        memo = undefined;
        break;
      }
      memo += part;
    }
    if (memo !== undefined) {
      const hit = this.keyCache.get(memo);
      if (hit !== undefined) return hit;
    }
    const key = this.formKey(keys);
    if (memo !== undefined) {
      if (this.keyCache.size >= KEY_CACHE_LIMIT) this.keyCache.clear();
      this.keyCache.set(memo, key);
    }
    return key;
  }

  private formKey(keys: readonly unknown[]): string {
    let key = this.prefix;
    for (let i = 0; i < keys.length; i++) {
      const [h, c] = this.hashers[i] as readonly [HasherName, AnyCodec];
      key += toHex(HASHERS[h].hash(encode(c, keys[i]))).slice(2);
    }
    return key;
  }

  protected read(key: string): V | undefined {
    const raw = ext().state.get(key);
    return raw === undefined ? undefined : decode(this.codec, raw);
  }

  /** A fresh copy of the default (decoded from the fallback, so callers may mutate it freely). */
  protected fallback(): V {
    return decode(this.codec, this.meta.fallback);
  }

  protected write(key: string, value: V): void {
    ext().state.set(key, encode(this.codec, value));
  }

  /** Decodes the key parts after the prefix (only for transparent hashers). */
  decodeKey(key: string): unknown[] {
    const r = new Reader(fromHex(key.slice(this.prefix.length)));
    return this.hashers.map(([h, c]) => {
      const { skip } = HASHERS[h];
      if (skip < 0) throw new Error(`${this.meta.name}: ${h} keys cannot be decoded`);
      r.take(skip);
      return c.dec(r);
    });
  }
}

/** The bytes of a SCALE Vec (absent: empty) with encoded items added at its end (the `append` join). */
function joinVecItems(before: Uint8Array | undefined, items: readonly Uint8Array[]): Uint8Array {
  let count = 0;
  let body: Uint8Array = new Uint8Array(0);
  if (before !== undefined) {
    const r = new Reader(before);
    count = compactU32Length.dec(r, Number.MAX_SAFE_INTEGER);
    body = before.subarray(r.pos);
  }
  const w = new Writer();
  compactU32Length.enc(w, count + items.length);
  const head = w.finish();
  let size = head.length + body.length;
  for (const item of items) size += item.length;
  const out = new Uint8Array(size);
  out.set(head, 0);
  out.set(body, head.length);
  let at = head.length + body.length;
  for (const item of items) {
    out.set(item, at);
    at += item.length;
  }
  return out;
}

export class StorageValue<V> extends StorageItem<V> {
  get(): V {
    const v = this.read(this.prefix);
    if (v !== undefined) return v;
    return this.meta.modifier === 'Default' ? this.fallback() : (undefined as V);
  }
  /** The stored value, undefined when absent (ignores the default). */
  tryGet(): V | undefined {
    return this.read(this.prefix);
  }
  exists(): boolean {
    return ext().state.get(this.prefix) !== undefined;
  }
  set(value: V): void {
    this.write(this.prefix, value);
  }
  kill(): void {
    ext().state.delete(this.prefix);
  }
  mutate(fn: (v: V) => V): V {
    const next = fn(this.get());
    this.set(next);
    return next;
  }
  /**
   * `StorageValue::append` of a Vec value: encodes only the new item; the state joins it to the stored
   * list, rewriting the compact length prefix, when the value is next read (state.ts `append`), without
   * decoding the items already stored. The same bytes as `mutate((l) => [...l, item])`; an absent value
   * starts a new list.
   */
  append<T>(this: StorageValue<T[]>, item: T): void {
    const def = this.codec.info.def;
    if (def.tag !== 'sequence') throw new Error(`${this.meta.name}: append needs a Vec value`);
    ext().state.append(this.prefix, encode(def.type as Codec<T>, item), joinVecItems);
  }
  key(): string {
    return this.prefix;
  }
}

export class StorageMap<K extends unknown[], V> extends StorageItem<V> {
  key(...keys: K): string {
    return this.keyOf(keys);
  }
  get(...keys: K): V {
    const v = this.read(this.keyOf(keys));
    if (v !== undefined) return v;
    return this.meta.modifier === 'Default' ? this.fallback() : (undefined as V);
  }
  tryGet(...keys: K): V | undefined {
    return this.read(this.keyOf(keys));
  }
  contains(...keys: K): boolean {
    return ext().state.get(this.keyOf(keys)) !== undefined;
  }
  set(...args: [...K, V]): void {
    const value = args.pop() as V;
    this.write(this.keyOf(args), value);
  }
  remove(...keys: K): void {
    ext().state.delete(this.keyOf(keys));
  }
  /** Reads, transforms and writes back; returning undefined from fn removes the entry. */
  mutate(keys: K, fn: (v: V) => V | undefined): V | undefined {
    const key = this.keyOf(keys);
    const next = fn(
      this.read(key) ?? (this.meta.modifier === 'Default' ? this.fallback() : (undefined as V)),
    );
    if (next === undefined) ext().state.delete(key);
    else this.write(key, next);
    return next;
  }
  /** All entries whose leading keys equal `prefixKeys`, in key order. */
  entries(...prefixKeys: unknown[]): Array<[K, V]> {
    const prefix = this.keyOf(prefixKeys);
    const state = ext().state;
    return state.keysWithPrefix(prefix).map((k) => {
      const raw = state.get(k) as Uint8Array;
      return [this.decodeKey(k) as K, decode(this.codec, raw)];
    });
  }
  keys(...prefixKeys: unknown[]): K[] {
    return ext()
      .state.keysWithPrefix(this.keyOf(prefixKeys))
      .map((k) => this.decodeKey(k) as K);
  }
  /** Removes every entry under the leading keys. */
  clearPrefix(...prefixKeys: unknown[]): number {
    const state = ext().state;
    const keys = state.keysWithPrefix(this.keyOf(prefixKeys));
    for (const k of keys) state.delete(k);
    return keys.length;
  }
}

/** Declares a pallet's storage items; the returned builders keep the list for the metadata. */
export function storage(pallet: string) {
  const items: StorageItem<unknown>[] = [];
  return {
    items: items as ReadonlyArray<{ meta: StorageMeta }>,
    value<V>(name: string, codec: Codec<V>, opts: ItemOptions<V> = {}): StorageValue<V> {
      const item = new StorageValue<V>(pallet, name, [], codec, opts);
      items.push(item as StorageItem<unknown>);
      return item;
    },
    map<const K extends KeySpec, V>(
      name: string,
      keys: K,
      codec: Codec<V>,
      opts: ItemOptions<V> = {},
    ): StorageMap<KeyValues<K>, V> {
      const item = new StorageMap<KeyValues<K>, V>(pallet, name, keys, codec, opts);
      items.push(item as StorageItem<unknown>);
      return item;
    },
  };
}
