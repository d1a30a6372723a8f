/**
 * A plain table's header row: one column header per label, numeric columns right-aligned (`num`, as
 * their cells are). Tables with sortable or tooltip headers (the explorer, the voter list) build their own.
 */
import type { ReactNode } from 'react';

export interface Column {
  label: ReactNode;
  /** A numeric column: right-aligned. */
  num?: boolean;
}

export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a table's columns never reorder
          <th key={i} scope="col" className={c.num ? 'num' : undefined}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/**
 * A sortable column header's label and its sort arrow (▲, ▼ or ↕): the arrow follows the label's last word
 * and never wraps away from it, so a two-line name ("Est. APR / APY") keeps its arrow beside "APY", and a
 * right-aligned column's arrow no longer sits at the column's left edge, next to the neighbour's "?".
 */
export function SortLabel({ label, arrow }: { label: string; arrow: string }) {
  const cut = label.trimEnd().lastIndexOf(' ') + 1;
  return (
    <>
      {label.slice(0, cut)}
      <span className="sort-tail">
        {label.slice(cut)}
        <span aria-hidden="true" className="sort-arrow">
          {arrow}
        </span>
      </span>
    </>
  );
}
