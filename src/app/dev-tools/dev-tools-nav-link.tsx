/**
 * The shell's navigation entry for the dev tools, shown only where the endpoint serves the dev RPCs
 * (`dev_newBlock` in rpc_methods): a node started with `--dev`, and the built-in chain.
 */
import type { ComponentProps } from 'react';
import { useHasRpc } from '../../stakepool/operator/use-rpc-methods.js';
import { useDevT } from './messages.js';

export function DevToolsNavLink({ current, ...rest }: { current: boolean } & ComponentProps<'a'>) {
  const t = useDevT();
  if (!useHasRpc('dev_newBlock')) return null;
  return (
    <a href="#/dev" {...rest} aria-current={current ? 'page' : undefined} data-testid="nav-dev">
      {t('nav')}
    </a>
  );
}
