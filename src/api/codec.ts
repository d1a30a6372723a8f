/**
 * Guards over plain chain data: the bulk reader's values (scale-plain.ts, which follows @polkadot/types'
 * `toPrimitive()` conventions: u64/u128 decimal strings, structs camelCase objects, enums
 * `{ variant: value }`, Option None `null`) pulled into typed fields out of `unknown`. Reads through
 * `api.query` use the generated typed codecs instead (src/api/chain-types).
 */
export type Plain = unknown;

export function obj(v: Plain, what = 'value'): Record<string, Plain> {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new TypeError(`${what} is not an object`);
  return v as Record<string, Plain>;
}

export function big(v: Plain): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(v);
  if (typeof v === 'string' && v !== '') return BigInt(v);
  throw new TypeError(`not an integer: ${String(v)}`);
}

export function num(v: Plain): number {
  return Number(big(v));
}

export function str(v: Plain): string {
  if (typeof v !== 'string') throw new TypeError(`not a string: ${String(v)}`);
  return v;
}

export function arr(v: Plain): Plain[] {
  if (!Array.isArray(v)) throw new TypeError('not an array');
  return v;
}

/** The single `{ variant: value }` pair of a decoded enum. */
export function variant(v: Plain): [string, Plain] {
  if (typeof v === 'string') return [v, null];
  const entries = Object.entries(obj(v, 'enum'));
  const first = entries[0];
  if (entries.length !== 1 || !first) throw new TypeError('not an enum value');
  return first;
}

/** A u128 from SCALE little-endian bytes (e.g. the `stake-info` NFT property). */
export function u128FromLe(bytes: Uint8Array): bigint {
  let out = 0n;
  for (let i = Math.min(bytes.length, 16) - 1; i >= 0; i--) out = (out << 8n) | BigInt(bytes[i] ?? 0);
  return out;
}
