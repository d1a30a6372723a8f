/**
 * Democracy's enactments in Scheduler events: `democracyTask(id)` reads a task name `(b"democrac", index)`
 * encoded into 32 bytes (pallet_democracy's `schedule_named` id) back to the referendum index, and
 * `dispatchOutcome(api, result)` turns a `Dispatched` DispatchResult (the event's typed
 * `Result<Null, SpRuntimeDispatchError>`) into `{ ok, error }`, a module error named `pallet.Error` from
 * the runtime's metadata.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Null, Option, Result, U8aFixed } from '@polkadot/types';
import type { SpRuntimeDispatchError } from '@polkadot/types/lookup';
import { BN, u8aToString } from '@polkadot/util';

const PREFIX = 'democrac';

/** The referendum index of a Democracy task name, or null for other tasks. */
export function democracyTask(id: Option<U8aFixed>): string | null {
  if (id.isNone) return null;
  const bytes = id.unwrap().toU8a(true);
  if (bytes.length < 12 || u8aToString(bytes.subarray(0, 8)) !== PREFIX) return null;
  if (bytes.subarray(12).some((b) => b !== 0)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset + 8, 4);
  return String(view.getUint32(0, true));
}

/** A DispatchError in words: `Pallet.Error` for module errors, else its variant (`Token.FundsUnavailable`). */
export function dispatchErrorName(api: ApiPromise | null, err: SpRuntimeDispatchError): string {
  if (err.isModule) {
    const { index, error } = err.asModule;
    try {
      if (!api) throw new Error('no metadata');
      const meta = api.registry.findMetaError({ index: new BN(index.toNumber()), error: error.toU8a(true) });
      return `${meta.section}.${meta.name}`;
    } catch {
      return `Module(${index.toNumber()}, ${error.toHex()})`;
    }
  }
  if (err.isToken) return `Token.${err.asToken.type}`;
  if (err.isArithmetic) return `Arithmetic.${err.asArithmetic.type}`;
  if (err.isTransactional) return `Transactional.${err.asTransactional.type}`;
  return err.type;
}

export function dispatchOutcome(
  api: ApiPromise | null,
  result: Result<Null, SpRuntimeDispatchError>,
): { ok: boolean; error: string | null } {
  if (result.isOk) return { ok: true, error: null };
  return { ok: false, error: dispatchErrorName(api, result.asErr) };
}
