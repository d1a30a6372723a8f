/**
 * Fast SCALE decoding into plain data, for bulk reads (a thousand storage values at once) where building
 * @polkadot/api codecs and calling `toPrimitive()` on each costs seconds of main thread. One decoder per
 * type id is compiled, once per registry, from the runtime's portable type registry (metadata v14+).
 * The output follows @polkadot/types' `toPrimitive()` conventions — structs camelCase objects, newtypes
 * their inner value, enums `{ variant: value }` (the bare variant name when no variant has fields),
 * Option None and the unit type `()` `null`, AccountId32 SS58 with the chain's prefix — except that u64
 * and wider integers are bigints and byte strings (`Vec<u8>`, `[u8; N]`) are always 0x-hex, never text.
 * plain-types.ts gives this output its static type from the generated codec types.
 */
import type { Registry } from '@polkadot/types/types';
import { compactFromU8aLim, stringCamelCase, u8aToBigInt, u8aToHex } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';

/** Input being decoded: the bytes and the offset of the next one. */
export interface Cursor {
  u8: Uint8Array;
  at: number;
}

type Decoder = (c: Cursor) => unknown;

function take(c: Cursor, n: number): Uint8Array {
  if (c.at + n > c.u8.length) throw new RangeError('SCALE input too short');
  const out = c.u8.subarray(c.at, c.at + n);
  c.at += n;
  return out;
}

function compact(c: Cursor): number | bigint {
  const [len, value] = compactFromU8aLim(c.u8.subarray(c.at));
  if (len === 0) throw new RangeError('SCALE input too short');
  c.at += len;
  return value;
}

const count = (c: Cursor): number => Number(compact(c));

/** A little-endian unsigned integer of at most 4 bytes. */
const small = (b: Uint8Array): number => b.reduceRight((n, byte) => n * 256 + byte, 0);

/** Byte widths of the metadata's unsigned primitives (also what bulk-storage.ts encodes keys with). */
export const UNSIGNED: Readonly<Record<string, number>> = {
  U8: 1,
  U16: 2,
  U32: 4,
  U64: 8,
  U128: 16,
  U256: 32,
};
const SIGNED: Record<string, number> = { I8: 1, I16: 2, I32: 4, I64: 8, I128: 16, I256: 32 };

const utf8 = new TextDecoder();

function primitive(kind: string): Decoder {
  if (kind === 'Bool') return (c) => take(c, 1)[0] === 1;
  if (kind === 'Str') return (c) => utf8.decode(take(c, count(c)));
  if (kind === 'Char') return (c) => String.fromCodePoint(small(take(c, 4)));
  const u = UNSIGNED[kind];
  if (u !== undefined)
    return u <= 4 ? (c) => small(take(c, u)) : (c) => u8aToBigInt(take(c, u), { isLe: true });
  const s = SIGNED[kind];
  if (s !== undefined) return (c) => u8aToBigInt(take(c, s), { isLe: true, isNegative: true });
  throw new TypeError(`no plain decoder for the primitive ${kind}`);
}

/** Decoders of one registry's types by id; compiled lazily, shared per registry. */
class Decoders {
  private readonly byId = new Map<number, Decoder>();

  constructor(private readonly registry: Registry) {}

  get(id: number): Decoder {
    const known = this.byId.get(id);
    if (known) return known;
    // a recursive type reaches itself through this forwarder before it is compiled
    let compiled: Decoder | undefined;
    this.byId.set(id, (c) => (compiled as Decoder)(c));
    compiled = this.compile(id);
    this.byId.set(id, compiled);
    return compiled;
  }

  private isU8(id: number): boolean {
    const def = this.registry.lookup.getSiType(id).def;
    return def.isPrimitive && def.asPrimitive.type === 'U8';
  }

  private compile(id: number): Decoder {
    const ty = this.registry.lookup.getSiType(id);
    const def = ty.def;
    const path = ty.path.map((p) => p.toString());
    if (def.isPrimitive) return primitive(def.asPrimitive.type);
    if (def.isCompact) return (c) => compact(c);
    if (def.isSequence) {
      const inner = def.asSequence.type.toNumber();
      if (this.isU8(inner)) return (c) => u8aToHex(take(c, count(c)));
      const item = this.get(inner);
      return (c) => Array.from({ length: count(c) }, () => item(c));
    }
    if (def.isArray) {
      const len = def.asArray.len.toNumber();
      const inner = def.asArray.type.toNumber();
      if (this.isU8(inner)) return (c) => u8aToHex(take(c, len));
      const item = this.get(inner);
      return (c) => Array.from({ length: len }, () => item(c));
    }
    if (def.isTuple) {
      // the unit type `()` is @polkadot/types' Null
      if (def.asTuple.length === 0) return () => null;
      const items = def.asTuple.map((t) => this.get(t.toNumber()));
      return (c) => items.map((item) => item(c));
    }
    if (def.isComposite) {
      const fields = def.asComposite.fields;
      const only = fields[0];
      if (fields.length === 1 && only && only.name.isNone) {
        // a newtype (AccountId32, BoundedVec, Permill, …): its inner value
        if (this.isAccount(id)) return this.compileAccount(only.type.toNumber());
        return this.get(only.type.toNumber());
      }
      const decoders = fields.map((f) => this.get(f.type.toNumber()));
      if (fields.some((f) => f.name.isNone)) return (c) => decoders.map((d) => d(c));
      const names = fields.map((f) => stringCamelCase(f.name.unwrap().toString()));
      // SS58 (base58) is the costly part of a struct: account fields are encoded on first read
      const accounts = fields.map((f) => this.isAccount(f.type.toNumber()));
      const ss58 = this.registry.chainSS58 ?? 42;
      return (c) => {
        const out: Record<string, unknown> = {};
        decoders.forEach((d, i) => {
          const name = names[i] as string;
          if (accounts[i]) lazyAccount(out, name, take(c, 32), ss58);
          else out[name] = d(c);
        });
        return out;
      };
    }
    if (def.isVariant) {
      const variants = def.asVariant.variants;
      const byIndex = new Map<number, Decoder>();
      if (path.length === 1 && path[0] === 'Option') {
        const some = variants.find((v) => v.name.toString() === 'Some')?.fields[0];
        const inner = some ? this.get(some.type.toNumber()) : () => null;
        return (c) => (take(c, 1)[0] === 0 ? null : inner(c));
      }
      const basic = variants.every((v) => v.fields.length === 0);
      for (const v of variants) {
        const name = v.name.toString();
        if (basic) {
          byIndex.set(v.index.toNumber(), () => name);
          continue;
        }
        const key = stringCamelCase(name);
        const fields = v.fields.map((f) => this.get(f.type.toNumber()));
        const named = v.fields.length > 0 && v.fields.every((f) => f.name.isSome);
        const fieldNames = v.fields.map((f) =>
          f.name.isSome ? stringCamelCase(f.name.unwrap().toString()) : '',
        );
        byIndex.set(v.index.toNumber(), (c) => {
          if (fields.length === 0) return { [key]: null };
          if (fields.length === 1 && !named) return { [key]: (fields[0] as Decoder)(c) };
          if (!named) return { [key]: fields.map((d) => d(c)) };
          const out: Record<string, unknown> = {};
          fields.forEach((d, i) => {
            out[fieldNames[i] as string] = d(c);
          });
          return { [key]: out };
        });
      }
      return (c) => {
        const index = take(c, 1)[0] as number;
        const decode = byIndex.get(index);
        if (!decode) throw new TypeError(`no variant ${index} in ${path.join('::')}`);
        return decode(c);
      };
    }
    throw new TypeError(`no plain decoder for type ${id} (${path.join('::')})`);
  }

  private isAccount(id: number): boolean {
    return this.registry.lookup.getSiType(id).path.at(-1)?.toString() === 'AccountId32';
  }

  /** AccountId32 is `([u8; 32])`: SS58 with the chain's prefix, as its codec prints it. */
  private compileAccount(inner: number): Decoder {
    const len = this.registry.lookup.getSiType(inner).def.asArray.len.toNumber();
    const ss58 = this.registry.chainSS58 ?? 42;
    return (c) => ss58Of(take(c, len), ss58);
  }
}

/** The account bytes of the SS58 addresses made here (bounded), so keys built from them skip base58. */
const madeAddresses = new Map<string, Uint8Array>();
/** The SS58 addresses made here by prefix and account hex (bounded with madeAddresses): base58 once. */
const addressesMade = new Map<string, string>();
const MADE_MAX = 100_000;

function ss58Of(bytes: Uint8Array, ss58: number): string {
  const id = `${ss58}:${u8aToHex(bytes)}`;
  const known = addressesMade.get(id);
  if (known !== undefined) return known;
  const address = encodeAddress(bytes, ss58);
  if (madeAddresses.size >= MADE_MAX || addressesMade.size >= MADE_MAX) {
    madeAddresses.clear();
    addressesMade.clear();
  }
  madeAddresses.set(address, bytes.slice());
  addressesMade.set(id, address);
  return address;
}

/** The account id bytes of an SS58 address this module decoded, if it is still remembered. */
export const accountBytesOf = (address: string): Uint8Array | undefined => madeAddresses.get(address);

/** `out[name]`: the SS58 of `bytes`, encoded when first read (then a plain value). */
function lazyAccount(out: Record<string, unknown>, name: string, bytes: Uint8Array, ss58: number): void {
  Object.defineProperty(out, name, {
    enumerable: true,
    configurable: true,
    get() {
      const value = ss58Of(bytes, ss58);
      Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      return value;
    },
  });
}

const cache = new WeakMap<Registry, Decoders>();

/** The plain decoder of type `id` of `registry` reading at a cursor (moved past the value). */
export function plainReader(registry: Registry, id: number): (c: Cursor) => unknown {
  let decoders = cache.get(registry);
  if (!decoders) {
    decoders = new Decoders(registry);
    cache.set(registry, decoders);
  }
  return decoders.get(id);
}

/** The plain decoder of type `id` of `registry` (throws on trailing bytes). */
export function plainDecoder(registry: Registry, id: number): (data: Uint8Array) => unknown {
  const decode = plainReader(registry, id);
  return (data) => {
    const c = { u8: data, at: 0 };
    const out = decode(c);
    if (c.at !== data.length)
      throw new TypeError(`${data.length - c.at} bytes left after decoding type ${id}`);
    return out;
  };
}
