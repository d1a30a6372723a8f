/**
 * A proposal's call as text: the inline bytes, or the noted preimage (`Preimage.PreimageFor`), decoded
 * with the runtime's metadata to `section.method(args)`. On-chain text is data: callers render it as a
 * text node, never as HTML.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { hasStorage } from '../../api/runtime-access.js';
import type { BoundedCall } from './decode.js';

export interface CallText {
  text: string;
  /** The preimage is not (or no longer) on chain. */
  missing?: boolean;
}

async function callBytes(api: ApiPromise, call: BoundedCall): Promise<string | undefined> {
  if ('inline' in call) return call.inline;
  if (!hasStorage(api, 'preimage', 'preimageFor') || call.len === undefined) return undefined;
  const v = (await api.query.preimage.preimageFor([call.hash, call.len])) as unknown as Codec & {
    isSome: boolean;
    unwrap(): Codec;
  };
  return v.isSome ? v.unwrap().toHex() : undefined;
}

export async function fetchCallText(api: ApiPromise, call: BoundedCall): Promise<CallText> {
  const hex = await callBytes(api, call).catch(() => undefined);
  if (!hex) return { text: 'hash' in call ? call.hash : '', missing: true };
  try {
    const c = api.createType('Call', hex);
    const human = c.toHuman() as { args?: unknown } | null;
    return { text: `${c.section}.${c.method}(${JSON.stringify(human?.args ?? {})})` };
  } catch {
    return { text: hex };
  }
}
