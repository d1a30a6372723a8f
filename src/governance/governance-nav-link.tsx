/**
 * The shell's navigation entry for the governance section (its label comes from the feature's own
 * catalogue, so the shell needs no governance strings).
 */
import { useGovT } from './use-gov-t.js';

export function GovernanceNavLink({ current }: { current: boolean }) {
  const t = useGovT();
  return (
    <a href="#/governance" aria-current={current ? 'page' : undefined} data-testid="nav-governance">
      {t('title')}
    </a>
  );
}
