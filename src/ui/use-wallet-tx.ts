/**
 * A form's transaction handle bound to the selected wallet account, for every feature's forms:
 * `run(tx, key, params)` signs and follows the record through the shared lifecycle (src/api/tx); `signable`
 * says whether the account can sign at all. Inside an owner's console (signing-identity.tsx) a proxy of the
 * owner signs `proxy.proxy(owner, call)`. The record's label is `key` of the feature's catalogues
 * (`messages`) with raw params (tx-store.ts), translated where it is shown, so it follows the language switch.
 */
import { useConnection } from '../api/api-context.js';
import type { Tx } from '../api/pools/calls.js';
import { canSign } from '../api/tx/signing-account.js';
import { asIdentity } from '../api/tx/signing-identity.js';
import type { TxParams, TxRecord } from '../api/tx/tx-store.js';
import { useTxAction } from '../api/tx/use-tx-action.js';
import { useSelectedAccount } from '../wallet/wallet-context.js';
import type { Locale } from './i18n/i18n.js';
import { useScopeIdentity } from './signing-identity.js';

/** Signs `tx` and records it labelled `key` (a message of the feature's catalogues) with raw `params`. */
export type RunTx<K extends string> = (tx: Tx, key: K, params?: TxParams) => Promise<TxRecord | undefined>;

export function useWalletTx<K extends string>(messages: Record<Locale, Record<K, string>>) {
  const { api } = useConnection();
  const account = useSelectedAccount();
  const identity = useScopeIdentity();
  const action = useTxAction();
  const signable = canSign(account);
  const run: RunTx<K> = (tx, key, params = {}) =>
    account
      ? action.send(identity ? asIdentity(api, tx, identity) : tx, account, { key, params, messages })
      : Promise.resolve(undefined);
  return { account, signable, run, record: action.record, busy: action.busy };
}

/** `.then(clearOnSuccess(setText))`: empties a form's input once its transaction is finalized. */
export const clearOnSuccess =
  (set: (v: string) => void) =>
  (rec: TxRecord | undefined): void => {
    if (rec?.status === 'finalized') set('');
  };
