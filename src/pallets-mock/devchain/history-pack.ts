/**
 * A compact, lossless encoding of the history records a snapshot ships (src/indexer/store.ts key/value
 * layout: `<space>:<block, 12 digits>[:<seq, 5 digits>]` → a record's JSON). The records of one space
 * (a pool, a worker, an account…) become columns, one per field: each column is delta-coded when all its
 * values are numbers or decimal integer strings (a number column may also be predicted from the block
 * number, so `timestampMs` at 12 s blocks costs nothing) and run-length coded, so what the gzip of the
 * snapshot keeps is mostly the digits that really change (V, rewards). Records that do not fit (nested
 * objects, keys without a block) are kept as they are.
 *
 *   const packed = packHistory(pairs);      // throws unless unpackHistory(packed) gives `pairs` back
 *   unpackHistory(packed);                  // the same pairs, same order, byte for byte
 */

type Pair = readonly [string, string];
type Value = string | number | boolean | null;

/** A run-length coded sequence: `v[i]` repeated `r[i]` times (`r` absent when every run is 1). */
interface Runs {
  v: Value[];
  r?: number[];
}

/**
 * One field's values over the records that have it: `raw` as they are; `num` numbers, `int` decimal
 * integer strings, both stored as the deltas of `value - k × blockNumber` (strings when beyond 2^53).
 */
type Column = { t: 'raw'; d: Runs } | { t: 'num' | 'int'; k: number; d: Runs };

interface PackedSpace {
  space: string;
  /** Block numbers, delta-coded. */
  blocks: Runs;
  /** Sequence numbers in the key (-1: the key has none). */
  seqs: Runs;
  /** The distinct field lists, in record order of first appearance. */
  shapes: string[][];
  /** Each record's index into `shapes`. */
  shape: Runs;
  /** One column per field name (in order of first appearance). */
  fields: string[];
  columns: Column[];
}

export interface PackedHistory {
  /** Records kept as they are, with their index in the original order. */
  raw: Array<[number, string, string]>;
  spaces: PackedSpace[];
  /** Index in the original order of each packed record, spaces in turn (delta-coded). */
  order: Runs;
}

const KEY = /^(.+):(\d{12})(?::(\d{5}))?$/;
const INT = /^-?(0|[1-9]\d*)$/;

function runs(values: Value[]): Runs {
  const v: Value[] = [];
  const r: number[] = [];
  for (const x of values) {
    if (v.length > 0 && v[v.length - 1] === x) r[r.length - 1] = (r[r.length - 1] as number) + 1;
    else {
      v.push(x);
      r.push(1);
    }
  }
  return r.every((n) => n === 1) ? { v } : { v, r };
}

function unruns(d: Runs): Value[] {
  if (!d.r) return d.v;
  const out: Value[] = [];
  d.r.forEach((n, i) => {
    for (let j = 0; j < n; j++) out.push(d.v[i] as Value);
  });
  return out;
}

const deltas = (xs: number[]): number[] => xs.map((x, i) => x - (i === 0 ? 0 : (xs[i - 1] as number)));
const undeltas = (ds: number[]): number[] => {
  let acc = 0;
  return ds.map((d) => {
    acc += d;
    return acc;
  });
};

/** A bigint delta as a number when exact, else as its decimal string. */
const small = (d: bigint): number | string =>
  d >= BigInt(Number.MIN_SAFE_INTEGER) && d <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(d) : d.toString();

/** The most common ratio Δvalue / Δblock over consecutive records (0 when none is exact). */
function slope(values: bigint[], blocks: number[]): number {
  const counts = new Map<bigint, number>();
  for (let i = 1; i < values.length; i++) {
    const db = BigInt((blocks[i] as number) - (blocks[i - 1] as number));
    const dv = (values[i] as bigint) - (values[i - 1] as bigint);
    if (db > 0n && dv % db === 0n && dv !== 0n) counts.set(dv / db, (counts.get(dv / db) ?? 0) + 1);
  }
  let best = 0n;
  let most = 0;
  for (const [k, n] of counts)
    if (n > most && k >= BigInt(Number.MIN_SAFE_INTEGER) && k <= BigInt(Number.MAX_SAFE_INTEGER)) {
      best = k;
      most = n;
    }
  return most * 2 >= values.length - 1 ? Number(best) : 0;
}

function packColumn(values: Value[], blocks: number[]): Column {
  const t = values.every((x) => typeof x === 'number' && Number.isSafeInteger(x))
    ? 'num'
    : values.every((x) => typeof x === 'string' && INT.test(x))
      ? 'int'
      : 'raw';
  if (t === 'raw') return { t, d: runs(values) };
  const big = values.map((x) => BigInt(x as number | string));
  const k = slope(big, blocks);
  const rest = big.map((x, i) => x - BigInt(k) * BigInt(blocks[i] as number));
  return { t, k, d: runs(rest.map((x, i) => small(x - (i === 0 ? 0n : (rest[i - 1] as bigint))))) };
}

function unpackColumn(c: Column, blocks: number[]): Value[] {
  if (c.t === 'raw') return unruns(c.d);
  // Numbers while exact, bigints beyond 2^53 (V and share prices in 64.64 fixed point); a run of zero
  // deltas off the block line repeats one value.
  const out: Value[] = [];
  let acc: number | bigint = 0;
  let last: Value = null;
  c.d.v.forEach((x, run) => {
    const n = c.d.r?.[run] ?? 1;
    for (let j = 0; j < n; j++) {
      if (x === 0 && c.k === 0 && out.length > 0) {
        out.push(last);
        continue;
      }
      const sum = typeof acc === 'number' && typeof x === 'number' ? acc + x : undefined;
      acc = sum !== undefined && Number.isSafeInteger(sum) ? sum : BigInt(acc) + BigInt(x as number | string);
      const b = blocks[out.length] as number;
      const line = c.k * b;
      const v =
        c.k === 0
          ? acc
          : typeof acc === 'number' && Number.isSafeInteger(acc + line)
            ? acc + line
            : BigInt(acc) + BigInt(c.k) * BigInt(b);
      last = c.t === 'num' ? Number(v) : v.toString();
      out.push(last);
    }
  });
  return out;
}

interface Parsed {
  index: number;
  block: number;
  seq: number;
  record: Record<string, Value>;
}

/** The record a value holds when it packs back to itself (a flat JSON object), else undefined. */
function flatRecord(value: string): Record<string, Value> | undefined {
  let r: unknown;
  try {
    r = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof r !== 'object' || r === null || Array.isArray(r)) return undefined;
  const rec = r as Record<string, unknown>;
  if (Object.values(rec).some((x) => typeof x === 'object' && x !== null)) return undefined;
  return JSON.stringify(rec) === value ? (rec as Record<string, Value>) : undefined;
}

function packSpace(space: string, rs: Parsed[]): PackedSpace {
  const blocks = rs.map((r) => r.block);
  const shapeIds = new Map<string, number>();
  const shapes: string[][] = [];
  const fields: string[] = [];
  const shape = rs.map((r) => {
    const names = Object.keys(r.record);
    const id = names.join(',');
    let n = shapeIds.get(id);
    if (n === undefined) {
      n = shapes.length;
      shapeIds.set(id, n);
      shapes.push(names);
      for (const f of names) if (!fields.includes(f)) fields.push(f);
    }
    return n;
  });
  const columns = fields.map((f) => {
    const having = rs.filter((r) => f in r.record);
    return packColumn(
      having.map((r) => r.record[f] as Value),
      having.map((r) => r.block),
    );
  });
  return {
    space,
    blocks: runs(deltas(blocks)),
    seqs: runs(rs.map((r) => r.seq)),
    shapes,
    shape: runs(shape),
    fields,
    columns,
  };
}

function unpackSpace(s: PackedSpace): Pair[] {
  const blocks = undeltas(unruns(s.blocks) as number[]);
  const seqs = unruns(s.seqs) as number[];
  const shape = unruns(s.shape) as number[];
  const shapeSets = s.shapes.map((names) => new Set(names));
  const columns = new Map<string, { values: Value[]; next: number }>();
  s.fields.forEach((f, i) => {
    const at: number[] = [];
    shape.forEach((n, j) => {
      if (shapeSets[n]?.has(f)) at.push(blocks[j] as number);
    });
    columns.set(f, { values: unpackColumn(s.columns[i] as Column, at), next: 0 });
  });
  // Each record written in its own field order (its shape), taking the next value of each column.
  const heads = s.shapes.map((names) =>
    names.map((f) => ({ prefix: `${JSON.stringify(f)}:`, col: columns.get(f) })),
  );
  return blocks.map((block, j) => {
    const body = (heads[shape[j] as number] ?? [])
      .map(({ prefix, col }) => prefix + JSON.stringify(col?.values[col.next++] ?? null))
      .join(',');
    const seq = seqs[j] as number;
    const key = `${s.space}:${String(block).padStart(12, '0')}${seq < 0 ? '' : `:${String(seq).padStart(5, '0')}`}`;
    return [key, `{${body}}`] as const;
  });
}

/** Decodes packed history records into the pairs that were packed, in their order. */
export function unpackHistory(p: PackedHistory): Pair[] {
  const out: Pair[] = new Array(p.raw.length + p.spaces.reduce((n, s) => n + unruns(s.shape).length, 0));
  const order = undeltas(unruns(p.order) as number[]);
  let i = 0;
  for (const s of p.spaces) for (const pair of unpackSpace(s)) out[order[i++] as number] = pair;
  for (const [index, key, value] of p.raw) out[index] = [key, value];
  return out;
}

/** Packs history records (any order); throws if the packing would not give them back exactly. */
export function packHistory(pairs: ReadonlyArray<Pair>): PackedHistory {
  const raw: Array<[number, string, string]> = [];
  const bySpace = new Map<string, Parsed[]>();
  pairs.forEach(([key, value], index) => {
    const m = KEY.exec(key);
    const record = m ? flatRecord(value) : undefined;
    if (!m || !record) {
      raw.push([index, key, value]);
      return;
    }
    const list = bySpace.get(m[1] as string) ?? [];
    bySpace.set(m[1] as string, list);
    list.push({ index, block: Number(m[2]), seq: m[3] === undefined ? -1 : Number(m[3]), record });
  });
  const spaces = [...bySpace].map(([space, rs]) => packSpace(space, rs));
  const order = [...bySpace.values()].flatMap((rs) => rs.map((r) => r.index));
  const packed: PackedHistory = { raw, spaces, order: runs(deltas(order)) };
  const back = unpackHistory(packed);
  const bad = pairs.findIndex(([k, v], i) => back[i]?.[0] !== k || back[i]?.[1] !== v);
  if (bad >= 0 || back.length !== pairs.length)
    throw new Error(`history packing is not lossless at record ${bad} (${pairs[bad]?.[0]})`);
  return packed;
}
