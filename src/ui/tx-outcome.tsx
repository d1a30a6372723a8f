/**
 * A form's transaction state (TxStatus) plus, when it failed, the feature's own explanation of the
 * decoded chain error (e.g. why a non-owner was refused), so users see why and not only the error name;
 * in an owner's console signed by a proxy, who the action is signed for (SigningAsNote).
 */
import type { TxRecord } from '../api/tx/tx-store.js';
import { SigningAsNote } from './signing-identity.js';
import { TxStatus } from './tx-status.js';

export function TxOutcome({
  record,
  explain,
}: {
  record: TxRecord | undefined;
  explain: (code: string) => string | undefined;
}) {
  const why = record?.status === 'failed' && record.error ? explain(record.error.code) : undefined;
  return (
    <>
      <SigningAsNote />
      <TxStatus record={record} />
      {why && (
        <p className="problem" role="alert" data-testid="tx-why">
          {why}
        </p>
      )}
    </>
  );
}
