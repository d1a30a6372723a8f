/**
 * Democracy's enactments in Scheduler events: `democracyTask(id)` reads a task name `(b"democrac", index)`
 * encoded into 32 bytes (pallet_democracy's `schedule_named` id) back to the referendum index, and
 * `dispatchOutcome(api, result)` turns a `Dispatched` DispatchResult (as toPrimitive gives it) into
 * `{ ok, error }`, a module error named `pallet.Error` from the runtime's metadata.
 */
import type { ApiPromise } from '@polkadot/api';
import { BN, hexToU8a, isHex, u8aToString } from '@polkadot/util';
import { field, type Json, obj, variant } from './chain-reader.js';

const PREFIX = 'democrac';

/** The referendum index of a Democracy task name, or null for other tasks. */
export function democracyTask(id: Json | undefined): string | null {
  if (typeof id !== 'string' || !isHex(id)) return null;
  const bytes = hexToU8a(id);
  if (bytes.length < 12 || u8aToString(bytes.subarray(0, 8)) !== PREFIX) return null;
  if (bytes.subarray(12).some((b) => b !== 0)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset + 8, 4);
  return String(view.getUint32(0, true));
}

/** A DispatchError in words: `Pallet.Error` for module errors, else its variant (`Token.FundsUnavailable`). */
export function dispatchErrorName(api: ApiPromise | null, err: Json | undefined): string {
  const [kind, inner] = variant(err);
  if (kind === 'Module') {
    const m = obj(inner);
    const index = Number(field(m, 'index') ?? 0);
    const error = field(m, 'error');
    try {
      if (!api) throw new Error('no metadata');
      const bytes = typeof error === 'string' ? hexToU8a(error) : new Uint8Array([Number(error ?? 0)]);
      const meta = api.registry.findMetaError({ index: new BN(index), error: bytes });
      return `${meta.section}.${meta.name}`;
    } catch {
      return `Module(${index}, ${String(error)})`;
    }
  }
  if (inner === null || inner === undefined) return kind;
  const [sub] = variant(inner);
  return sub ? `${kind}.${sub}` : kind;
}

export function dispatchOutcome(
  api: ApiPromise | null,
  result: Json | undefined,
): { ok: boolean; error: string | null } {
  const [kind, inner] = variant(result);
  if (kind === 'Ok') return { ok: true, error: null };
  return { ok: false, error: dispatchErrorName(api, inner) };
}
