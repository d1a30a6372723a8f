/**
 * A form's handle on the lifecycle: `send(tx, account, label)` submits through submitTx and the form
 * follows that record (status, block, decoded error) from the store.
 */
import { useCallback, useState } from 'react';
import { useConnection } from '../api-context.js';
import type { Tx } from '../pools/calls.js';
import type { SigningAccount } from './signing-account.js';
import { submitTx } from './submit.js';
import { isTxDone, type TxLabel, type TxRecord, useTxRecord } from './tx-store.js';

export function useTxAction() {
  const { api } = useConnection();
  const [id, setId] = useState<number>();
  const record = useTxRecord(id);
  const send = useCallback(
    (tx: Tx, account: SigningAccount, label: TxLabel): Promise<TxRecord> =>
      submitTx({ api, tx, account, label, onCreated: (r) => setId(r.id) }),
    [api],
  );
  const busy = !!record && !isTxDone(record.status);
  return { send, record, busy };
}
