/**
 * The glossary as a page: every term with its definition.
 */
import { GLOSSARY, GLOSSARY_TERMS } from '../ui/glossary.js';
import { useT } from '../ui/i18n/i18n.js';

export function GlossaryPage() {
  const t = useT();
  return (
    <section>
      <h1>{t('glossary.heading')}</h1>
      <dl className="glossary">
        {GLOSSARY_TERMS.map((term) => (
          <div key={term}>
            <dt>{t(GLOSSARY[term].title)}</dt>
            <dd>{t(GLOSSARY[term].def)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
