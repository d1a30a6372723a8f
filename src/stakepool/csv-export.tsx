/**
 * CSV export of the account's history (from the history API): builds the file in the page and offers it
 * as a download; says the indexer is needed when the endpoint has none.
 */
import type { HistoryRecord } from '../api/history.js';
import { useT } from '../ui/i18n/i18n.js';

const cell = (v: unknown): string => {
  const s = typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v ?? '');
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(records: readonly HistoryRecord[]): string {
  const cols = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return [cols.join(','), ...records.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\n');
}

export function CsvExport({
  available,
  records,
}: {
  available: boolean | undefined;
  records: HistoryRecord[] | undefined;
}) {
  const t = useT();
  if (available !== true) return <p className="hint">{t('portfolio.csvUnavailable')}</p>;
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(toCsv(records ?? []))}`;
  return (
    <a className="button" href={href} download="pha-stake-history.csv">
      {t('portfolio.csv')}
    </a>
  );
}
