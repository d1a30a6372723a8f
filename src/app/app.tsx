/**
 * The application shell: providers (query cache, locale, connection, wallet), the header (network,
 * health light, account switcher, preferences), navigation, the routed page, the transactions list and
 * the transaction toasts (outside the live part, so they outlast a reconnect). Until the connection is
 * live it shows where it is connecting to; the wallet and pages mount after — except the explorer, which
 * shows the pool list preview (api-context.tsx) meanwhile and stays mounted when the connection is live.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ApiProvider, useConnectionState } from '../api/api-context.js';
import { ChainHeadSync } from '../api/chain-head.js';
import type { Connection } from '../api/connection.js';
import { LocaleProvider, useT } from '../ui/i18n/i18n.js';
import { SectionBoundary } from '../ui/section-boundary.js';
import { Skeleton } from '../ui/skeleton.js';
import { TipProvider } from '../ui/tip.js';
import { TxList } from '../ui/tx-status.js';
import { TxToasts } from '../ui/tx-toasts.js';
import { AccountSwitcher } from '../wallet/account-switcher.js';
import { WalletProvider } from '../wallet/wallet-context.js';
import { BuiltInChainBar } from './dev-tools/builtin-chain-bar.js';
import { HeaderSettings } from './header-settings.js';
import { HealthLight } from './health-light.js';
import { MainNav } from './main-nav.js';
import { Page } from './pages.js';
import { pageKey, parseRoute, useHash } from './router.js';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, gcTime: 5 * 60_000 } },
  });
}

function Connecting({ endpoint }: { endpoint: string }) {
  const t = useT();
  return <output data-testid="status">{t('network.connecting', { endpoint })}</output>;
}

function Live({ children }: { children: ReactNode }) {
  const t = useT();
  const { state } = useConnectionState();
  if (state.status === 'connecting' && !state.preview) return <Connecting endpoint={state.endpoint} />;
  if (state.status === 'error')
    return (
      <p data-testid="status" role="alert">
        {t('network.error', { message: state.message })}
      </p>
    );
  return (
    <WalletProvider>
      {state.status === 'ready' && <ChainHeadSync />}
      {children}
    </WalletProvider>
  );
}

/** Pages that render from the pool list preview before the connection is live. */
const PREVIEW_PAGES: ReadonlySet<string> = new Set(['explorer']);

function Shell() {
  const t = useT();
  const hash = useHash();
  const route = parseRoute(hash);
  const { state } = useConnectionState();
  const live = state.status === 'ready';
  return (
    <>
      <button
        className="skip"
        type="button"
        onClick={() => document.querySelector<HTMLElement>('main')?.focus()}
      >
        {t('app.skip')}
      </button>
      <header className="header">
        <strong className="brand">
          <span className="logo" aria-hidden="true" />
          {t('app.title')}
        </strong>
        <MainNav route={route} />
        <HeaderSettings />
      </header>
      <Live>
        <div className="topbar">
          {live ? (
            <>
              <SectionBoundary>
                <HealthLight />
              </SectionBoundary>
              <SectionBoundary>
                <AccountSwitcher />
              </SectionBoundary>
            </>
          ) : (
            <Connecting endpoint={state.endpoint} />
          )}
        </div>
        {live && <BuiltInChainBar />}
        <main tabIndex={-1}>
          <SectionBoundary key={pageKey(route)}>
            {live || PREVIEW_PAGES.has(route.page) ? <Page route={route} /> : <Skeleton shape="page" />}
          </SectionBoundary>
        </main>
        <aside>
          {live && (
            <SectionBoundary>
              <TxList />
            </SectionBoundary>
          )}
        </aside>
      </Live>
      <SectionBoundary>
        <TxToasts />
      </SectionBoundary>
    </>
  );
}

export function App({ connection, client }: { connection?: Connection; client?: QueryClient }) {
  const [queryClient] = useState(() => client ?? createQueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <TipProvider>
          <ApiProvider connection={connection}>
            <Shell />
          </ApiProvider>
        </TipProvider>
      </LocaleProvider>
    </QueryClientProvider>
  );
}
