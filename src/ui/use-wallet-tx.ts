/**
 * A form's transaction handle bound to the selected wallet account: `run(tx, label)` signs and follows the
 * record through the shared lifecycle (src/api/tx); `signable` says whether the account can sign at all.
 * Inside an owner's console (signing-identity.tsx) a proxy of the owner signs `proxy.proxy(owner, call)`.
 * The label is passed already translated (the transactions list shows unknown keys as written).
 */
import { useConnection } from '../api/api-context.js';
import type { Tx } from '../api/pools/calls.js';
import { canSign } from '../api/tx/signing-account.js';
import { asIdentity } from '../api/tx/signing-identity.js';
import type { TxRecord } from '../api/tx/tx-store.js';
import { useTxAction } from '../api/tx/use-tx-action.js';
import { useSelectedAccount } from '../wallet/wallet-context.js';
import { useScopeIdentity } from './signing-identity.js';

export function useWalletTx() {
  const { api } = useConnection();
  const account = useSelectedAccount();
  const identity = useScopeIdentity();
  const action = useTxAction();
  const signable = canSign(account);
  const run = (tx: Tx, label: string): Promise<TxRecord | undefined> =>
    account
      ? action.send(identity ? asIdentity(api, tx, identity) : tx, account, { key: label, params: {} })
      : Promise.resolve(undefined);
  return { account, signable, run, record: action.record, busy: action.busy };
}

/** `.then(clearOnSuccess(setText))`: empties a form's input once its transaction is finalized. */
export const clearOnSuccess =
  (set: (v: string) => void) =>
  (rec: TxRecord | undefined): void => {
    if (rec?.status === 'finalized') set('');
  };
