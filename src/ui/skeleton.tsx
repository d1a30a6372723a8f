/**
 * Loading placeholders from the one design system: shimmering blocks shaped like what is coming (a page:
 * title, key numbers and a chart; a section: a few rows), marked busy, with "Loading…" for screen readers.
 */
import { useT } from './i18n/i18n.js';

export function Skeleton({ shape }: { shape: 'page' | 'section' }) {
  const t = useT();
  return (
    <div aria-busy="true" className="skeleton-wrap" data-testid="skeleton">
      <output className="visually-hidden">{t('common.loading')}</output>
      {shape === 'page' ? (
        <>
          <div className="skeleton skeleton-title" />
          <div className="skeleton skeleton-stats" />
          <div className="skeleton skeleton-chart" />
        </>
      ) : (
        <>
          <div className="skeleton skeleton-row" />
          <div className="skeleton skeleton-row" />
          <div className="skeleton skeleton-row" />
        </>
      )}
    </div>
  );
}
