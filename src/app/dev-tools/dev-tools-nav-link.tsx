/**
 * The shell's navigation entry for the dev tools, shown only where the endpoint serves the dev RPCs
 * (`dev_newBlock` in rpc_methods): a node started with `--dev`, and the built-in chain. The navigation
 * renders before the connection is ready, so the entry waits for it (absent until then).
 */
import type { ComponentProps } from 'react';
import { useConnectionState } from '../../api/api-context.js';
import { useHasRpc } from '../../stakepool/operator/use-rpc-methods.js';
import { useDevT } from './messages.js';

type Props = { current: boolean } & ComponentProps<'a'>;

export function DevToolsNavLink(props: Props) {
  return useConnectionState().state.status === 'ready' ? <ConnectedDevToolsNavLink {...props} /> : null;
}

function ConnectedDevToolsNavLink({ current, ...rest }: Props) {
  const t = useDevT();
  if (!useHasRpc('dev_newBlock')) return null;
  return (
    <a href="#/dev" {...rest} aria-current={current ? 'page' : undefined} data-testid="nav-dev">
      {t('nav')}
    </a>
  );
}
