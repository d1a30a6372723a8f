/**
 * The static type of a value decoded by scale-plain.ts, derived from its generated codec type (the
 * augmentation in src/api/chain-types): `Plain<PhalaPalletsComputeBasePoolPalletBasePool>` is the plain
 * object the bulk reader returns for that struct, so the pool list reads typed fields where it used to
 * pull them out of `unknown` with hand guards. The mapping follows scale-plain.ts's conventions: u8–u32
 * and compacts are numbers, wider and signed integers bigints (the unbranded UInt interfaces, Permill,
 * Perbill and Percent, are u32s; Perquintill, a u64 of the same shape, appears in no Khala storage),
 * byte strings and account ids strings (0x-hex and SS58), Option None `null`, structs objects of their
 * (camelCase) fields, enums the bare variant name when no variant has fields and `{ variant: value }`
 * otherwise. Types only: no runtime code.
 */
import type {
  AbstractInt,
  BTreeMap,
  Bytes,
  bool,
  Compact,
  Enum,
  i8,
  i16,
  i32,
  i64,
  i128,
  i256,
  Null,
  Option,
  Struct,
  Text,
  U8aFixed,
  u64,
  u128,
  u256,
  Vec,
} from '@polkadot/types-codec';
import type { Codec, ITuple } from '@polkadot/types-codec/types';

/** The decoded form of a value of codec type `T`. */
export type Plain<T> = T extends Option<infer I>
  ? Plain<I> | null
  : T extends Bytes | U8aFixed | Text
    ? string
    : T extends bool
      ? boolean
      : T extends u64 | u128 | u256 | i8 | i16 | i32 | i64 | i128 | i256
        ? bigint
        : T extends AbstractInt | Compact<infer _>
          ? number
          : T extends Null
            ? null
            : T extends Enum
              ? PlainEnum<T>
              : T extends Struct
                ? PlainStruct<T>
                : T extends BTreeMap<infer K, infer V>
                  ? [Plain<K>, Plain<V>][]
                  : T extends Vec<infer I>
                    ? Plain<I>[]
                    : T extends ITuple<infer P>
                      ? { -readonly [K in keyof P]: Plain<P[K]> }
                      : unknown;

type PlainStruct<T extends Struct> = { -readonly [K in Exclude<keyof T, keyof Struct>]: Plain<T[K]> };

/** The `asVariant` accessors the generated interface adds to the Enum base. */
type VariantAccessors<T extends Enum> = Exclude<Extract<keyof T, `as${string}`>, keyof Enum>;

/** A field-less enum decodes to its variant's name; any other to `{ variantName: value }`. */
type PlainEnum<T extends Enum> = [VariantAccessors<T>] extends [never]
  ? T['type']
  : { [V in T['type']]: { [K in Uncapitalize<V>]: PlainVariant<T, V> } }[T['type']];

type PlainVariant<T extends Enum, V extends string> = `as${V}` extends keyof T
  ? T[`as${V}`] extends Codec
    ? Plain<T[`as${V}`]>
    : null
  : null;
