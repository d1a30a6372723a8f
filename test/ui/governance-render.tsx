/**
 * Renders governance components alone, without the shell (the shell's providers: query cache, locale, tooltips, the live connection,
 * the wallet with a dev account selected — or none: `account` null —, the chain-head sync) for the governance UI tests.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ApiProvider } from '../../src/api/api-context.js';
import { ChainHeadSync } from '../../src/api/chain-head.js';
import type { Connection } from '../../src/api/connection.js';
import { LocaleProvider } from '../../src/ui/i18n/i18n.js';
import { TipProvider } from '../../src/ui/tip.js';
import { TxList } from '../../src/ui/tx-status.js';
import { WalletProvider } from '../../src/wallet/wallet-context.js';
import { ss58 } from './helpers.js';

export function renderGovernance(
  connection: Connection,
  node: ReactNode,
  account: string | null = '//Alice',
  locale: 'en' | 'id' = 'en',
) {
  localStorage.clear();
  localStorage.setItem('pha-stake.locale', locale);
  if (account) localStorage.setItem('pha-stake.account', ss58(account, connection));
  return render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: 1 } } })}>
      <LocaleProvider locale={locale}>
        <ApiProvider connection={connection}>
          <TipProvider>
            <WalletProvider>
              <ChainHeadSync />
              {node}
              <TxList />
            </WalletProvider>
          </TipProvider>
        </ApiProvider>
      </LocaleProvider>
    </QueryClientProvider>,
  );
}
