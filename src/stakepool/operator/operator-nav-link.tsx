/**
 * The shell's navigation entry for the operator console (label from the feature's own catalogue).
 * Extra anchor props pass through (the phone menu renders it as a menu item).
 */
import type { ComponentProps } from 'react';
import { useOpT } from './use-op-t.js';

export function OperatorNavLink({ current, ...rest }: { current: boolean } & ComponentProps<'a'>) {
  const t = useOpT();
  return (
    <a href="#/operator" {...rest} aria-current={current ? 'page' : undefined} data-testid="nav-operator">
      {t('nav')}
    </a>
  );
}
