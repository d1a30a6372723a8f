/**
 * An inline glossary term: the word plus a small "?" button that opens its definition in a Radix popover
 * (click, tap or keyboard; Escape or a click outside closes it), announced to screen readers.
 */
import * as Popover from '@radix-ui/react-popover';
import type { ReactNode } from 'react';
import { GLOSSARY, type GlossaryTerm } from './glossary.js';
import { useT } from './i18n/i18n.js';

export function Term({ term, children }: { term: GlossaryTerm; children?: ReactNode }) {
  const t = useT();
  const entry = GLOSSARY[term];
  const title = t(entry.title);
  return (
    <span className="term">
      {children ?? title}
      <Popover.Root>
        <Popover.Trigger className="term-toggle" aria-label={t('glossary.show', { term: title })}>
          ?
        </Popover.Trigger>
        <Popover.Portal>
          <Popover.Content className="tip term-def" role="note" sideOffset={6} collisionPadding={8}>
            <strong>{title}</strong> — {t(entry.def)}
            <Popover.Arrow className="tip-arrow" />
          </Popover.Content>
        </Popover.Portal>
      </Popover.Root>
    </span>
  );
}
