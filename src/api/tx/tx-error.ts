/**
 * Turns a failed transaction into a stable code plus the runtime's own docs: module errors become
 * 'Pallet.Error' (found through the metadata, e.g. 'PhalaBasePool.NotInContributeWhitelist'), other
 * DispatchErrors their variant path ('Token.FundsUnavailable', 'BadOrigin'), RPC rejections 'Invalid'
 * with the node's text, a refused signature 'Cancelled'. The UI words them (i18n) from the code.
 */
import type { ApiPromise } from '@polkadot/api';
import type { DispatchError } from '@polkadot/types/interfaces';

export interface TxError {
  code: string;
  docs: string;
}

export function decodeDispatchError(api: ApiPromise, err: DispatchError): TxError {
  if (err.isModule) {
    try {
      const meta = api.registry.findMetaError(err.asModule);
      const pallet = meta.section.charAt(0).toUpperCase() + meta.section.slice(1);
      const palletName = api.runtimeMetadata.asLatest.pallets
        .find((p) => p.index.toNumber() === err.asModule.index.toNumber())
        ?.name.toString();
      return { code: `${palletName ?? pallet}.${meta.method}`, docs: meta.docs.join(' ').trim() };
    } catch {
      return { code: 'Module', docs: err.toString() };
    }
  }
  if (err.isToken) return { code: `Token.${err.asToken.type}`, docs: '' };
  if (err.isArithmetic) return { code: `Arithmetic.${err.asArithmetic.type}`, docs: '' };
  return { code: err.type, docs: '' };
}

const CANCELLED = /cancel|reject|denied/i;

/** An exception from signing or submission. */
export function decodeThrown(err: unknown): TxError {
  const message = err instanceof Error ? err.message : String(err);
  if (CANCELLED.test(message)) return { code: 'Cancelled', docs: message };
  return { code: 'Invalid', docs: message.replace(/^\d+:\s*/, '') };
}
