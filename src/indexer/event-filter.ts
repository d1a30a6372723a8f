/**
 * System.Events decoded only where it matters, without codecs: a block's raw `Vec<EventRecord>` is walked
 * with sizes computed from the runtime's portable type registry (metadata v14+); of each record only the
 * pallet and event indices are read, and only the events the caller wants (`wanted(section, method)`) have
 * their fields decoded, to plain data (src/api/scale-plain.ts: u64 and wider bigints, accounts SS58, byte
 * strings hex), by the names @polkadot/api gives them (`event.data.<name>`; by position when a field is
 * unnamed). The others (fees, transfers, extrinsic results: most of a block's events) are length-skipped.
 * An event's @polkadot/api codec is still there on demand (`codec()`) for the rare ones read through it.
 * One filter per registry and `wanted`, compiled on first use.
 *
 *   const filter = eventFilter(registry, eventsEntryMeta, (s, m) => s === 'balances' && m === 'Withdraw');
 *   for (const e of filter.events(hexOfSystemEvents))
 *     if (isEvent(e, 'balances', 'Withdraw')) console.log(e.data.who, e.data.amount); // SS58, bigint
 */
import type { AugmentedEvent, AugmentedEvents } from '@polkadot/api/types';
import type { Event, StorageEntryMetadataLatest } from '@polkadot/types/interfaces';
import type { Registry } from '@polkadot/types/types';
import { compactFromU8aLim, hexToU8a, stringCamelCase } from '@polkadot/util';
import type { Plain } from '../api/plain-types.js';
import { type Cursor, plainReader } from '../api/scale-plain.js';

/** A wanted event, its fields decoded plain. */
export interface PlainEvent {
  /** The pallet, camelCase (`phalaComputation`), as @polkadot/api's `event.section`. */
  section: string;
  /** The event's name (`SessionSettled`), as `event.method`. */
  method: string;
  /** Its fields by name (the names of `event.data.names`), or by position ('0', '1', …) when unnamed. */
  data: Record<string, unknown>;
  /** The event as @polkadot/api decodes it, built on each call. */
  codec(): Event;
}

type Events = AugmentedEvents<'promise'>;
type Named<E> = E extends AugmentedEvent<'promise', infer _T, infer N> ? N : never;
/** The plain fields of event `S.M` (the generated augmentation's named fields, through Plain). */
export type EventData<S extends keyof Events, M extends keyof Events[S]> = {
  [K in keyof Named<Events[S][M]>]: Plain<Named<Events[S][M]>[K]>;
};

/** Whether `e` is event `section.method`; narrows its data to that event's plain fields. */
export function isEvent<S extends keyof Events & string, M extends keyof Events[S] & string>(
  e: PlainEvent,
  section: S,
  method: M,
): e is PlainEvent & { data: EventData<S, M> } {
  return e.section === section && e.method === method;
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

/** How a wanted event is read: its names and the plain readers of its fields. */
interface WantedEvent {
  section: string;
  method: string;
  names: string[];
  fields: Array<(c: Cursor) => unknown>;
}

/** A wanted event as `events` yields it: no closure per event, its codec built from its bytes on demand. */
class WantedRecord implements PlainEvent {
  readonly section: string;
  readonly method: string;

  constructor(
    private readonly registry: Registry,
    w: WantedEvent,
    readonly data: Record<string, unknown>,
    private readonly bytes: Uint8Array,
  ) {
    this.section = w.section;
    this.method = w.method;
  }

  codec(): Event {
    return this.registry.createTypeUnsafe<Event>('Event', [this.bytes]);
  }
}

export interface EventFilter {
  /** The wanted events of a raw System.Events value (null: none), in order. */
  events(hex: string | null): PlainEvent[];
}

/**
 * A filter for the runtime of `registry`; `events` is System.Events' metadata entry (a plain
 * `Vec<EventRecord>`, the record a composite of phase, event and topics).
 */
function compileFilter(
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
  const want = new Map<number, WantedEvent>();
  for (const pallet of registry.lookup.getSiType(at('event')).def.asVariant.variants) {
    const section = stringCamelCase(pallet.name.toString());
    const inner = pallet.fields[0];
    if (!inner) continue;
    for (const v of registry.lookup.getSiType(inner.type.toNumber()).def.asVariant.variants) {
      const method = v.name.toString();
      if (!wanted(section, method)) continue;
      // @polkadot/api names the data only when every field has a name (GenericEventData)
      const named = v.fields.map((f) => registry.lookup.sanitizeField(f.name)[0]);
      const names = named.every((n) => !!n) ? (named as string[]) : named.map((_, i) => String(i));
      const readers = v.fields.map((f) => plainReader(registry, f.type.toNumber()));
      want.set(pallet.index.toNumber() * 256 + v.index.toNumber(), {
        section,
        method,
        names,
        fields: readers,
      });
    }
  }
  return {
    events(hex) {
      if (hex === null) return [];
      const c: Cursor = { u8: hexToU8a(hex), at: 0 };
      const n = compact(c);
      const out: PlainEvent[] = [];
      for (let i = 0; i < n; i++) {
        phase(c);
        const start = c.at;
        const w = want.get((c.u8[start] as number) * 256 + (c.u8[start + 1] as number));
        if (w) {
          c.at += 2;
          const data: Record<string, unknown> = {};
          for (let f = 0; f < w.fields.length; f++)
            data[w.names[f] as string] = (w.fields[f] as (c: Cursor) => unknown)(c);
          out.push(new WantedRecord(registry, w, data, c.u8.subarray(start, c.at)));
        } else event(c);
        topics(c);
        if (c.at > c.u8.length) throw new RangeError('System.Events: input too short');
      }
      if (c.at !== c.u8.length) throw new Error('System.Events: trailing bytes');
      return out;
    },
  };
}

const filters = new WeakMap<Registry, Map<(section: string, method: string) => boolean, EventFilter>>();

/** The filter of `wanted` events for the runtime of `registry` (see compileFilter), compiled once. */
export function eventFilter(
  registry: Registry,
  events: StorageEntryMetadataLatest,
  wanted: (section: string, method: string) => boolean,
): EventFilter {
  let byWanted = filters.get(registry);
  if (!byWanted) {
    byWanted = new Map();
    filters.set(registry, byWanted);
  }
  let filter = byWanted.get(wanted);
  if (!filter) {
    filter = compileFilter(registry, events, wanted);
    byWanted.set(wanted, filter);
  }
  return filter;
}
