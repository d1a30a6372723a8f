/**
 * The owner's description: on-chain text, rendered strictly as text (React escapes it; no HTML, no
 * links are parsed), with whitespace kept.
 */
import { useT } from '../ui/i18n/i18n.js';

export function PoolDescription({ text }: { text: string }) {
  const t = useT();
  return (
    <section className="card">
      <h3>{t('pool.description')}</h3>
      {text ? (
        <p className="description" data-testid="pool-description">
          {text}
        </p>
      ) : (
        <p>{t('pool.noDescription')}</p>
      )}
    </section>
  );
}
