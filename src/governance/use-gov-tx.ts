/**
 * The foundation's transaction lifecycle for governance forms: `run(tx, label)` signs with the selected
 * account, and the form follows the record. The label is passed already translated (the shell's list
 * shows labels it has no key for as written).
 */
import type { Tx } from '../api/pools/calls.js';
import { canSign } from '../api/tx/signing-account.js';
import { useTxAction } from '../api/tx/use-tx-action.js';
import { useSelectedAccount } from '../wallet/wallet-context.js';

export function useGovTx() {
  const account = useSelectedAccount();
  const action = useTxAction();
  const signable = canSign(account);
  const run = (tx: Tx, label: string) =>
    account ? action.send(tx, account, { key: label, params: {} }) : Promise.resolve(undefined);
  return { account, signable, run, record: action.record, busy: action.busy };
}
