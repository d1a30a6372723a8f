/**
 * What an unknown address shows (`#/operate`, `#/pool/abc`): that there is no such page, and the way back to
 * the pool list — not the list itself, which read as if the link had worked.
 */
import { useT } from '../ui/i18n/i18n.js';

export function NotFoundPage({ path }: { path: string }) {
  const t = useT();
  return (
    <section className="card empty" data-testid="not-found">
      <h1>{t('notFound.heading')}</h1>
      <p>{t('notFound.text', { path })}</p>
      <a href="#/">{t('notFound.back')}</a>
    </section>
  );
}
