/**
 * A transaction's state in words (signing, sent, in block #n, finalized, failed with the decoded error,
 * disconnected and being checked, not sent), shown beside the form that sent it; and the list of this
 * session's transactions, each label translated and its numbers formatted in the current language (the
 * record keeps a message key and raw params: tx-store.ts). Screen readers hear each step once, from the
 * transaction's toast (tx-toasts.tsx), so the form's line is not a live region.
 */
import { isTxDone, type TxLabel, type TxRecord, txStore, useTxRecords } from '../api/tx/tx-store.js';
import { formatCount, formatParams, formatPha } from './format.js';
import { featureTranslator } from './i18n/feature-catalogue.js';
import { isMessageKey, type Locale, type Translate, useLocale } from './i18n/i18n.js';
import { txErrorText } from './problem-text.js';

export function txStatusText(t: Translate, locale: Locale, r: TxRecord): string {
  const block = r.blockNumber === undefined ? '…' : formatCount(r.blockNumber, locale);
  switch (r.status) {
    case 'signing':
      return t('tx.status.signing');
    case 'ready':
      return t('tx.status.ready');
    case 'inBlock':
      return t('tx.status.inBlock', { block });
    case 'finalized':
      return r.blockNumber === undefined ? t('tx.status.finalized') : t('tx.status.finalizedIn', { block });
    case 'failed': {
      const error = r.error ? txErrorText(t, r.error) : '';
      return r.blockNumber === undefined
        ? t('tx.status.failed', { error })
        : t('tx.status.includedFailed', { block, error });
    }
    case 'disconnected':
      return t('tx.status.disconnected');
    case 'notSent':
      return t('tx.status.notSent');
  }
}

/** A transaction's label in `locale`: its key in its catalogues (the shell's by default), params formatted. */
export function txLabelText(t: Translate, locale: Locale, { key, params, messages }: TxLabel): string {
  const shown = formatParams(params, locale);
  if (messages) return featureTranslator(messages, locale)(key, shown);
  return isMessageKey(key) ? t(key, shown) : key;
}

export function TxStatus({ record }: { record: TxRecord | undefined }) {
  const { t, locale } = useLocale();
  if (!record) return null;
  return (
    <output
      className={`tx-status tx-${record.status}`}
      data-testid="tx-status"
      data-status={record.status}
      aria-live="off"
    >
      {txStatusText(t, locale, record)}
    </output>
  );
}

export function TxList() {
  const { t, locale } = useLocale();
  const records = useTxRecords();
  return (
    <section className="tx-list" aria-label={t('tx.pending')}>
      <h2>{t('tx.pending')}</h2>
      {records.length === 0 ? (
        <p className="empty">{t('tx.pendingEmpty')}</p>
      ) : (
        <ul>
          {records.map((r) => (
            <li key={r.id} data-testid="tx-item" data-status={r.status}>
              <span>{txLabelText(t, locale, r.label)}</span> — <span>{txStatusText(t, locale, r)}</span>
              {r.fee !== undefined && <span> · {t('tx.fee', { fee: formatPha(r.fee, locale) })}</span>}{' '}
              {isTxDone(r.status) && (
                <button type="button" onClick={() => txStore.dismiss(r.id)}>
                  {t('tx.dismiss')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
