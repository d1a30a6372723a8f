/**
 * Metadata V14 and V15 derived from the pallet declarations: a portable type registry assigned from the
 * codecs' type information (structurally deduplicated, recursion through RuntimeCall allowed), pallets
 * with storage, calls, events, constants and errors — each documented from the pallet's `docs` (variant
 * docs on the Call/Event/Error enums) — and the extrinsic v4 description with Khala's signed extensions
 * (spec/contracts.md §1). V15 adds the pallets' own docs, the runtime API descriptions the node answers,
 * and the outer enums (RuntimeCall, RuntimeEvent, RuntimeError). Encoded as `RuntimeMetadataPrefixed`
 * ("meta" ++ version ++ metadata).
 */

import { utf8 } from '../primitives/bytes.js';
import { decodeEra } from './era.js';
import type { PalletDecl } from './pallet.js';
import type { Kernel } from './runtime.js';
import {
  type AnyCodec,
  byteArray,
  bytes,
  type Codec,
  compact,
  enumOf,
  newtype,
  Reader,
  struct,
  type TypeInfo,
  tuple,
  u8,
  u32,
  u128,
  type ValueOf,
  type VariantFields,
  Writer,
} from './scale.js';
import type { HasherName } from './storage.js';
import { H256, MultiAddress } from './types.js';

const PRIMITIVES = [
  'bool',
  'char',
  'str',
  'u8',
  'u16',
  'u32',
  'u64',
  'u128',
  'u256',
  'i8',
  'i16',
  'i32',
  'i64',
  'i128',
  'i256',
];
const HASHER_INDEX: Record<HasherName, number> = {
  Blake2_128: 0,
  Blake2_256: 1,
  Blake2_128Concat: 2,
  Twox128: 3,
  Twox256: 4,
  Twox64Concat: 5,
  Identity: 6,
};
export const META_MAGIC = 0x6174656d;

// ---------------------------------------------------------------------------------------------------
// Extrinsic types

const eraVariants: Record<string, VariantFields> = { Immortal: null };
for (let i = 1; i < 256; i++) eraVariants[`Mortal${i}`] = u8;
const EraEnum = enumOf('sp_runtime::generic::era::Era', eraVariants);
/** The Era of the metadata: its 256 variants, decoded as sp_runtime does (an invalid mortal era is an error). */
export const Era: Codec<ValueOf<typeof EraEnum>> = {
  info: EraEnum.info,
  enc: (w, v) => EraEnum.enc(w, v),
  dec(r) {
    const start = r.pos;
    const value = EraEnum.dec(r);
    decodeEra(new Reader(r.bytes.slice(start, r.pos)));
    return value;
  },
};

export const MultiSignature = enumOf('sp_runtime::MultiSignature', {
  Ed25519: newtype('sp_core::ed25519::Signature', byteArray(64), '[u8; 64]'),
  Sr25519: newtype('sp_core::sr25519::Signature', byteArray(64), '[u8; 64]'),
  Ecdsa: newtype('sp_core::ecdsa::Signature', byteArray(65), '[u8; 65]'),
});

const marker = (path: string, fields: Record<string, AnyCodec> = {}) =>
  struct({ path: path.split('::'), params: [{ name: 'T', type: null }] }, fields);
const unitTuple = tuple();

/** Khala's signed extensions in order: identifier, extrinsic part, additional-signed part. */
export const SIGNED_EXTENSIONS: Array<{ identifier: string; type: AnyCodec; additionalSigned: AnyCodec }> = [
  {
    identifier: 'CheckNonZeroSender',
    type: marker('frame_system::extensions::check_non_zero_sender::CheckNonZeroSender'),
    additionalSigned: unitTuple,
  },
  {
    identifier: 'CheckSpecVersion',
    type: marker('frame_system::extensions::check_spec_version::CheckSpecVersion'),
    additionalSigned: u32,
  },
  {
    identifier: 'CheckTxVersion',
    type: marker('frame_system::extensions::check_tx_version::CheckTxVersion'),
    additionalSigned: u32,
  },
  {
    identifier: 'CheckGenesis',
    type: marker('frame_system::extensions::check_genesis::CheckGenesis'),
    additionalSigned: H256,
  },
  {
    identifier: 'CheckMortality',
    type: newtype(
      {
        path: ['frame_system', 'extensions', 'check_mortality', 'CheckMortality'],
        params: [{ name: 'T', type: null }],
      },
      Era,
      'Era',
    ),
    additionalSigned: H256,
  },
  {
    identifier: 'CheckNonce',
    type: newtype(
      {
        path: ['frame_system', 'extensions', 'check_nonce', 'CheckNonce'],
        params: [{ name: 'T', type: null }],
      },
      compact(u32),
      'T::Index',
    ),
    additionalSigned: unitTuple,
  },
  {
    identifier: 'CheckWeight',
    type: marker('frame_system::extensions::check_weight::CheckWeight'),
    additionalSigned: unitTuple,
  },
  {
    identifier: 'CheckMqSequence',
    type: marker('phala_pallets::mq::check_seq::CheckMqSequence'),
    additionalSigned: unitTuple,
  },
  {
    identifier: 'ChargeTransactionPayment',
    type: newtype(
      {
        path: ['pallet_transaction_payment', 'ChargeTransactionPayment'],
        params: [{ name: 'T', type: null }],
      },
      compact(u128),
      'BalanceOf<T>',
    ),
    additionalSigned: unitTuple,
  },
];

// ---------------------------------------------------------------------------------------------------
// Portable registry

interface PortableField {
  name: string | null;
  type: number;
  typeName: string | null;
}
type PortableDef =
  | { tag: 'composite'; fields: PortableField[] }
  | {
      tag: 'variant';
      variants: Array<{ name: string; index: number; fields: PortableField[]; docs: string[] }>;
    }
  | { tag: 'sequence'; type: number }
  | { tag: 'array'; len: number; type: number }
  | { tag: 'tuple'; types: number[] }
  | { tag: 'primitive'; prim: string }
  | { tag: 'compact'; type: number };
export interface PortableType {
  path: string[];
  params: Array<{ name: string; type: number | null }>;
  def: PortableDef;
}

export class TypeRegistryBuilder {
  readonly types: Array<PortableType | null> = [];
  private readonly ids = new Map<AnyCodec, number>();
  private readonly byKey = new Map<string, number>();
  private readonly inProgress = new Set<AnyCodec>();
  /** Docs of the variants of an enum codec (a pallet's Call, Event and Error), by variant name. */
  private readonly variantDocs = new Map<AnyCodec, Record<string, string[]>>();

  /** Each type id with the first codec that was given it. */
  codecsById(): Map<number, AnyCodec> {
    const out = new Map<number, AnyCodec>();
    for (const [codec, id] of this.ids) if (!out.has(id)) out.set(id, codec);
    return out;
  }

  /** Documents the variants of `codec`; call before its id is assigned. */
  documentVariants(codec: AnyCodec, docs: Record<string, string[]> | undefined): void {
    if (docs) this.variantDocs.set(resolve(codec), docs);
  }

  id(codec: AnyCodec): number {
    const c = resolve(codec);
    const known = this.ids.get(c);
    if (known !== undefined) return known;
    if (this.inProgress.has(c)) {
      const reserved = this.types.push(null) - 1;
      this.ids.set(c, reserved);
      return reserved;
    }
    this.inProgress.add(c);
    const entry = this.portable(c.info, this.variantDocs.get(c));
    this.inProgress.delete(c);
    const reserved = this.ids.get(c);
    if (reserved !== undefined) {
      this.types[reserved] = entry;
      return reserved;
    }
    const key = JSON.stringify(entry);
    const same = this.byKey.get(key);
    if (same !== undefined) {
      this.ids.set(c, same);
      return same;
    }
    const id = this.types.push(entry) - 1;
    this.byKey.set(key, id);
    this.ids.set(c, id);
    return id;
  }

  private portable(info: TypeInfo, docs: Record<string, string[]> | undefined): PortableType {
    const fields = (
      fs: Array<{ name: string | null; type: AnyCodec; typeName: string | null }>,
    ): PortableField[] => fs.map((f) => ({ name: f.name, type: this.id(f.type), typeName: f.typeName }));
    const d = info.def;
    let def: PortableDef;
    switch (d.tag) {
      case 'composite':
        def = { tag: 'composite', fields: fields(d.fields) };
        break;
      case 'variant':
        def = {
          tag: 'variant',
          variants: d.variants.map((v) => ({
            name: v.name,
            index: v.index,
            fields: fields(v.fields),
            docs: docs?.[v.name] ?? [],
          })),
        };
        break;
      case 'sequence':
        def = { tag: 'sequence', type: this.id(d.type) };
        break;
      case 'array':
        def = { tag: 'array', len: d.len, type: this.id(d.type) };
        break;
      case 'tuple':
        def = { tag: 'tuple', types: d.types.map((t) => this.id(t)) };
        break;
      case 'compact':
        def = { tag: 'compact', type: this.id(d.type) };
        break;
      default:
        def = { tag: 'primitive', prim: d.prim };
    }
    return {
      path: info.path,
      params: info.params.map((p) => ({ name: p.name, type: p.type ? this.id(p.type) : null })),
      def,
    };
  }
}

function resolve(c: AnyCodec): AnyCodec {
  let cur = c as AnyCodec & { target?: () => AnyCodec };
  while (cur.target) cur = cur.target() as AnyCodec & { target?: () => AnyCodec };
  return cur;
}

// ---------------------------------------------------------------------------------------------------
// Encoding

function rawBytes(w: Writer, b: Uint8Array): void {
  compact(u32).enc(w, BigInt(b.length));
  w.bytes(b);
}
const text = (w: Writer, s: string) => rawBytes(w, utf8(s));

function vecOf<T>(w: Writer, items: readonly T[], each: (x: T) => void): void {
  compact(u32).enc(w, BigInt(items.length));
  for (const x of items) each(x);
}
const cid = (w: Writer, id: number) => compact(u32).enc(w, BigInt(id));
function opt<T>(w: Writer, v: T | null | undefined, each: (x: T) => void): void {
  if (v === null || v === undefined) w.u8(0);
  else {
    w.u8(1);
    each(v);
  }
}

function writeFields(w: Writer, fields: PortableField[]): void {
  vecOf(w, fields, (f) => {
    opt(w, f.name, (n) => text(w, n));
    cid(w, f.type);
    opt(w, f.typeName, (n) => text(w, n));
    vecOf(w, [], () => {});
  });
}

function writeType(w: Writer, id: number, t: PortableType): void {
  cid(w, id);
  vecOf(w, t.path, (s) => text(w, s));
  vecOf(w, t.params, (p) => {
    text(w, p.name);
    opt(w, p.type, (x) => cid(w, x));
  });
  const d = t.def;
  switch (d.tag) {
    case 'composite':
      w.u8(0);
      writeFields(w, d.fields);
      break;
    case 'variant':
      w.u8(1);
      vecOf(w, d.variants, (v) => {
        text(w, v.name);
        writeFields(w, v.fields);
        w.u8(v.index);
        vecOf(w, v.docs, (d) => text(w, d));
      });
      break;
    case 'sequence':
      w.u8(2);
      cid(w, d.type);
      break;
    case 'array':
      w.u8(3);
      w.u32(d.len);
      cid(w, d.type);
      break;
    case 'tuple':
      w.u8(4);
      vecOf(w, d.types, (x) => cid(w, x));
      break;
    case 'primitive':
      w.u8(5);
      w.u8(PRIMITIVES.indexOf(d.prim));
      break;
    case 'compact':
      w.u8(6);
      cid(w, d.type);
      break;
  }
  vecOf(w, [], () => {});
}

/** The unchecked extrinsic type polkadot-js finds by path to learn Address, Call, Signature and Extra. */
export function uncheckedExtrinsic(call: AnyCodec): AnyCodec {
  const extra = tuple(...SIGNED_EXTENSIONS.map((e) => e.type));
  return newtype(
    {
      path: ['sp_runtime', 'generic', 'unchecked_extrinsic', 'UncheckedExtrinsic'],
      params: [
        { name: 'Address', type: MultiAddress },
        { name: 'Call', type: call },
        { name: 'Signature', type: MultiSignature },
        { name: 'Extra', type: extra },
      ],
    },
    bytes,
  );
}

/** One method of a runtime API as V15 describes it. */
export interface RuntimeApiMethodDecl {
  name: string;
  inputs: Array<[string, AnyCodec]>;
  output: AnyCodec;
  docs: string[];
}

/** A runtime API trait (`Core`, `Metadata`, …) with the methods the node answers. */
export interface RuntimeApiDecl {
  name: string;
  methods: RuntimeApiMethodDecl[];
  docs: string[];
}

/** The metadata versions served (`Metadata_metadata_versions`). */
export const METADATA_VERSIONS = [14, 15] as const;
export type MetadataVersion = (typeof METADATA_VERSIONS)[number];

const docsOf = (w: Writer, docs: readonly string[] | undefined) => vecOf(w, docs ?? [], (d) => text(w, d));

/** `RuntimeError`: each pallet's Error enum at the pallet's index (V15 outer enum). */
function runtimeError(kernel: Kernel): AnyCodec {
  const variants: Record<string, VariantFields> = {};
  const indices: Record<string, number> = {};
  for (const p of kernel.pallets) {
    if (!p.errors) continue;
    variants[p.name] = p.errors.codec;
    indices[p.name] = p.index;
  }
  return enumOf(`${kernel.definition.crate}::RuntimeError`, variants, indices);
}

/** Storage, calls, events, constants, errors and index of one pallet (V14 and V15 share them). */
function writePallet(body: Writer, reg: TypeRegistryBuilder, kernel: Kernel, p: PalletDecl): void {
  const docs = p.docs;
  text(body, p.name);
  const items = p.storage ?? [];
  opt(body, items.length ? items : null, (list) => {
    text(body, p.name);
    vecOf(body, list, ({ meta }) => {
      text(body, meta.name);
      body.u8(meta.modifier === 'Optional' ? 0 : 1);
      if (meta.hashers.length === 0) {
        body.u8(0);
        cid(body, reg.id(meta.value));
      } else {
        body.u8(1);
        vecOf(body, meta.hashers, (h) => body.u8(HASHER_INDEX[h]));
        const key = meta.keys.length === 1 ? (meta.keys[0] as AnyCodec) : tuple(...meta.keys);
        cid(body, reg.id(key));
        cid(body, reg.id(meta.value));
      }
      rawBytes(body, meta.fallback);
      docsOf(body, docs?.storage?.[meta.name] ?? meta.docs);
    });
  });
  const calls = kernel.palletCalls.get(p.name);
  opt(body, calls ?? null, (c) => cid(body, reg.id(c)));
  opt(body, p.events?.codec ?? null, (c) => cid(body, reg.id(c)));
  const constants = Object.entries(p.constants?.decls ?? {}).filter(([, d]) => !d.hidden);
  vecOf(body, constants, ([name, decl]) => {
    text(body, name);
    cid(body, reg.id(decl.codec));
    const value = new Writer();
    (decl.codec as AnyCodec).enc(value, kernel.constantValue(p.name, name));
    rawBytes(body, value.finish());
    docsOf(body, docs?.constants?.[name]);
  });
  opt(body, p.errors?.codec ?? null, (c) => cid(body, reg.id(c)));
  body.u8(p.index);
}

/**
 * Builds and encodes the runtime's metadata (RuntimeMetadataPrefixed) in `version` 14 or 15; `apis`
 * are the runtime APIs V15 describes.
 */
export function buildMetadata(
  kernel: Kernel,
  version: MetadataVersion = 14,
  apis: readonly RuntimeApiDecl[] = [],
): Uint8Array {
  return buildMetadataWithTypes(kernel, version, apis).bytes;
}

/** The metadata and, by type id, the codec behind each type of its registry (the first one given that id). */
export function buildMetadataWithTypes(
  kernel: Kernel,
  version: MetadataVersion = 14,
  apis: readonly RuntimeApiDecl[] = [],
): { bytes: Uint8Array; codecs: Map<number, AnyCodec> } {
  const reg = new TypeRegistryBuilder();
  const bytes = writeMetadata(kernel, version, apis, reg);
  return { bytes, codecs: reg.codecsById() };
}

function writeMetadata(
  kernel: Kernel,
  version: MetadataVersion,
  apis: readonly RuntimeApiDecl[],
  reg: TypeRegistryBuilder,
): Uint8Array {
  return kernel.enter(() => {
    // Every pallet's Call/Event/Error docs first: storage (System.Events, Scheduler.Agenda) reaches
    // the other pallets' enums through RuntimeEvent and RuntimeCall before their own entries.
    for (const p of kernel.pallets) {
      const calls = kernel.palletCalls.get(p.name);
      if (calls) reg.documentVariants(calls, p.docs?.calls);
      if (p.events) reg.documentVariants(p.events.codec, p.docs?.events);
      if (p.errors) reg.documentVariants(p.errors.codec, p.docs?.errors);
    }
    const runtimeType = struct(`${kernel.definition.crate}::Runtime`, {});
    const w = new Writer();
    w.u32(META_MAGIC);
    w.u8(version);
    // Assign ids for everything first, then write the registry followed by pallets.
    const body = new Writer();
    vecOf(body, kernel.pallets, (p) => {
      writePallet(body, reg, kernel, p);
      if (version === 15) docsOf(body, p.docs?.pallet);
    });
    const extrinsic = uncheckedExtrinsic(kernel.callCodec);
    if (version === 14) {
      cid(body, reg.id(extrinsic));
      body.u8(4);
    } else {
      body.u8(4);
      const params = extrinsic.info.params;
      for (const name of ['Address', 'Call', 'Signature', 'Extra']) {
        const t = params.find((x) => x.name === name)?.type;
        if (!t) throw new Error(`metadata: UncheckedExtrinsic has no ${name}`);
        cid(body, reg.id(t));
      }
      // V15 still lists UncheckedExtrinsic in the registry for clients that look it up by path.
      reg.id(extrinsic);
    }
    vecOf(body, SIGNED_EXTENSIONS, (e) => {
      text(body, e.identifier);
      cid(body, reg.id(e.type));
      cid(body, reg.id(e.additionalSigned));
    });
    cid(body, reg.id(runtimeType));
    if (version === 15) {
      vecOf(body, apis, (api) => {
        text(body, api.name);
        vecOf(body, api.methods, (m) => {
          text(body, m.name);
          vecOf(body, m.inputs, ([name, codec]) => {
            text(body, name);
            cid(body, reg.id(codec));
          });
          cid(body, reg.id(m.output));
          docsOf(body, m.docs);
        });
        docsOf(body, api.docs);
      });
      cid(body, reg.id(kernel.callCodec));
      cid(body, reg.id(kernel.eventCodec));
      cid(body, reg.id(runtimeError(kernel)));
      vecOf(body, [], () => {}); // custom: no entries
    }
    // Event records and the error type are reachable from System storage; make sure RuntimeEvent is too.
    reg.id(kernel.eventCodec);
    cid(w, reg.types.length);
    reg.types.forEach((t, id) => {
      if (!t) throw new Error(`metadata: type ${id} was reserved for a recursive type but never defined`);
      writeType(w, id, t);
    });
    w.bytes(body.finish());
    return w.finish();
  });
}
