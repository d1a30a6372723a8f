/**
 * The shell's navigation entry for the vault manager console (label from the feature's own catalogue).
 */
import { useMgrT } from './use-mgr-t.js';

export function ManagerNavLink({ current }: { current: boolean }) {
  const t = useMgrT();
  return (
    <a href="#/manager" aria-current={current ? 'page' : undefined} data-testid="nav-manager">
      {t('nav')}
    </a>
  );
}
