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
