/**
 * SCALE codec with portable type information. Every codec knows how to encode and decode its value and
 * carries the scale-info description (path, params, definition) the metadata V14 builder turns into the
 * portable type registry, so one declaration per type is the single source of truth for both.
 *
 * JS shapes of decoded values (the contract of spec/contracts.md §3): integers are bigint; Option is the
 * value or null; enums are `{ type: 'Variant', value }`; structs have camelCase keys; call arguments and
 * event fields (variant fields) keep their declared snake_case names; byte strings and fixed byte arrays
 * are 0x-hex; AccountId32 is SS58 with prefix 30.
 */
import { accountFromKey, publicKey } from '../primitives/account.js';
import { asciiCodes, fromHex, NIBBLE, toHex, utf8 } from '../primitives/bytes.js';
import { hex32 } from '../primitives/hex-intern.js';

export class CodecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CodecError';
  }
}

export class Writer {
  private buf = new Uint8Array(64);
  private view = new DataView(this.buf.buffer);
  length = 0;

  /** Bytes the buffer holds before it must grow. */
  get capacity(): number {
    return this.buf.length;
  }

  private reserve(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.length));
    this.buf = next;
    this.view = new DataView(next.buffer);
  }
  u8(v: number): void {
    this.reserve(1);
    this.buf[this.length++] = v;
  }
  u16(v: number): void {
    this.reserve(2);
    this.view.setUint16(this.length, v, true);
    this.length += 2;
  }
  u32(v: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, v, true);
    this.length += 4;
  }
  u64(v: bigint): void {
    this.reserve(8);
    this.view.setBigUint64(this.length, v, true);
    this.length += 8;
  }
  bytes(b: Uint8Array): void {
    this.reserve(b.length);
    this.buf.set(b, this.length);
    this.length += b.length;
  }
  /**
   * The bytes of a 0x-hex string of whole bytes, written without an intermediate array. Returns false,
   * having written nothing, when `hex` is not that (the caller then falls back to `toBytes`).
   */
  hex(hex: string): boolean {
    const n = (hex.length - 2) / 2;
    if (!Number.isInteger(n) || n < 0) return false;
    const codes = asciiCodes(hex);
    if (codes === undefined || codes[0] !== 48 || codes[1] !== 120) return false;
    this.reserve(n);
    const buf = this.buf;
    const at = this.length;
    for (let i = 0, j = 2; i < n; i++, j += 2) {
      const hi = NIBBLE[codes[j] as number] as number;
      const lo = NIBBLE[codes[j + 1] as number] as number;
      if (hi < 0 || lo < 0) return false;
      buf[at + i] = (hi << 4) | lo;
    }
    this.length += n;
    return true;
  }
  finish(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
  /** The bytes written so far, in place: valid only until the writer writes again. */
  written(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

/**
 * Reads SCALE input. Multi-byte integers are assembled from the bytes, not read through a DataView: a
 * stored value is a small typed array kept on V8's heap, and asking for its `.buffer` (as a DataView
 * needs) first moves it off the heap — a runtime call and an allocation for every value decoded.
 */
/** The little-endian u32 at `b[p..p+4)`, from int32 bit operations (`>>> 0` makes it unsigned): exact. */
function word32(b: Uint8Array, p: number): number {
  return (
    ((b[p] as number) |
      ((b[p + 1] as number) << 8) |
      ((b[p + 2] as number) << 16) |
      ((b[p + 3] as number) << 24)) >>>
    0
  );
}

export class Reader {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}
  get remaining(): number {
    return this.bytes.length - this.pos;
  }
  private need(n: number): void {
    if (this.pos + n > this.bytes.length) throw new CodecError(`unexpected end of input (need ${n} bytes)`);
  }
  u8(): number {
    this.need(1);
    return this.bytes[this.pos++] as number;
  }
  u16(): number {
    this.need(2);
    const b = this.bytes;
    const p = this.pos;
    this.pos = p + 2;
    return (b[p] as number) | ((b[p + 1] as number) << 8);
  }
  u32(): number {
    this.need(4);
    const b = this.bytes;
    const p = this.pos;
    this.pos = p + 4;
    return word32(b, p);
  }
  u64(): bigint {
    this.need(8);
    const b = this.bytes;
    const p = this.pos;
    this.pos = p + 8;
    const lo = word32(b, p);
    const hi = word32(b, p + 4);
    // Most stored u64s fit 32 bits: one conversion instead of a shift and an or of bigints.
    return hi === 0 ? BigInt(lo) : (BigInt(hi) << 32n) | BigInt(lo);
  }
  /** Moves past `n` bytes; returns where they start (a caller reading them in place). */
  skip(n: number): number {
    this.need(n);
    const at = this.pos;
    this.pos += n;
    return at;
  }
  take(n: number): Uint8Array {
    this.need(n);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}

// ---------------------------------------------------------------------------------------------------
// Type information (scale-info, portable form before ids are assigned)

export type Primitive =
  | 'bool'
  | 'char'
  | 'str'
  | 'u8'
  | 'u16'
  | 'u32'
  | 'u64'
  | 'u128'
  | 'u256'
  | 'i8'
  | 'i16'
  | 'i32'
  | 'i64'
  | 'i128'
  | 'i256';

export interface FieldInfo {
  name: string | null;
  type: AnyCodec;
  typeName: string | null;
}
export interface VariantInfo {
  name: string;
  index: number;
  fields: FieldInfo[];
}
export type TypeDef =
  | { tag: 'composite'; fields: FieldInfo[] }
  | { tag: 'variant'; variants: VariantInfo[] }
  | { tag: 'sequence'; type: AnyCodec }
  | { tag: 'array'; len: number; type: AnyCodec }
  | { tag: 'tuple'; types: AnyCodec[] }
  | { tag: 'primitive'; prim: Primitive }
  | { tag: 'compact'; type: AnyCodec };

export interface TypeInfo {
  path: string[];
  params: Array<{ name: string; type: AnyCodec | null }>;
  def: TypeDef;
}

export interface Codec<T> {
  /** Type description for the metadata registry (a getter for recursive types). */
  readonly info: TypeInfo;
  enc(w: Writer, value: T): void;
  dec(r: Reader): T;
}
// biome-ignore lint/suspicious/noExplicitAny: the erased codec type needs a bivariant value position
export type AnyCodec = Codec<any>;
export type ValueOf<C> = C extends Codec<infer T> ? T : never;

const SPARE_WRITER_MAX = 1 << 16;
/** Writers `encode` reuses (a stack: a codec may encode a nested value while its own writer is busy). */
const spareWriters: Writer[] = [];

const takeWriter = (): Writer => {
  const w = spareWriters.pop() ?? new Writer();
  w.length = 0;
  return w;
};

const returnWriter = (w: Writer): void => {
  w.length = 0;
  // A writer grown for a large value (a block, a snapshot) is dropped rather than kept for good.
  if (w.capacity <= SPARE_WRITER_MAX) spareWriters.push(w);
};

export function encode<T>(codec: Codec<T>, value: T): Uint8Array {
  const w = takeWriter();
  try {
    codec.enc(w, value);
    return w.finish();
  } finally {
    returnWriter(w);
  }
}

/**
 * `toHex(encode(codec, value))` without copying the bytes out of the writer first (a copy of more than
 * 64 bytes is a typed array V8 allocates off its heap: about ten times the cost of a small one).
 */
export function encodeToHex<T>(codec: Codec<T>, value: T): string {
  const w = takeWriter();
  try {
    codec.enc(w, value);
    return toHex(w.written());
  } finally {
    returnWriter(w);
  }
}

/** Decodes the whole input; trailing bytes are an error, as Substrate's `decode_all`. */
export function decode<T>(codec: Codec<T>, bytes: Uint8Array): T {
  const r = new Reader(bytes);
  const v = codec.dec(r);
  if (r.remaining !== 0) throw new CodecError(`${r.remaining} trailing byte(s) after value`);
  return v;
}

// ---------------------------------------------------------------------------------------------------
// Primitives

function toBigInt(v: unknown, what: string): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return BigInt(v.trim());
  if (typeof v === 'string' && /^0x[0-9a-fA-F]+$/.test(v)) return BigInt(v);
  throw new CodecError(
    `${what}: expected an integer, got ${typeof v === 'string' ? JSON.stringify(v.slice(0, 40)) : typeof v}`,
  );
}

const MASK64 = (1n << 64n) - 1n;

function uint(bits: 8 | 16 | 32 | 64 | 128 | 256): Codec<bigint> {
  const max = (1n << BigInt(bits)) - 1n;
  const name = `u${bits}`;
  const words = bits >> 6;
  return {
    info: { path: [], params: [], def: { tag: 'primitive', prim: name as Primitive } },
    enc(w, value) {
      const v = toBigInt(value, name);
      if (v < 0n || v > max) throw new CodecError(`${name}: ${v} is out of range`);
      if (bits === 8) w.u8(Number(v));
      else if (bits === 16) w.u16(Number(v));
      else if (bits === 32) w.u32(Number(v));
      else if (v <= MASK64) {
        // Most u128 balances fit 64 bits: the high words are zeros, no shifts.
        w.u64(v);
        for (let i = 1; i < words; i++) w.u64(0n);
      } else if (bits === 128) {
        // Balances over 2^64 planck and the new-logic flag bit of every AccountData: two words.
        w.u64(BigInt.asUintN(64, v));
        w.u64(v >> 64n);
      } else {
        // Word by word, low first.
        let rest = v;
        for (let i = 0; i < words; i++) {
          w.u64(BigInt.asUintN(64, rest));
          rest >>= 64n;
        }
      }
    },
    dec(r) {
      if (bits === 8) return BigInt(r.u8());
      if (bits === 16) return BigInt(r.u16());
      if (bits === 32) return BigInt(r.u32());
      let v = r.u64();
      for (let i = 1; i < words; i++) {
        const word = r.u64();
        if (word !== 0n) v |= word << (64n * BigInt(i));
      }
      return v;
    },
  };
}

function sint(bits: 8 | 16 | 32 | 64 | 128): Codec<bigint> {
  const u = uint(bits);
  const name = `i${bits}`;
  const half = 1n << BigInt(bits - 1);
  return {
    info: { path: [], params: [], def: { tag: 'primitive', prim: name as Primitive } },
    enc(w, value) {
      const v = toBigInt(value, name);
      if (v < -half || v >= half) throw new CodecError(`${name}: ${v} is out of range`);
      u.enc(w, BigInt.asUintN(bits, v));
    },
    dec: (r) => BigInt.asIntN(bits, u.dec(r)),
  };
}

export const u8 = uint(8);
export const u16 = uint(16);
export const u32 = uint(32);
export const u64 = uint(64);
export const u128 = uint(128);
export const u256 = uint(256);
export const i8 = sint(8);
export const i16 = sint(16);
export const i32 = sint(32);
export const i64 = sint(64);
export const i128 = sint(128);

export const bool: Codec<boolean> = {
  info: { path: [], params: [], def: { tag: 'primitive', prim: 'bool' } },
  enc(w, v) {
    if (typeof v !== 'boolean') throw new CodecError(`bool: expected a boolean, got ${typeof v}`);
    w.u8(v ? 1 : 0);
  },
  dec(r) {
    const b = r.u8();
    if (b > 1) throw new CodecError(`bool: invalid byte ${b}`);
    return b === 1;
  },
};

export const compactU32Length = {
  enc(w: Writer, n: number): void {
    // Every length below 2^30 in one of the three short modes, without a BigInt (the same bytes).
    if (Number.isInteger(n) && n >= 0 && n < 1 << 30) {
      if (n < 1 << 6) w.u8(n << 2);
      else if (n < 1 << 14) w.u16((n << 2) | 1);
      else w.u32(((n << 2) | 2) >>> 0);
      return;
    }
    compactEnc(w, BigInt(n));
  },
  dec(r: Reader, limit = r.remaining): number {
    const n = compactLengthDec(r);
    if (n > limit) throw new CodecError(`length ${n} exceeds the ${limit} bytes left`);
    return Number(n);
  },
};

/** compactDec for a length: the short modes as a number (same checks), the big-integer mode as compactDec. */
function compactLengthDec(r: Reader): number | bigint {
  const first = r.bytes[r.pos];
  if (first === undefined || (first & 3) === 3) return compactDec(r);
  const mode = first & 3;
  if (mode === 0) {
    r.pos += 1;
    return first >> 2;
  }
  if (mode === 1) {
    r.u8();
    const v = (first | (r.u8() << 8)) >> 2;
    if (v < 1 << 6) throw new CodecError('compact: non-canonical encoding');
    return v;
  }
  r.u8();
  const v = ((first | (r.u8() << 8) | (r.u8() << 16) | (r.u8() << 24)) >>> 0) >>> 2;
  if (v < 1 << 14) throw new CodecError('compact: non-canonical encoding');
  return v;
}

function compactEnc(w: Writer, v: bigint): void {
  if (v < 0n) throw new CodecError('compact: negative value');
  if (v < 1n << 6n) w.u8(Number(v) << 2);
  else if (v < 1n << 14n) w.u16((Number(v) << 2) | 1);
  else if (v < 1n << 30n) w.u32(((Number(v) << 2) | 2) >>> 0);
  else {
    const bytes: number[] = [];
    let x = v;
    while (x > 0n) {
      bytes.push(Number(x & 0xffn));
      x >>= 8n;
    }
    if (bytes.length > 67) throw new CodecError('compact: value too large');
    w.u8(((bytes.length - 4) << 2) | 3);
    w.bytes(Uint8Array.from(bytes));
  }
}

function compactDec(r: Reader): bigint {
  const first = r.u8();
  const mode = first & 3;
  if (mode === 0) return BigInt(first >> 2);
  if (mode === 1) {
    const v = (first | (r.u8() << 8)) >> 2;
    if (v < 1 << 6) throw new CodecError('compact: non-canonical encoding');
    return BigInt(v);
  }
  if (mode === 2) {
    const v = ((first | (r.u8() << 8) | (r.u8() << 16) | (r.u8() << 24)) >>> 0) >>> 2;
    if (v < 1 << 14) throw new CodecError('compact: non-canonical encoding');
    return BigInt(v);
  }
  const n = (first >> 2) + 4;
  const bytes = r.take(n);
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i] as number);
  if (v < 1n << 30n || bytes[n - 1] === 0) throw new CodecError('compact: non-canonical encoding');
  return v;
}

const compactCache = new Map<AnyCodec, Codec<bigint>>();
/** Compact<T> for unsigned integers (value range still checked against T). */
export function compact(inner: Codec<bigint>): Codec<bigint> {
  const hit = compactCache.get(inner);
  if (hit) return hit;
  const max = maxOf(inner);
  const c: Codec<bigint> = {
    info: { path: [], params: [], def: { tag: 'compact', type: inner } },
    enc(w, value) {
      const v = toBigInt(value, 'compact');
      if (v < 0n || v > max) throw new CodecError(`compact: ${v} is out of range`);
      compactEnc(w, v);
    },
    dec(r) {
      const v = compactDec(r);
      if (v > max) throw new CodecError(`compact: ${v} is out of range`);
      return v;
    },
  };
  compactCache.set(inner, c);
  return c;
}

function maxOf(c: Codec<bigint>): bigint {
  const d = c.info.def;
  if (d.tag === 'primitive' && d.prim.startsWith('u')) return (1n << BigInt(d.prim.slice(1))) - 1n;
  if (d.tag === 'composite' && d.fields.length === 1 && d.fields[0]) return maxOf(d.fields[0].type);
  throw new CodecError('compact: unsupported inner type');
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export const str: Codec<string> = {
  info: { path: [], params: [], def: { tag: 'primitive', prim: 'str' } },
  enc(w, v) {
    if (typeof v !== 'string') throw new CodecError(`str: expected a string, got ${typeof v}`);
    const b = utf8(v);
    compactU32Length.enc(w, b.length);
    w.bytes(b);
  },
  dec(r) {
    const n = compactU32Length.dec(r);
    try {
      return strictUtf8.decode(r.take(n));
    } catch {
      throw new CodecError('str: invalid UTF-8'); // String::decode refuses it too
    }
  },
};

/** Byte input accepted for Vec<u8> and [u8; N]: Uint8Array, 0x-hex, or any other string as UTF-8 text. */
export function toBytes(v: unknown, what: string): Uint8Array {
  if (v instanceof Uint8Array) return v;
  if (typeof v === 'string') {
    // 0x-hex of whole bytes (fromHex validates each digit: no regex on this hot path), else UTF-8 text.
    if (v.length % 2 === 0 && v.startsWith('0x')) {
      try {
        return fromHex(v);
      } catch {
        return utf8(v);
      }
    }
    return utf8(v);
  }
  if (Array.isArray(v) && v.every((x) => typeof x === 'number' && x >= 0 && x < 256))
    return Uint8Array.from(v);
  throw new CodecError(`${what}: expected bytes (hex string or Uint8Array), got ${typeof v}`);
}

/** Vec<u8>, shown as 0x-hex. */
export const bytes: Codec<string> = {
  info: { path: [], params: [], def: { tag: 'sequence', type: u8 } },
  enc(w, v) {
    if (typeof v === 'string' && v.length % 2 === 0 && v.startsWith('0x')) {
      // Whole-byte 0x-hex straight into the writer; not hex after all: undone, and read as toBytes does.
      const at = w.length;
      compactU32Length.enc(w, (v.length - 2) / 2);
      if (w.hex(v)) return;
      w.length = at;
    }
    const b = toBytes(v, 'Vec<u8>');
    compactU32Length.enc(w, b.length);
    w.bytes(b);
  },
  dec(r) {
    return toHex(r.take(compactU32Length.dec(r)));
  },
};

const byteArrays = new Map<number, Codec<string>>();
/** [u8; N], shown as 0x-hex. */
export function byteArray(len: number): Codec<string> {
  const hit = byteArrays.get(len);
  if (hit) return hit;
  const c: Codec<string> = {
    info: { path: [], params: [], def: { tag: 'array', len, type: u8 } },
    enc(w, v) {
      if (typeof v === 'string' && v.length === 2 + 2 * len && w.hex(v)) return;
      const b = toBytes(v, `[u8; ${len}]`);
      if (b.length !== len) throw new CodecError(`[u8; ${len}]: got ${b.length} bytes`);
      w.bytes(b);
    },
    dec: len === 32 ? (r) => hex32(r.bytes, r.skip(32)) : (r) => toHex(r.take(len)),
  };
  byteArrays.set(len, c);
  return c;
}

// ---------------------------------------------------------------------------------------------------
// Combinators

export function vec<T>(inner: Codec<T>): Codec<T[]> {
  return {
    info: { path: [], params: [], def: { tag: 'sequence', type: inner } },
    enc(w, v) {
      if (!Array.isArray(v)) throw new CodecError(`Vec: expected an array, got ${typeof v}`);
      compactU32Length.enc(w, v.length);
      for (const x of v) inner.enc(w, x);
    },
    dec(r) {
      const n = compactU32Length.dec(r);
      const out: T[] = [];
      for (let i = 0; i < n; i++) out.push(inner.dec(r));
      return out;
    },
  };
}

export function array<T>(inner: Codec<T>, len: number): Codec<T[]> {
  return {
    info: { path: [], params: [], def: { tag: 'array', len, type: inner } },
    enc(w, v) {
      if (!Array.isArray(v) || v.length !== len) throw new CodecError(`[T; ${len}]: expected ${len} items`);
      for (const x of v) inner.enc(w, x);
    },
    dec(r) {
      const out: T[] = [];
      for (let i = 0; i < len; i++) out.push(inner.dec(r));
      return out;
    },
  };
}

type TupleValues<T extends readonly AnyCodec[]> = { -readonly [K in keyof T]: ValueOf<T[K]> };

export function tuple<const T extends readonly AnyCodec[]>(...items: T): Codec<TupleValues<T>> {
  return {
    info: { path: [], params: [], def: { tag: 'tuple', types: [...items] } },
    enc(w, v) {
      if (!Array.isArray(v) || v.length !== items.length)
        throw new CodecError(`tuple: expected ${items.length} items`);
      items.forEach((c, i) => {
        c.enc(w, v[i]);
      });
    },
    dec(r) {
      return items.map((c) => c.dec(r)) as TupleValues<T>;
    },
  };
}

export const unit: Codec<null> = {
  info: { path: [], params: [], def: { tag: 'tuple', types: [] } },
  enc() {},
  dec: () => null,
};

export type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
export const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

type StructValue<F extends Record<string, AnyCodec>> = { [K in keyof F & string as Camel<K>]: ValueOf<F[K]> };

export interface TypeMeta {
  path: string[];
  params?: Array<{ name: string; type: AnyCodec | null }>;
  typeNames?: Record<string, string>;
}

function meta(m: string | TypeMeta): TypeMeta {
  return typeof m === 'string' ? { path: m.split('::') } : m;
}

function readField(v: Record<string, unknown>, key: string, ck: string): unknown {
  return ck in v ? v[ck] : v[key];
}

/**
 * A codec whose encoded length can be found without decoding: a struct decodes a field of it only when
 * the field is read (see `struct`).
 */
export interface LazyCodec<T> extends Codec<T> {
  /** Moves past one encoded value without decoding it. */
  skip(r: Reader): void;
}

/**
 * Vec<T> of items `itemBytes` long each (public keys), decoded by a struct only when its field is read:
 * a stake pool's 200 workers are read-modify-written at every reward it gets, and the reward does not
 * look at them.
 */
export function lazyVec<T>(inner: Codec<T>, itemBytes: number): LazyCodec<T[]> {
  return {
    ...vec(inner),
    skip(r) {
      r.skip(compactU32Length.dec(r) * itemBytes);
    },
  };
}

const isLazy = (c: AnyCodec): c is LazyCodec<unknown> => 'skip' in c;

/** Own and not enumerable on a decoded struct: its lazy fields not read or set yet, with their bytes. */
const UNREAD = Symbol('unread lazy fields');
type Decoded = Record<string | symbol, unknown> & { [UNREAD]?: Map<string, Uint8Array> };

/** Makes a lazy field an ordinary property holding `value`; its bytes are forgotten. */
function settle(v: Decoded, ck: string, value: unknown): void {
  Object.defineProperty(v, ck, { value, writable: true, enumerable: true, configurable: true });
  v[UNREAD]?.delete(ck);
}

/**
 * A Rust struct with named fields; JS keys are the camelCase field names. A field with a `LazyCodec` is
 * decoded when first read: until then the value keeps its bytes (a slice of the immutable stored value,
 * behind a non-enumerable symbol, so a spread copy does not take them), and encoding the value writes
 * them back unchanged. Reading or setting the field makes it an ordinary property.
 */
export function struct<F extends Record<string, AnyCodec>>(
  m: string | TypeMeta,
  fields: F,
): Codec<StructValue<F>> {
  const mt = meta(m);
  const entries = Object.entries(fields).map(([key, codec]) => {
    const ck = camel(key);
    const lazy: PropertyDescriptor | undefined = isLazy(codec)
      ? {
          get(this: Decoded) {
            const value = decode(codec, this[UNREAD]?.get(ck) as Uint8Array);
            settle(this, ck, value);
            return value;
          },
          set(this: Decoded, value: unknown) {
            settle(this, ck, value);
          },
          enumerable: true,
          configurable: true,
        }
      : undefined;
    return { key, ck, codec, lazy };
  });
  const anyLazy = entries.some((e) => e.lazy);
  return {
    info: {
      path: mt.path,
      params: mt.params ?? [],
      def: {
        tag: 'composite',
        fields: entries.map((e) => ({ name: e.key, type: e.codec, typeName: mt.typeNames?.[e.key] ?? null })),
      },
    },
    enc(w, v) {
      if (typeof v !== 'object' || v === null)
        throw new CodecError(`${mt.path.join('::')}: expected an object`);
      const rec = v as Decoded;
      const unread = rec[UNREAD];
      for (const e of entries) {
        const raw = unread?.get(e.ck);
        if (raw) {
          w.bytes(raw);
          continue;
        }
        try {
          e.codec.enc(w, readField(rec, e.key, e.ck));
        } catch (err) {
          throw prefixError(err, e.key);
        }
      }
    },
    dec(r) {
      const out: Decoded = {};
      if (anyLazy) Object.defineProperty(out, UNREAD, { value: new Map<string, Uint8Array>() });
      for (const e of entries) {
        if (e.lazy) {
          const start = r.pos;
          (e.codec as LazyCodec<unknown>).skip(r);
          out[UNREAD]?.set(e.ck, r.bytes.subarray(start, r.pos));
          Object.defineProperty(out, e.ck, e.lazy);
        } else out[e.ck] = e.codec.dec(r);
      }
      return out as StructValue<F>;
    },
  };
}

/** Named fields of a call or an event variant: keys stay as declared (snake_case). */
export function fieldsCodec<F extends Record<string, AnyCodec>>(
  fields: F,
): Codec<{ [K in keyof F]: ValueOf<F[K]> }> & { fields: FieldInfo[] } {
  const entries = Object.entries(fields);
  return {
    fields: entries.map(([name, type]) => ({ name, type, typeName: null })),
    info: { path: [], params: [], def: { tag: 'composite', fields: [] } },
    enc(w, v) {
      if (typeof v !== 'object' || v === null) throw new CodecError('expected an object of named fields');
      const rec = v as Record<string, unknown>;
      for (const [key, codec] of entries) {
        try {
          codec.enc(w, key in rec ? rec[key] : rec[camel(key)]);
        } catch (err) {
          throw prefixError(err, key);
        }
      }
    },
    dec(r) {
      const out: Record<string, unknown> = {};
      for (const [key, codec] of entries) out[key] = codec.dec(r);
      return out as { [K in keyof F]: ValueOf<F[K]> };
    },
  };
}

function prefixError(err: unknown, key: string): Error {
  if (err instanceof CodecError) return new CodecError(`${key}: ${err.message}`);
  return err instanceof Error ? err : new CodecError(String(err));
}

/** A newtype struct `struct X(T)`: encoded as T, shown as T. */
export function newtype<T>(m: string | TypeMeta, inner: Codec<T>, typeName: string | null = null): Codec<T> {
  const mt = meta(m);
  return {
    info: {
      path: mt.path,
      params: mt.params ?? [],
      def: { tag: 'composite', fields: [{ name: null, type: inner, typeName }] },
    },
    enc: (w, v) => inner.enc(w, v),
    dec: (r) => inner.dec(r),
  };
}

/** Variant payloads: null = unit, a codec = one unnamed field, a record = named fields. */
export type VariantFields = null | AnyCodec | Record<string, AnyCodec>;
type VariantPayload<F> = F extends null
  ? null
  : F extends Codec<infer T>
    ? T
    : F extends Record<string, AnyCodec>
      ? { [K in keyof F]: ValueOf<F[K]> }
      : never;
export type EnumValue<V extends Record<string, VariantFields>> = {
  [K in keyof V & string]: { type: K; value: VariantPayload<V[K]> };
}[keyof V & string];

function isCodec(x: unknown): x is AnyCodec {
  return typeof x === 'object' && x !== null && 'enc' in x && 'dec' in x && 'info' in x;
}

/**
 * A Rust enum. Variant indices follow declaration order unless `indices` names them (for gaps).
 * Unit variants may also be given as a bare string on input.
 */
export function enumOf<V extends Record<string, VariantFields>>(
  m: string | TypeMeta,
  variants: V,
  indices?: Partial<Record<keyof V & string, number>>,
): Codec<EnumValue<V>> {
  const mt = meta(m);
  const list = Object.entries(variants).map(([name, f], i) => {
    const index = indices?.[name as keyof V & string] ?? i;
    const fields: FieldInfo[] =
      f === null
        ? []
        : isCodec(f)
          ? [{ name: null, type: f, typeName: null }]
          : Object.entries(f).map(([n, t]) => ({ name: n, type: t, typeName: null }));
    const payload: AnyCodec | null = f === null ? null : isCodec(f) ? f : fieldsCodec(f);
    return { name, index, fields, payload };
  });
  const byName = new Map(list.map((v) => [v.name, v]));
  const byIndex = new Map(list.map((v) => [v.index, v]));
  const label = mt.path.join('::') || 'enum';
  return {
    info: {
      path: mt.path,
      params: mt.params ?? [],
      def: { tag: 'variant', variants: list.map(({ name, index, fields }) => ({ name, index, fields })) },
    },
    enc(w, v) {
      const name = typeof v === 'string' ? v : (v as { type?: unknown })?.type;
      const variant = typeof name === 'string' ? byName.get(name) : undefined;
      if (!variant) throw new CodecError(`${label}: unknown variant ${String(name)}`);
      w.u8(variant.index);
      if (variant.payload) {
        const value = typeof v === 'string' ? undefined : (v as { value?: unknown }).value;
        try {
          variant.payload.enc(w, value);
        } catch (err) {
          throw prefixError(err, variant.name);
        }
      }
    },
    dec(r) {
      const idx = r.u8();
      const variant = byIndex.get(idx);
      if (!variant) throw new CodecError(`${label}: unknown variant index ${idx}`);
      return { type: variant.name, value: variant.payload ? variant.payload.dec(r) : null } as EnumValue<V>;
    },
  };
}

const optionCache = new Map<AnyCodec, AnyCodec>();
/** Option<T>: the value or null. */
export function option<T>(inner: Codec<T>): Codec<T | null> {
  const hit = optionCache.get(inner);
  if (hit) return hit as Codec<T | null>;
  const c: Codec<T | null> = {
    info: {
      path: ['Option'],
      params: [{ name: 'T', type: inner }],
      def: {
        tag: 'variant',
        variants: [
          { name: 'None', index: 0, fields: [] },
          { name: 'Some', index: 1, fields: [{ name: null, type: inner, typeName: null }] },
        ],
      },
    },
    enc(w, v) {
      if (v === null || v === undefined) w.u8(0);
      else {
        w.u8(1);
        inner.enc(w, v);
      }
    },
    dec(r) {
      const tag = r.u8();
      if (tag === 0) return null;
      if (tag === 1) return inner.dec(r);
      throw new CodecError(`Option: invalid tag ${tag}`);
    },
  };
  optionCache.set(inner, c);
  return c;
}

export function result<T, E>(
  ok: Codec<T>,
  err: Codec<E>,
): Codec<{ type: 'Ok'; value: T } | { type: 'Err'; value: E }> {
  return enumOf(
    {
      path: ['Result'],
      params: [
        { name: 'T', type: ok },
        { name: 'E', type: err },
      ],
    },
    { Ok: ok, Err: err },
  ) as Codec<{ type: 'Ok'; value: T } | { type: 'Err'; value: E }>;
}

/** Defers to a codec defined later (recursive types such as RuntimeCall inside Utility calls). */
export function lazy<T>(get: () => Codec<T>): Codec<T> & { target: () => AnyCodec } {
  return {
    target: get,
    get info() {
      return get().info;
    },
    enc: (w, v) => get().enc(w, v),
    dec: (r) => get().dec(r),
  };
}

/** AccountId32: input any account-like string or 32 bytes; output SS58 (prefix 30). */
export const accountId32: Codec<string> = {
  info: {
    path: ['sp_core', 'crypto', 'AccountId32'],
    params: [],
    def: { tag: 'composite', fields: [{ name: null, type: byteArray(32), typeName: '[u8; 32]' }] },
  },
  enc(w, v) {
    try {
      w.bytes(publicKey(v));
    } catch {
      throw new CodecError(`AccountId32: not an account: ${String(v).slice(0, 60)}`);
    }
  },
  dec: (r) => accountFromKey(r.take(32)),
};
