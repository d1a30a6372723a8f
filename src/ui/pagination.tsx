/**
 * Previous / next page controls with "Page n of m" announced.
 */
import { useT } from './i18n/i18n.js';

export function Pagination({
  page,
  pages,
  onPage,
}: {
  page: number;
  pages: number;
  onPage(p: number): void;
}) {
  const t = useT();
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('common.page', { page: page + 1, pages })}>
      <button type="button" onClick={() => onPage(page - 1)} disabled={page === 0}>
        {t('common.previous')}
      </button>
      <span aria-live="polite">{t('common.page', { page: page + 1, pages })}</span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages - 1}>
        {t('common.next')}
      </button>
    </nav>
  );
}
