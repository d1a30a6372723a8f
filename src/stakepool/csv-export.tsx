/**
 * CSV export of the account's history (from the history API): builds the file in the page and offers it
 * as a download; says the indexer is needed when the endpoint has none. Columns are the union of the
 * record types' fields (src/indexer/types.ts), in a fixed order.
 */
import type { AccountRecord } from '../indexer/types.js';
import { useT } from '../ui/i18n/i18n.js';

const COLUMNS = [
  'blockNumber',
  'timestampMs',
  'type',
  'address',
  'pid',
  'amount',
  'shares',
  'value',
  'withdrawingShares',
  'withdrawingValue',
  'asVault',
  'reason',
] as const;

const cell = (v: string | number | null | undefined): string => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(records: readonly AccountRecord[]): string {
  const row = (r: AccountRecord) => {
    const fields: Partial<Record<(typeof COLUMNS)[number], string | number | null>> = r;
    return COLUMNS.map((c) => cell(fields[c])).join(',');
  };
  return [COLUMNS.join(','), ...records.map(row)].join('\n');
}

export function CsvExport({
  available,
  records,
}: {
  available: boolean | undefined;
  records: readonly AccountRecord[] | undefined;
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
