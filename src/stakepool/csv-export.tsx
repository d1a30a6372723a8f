/**
 * CSV export of the account's history (from the history API, rows by csv-rows.ts): builds the file in
 * the page and offers it as a download; says the indexer is needed when the endpoint has none.
 */
import type { AccountRecord } from '../indexer/types.js';
import { useT } from '../ui/i18n/i18n.js';
import { csvRows, toCsv } from './csv-rows.js';

export function CsvExport({
  available,
  records,
}: {
  available: boolean | undefined;
  records: readonly AccountRecord[] | undefined;
}) {
  const t = useT();
  if (available !== true) return <p className="hint">{t('portfolio.csvUnavailable')}</p>;
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(csvRows(records ?? [])))}`;
  return (
    <a className="button" href={href} download="pha-stake-history.csv" data-testid="csv-export">
      {t('portfolio.csv')}
    </a>
  );
}
