/**
 * The shell's navigation entry for the operator console (label from the feature's own catalogue).
 */
import { useOpT } from './use-op-t.js';

export function OperatorNavLink({ current }: { current: boolean }) {
  const t = useOpT();
  return (
    <a href="#/operator" aria-current={current ? 'page' : undefined} data-testid="nav-operator">
      {t('nav')}
    </a>
  );
}
