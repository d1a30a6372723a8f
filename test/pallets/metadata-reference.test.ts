/**
 * The kernel's metadata V14 against @polkadot/types and against the real Khala runtime
 * (spec/contracts.md §1: names and SCALE shapes follow `../shared/reference/khala-metadata-v14.scale`).
 *
 * - polkadot-js decodes our metadata and re-encodes it byte for byte; the extrinsic is v4 with Khala's
 *   signed extensions in Khala's order, and polkadot-js finds the types it looks up by path
 *   (UncheckedExtrinsic with Address/Call/Signature/Extra, MultiAddress, MultiSignature, EventRecord,
 *   Era, AccountInfo), so it can build, sign and decode calls, extrinsics and events.
 * - For System, Balances, Assets, Utility and Uniques, every storage entry, call, event, constant and
 *   error present in BOTH runtimes has the same name, modifier, hashers, indices, argument and field
 *   names and type shapes. Shapes are compared by walking both portable registries recursively
 *   (paths, composite field names, variant names/indices/fields, sequence/array/tuple/compact/
 *   primitive), ignoring type ids, docs and typeName strings. Runtime-composed types (RuntimeCall,
 *   RuntimeEvent, OriginCaller/PalletsOrigin: any path under `<x>_runtime::`) only have to be the same
 *   kind of runtime type, since our runtime has fewer pallets.
 * - A pallet not yet in our runtime is skipped with a message; it is compared as soon as it lands in
 *   runtime-definition.ts. Without the reference file the Khala comparisons are skipped, loudly.
 * - What the final Khala runtime (spec 1290) changed after Aug 2023 is checked against the table in
 *   final-runtime-shapes.ts instead (names, indices, field names and type labels; removed items are
 *   absent), and left out of the Khala comparison; each table entry must really differ from Khala.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Keyring } from '@polkadot/keyring';
import { expandMetadata, Metadata, TypeRegistry, type Vec } from '@polkadot/types';
import type { EventRecord, MetadataV14, RuntimeVersion, Si1Field, Si1Type } from '@polkadot/types/interfaces';
import { compactStripLength, u8aToHex } from '@polkadot/util';
import { describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/pallets-mock/index.js';
import {
  coveredNames,
  FINAL_ENUMS,
  FINAL_RUNTIME_CHANGES,
  type PalletChanges,
  type VariantShape,
} from './final-runtime-shapes.js';

const REFERENCE = fileURLToPath(
  new URL('../../../shared/reference/khala-metadata-v14.scale', import.meta.url),
);
const PALLETS = [
  'System',
  'Balances',
  'Assets',
  'Utility',
  'Uniques',
  'PhalaMq',
  'PhalaRegistry',
  'PhalaComputation',
  'PhalaBasePool',
  'PhalaStakePoolv2',
  'PhalaVault',
  'PhalaWrappedBalances',
  'RmrkCore',
  'Democracy',
  'Council',
  'TechnicalCommittee',
  'Treasury',
  'Preimage',
  'Scheduler',
  'Bounties',
  'ChildBounties',
  'Tips',
  'Vesting',
  'Identity',
  'Proxy',
  'Multisig',
  'PhragmenElection',
  'TechnicalMembership',
] as const;
/** spec/contracts.md §1, Khala's order. */
const KHALA_SIGNED_EXTENSIONS = [
  'CheckNonZeroSender',
  'CheckSpecVersion',
  'CheckTxVersion',
  'CheckGenesis',
  'CheckMortality',
  'CheckNonce',
  'CheckWeight',
  'CheckMqSequence',
  'ChargeTransactionPayment',
];
/** polkadot-js has no built-in definition for Phala's CheckMqSequence (it adds nothing to the payload). */
const USER_EXTENSIONS = { CheckMqSequence: { extrinsic: {}, payload: {} } };
const ALICE_PK = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';

// ---------------------------------------------------------------------------------------------------
// Plain views of a portable registry and of the pallets

interface Field {
  name: string | null;
  type: number;
}
interface Variant {
  name: string;
  index: number;
  fields: Field[];
}
type Def =
  | { tag: 'composite'; fields: Field[] }
  | { tag: 'variant'; variants: Variant[] }
  | { tag: 'sequence'; type: number }
  | { tag: 'array'; len: number; type: number }
  | { tag: 'tuple'; types: number[] }
  | { tag: 'primitive'; prim: string }
  | { tag: 'compact'; type: number }
  | { tag: 'bitSequence'; store: number; order: number }
  | { tag: 'historic'; name: string };
interface Ty {
  path: string[];
  params: Array<{ name: string; type: number | null }>;
  def: Def;
}

const fieldsOf = (fs: readonly Si1Field[]): Field[] =>
  fs.map((f) => ({ name: f.name.isSome ? f.name.unwrap().toString() : null, type: f.type.toNumber() }));

function plainType(t: Si1Type): Ty {
  const d = t.def;
  let def: Def;
  if (d.isComposite) def = { tag: 'composite', fields: fieldsOf(d.asComposite.fields) };
  else if (d.isVariant)
    def = {
      tag: 'variant',
      variants: d.asVariant.variants.map((v) => ({
        name: v.name.toString(),
        index: v.index.toNumber(),
        fields: fieldsOf(v.fields),
      })),
    };
  else if (d.isSequence) def = { tag: 'sequence', type: d.asSequence.type.toNumber() };
  else if (d.isArray) def = { tag: 'array', len: d.asArray.len.toNumber(), type: d.asArray.type.toNumber() };
  else if (d.isTuple) def = { tag: 'tuple', types: d.asTuple.map((x) => x.toNumber()) };
  else if (d.isPrimitive) def = { tag: 'primitive', prim: d.asPrimitive.toString().toLowerCase() };
  else if (d.isCompact) def = { tag: 'compact', type: d.asCompact.type.toNumber() };
  else if (d.isBitSequence)
    def = {
      tag: 'bitSequence',
      store: d.asBitSequence.bitStoreType.toNumber(),
      order: d.asBitSequence.bitOrderType.toNumber(),
    };
  else def = { tag: 'historic', name: d.asHistoricMetaCompat.toString() };
  return {
    path: t.path.map((s) => s.toString()),
    params: t.params.map((p) => ({
      name: p.name.toString(),
      type: p.type.isSome ? p.type.unwrap().toNumber() : null,
    })),
    def,
  };
}

type StorageShape =
  | { kind: 'plain'; value: number }
  | { kind: 'map'; hashers: string[]; key: number; value: number };
interface StorageEntry {
  name: string;
  modifier: string;
  shape: StorageShape;
  fallback: string;
}
interface PalletView {
  name: string;
  index: number;
  storage: StorageEntry[];
  calls: Variant[];
  events: Variant[];
  errors: Variant[];
  constants: Array<{ name: string; type: number; value: string }>;
  /** Paths of the pallet's Call, Event and Error enums (`pallet_balances::pallet::Call`…). */
  enumPaths: Array<[string, string]>;
}
interface MetaView {
  v14: MetadataV14;
  types: Ty[];
  pallets: Map<string, PalletView>;
}

function view(v14: MetadataV14): MetaView {
  const types: Ty[] = [];
  for (const { id, type } of v14.lookup.types) types[id.toNumber()] = plainType(type);
  const variantsOf = (id: number | null): Variant[] => {
    if (id === null) return [];
    const def = types[id]?.def;
    if (def?.tag !== 'variant') throw new Error(`type ${id} is not an enum`);
    return def.variants;
  };
  const pallets = new Map<string, PalletView>();
  for (const p of v14.pallets) {
    const name = p.name.toString();
    const enums: Array<[string, number | null]> = [
      ['calls', p.calls.isSome ? p.calls.unwrap().type.toNumber() : null],
      ['events', p.events.isSome ? p.events.unwrap().type.toNumber() : null],
      ['errors', p.errors.isSome ? p.errors.unwrap().type.toNumber() : null],
    ];
    const storage: StorageEntry[] = p.storage.isSome
      ? p.storage.unwrap().items.map((item) => {
          const t = item.type;
          const shape: StorageShape = t.isPlain
            ? { kind: 'plain', value: t.asPlain.toNumber() }
            : {
                kind: 'map',
                hashers: t.asMap.hashers.map((h) => h.toString()),
                key: t.asMap.key.toNumber(),
                value: t.asMap.value.toNumber(),
              };
          return {
            name: item.name.toString(),
            modifier: item.modifier.toString(),
            shape,
            fallback: item.fallback.toHex(),
          };
        })
      : [];
    pallets.set(name, {
      name,
      index: p.index.toNumber(),
      storage,
      calls: variantsOf(enums[0]?.[1] ?? null),
      events: variantsOf(enums[1]?.[1] ?? null),
      errors: variantsOf(enums[2]?.[1] ?? null),
      enumPaths: enums.flatMap(
        ([what, id]): Array<[string, string]> =>
          id === null ? [] : [[what, types[id]?.path.join('::') ?? '']],
      ),
      constants: p.constants.map((c) => ({
        name: c.name.toString(),
        type: c.type.toNumber(),
        value: c.value.toHex(),
      })),
    });
  }
  return { v14, types, pallets };
}

// ---------------------------------------------------------------------------------------------------
// Structural comparison of two registries

/**
 * `RuntimeCall`, `RuntimeEvent`, `OriginCaller`… for types declared by a runtime crate
 * (`khala_parachain_runtime::…`, `pha_stake_runtime::…`; not `sp_runtime`), else null.
 */
function runtimeKind(t: Ty): string | null {
  const [crate] = t.path;
  if (t.path.length < 2 || !crate?.endsWith('_runtime') || crate === 'sp_runtime') return null;
  const last = t.path[t.path.length - 1] ?? '';
  return last === 'PalletsOrigin' ? 'OriginCaller' : last;
}

function label(types: Ty[], id: number, depth = 0): string {
  const t = types[id];
  if (!t) return `#${id}?`;
  if (t.path.length) return t.path.join('::');
  const d = t.def;
  const inner = (x: number) => (depth > 2 ? '…' : label(types, x, depth + 1));
  switch (d.tag) {
    case 'primitive':
      return d.prim;
    case 'sequence':
      return `Vec<${inner(d.type)}>`;
    case 'array':
      return `[${inner(d.type)}; ${d.len}]`;
    case 'tuple':
      return `(${d.types.map(inner).join(', ')})`;
    case 'compact':
      return `Compact<${inner(d.type)}>`;
    case 'composite':
      return `{${d.fields.map((f) => f.name ?? '_').join(', ')}}`;
    case 'variant':
      return `enum{${d.variants.map((v) => v.name).join('|')}}`;
    default:
      return d.tag;
  }
}

/**
 * The type label final-runtime-shapes.ts writes: primitives by name, `Option<T>`, `Vec<T>`, `(A, B)`,
 * `[T; n]`, `Compact<T>`, other named types by their last path segment, enums of FINAL_ENUMS by path.
 */
function typeLabel(types: Ty[], id: number): string {
  const t = types[id];
  if (!t) return `#${id}?`;
  const path = t.path.join('::');
  if (path in FINAL_ENUMS) return path;
  const d = t.def;
  const last = t.path[t.path.length - 1];
  if (last === 'Option' && d.tag === 'variant') {
    const some = d.variants.find((v) => v.name === 'Some')?.fields[0];
    return `Option<${some ? typeLabel(types, some.type) : '?'}>`;
  }
  if (last) return last;
  switch (d.tag) {
    case 'primitive':
      return d.prim;
    case 'sequence':
      return `Vec<${typeLabel(types, d.type)}>`;
    case 'array':
      return `[${typeLabel(types, d.type)}; ${d.len}]`;
    case 'tuple':
      return `(${d.types.map((x) => typeLabel(types, x)).join(', ')})`;
    case 'compact':
      return `Compact<${typeLabel(types, d.type)}>`;
    default:
      return d.tag;
  }
}

const variantShape = (types: Ty[], v: Variant): VariantShape => ({
  index: v.index,
  fields: v.fields.map((f): [string, string] => [f.name ?? '_', typeLabel(types, f.type)]),
});

/** Leaves out the items final-runtime-shapes.ts covers for this pallet. */
function uncovered<T extends { name: string }>(pallet: string, kind: keyof PalletChanges, items: T[]): T[] {
  const covered = coveredNames(pallet, kind);
  return items.filter((x) => !covered.has(x.name));
}

class ShapeComparer {
  /** Pair → first difference (relative description) or null; in-progress pairs count as equal. */
  private readonly memo = new Map<string, string | null>();
  constructor(
    readonly ours: MetaView,
    readonly ref: MetaView,
  ) {}

  /** First structural difference between our type `a` and Khala's type `b`, or null. */
  diff(a: number, b: number): string | null {
    const key = `${a}:${b}`;
    if (this.memo.has(key)) return this.memo.get(key) ?? null;
    this.memo.set(key, null);
    const result = this.compute(a, b);
    this.memo.set(key, result);
    return result;
  }

  private both(a: number, b: number): string {
    return `ours ${label(this.ours.types, a)}, Khala ${label(this.ref.types, b)}`;
  }

  fieldsDiff(fa: Field[], fb: Field[]): string | null {
    if (fa.length !== fb.length)
      return `${fa.length} field(s) (${fa.map((f) => f.name ?? '_').join(', ')}), Khala ${fb.length} (${fb
        .map((f) => f.name ?? '_')
        .join(', ')})`;
    for (const [i, x] of fa.entries()) {
      const y = fb[i] as Field;
      const where = `field ${y.name ?? i}`;
      if (x.name !== y.name)
        return `${where}: named ${x.name ?? '(unnamed)'}, Khala ${y.name ?? '(unnamed)'}`;
      const inner = this.diff(x.type, y.type);
      if (inner) return `${where} › ${inner}`;
    }
    return null;
  }

  private compute(a: number, b: number): string | null {
    const ta = this.ours.types[a];
    const tb = this.ref.types[b];
    if (!ta || !tb) return `unknown type id (ours #${a}, Khala #${b})`;
    const ka = runtimeKind(ta);
    const kb = runtimeKind(tb);
    if (ka !== null || kb !== null) return ka === kb ? null : this.both(a, b);
    if (ta.path.join('::') !== tb.path.join('::')) return `path: ${this.both(a, b)}`;
    const da = ta.def;
    const db = tb.def;
    if (da.tag !== db.tag) return `${da.tag} vs Khala ${db.tag}: ${this.both(a, b)}`;
    switch (da.tag) {
      case 'composite':
        return this.fieldsDiff(da.fields, (db as typeof da).fields);
      case 'variant': {
        const vb = (db as typeof da).variants;
        const names = (vs: Variant[]) => vs.map((v) => `${v.index}:${v.name}`).join(' ');
        if (names(da.variants) !== names(vb))
          return `variants ${names(da.variants)}, Khala ${names(vb)} (${label(this.ref.types, b)})`;
        for (const [i, v] of da.variants.entries()) {
          const inner = this.fieldsDiff(v.fields, (vb[i] as Variant).fields);
          if (inner) return `${v.name} › ${inner}`;
        }
        return null;
      }
      case 'sequence':
      case 'compact': {
        const inner = this.diff(da.type, (db as typeof da).type);
        return inner ? `${da.tag === 'sequence' ? 'Vec' : 'Compact'}<› ${inner}>` : null;
      }
      case 'array': {
        const y = db as typeof da;
        if (da.len !== y.len) return `array length ${da.len}, Khala ${y.len}`;
        const inner = this.diff(da.type, y.type);
        return inner ? `[› ${inner}]` : null;
      }
      case 'tuple': {
        const y = (db as typeof da).types;
        if (da.types.length !== y.length) return `tuple: ${this.both(a, b)}`;
        for (const [i, x] of da.types.entries()) {
          const inner = this.diff(x, y[i] as number);
          if (inner) return `tuple.${i} › ${inner}`;
        }
        return null;
      }
      case 'primitive':
        return da.prim === (db as typeof da).prim ? null : this.both(a, b);
      case 'bitSequence': {
        const y = db as typeof da;
        return this.diff(da.store, y.store) ?? this.diff(da.order, y.order);
      }
      default:
        return da.name === (db as typeof da).name ? null : this.both(a, b);
    }
  }

  /** Calls, events or errors present in both pallets: same index, field names and shapes. */
  variantsDiff(what: string, ours: Variant[], ref: Variant[]): string[] {
    const out: string[] = [];
    const byName = new Map(ref.map((v) => [v.name, v]));
    for (const v of ours) {
      const k = byName.get(v.name);
      if (!k) continue;
      if (v.index !== k.index) out.push(`${what} ${v.name}: index ${v.index}, Khala ${k.index}`);
      const inner = this.fieldsDiff(v.fields, k.fields);
      if (inner) out.push(`${what} ${v.name}: ${inner}`);
    }
    return out;
  }

  storageDiff(ours: StorageEntry[], ref: StorageEntry[]): string[] {
    const out: string[] = [];
    const byName = new Map(ref.map((s) => [s.name, s]));
    for (const s of ours) {
      const k = byName.get(s.name);
      if (!k) continue;
      const at = `storage ${s.name}`;
      if (s.modifier !== k.modifier) out.push(`${at}: modifier ${s.modifier}, Khala ${k.modifier}`);
      const a = s.shape;
      const b = k.shape;
      if (a.kind !== b.kind) {
        out.push(`${at}: ${a.kind}, Khala ${b.kind}`);
        continue;
      }
      if (a.kind === 'map' && b.kind === 'map') {
        if (a.hashers.join(',') !== b.hashers.join(','))
          out.push(`${at}: hashers [${a.hashers.join(', ')}], Khala [${b.hashers.join(', ')}]`);
        const key = this.diff(a.key, b.key);
        if (key) out.push(`${at} key: ${key}`);
      }
      const value = this.diff(a.value, b.value);
      if (value) out.push(`${at} value: ${value}`);
      if (s.fallback !== k.fallback) out.push(`${at}: default ${s.fallback}, Khala ${k.fallback}`);
    }
    return out;
  }

  constantsDiff(ours: PalletView['constants'], ref: PalletView['constants']): string[] {
    const out: string[] = [];
    const byName = new Map(ref.map((c) => [c.name, c]));
    for (const c of ours) {
      const k = byName.get(c.name);
      if (!k) continue;
      const inner = this.diff(c.type, k.type);
      if (inner) out.push(`constant ${c.name}: ${inner}`);
    }
    return out;
  }
}

/** Names our pallet declares that Khala's does not (likely misnamed; reported, not failed). */
function onlyOurs(ours: PalletView, ref: PalletView): string[] {
  const missing = (what: string, a: Array<{ name: string }>, b: Array<{ name: string }>) => {
    const names = new Set(b.map((x) => x.name));
    return a.filter((x) => !names.has(x.name)).map((x) => `${what} ${x.name}`);
  };
  return [
    ...missing('storage', ours.storage, ref.storage),
    ...missing('call', ours.calls, ref.calls),
    ...missing('event', ours.events, ref.events),
    ...missing('error', ours.errors, ref.errors),
    ...missing('constant', ours.constants, ref.constants),
  ];
}

// ---------------------------------------------------------------------------------------------------
// What the final runtime changed

/**
 * Differences from the Aug-2023 Khala metadata that the final runtime made (phala-blockchain
 * runtime-release-v1270, commit 7dd69475; derived from its Rust source), accepted exactly: each listed
 * difference must occur, and nothing else may differ.
 */
const FINAL_RUNTIME: Record<
  string,
  { reason: string; insertedErrors?: Record<string, number>; shapes: string[] }
> = {
  PhalaRegistry: {
    reason:
      'DCAP attestation: phala_types::AttestationReport gains SgxDcap { quote, collateral: Option<Collateral> }, ' +
      'AttestationProvider gains Dcap, and the registry Error gains InvalidDCAPQuote (after ' +
      'UnknownQuoteBodyFormat) and UnsupportedAttestationType (last)',
    insertedErrors: { InvalidDCAPQuote: 13, UnsupportedAttestationType: 39 },
    shapes: [
      'storage Workers value: field attestation_provider › Some › field 0 › variants 0:Root 1:Ias 2:Dcap, Khala 0:Root 1:Ias (phala_types::AttestationProvider)',
      'call register_worker_v2: field attestation › Some › field 0 › variants 0:SgxIas 1:SgxDcap, Khala 0:SgxIas (phala_types::AttestationReport)',
      'event WorkerAdded: field attestation_provider › Some › field 0 › variants 0:Root 1:Ias 2:Dcap, Khala 0:Root 1:Ias (phala_types::AttestationProvider)',
      'event WorkerUpdated: field attestation_provider › Some › field 0 › variants 0:Root 1:Ias 2:Dcap, Khala 0:Root 1:Ias (phala_types::AttestationProvider)',
    ],
  },
};

/** Differences the final runtime does not explain (the listed ones are checked to occur at all). */
function unexplained(pallet: string, diffs: string[]): string[] {
  const accepted = FINAL_RUNTIME[pallet]?.shapes ?? [];
  return diffs.filter((d) => !accepted.includes(d));
}

/** Khala's error enum with the final runtime's insertions: the list our pallet must declare. */
function finalErrors(pallet: string, khala: Variant[]): Variant[] {
  const names = khala.map((v) => v.name);
  for (const [name, at] of Object.entries(FINAL_RUNTIME[pallet]?.insertedErrors ?? {}).sort(
    (a, b) => a[1] - b[1],
  ))
    names.splice(at, 0, name);
  return names.map((name, index) => ({ name, index, fields: [] }));
}

// ---------------------------------------------------------------------------------------------------
// Fixtures

const bytes = createRuntime().metadata();
const registry = new TypeRegistry();
const metadata = new Metadata(registry, bytes);
registry.setMetadata(metadata, undefined, USER_EXTENSIONS);
const ours = view(metadata.asV14);

const ref: MetaView | null = existsSync(REFERENCE)
  ? view(new Metadata(new TypeRegistry(), readFileSync(REFERENCE)).asV14)
  : null;
if (!ref)
  console.warn(
    `metadata-reference: ${REFERENCE} not found — the comparisons with Khala's metadata are skipped. ` +
      'Place the real Khala metadata V14 (shared reference/khala-metadata-v14.scale) there to run them.',
  );
const cmp = ref ? new ShapeComparer(ours, ref) : null;

/** The type with exactly this path (polkadot-js finds these by path). */
function byPath(v: MetaView, path: string): { id: number; ty: Ty } {
  const id = v.types.findIndex((t) => t.path.join('::') === path);
  const ty = v.types[id];
  if (!ty) throw new Error(`no type with path ${path}`);
  return { id, ty };
}

// ---------------------------------------------------------------------------------------------------

describe('metadata V14 and @polkadot/types', () => {
  it('decodes and re-encodes byte for byte', () => {
    expect(metadata.version).toBe(14);
    expect(u8aToHex(metadata.toU8a())).toBe(u8aToHex(bytes));
    expect(metadata.toU8a()).toEqual(bytes);
  });

  it('describes extrinsic v4 with Khala signed extensions in order', () => {
    const ext = ours.v14.extrinsic;
    expect(ext.version.toNumber()).toBe(4);
    const ids = ext.signedExtensions.map((e) => e.identifier.toString());
    expect(ids).toEqual(KHALA_SIGNED_EXTENSIONS);
    expect(registry.signedExtensions).toEqual(KHALA_SIGNED_EXTENSIONS);
  });

  it('declares UncheckedExtrinsic with Address, Call, Signature and Extra', () => {
    const { id, ty } = byPath(ours, 'sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic');
    expect(ours.v14.extrinsic.type.toNumber()).toBe(id);
    expect(ty.params.map((p) => p.name)).toEqual(['Address', 'Call', 'Signature', 'Extra']);
    const [address, call, signature, extra] = ty.params.map((p) => ours.types[p.type ?? -1]);

    expect(address?.path.join('::')).toBe('sp_runtime::multiaddress::MultiAddress');
    const accountParam = address?.params[0];
    expect(accountParam?.name).toBe('AccountId');
    expect(ours.types[accountParam?.type ?? -1]?.path.join('::')).toBe('sp_core::crypto::AccountId32');

    expect(call && runtimeKind(call)).toBe('RuntimeCall');

    expect(signature?.path.join('::')).toBe('sp_runtime::MultiSignature');
    const sigVariants = signature?.def.tag === 'variant' ? signature.def.variants : [];
    expect(sigVariants.map((v) => [v.name, v.index])).toEqual([
      ['Ed25519', 0],
      ['Sr25519', 1],
      ['Ecdsa', 2],
    ]);

    expect(extra?.def.tag).toBe('tuple');
    const extraIds = extra?.def.tag === 'tuple' ? extra.def.types : [];
    expect(extraIds).toEqual(ours.v14.extrinsic.signedExtensions.map((e) => e.type.toNumber()));
  });

  it('declares EventRecord, Era, AccountInfo and AccountData where polkadot-js looks', () => {
    const record = byPath(ours, 'frame_system::EventRecord').ty;
    expect(record.params.map((p) => p.name)).toEqual(['E', 'T']);
    const event = ours.types[record.params[0]?.type ?? -1];
    expect(event && runtimeKind(event)).toBe('RuntimeEvent');

    const era = byPath(ours, 'sp_runtime::generic::era::Era').ty;
    const eraVariants = era.def.tag === 'variant' ? era.def.variants : [];
    expect(eraVariants).toHaveLength(256);
    expect(eraVariants[0]?.name).toBe('Immortal');
    expect(eraVariants[255]?.name).toBe('Mortal255');

    const info = byPath(ours, 'frame_system::AccountInfo').ty;
    const infoFields = info.def.tag === 'composite' ? info.def.fields.map((f) => f.name) : [];
    expect(infoFields).toEqual(['nonce', 'consumers', 'providers', 'sufficients', 'data']);
    const data = byPath(ours, 'pallet_balances::types::AccountData').ty;
    const dataFields = data.def.tag === 'composite' ? data.def.fields.map((f) => f.name) : [];
    expect(dataFields).toEqual(['free', 'reserved', 'frozen', 'flags']);
  });

  it('lets polkadot-js build, sign and decode calls, extrinsics and events', () => {
    const found = registry.findMetaCall(new Uint8Array([40, 3]));
    expect([found.section, found.method]).toEqual(['balances', 'transferKeepAlive']);

    const { query, tx } = expandMetadata(registry, metadata);
    const transfer = tx.balances?.transferKeepAlive;
    if (!transfer) throw new Error('tx.balances.transferKeepAlive is missing');
    const call = transfer({ Id: ALICE_PK }, 1_000_000_000_000n);
    expect(Array.from(call.callIndex)).toEqual([40, 3]);
    expect(call.toHex()).toBe(`0x280300${ALICE_PK.slice(2)}070010a5d4e8`);
    const decoded = registry.createType('Call', call.toU8a());
    expect([decoded.section, decoded.method]).toEqual(['balances', 'transferKeepAlive']);
    expect(decoded.meta.args.map((a) => [a.name.toString(), a.type.toString()])).toEqual([
      ['dest', 'MultiAddress'],
      ['value', 'Compact<u128>'],
    ]);
    expect(
      registry.createType('Call', { callIndex: [40, 3], args: { dest: ALICE_PK, value: 5 } }).toHex(),
    ).toBe(`0x280300${ALICE_PK.slice(2)}14`);

    // polkadot-js aliases ExtrinsicSignature to UncheckedExtrinsic's Signature param (MultiSignature).
    const sig = registry.createType('ExtrinsicSignature', { Sr25519: `0x${'22'.repeat(64)}` });
    expect(sig.toHex()).toBe(`0x01${'22'.repeat(64)}`);
    expect(registry.createType('Address', ALICE_PK).toHex()).toBe(`0x00${ALICE_PK.slice(2)}`);

    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const genesisHash = `0x${'11'.repeat(32)}`;
    const xt = registry.createType('Extrinsic', call);
    xt.sign(alice, {
      blockHash: genesisHash,
      genesisHash,
      nonce: 3,
      runtimeVersion: registry.createType<RuntimeVersion>('RuntimeVersion', {
        specVersion: 1,
        transactionVersion: 1,
      }),
    });
    const back = registry.createType('Extrinsic', xt.toHex());
    expect(back.isSigned).toBe(true);
    expect(back.version).toBe(0x84);
    expect(back.nonce.toNumber()).toBe(3);
    expect(back.signer.toHex()).toBe(`0x00${ALICE_PK.slice(2)}`);
    expect([back.method.section, back.method.method]).toEqual(['balances', 'transferKeepAlive']);

    // spec/chain-rpc.md §3.4: [ApplyExtrinsic(1), System.ExtrinsicSuccess{weight (1, 2), Normal, Yes}]
    const records = registry.createType<Vec<EventRecord>>(
      'Vec<EventRecord>',
      '0x0400010000000000040800000000',
    );
    const [record] = records;
    expect(record?.phase.isApplyExtrinsic).toBe(true);
    expect([record?.event.section, record?.event.method]).toEqual(['system', 'ExtrinsicSuccess']);

    // spec/chain-rpc.md §3.3/§3.4: System.Account's key for Alice and an AccountInfo value.
    const prefixed = query.system?.account?.(ALICE_PK);
    expect(prefixed && u8aToHex(compactStripLength(prefixed)[1])).toBe(
      '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9' +
        `de1e86a9a8c739864cf3cc5ec2bea59f${ALICE_PK.slice(2)}`,
    );
    const accountInfo = registry.createLookupType(byPath(ours, 'frame_system::AccountInfo').id);
    const value = `0x01000000000000000100000000000000${'0010a5d4e8'.padEnd(32, '0')}${'0'.repeat(64)}${'0'.repeat(30)}80`;
    expect(registry.createType(accountInfo, value).toJSON()).toEqual({
      nonce: 1,
      consumers: 0,
      providers: 1,
      sufficients: 0,
      data: { free: 1_000_000_000_000, reserved: 0, frozen: 0, flags: '0x80000000000000000000000000000000' },
    });
  });
});

describe('metadata V14 against Khala', () => {
  if (!ref || !cmp) {
    it.skip(`needs ${REFERENCE} (not found)`, () => {});
    return;
  }

  it('extrinsic: same version, signed extensions and extension types as Khala', () => {
    const a = ours.v14.extrinsic;
    const b = ref.v14.extrinsic;
    expect(a.version.toNumber()).toBe(b.version.toNumber());
    const names = (e: typeof a) => e.signedExtensions.map((x) => x.identifier.toString());
    expect(names(a)).toEqual(names(b));
    const mismatches: string[] = [];
    for (const [i, x] of a.signedExtensions.entries()) {
      const y = b.signedExtensions[i];
      if (!y) continue;
      const name = x.identifier.toString();
      const t = cmp.diff(x.type.toNumber(), y.type.toNumber());
      if (t) mismatches.push(`${name} type: ${t}`);
      const s = cmp.diff(x.additionalSigned.toNumber(), y.additionalSigned.toNumber());
      if (s) mismatches.push(`${name} additionalSigned: ${s}`);
    }
    const xt = cmp.diff(a.type.toNumber(), b.type.toNumber());
    if (xt) mismatches.push(`UncheckedExtrinsic: ${xt}`);
    expect(mismatches).toEqual([]);
  });

  it('types polkadot-js finds by path have Khala shapes', () => {
    const mismatches: string[] = [];
    for (const path of [
      'sp_runtime::multiaddress::MultiAddress',
      'sp_runtime::MultiSignature',
      'frame_system::EventRecord',
      'sp_runtime::generic::era::Era',
      'frame_system::AccountInfo',
      'pallet_balances::types::AccountData',
      'sp_runtime::DispatchError',
      'frame_support::dispatch::DispatchInfo',
    ]) {
      const d = cmp.diff(byPath(ours, path).id, byPath(ref, path).id);
      if (d) mismatches.push(`${path}: ${d}`);
    }
    expect(mismatches).toEqual([]);
  });

  for (const name of PALLETS) {
    const mine = ours.pallets.get(name);
    const theirs = ref.pallets.get(name);
    describe(name, () => {
      if (!theirs) {
        it.skip(`${name} is not in Khala's metadata`, () => {});
        return;
      }
      if (!mine) {
        it.skip(`${name} is not in our runtime yet — compared once it is added to runtime-definition.ts`, () => {});
        return;
      }
      it('is at Khala’s pallet index, with the Call/Event/Error enums of the same crate', () => {
        expect(mine.index).toBe(theirs.index);
        const paths = new Map(theirs.enumPaths);
        const differ = mine.enumPaths.filter(([what, path]) => paths.has(what) && paths.get(what) !== path);
        expect(differ.map(([what, path]) => `${what}: ${path}, Khala ${paths.get(what)}`)).toEqual([]);
      });
      const diffs = () => [
        ...cmp.storageDiff(mine.storage, theirs.storage),
        ...cmp.variantsDiff('call', mine.calls, theirs.calls),
        ...cmp.variantsDiff('event', mine.events, theirs.events),
      ];
      it('storage: names, modifiers, hashers, key and value shapes, defaults', () => {
        expect(
          unexplained(name, cmp.storageDiff(uncovered(name, 'storage', mine.storage), theirs.storage)),
        ).toEqual([]);
      });
      it('calls: indices, argument names and shapes', () => {
        expect(
          unexplained(name, cmp.variantsDiff('call', uncovered(name, 'calls', mine.calls), theirs.calls)),
        ).toEqual([]);
      });
      it('events: indices, field names and shapes', () => {
        expect(
          unexplained(name, cmp.variantsDiff('event', uncovered(name, 'events', mine.events), theirs.events)),
        ).toEqual([]);
      });
      it('errors: indices (Khala’s, with the final runtime’s insertions)', () => {
        const expected = finalErrors(name, theirs.errors);
        expect(cmp.variantsDiff('error', uncovered(name, 'errors', mine.errors), expected)).toEqual([]);
        if (FINAL_RUNTIME[name]?.insertedErrors)
          expect(mine.errors.map((e) => e.name)).toEqual(expected.map((e) => e.name));
      });
      if (FINAL_RUNTIME[name])
        it(`differs from Khala exactly as the final runtime does (${FINAL_RUNTIME[name]?.reason})`, () => {
          const found = diffs();
          for (const d of FINAL_RUNTIME[name]?.shapes ?? []) expect(found).toContain(d);
        });
      it('constants: shapes', () => {
        expect(cmp.constantsDiff(mine.constants, theirs.constants)).toEqual([]);
      });
      it('reports what Khala does not have', () => {
        const covered = new Set(
          (['storage', 'calls', 'events', 'errors'] as const).flatMap((kind) =>
            [...coveredNames(name, kind)].map(
              (n) => `${kind === 'storage' ? 'storage' : kind.slice(0, -1)} ${n}`,
            ),
          ),
        );
        const extra = onlyOurs(mine, theirs).filter((x) => !covered.has(x));
        if (extra.length)
          console.warn(`metadata-reference: ${name} declares what Khala lacks: ${extra.join(', ')}`);
        expect(Array.isArray(extra)).toBe(true);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------------

/** Our pallet's items of one kind as the table describes them. */
function ourShapes(p: PalletView, kind: 'calls' | 'events' | 'errors'): Map<string, VariantShape> {
  return new Map(p[kind].map((v) => [v.name, variantShape(ours.types, v)]));
}

describe('metadata V14: the final Khala runtime’s changed shapes (final-runtime-shapes.ts)', () => {
  for (const [name, changes] of Object.entries(FINAL_RUNTIME_CHANGES)) {
    describe(name, () => {
      const mine = ours.pallets.get(name);
      it('has the changed calls, events and errors with their indices, field names and types', () => {
        if (!mine) throw new Error(`${name} is not in our runtime`);
        for (const kind of ['calls', 'events', 'errors'] as const) {
          const have = ourShapes(mine, kind);
          for (const [item, shape] of Object.entries(changes[kind]?.changed ?? {}))
            expect(have.get(item), `${name} ${kind} ${item}`).toEqual(shape);
          for (const item of changes[kind]?.removed ?? [])
            expect(have.has(item), `${name} ${kind} ${item} was removed`).toBe(false);
        }
      });
      it('has the changed storage items and none of the removed ones', () => {
        if (!mine) throw new Error(`${name} is not in our runtime`);
        const have = new Map(mine.storage.map((s) => [s.name, s]));
        for (const [item, shape] of Object.entries(changes.storage?.changed ?? {})) {
          const s = have.get(item);
          expect(s, `${name} storage ${item}`).toBeDefined();
          if (!s) continue;
          const got =
            s.shape.kind === 'plain'
              ? { modifier: s.modifier, hashers: [], value: typeLabel(ours.types, s.shape.value) }
              : {
                  modifier: s.modifier,
                  hashers: s.shape.hashers,
                  key: typeLabel(ours.types, s.shape.key),
                  value: typeLabel(ours.types, s.shape.value),
                };
          expect(got, `${name} storage ${item}`).toEqual(shape);
        }
        for (const item of changes.storage?.removed ?? [])
          expect(have.has(item), `${name} storage ${item} was removed`).toBe(false);
      });
      it.skipIf(!ref)('lists only what really differs from the Aug-2023 Khala metadata', () => {
        const theirs = ref?.pallets.get(name);
        if (!ref || !theirs) throw new Error(`${name} is not in Khala's metadata`);
        for (const kind of ['calls', 'events', 'errors'] as const) {
          const khala = new Map(theirs[kind].map((v) => [v.name, variantShape(ref.types, v)]));
          for (const [item, shape] of Object.entries(changes[kind]?.changed ?? {}))
            expect(khala.get(item), `${name} ${kind} ${item} is unchanged in Khala`).not.toEqual(shape);
          for (const item of changes[kind]?.removed ?? [])
            expect(khala.has(item), `${name} ${kind} ${item} is not in Khala`).toBe(true);
        }
        const storage = new Set(theirs.storage.map((s) => s.name));
        for (const item of Object.keys(changes.storage?.changed ?? {}))
          expect(storage.has(item), `${name} storage ${item} already in Khala`).toBe(false);
        for (const item of changes.storage?.removed ?? [])
          expect(storage.has(item), `${name} storage ${item} is not in Khala`).toBe(true);
      });
    });
  }

  it('declares the enums the changed items use with the final variants', () => {
    for (const [path, variants] of Object.entries(FINAL_ENUMS)) {
      const { ty } = byPath(ours, path);
      expect(ty.def.tag === 'variant' ? ty.def.variants.map((v) => [v.index, v.name]) : ty.def.tag).toEqual(
        variants.map((v, i) => [i, v]),
      );
    }
  });
});
