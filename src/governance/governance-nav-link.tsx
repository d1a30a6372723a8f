/**
 * The shell's navigation entry for the governance section (its label comes from the feature's own
 * catalogue, so the shell needs no governance strings).
 * Extra anchor props pass through (the phone menu renders it as a menu item).
 */
import type { ComponentProps } from 'react';
import { useGovT } from './use-gov-t.js';

export function GovernanceNavLink({ current, ...rest }: { current: boolean } & ComponentProps<'a'>) {
  const t = useGovT();
  return (
    <a href="#/governance" {...rest} aria-current={current ? 'page' : undefined} data-testid="nav-governance">
      {t('title')}
    </a>
  );
}
