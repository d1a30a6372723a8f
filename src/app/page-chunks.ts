/**
 * The feature pages' chunks, one loader per route (pages.tsx renders them through React.lazy). Each
 * loads once and, once loaded, answers with a thenable that settles at once: React reads a thenable that
 * resolved synchronously without suspending, so a page whose chunk has loaded renders in the same commit.
 * Free of React itself, so the boot (main.tsx) can start the first route's chunk before the shell loads.
 */
import type { ComponentType } from 'react';
import type { Route } from './router.js';

type PageModule = { default: ComponentType<never> };

function once<M extends PageModule>(load: () => Promise<M>): () => Promise<M> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return () => {
    if (loaded) {
      const value = loaded;
      // biome-ignore lint/suspicious/noThenProperty: React.lazy takes any thenable; this one settles at once
      return { then: (resolve: (m: M) => unknown) => resolve(value) } as unknown as Promise<M>;
    }
    loading ??= load().then((m) => {
      loaded = m;
      return m;
    });
    return loading;
  };
}

/** Each feature page's chunk, by route. */
export const PAGE_LOADERS = {
  explorer: once(() => import('../stakepool/explorer-page.js').then((m) => ({ default: m.ExplorerPage }))),
  pool: once(() => import('../stakepool/stake-pool-page.js').then((m) => ({ default: m.StakePoolPage }))),
  portfolio: once(() => import('../stakepool/portfolio-page.js').then((m) => ({ default: m.PortfolioPage }))),
  vault: once(() => import('../vault/vault-page.js').then((m) => ({ default: m.VaultPage }))),
  governance: once(() =>
    import('../governance/governance-page.js').then((m) => ({ default: m.GovernancePage })),
  ),
  operator: once(() =>
    import('../stakepool/operator/operator-page.js').then((m) => ({ default: m.OperatorPage })),
  ),
  dev: once(() => import('./dev-tools/dev-tools-page.js').then((m) => ({ default: m.DevToolsPage }))),
  manager: once(() => import('../vault/manager/manager-page.js').then((m) => ({ default: m.ManagerPage }))),
};

/** Starts loading the route's page chunk (at boot, so it loads while the shell and the connection do). */
export async function preloadPage(route: Route): Promise<void> {
  if (route.page !== 'glossary' && route.page !== 'notFound') await PAGE_LOADERS[route.page]();
}
