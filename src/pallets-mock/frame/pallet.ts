/**
 * Pallet declarations: calls, events, errors and constants with their SCALE types, hooks, genesis and
 * invariants. A pallet module declares each once; the runtime composes them into RuntimeCall and
 * RuntimeEvent and the metadata builder reads the same declarations.
 */
import type { ConfigBinding } from './config.js';
import { ext } from './context.js';
import { type DispatchError, moduleError } from './errors.js';
import type { Origin } from './origin.js';
import type { Profile } from './profile.js';
import {
  type AnyCodec,
  type Codec,
  type EnumValue,
  encode,
  enumOf,
  type ValueOf,
  type VariantFields,
} from './scale.js';
import type { StorageMeta } from './storage.js';

export type Fields = Record<string, AnyCodec>;
export type Args<F extends Fields> = { [K in keyof F]: ValueOf<F[K]> };

/** Weight of a call: ref_time (picoseconds) and proof_size (bytes), as weight_v2. */
export interface Weight {
  refTime: bigint;
  proofSize: bigint;
}

/**
 * PostDispatchInfo of a successful call (`DispatchResultWithPostInfo`): a body may return
 * `{ paysFee: false }` to refund the fee as `Ok(Pays::No.into())` does. A failed call always pays.
 */
export interface PostDispatchInfo {
  paysFee?: boolean;
}

export interface CallDecl<F extends Fields = Fields> {
  index: number;
  args: F;
  weight: Weight;
  class?: 'Normal' | 'Operational';
  /** Calls that always return Pays::No when they succeed (Sudo). */
  paysFee?: boolean;
  // biome-ignore lint/suspicious/noConfusingVoidType: most bodies return nothing (void), some a PostDispatchInfo
  fn(origin: Origin, args: Args<F>): PostDispatchInfo | void;
}

/** Declares one call: index, argument types (names as in the Rust signature), weight, body. */
export function call<F extends Fields>(
  index: number,
  args: F,
  // biome-ignore lint/suspicious/noConfusingVoidType: most bodies return nothing (void), some a PostDispatchInfo
  fn: (origin: Origin, args: Args<F>) => PostDispatchInfo | void,
  weight: Partial<Weight> & { refTime: bigint } = { refTime: 100_000_000n },
  extra: { class?: 'Normal' | 'Operational'; paysFee?: boolean } = {},
): CallDecl<F> {
  return {
    index,
    args,
    fn,
    weight: { refTime: weight.refTime, proofSize: weight.proofSize ?? 3_593n },
    ...extra,
  };
}

/** A pallet's events: typed `emit`, and the variant list for RuntimeEvent and metadata. */
export function events<const V extends Record<string, Fields>>(pallet: string, crate: string, variants: V) {
  const codec = enumOf(`${crate}::pallet::Event`, variants as Record<string, VariantFields>);
  return {
    pallet,
    variants,
    codec,
    emit<K extends keyof V & string>(name: K, fields: Args<V[K]>): void {
      ext().depositEvent(pallet, name, fields as Record<string, unknown>);
    },
  };
}
export type EventsDecl = ReturnType<typeof events>;

/** A pallet's error enum; `fail('Name')` makes the DispatchError to throw. */
export function errors<const E extends readonly string[]>(pallet: string, crate: string, names: E) {
  return {
    pallet,
    names: names as readonly string[],
    codec: enumOf(`${crate}::pallet::Error`, Object.fromEntries(names.map((n) => [n, null]))),
    fail(name: E[number], _detail?: string): DispatchError {
      return moduleError(pallet, name);
    },
  };
}
export type ErrorsDecl = ReturnType<typeof errors>;

export interface ConstantDecl {
  codec: Codec<bigint> | Codec<boolean> | AnyCodec;
  /** Default for every profile, or per profile (`demo` falls back to `value`, the dev one). */
  value: unknown;
  production?: unknown;
  demo?: unknown;
  /** Rust Config item that is not in the metadata's constants. */
  hidden?: boolean;
}

/** A pallet's constants; `get` reads the active runtime's value (with harness overrides). */
export function constants<const C extends Record<string, ConstantDecl>>(pallet: string, decls: C) {
  // 'Pallet.Name' of each constant, spelled once: hot hooks read constants every block, and a key built
  // per read is a fresh string to hash at each lookup.
  const keys = new Map(Object.keys(decls).map((name) => [name, `${pallet}.${name}`]));
  return {
    pallet,
    decls: decls as Record<string, ConstantDecl>,
    get<K extends keyof C & string>(name: K): ValueOf<C[K]['codec']> {
      const v = ext().constant(keys.get(name) ?? `${pallet}.${name}`);
      return v as ValueOf<C[K]['codec']>;
    },
  };
}
export type ConstantsDecl = ReturnType<typeof constants>;

export interface Hooks {
  onInitialize?(block: bigint): void;
  onFinalize?(block: bigint): void;
}

/**
 * A pallet's documentation for the metadata (from the Rust doc comments of the final Khala runtime):
 * the pallet itself (V15), and each call, event, error, storage item and constant by name.
 */
export interface PalletDocs {
  pallet: string[];
  calls?: Record<string, string[]>;
  events?: Record<string, string[]>;
  errors?: Record<string, string[]>;
  storage?: Record<string, string[]>;
  constants?: Record<string, string[]>;
}

export interface PalletDecl {
  name: string;
  /** Rust crate path for the metadata type paths, e.g. 'pallet_balances'. */
  crate: string;
  index: number;
  storage?: ReadonlyArray<{ meta: StorageMeta }>;
  calls?: Record<string, CallDecl>;
  events?: { codec: AnyCodec; pallet: string };
  errors?: ErrorsDecl;
  constants?: ConstantsDecl;
  hooks?: Hooks;
  /** Writes the pallet's genesis state (runs inside the runtime context). */
  genesis?(config: GenesisConfig): void;
  /** Named invariant checks (try-state); each throws on violation. */
  invariants?: Record<string, () => void>;
  /** Documentation carried by the metadata. */
  docs?: PalletDocs;
  /**
   * Config bindings this pallet offers a mock runtime, one whose definition binds nothing (as a Rust
   * mock.rs wires the obvious); a runtime definition with `config` ignores them.
   */
  mockConfig?: readonly ConfigBinding[];
  /** Only present in these profiles (default: all). */
  profiles?: ReadonlyArray<Profile>;
}

export interface GenesisConfig {
  profile: Profile;
  balances: Array<[string, bigint]>;
}

/** Builds the pallet's Call enum codec from its call declarations. */
export function callEnum(pallet: PalletDecl): Codec<EnumValue<Record<string, VariantFields>>> | undefined {
  if (!pallet.calls) return undefined;
  const variants: Record<string, VariantFields> = {};
  const indices: Record<string, number> = {};
  for (const [name, decl] of Object.entries(pallet.calls)) {
    variants[name] = decl.args;
    indices[name] = decl.index;
  }
  return enumOf(`${pallet.crate}::pallet::Call`, variants, indices);
}

/** Encodes a constant's value for the metadata. */
export function encodeConstant(decl: ConstantDecl, value: unknown): Uint8Array {
  return encode(decl.codec as AnyCodec, value);
}
