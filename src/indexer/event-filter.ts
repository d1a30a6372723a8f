/**
 * System.Events decoded only where it matters: a block's raw `Vec<EventRecord>` is walked with sizes
 * computed from the runtime's portable type registry (metadata v14+), and only the records whose event the
 * caller wants (`wanted(section, method)`) are built as @polkadot/api codecs — the same element type the
 * whole `Vec` decodes to, so those records are identical to the Vec's. Most of a block's events (fees,
 * transfers, extrinsic results) are skipped without building anything. One filter per registry.
 *
 *   const filter = eventFilter(registry, eventsEntryMeta, (s, m) => s === 'balances' && m === 'Withdraw');
 *   const records = filter.records(hexOfSystemEvents);   // FrameSystemEventRecord[]
 */
import type { StorageEntryMetadataLatest } from '@polkadot/types/interfaces';
import type { FrameSystemEventRecord } from '@polkadot/types/lookup';
import type { Registry } from '@polkadot/types/types';
import { compactFromU8aLim, hexToU8a, stringCamelCase } from '@polkadot/util';

interface Cursor {
  u8: Uint8Array;
  at: number;
}

type Skip = (c: Cursor) => void;

const PRIMITIVE_SIZE: Record<string, number> = {
  Bool: 1,
  Char: 4,
  U8: 1,
  I8: 1,
  U16: 2,
  I16: 2,
  U32: 4,
  I32: 4,
  U64: 8,
  I64: 8,
  U128: 16,
  I128: 16,
  U256: 32,
  I256: 32,
};

function compact(c: Cursor): number {
  const [len, value] = compactFromU8aLim(c.u8.subarray(c.at));
  if (len === 0) throw new RangeError('SCALE input too short');
  c.at += len;
  return Number(value);
}

/** Skippers per type id, compiled once per registry. */
function skipper(registry: Registry): (id: number) => Skip {
  const cache = new Map<number, Skip>();
  const fixed =
    (n: number): Skip =>
    (c) => {
      c.at += n;
    };
  const of = (id: number): Skip => {
    const known = cache.get(id);
    if (known) return known;
    // placeholder for recursive types, replaced below
    let built: Skip | undefined;
    cache.set(id, (c) => (built as Skip)(c));
    const def = registry.lookup.getSiType(id).def;
    if (def.isPrimitive) {
      const name = def.asPrimitive.type;
      built =
        name === 'Str'
          ? (c) => {
              const n = compact(c);
              c.at += n;
            }
          : fixed(PRIMITIVE_SIZE[name] ?? 0);
    } else if (def.isCompact) built = (c) => void compact(c);
    else if (def.isComposite) {
      const fields = def.asComposite.fields.map((f) => of(f.type.toNumber()));
      built = (c) => {
        for (const f of fields) f(c);
      };
    } else if (def.isTuple) {
      const fields = def.asTuple.map((t) => of(t.toNumber()));
      built = (c) => {
        for (const f of fields) f(c);
      };
    } else if (def.isArray) {
      const len = def.asArray.len.toNumber();
      const inner = of(def.asArray.type.toNumber());
      built = (c) => {
        for (let i = 0; i < len; i++) inner(c);
      };
    } else if (def.isSequence) {
      const innerId = def.asSequence.type.toNumber();
      const innerDef = registry.lookup.getSiType(innerId).def;
      const byte = innerDef.isPrimitive && PRIMITIVE_SIZE[innerDef.asPrimitive.type] === 1;
      const inner = of(innerId);
      built = (c) => {
        const n = compact(c);
        if (byte) c.at += n;
        else for (let i = 0; i < n; i++) inner(c);
      };
    } else if (def.isVariant) {
      const variants = new Map<number, Skip[]>();
      for (const v of def.asVariant.variants)
        variants.set(
          v.index.toNumber(),
          v.fields.map((f) => of(f.type.toNumber())),
        );
      built = (c) => {
        const fields = variants.get(c.u8[c.at++] as number);
        if (!fields) throw new Error('unknown enum variant in System.Events');
        for (const f of fields) f(c);
      };
    } else if (def.isBitSequence) {
      const store = registry.lookup.getSiType(def.asBitSequence.bitStoreType.toNumber()).def;
      const bytes = store.isPrimitive ? (PRIMITIVE_SIZE[store.asPrimitive.type] ?? 1) : 1;
      built = (c) => {
        const bits = compact(c);
        c.at += Math.ceil(bits / (8 * bytes)) * bytes;
      };
    } else throw new Error(`System.Events: cannot size type ${id} (${def.type})`);
    cache.set(id, built);
    return built;
  };
  return of;
}

export interface EventFilter {
  /** The wanted records of a raw System.Events value (null: none), in order. */
  records(hex: string | null): FrameSystemEventRecord[];
}

/**
 * A filter for the runtime of `registry`; `events` is System.Events' metadata entry (a plain
 * `Vec<EventRecord>`, the record a composite of phase, event and topics).
 */
export function eventFilter(
  registry: Registry,
  events: StorageEntryMetadataLatest,
  wanted: (section: string, method: string) => boolean,
): EventFilter {
  const vec = registry.lookup.getSiType(events.type.asPlain).def.asSequence.type.toNumber();
  const fields = registry.lookup.getSiType(vec).def.asComposite.fields;
  const at = (name: string) => {
    const f = fields.find((x) => x.name.unwrapOr('').toString() === name);
    if (!f) throw new Error(`System.Events records have no ${name}`);
    return f.type.toNumber();
  };
  const skip = skipper(registry);
  const phase = skip(at('phase'));
  const event = skip(at('event'));
  const topics = skip(at('topics'));
  // RuntimeEvent: one variant per pallet (index = the pallet's), each wrapping the pallet's Event enum
  const want = new Set<number>();
  for (const pallet of registry.lookup.getSiType(at('event')).def.asVariant.variants) {
    const section = stringCamelCase(pallet.name.toString());
    const inner = pallet.fields[0];
    if (!inner) continue;
    for (const v of registry.lookup.getSiType(inner.type.toNumber()).def.asVariant.variants)
      if (wanted(section, v.name.toString())) want.add(pallet.index.toNumber() * 256 + v.index.toNumber());
  }
  const recordType = registry.createLookupType(vec);
  return {
    records(hex) {
      if (hex === null) return [];
      const c: Cursor = { u8: hexToU8a(hex), at: 0 };
      const n = compact(c);
      const out: FrameSystemEventRecord[] = [];
      for (let i = 0; i < n; i++) {
        const start = c.at;
        phase(c);
        const id = (c.u8[c.at] as number) * 256 + (c.u8[c.at + 1] as number);
        event(c);
        topics(c);
        if (c.at > c.u8.length) throw new RangeError('System.Events: input too short');
        if (want.has(id))
          out.push(
            registry.createTypeUnsafe<FrameSystemEventRecord>(recordType, [c.u8.subarray(start, c.at)]),
          );
      }
      if (c.at !== c.u8.length) throw new Error('System.Events: trailing bytes');
      return out;
    },
  };
}
