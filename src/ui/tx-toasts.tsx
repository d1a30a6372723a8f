/**
 * Transaction progress as Radix toasts. Every transaction goes through the one lifecycle
 * (src/api/tx/submit.ts), which writes each step to the transaction store; this viewport follows that
 * store, so each transaction sent after the shell mounted gets a toast that moves with it — waiting for the
 * signature, sent, in block #n, finalized, failed with the chain's decoded error, disconnected and being
 * checked, not sent — in the active language. Radix announces a new toast; the status line is a polite
 * live region, so later steps are announced too. A finalized toast closes after a few seconds, the others
 * stay until dismissed; one dismissed while still pending comes back when its transaction ends.
 */
import * as Toast from '@radix-ui/react-toast';
import { useState } from 'react';
import { isTxDone, type TxStatus, txStore, useTxRecords } from '../api/tx/tx-store.js';
import { useLocale } from './i18n/i18n.js';
import { txLabelText, txStatusText } from './tx-status.js';

/** How long a finalized transaction's toast stays (ms); the other end states stay until dismissed. */
const FINALIZED_MS = 6000;

const newestId = (): number => txStore.snapshot().reduce((max, r) => Math.max(max, r.id), 0);

export function TxToasts() {
  const { t, locale } = useLocale();
  const records = useTxRecords();
  // records of an earlier mount (the list keeps them) are not news
  const [since] = useState(newestId);
  /** Toasts the user closed, with the status their transaction had then. */
  const [closed, setClosed] = useState<ReadonlyMap<number, TxStatus>>(new Map());
  const shown = records.filter((r) => r.id > since).reverse();
  return (
    <Toast.Provider label={t('toast.label')} duration={Number.POSITIVE_INFINITY}>
      {shown.map((r) => {
        const closedAt = closed.get(r.id);
        const open = closedAt === undefined || (!isTxDone(closedAt) && isTxDone(r.status));
        return (
          <Toast.Root
            key={r.id}
            type="foreground"
            open={open}
            onOpenChange={(o) => {
              if (!o) setClosed((m) => new Map(m).set(r.id, r.status));
            }}
            duration={r.status === 'finalized' ? FINALIZED_MS : Number.POSITIVE_INFINITY}
            className={`toast tx-${r.status}`}
            data-testid="tx-toast"
            data-status={r.status}
          >
            <Toast.Title className="toast-title">{txLabelText(t, r)}</Toast.Title>
            <Toast.Description className="toast-status" aria-live="polite">
              {txStatusText(t, locale, r)}
            </Toast.Description>
            <Toast.Close className="toast-close" aria-label={t('tx.dismiss')}>
              ×
            </Toast.Close>
          </Toast.Root>
        );
      })}
      <Toast.Viewport className="toast-viewport" label={t('toast.viewport')} />
    </Toast.Provider>
  );
}
