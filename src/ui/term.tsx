/**
 * An inline glossary term: the word plus a small "?" button that toggles its definition in place.
 * Keyboard reachable, `aria-expanded`, and the definition is announced through `aria-describedby`.
 */
import { type ReactNode, useId, useState } from 'react';
import { GLOSSARY, type GlossaryTerm } from './glossary.js';
import { useT } from './i18n/i18n.js';

export function Term({ term, children }: { term: GlossaryTerm; children?: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const id = useId();
  const entry = GLOSSARY[term];
  const title = t(entry.title);
  return (
    <span className="term">
      {children ?? title}
      <button
        type="button"
        className="term-toggle"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t('glossary.show', { term: title })}
        onClick={() => setOpen((o) => !o)}
      >
        ?
      </button>
      {open && (
        <span id={id} role="note" className="term-def">
          {t(entry.def)}
        </span>
      )}
    </span>
  );
}
