/**
 * Parameter validation at the RPC edge: every handler reads its params through these, so a wrong type,
 * malformed hex, a hash of the wrong length or an out-of-range number is answered with -32602
 * "Invalid params" and a data text naming the parameter, before anything reaches the chain.
 */
import type { BlockRecord, DevChain } from '../devchain/chain.js';
import { accountId, InvalidAccountError } from '../primitives/account.js';
import { fromHex } from '../primitives/bytes.js';
import { invalidParams, RpcError } from './server-core.js';

const HEX_RE = /^0x(?:[0-9a-fA-F]{2})*$/;

const describe = (v: unknown): string => {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `"${v.length > 24 ? `${v.slice(0, 24)}…` : v}"`;
  return typeof v;
};

/** A `0x`-prefixed hex string of whole bytes, returned lowercase. `emptyOk` also accepts "" (papi). */
export function hexParam(v: unknown, name: string, opts: { bytes?: number; emptyOk?: boolean } = {}): string {
  if (opts.emptyOk && v === '') return '0x';
  if (typeof v !== 'string' || !HEX_RE.test(v))
    throw invalidParams(`${name}: expected a 0x-prefixed hex string, got ${describe(v)}`);
  if (opts.bytes !== undefined && v.length !== 2 + opts.bytes * 2)
    throw invalidParams(`${name}: expected ${opts.bytes} bytes, got ${(v.length - 2) / 2}`);
  return v.toLowerCase();
}

/** `hexParam`'s bytes, decoded in one pass (fromHex refuses what HEX_RE would; extrinsics come this way). */
export function hexBytesParam(v: unknown, name: string, opts: { emptyOk?: boolean } = {}): Uint8Array {
  if (opts.emptyOk && v === '') return new Uint8Array();
  if (typeof v === 'string' && v.startsWith('0x'))
    try {
      return fromHex(v);
    } catch {
      // answered below, as hexParam answers it
    }
  throw invalidParams(`${name}: expected a 0x-prefixed hex string, got ${describe(v)}`);
}

/** A 32-byte hash, or undefined when absent/null. */
export function optionalHashParam(v: unknown, name: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  return hexParam(v, name, { bytes: 32 });
}

/**
 * An optional block hash (`at`), resolved to a known block. An unknown hash is an error here (as in
 * Substrate's state RPCs, "UnknownBlock"); absent means the best block.
 */
export async function atParam(chain: DevChain, v: unknown, name = 'at'): Promise<BlockRecord> {
  const hash = optionalHashParam(v, name);
  if (hash === undefined) return chain.head;
  const block = await chain.findBlock(hash);
  if (!block) throw new RpcError(4003, 'Client error', `UnknownBlock: header not found for ${hash}`);
  return block;
}

/** A non-negative safe integer. */
export function uintParam(v: unknown, name: string, opts: { max?: number } = {}): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0)
    throw invalidParams(`${name}: expected a non-negative integer, got ${describe(v)}`);
  if (opts.max !== undefined && v > opts.max)
    throw invalidParams(`${name}: ${v} exceeds the maximum ${opts.max}`);
  return v;
}

/** A block number given as a JSON number or a hex string (papi sends "0x00000004"). */
export function blockNumberParam(v: unknown, name: string): bigint {
  if (typeof v === 'number') return BigInt(uintParam(v, name));
  if (typeof v === 'string' && /^0x[0-9a-fA-F]{1,16}$/.test(v)) return BigInt(v);
  if (typeof v === 'string' && /^[0-9]{1,16}$/.test(v)) return BigInt(v);
  throw invalidParams(`${name}: expected a block number or a hex number, got ${describe(v)}`);
}

export function stringParam(v: unknown, name: string): string {
  if (typeof v !== 'string') throw invalidParams(`${name}: expected a string, got ${describe(v)}`);
  return v;
}

/** A runtime API entry point name such as `Core_version` (state_call, chainHead_v1_call). */
export function runtimeApiNameParam(v: unknown, name: string): string {
  const fn = stringParam(v, name);
  if (!/^[A-Za-z0-9_]{1,128}$/.test(fn)) throw invalidParams(`${name}: not a runtime API name`);
  return fn;
}

export function arrayParam(v: unknown, name: string): unknown[] {
  if (!Array.isArray(v)) throw invalidParams(`${name}: expected an array, got ${describe(v)}`);
  return v;
}

/** An account: SS58 (any prefix) or 0x-hex 32-byte public key. Dev URIs are not accepted over RPC. */
export function accountParam(v: unknown, name: string): string {
  if (typeof v !== 'string' || v.startsWith('//'))
    throw invalidParams(`${name}: expected an SS58 address or 32-byte hex key, got ${describe(v)}`);
  try {
    return accountId(v);
  } catch (err) {
    if (err instanceof InvalidAccountError) throw invalidParams(`${name}: ${err.message}`);
    throw err;
  }
}

/** Refuses params beyond `max` (catches clients calling the wrong method). */
export function maxParams(params: unknown[], max: number, method: string): void {
  if (params.length > max)
    throw invalidParams(`${method} takes at most ${max} parameter(s), got ${params.length}`);
}
