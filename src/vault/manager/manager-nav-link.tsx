/**
 * The shell's navigation entry for the vault manager console (label from the feature's own catalogue).
 * Extra anchor props pass through (the phone menu renders it as a menu item).
 */
import type { ComponentProps } from 'react';
import { useMgrT } from './use-mgr-t.js';

export function ManagerNavLink({ current, ...rest }: { current: boolean } & ComponentProps<'a'>) {
  const t = useMgrT();
  return (
    <a href="#/manager" {...rest} aria-current={current ? 'page' : undefined} data-testid="nav-manager">
      {t('nav')}
    </a>
  );
}
