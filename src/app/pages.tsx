/**
 * Route → page. The feature pages are split into their own chunks so the first paint ships only the
 * shell; `preloadPage` fetches the first route's chunk while the connection opens. A page whose chunk
 * has loaded renders at once, without suspending (so the explorer shows the pool list preview in the
 * same commit that brings it, not a frame or React's fallback throttle later).
 */
import { type ComponentType, lazy, Suspense } from 'react';
import { Skeleton } from '../ui/skeleton.js';
import { GlossaryPage } from './glossary-page.js';
import type { Route } from './router.js';

type PageModule = { default: ComponentType<never> };

/**
 * A loader that loads once and, once loaded, answers React.lazy with a thenable that settles at once:
 * React reads a thenable that resolved synchronously without suspending.
 */
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
const CHUNKS = {
  explorer: () => import('../stakepool/explorer-page.js').then((m) => ({ default: m.ExplorerPage })),
  pool: () => import('../stakepool/stake-pool-page.js').then((m) => ({ default: m.StakePoolPage })),
  portfolio: () => import('../stakepool/portfolio-page.js').then((m) => ({ default: m.PortfolioPage })),
  vault: () => import('../vault/vault-page.js').then((m) => ({ default: m.VaultPage })),
  governance: () => import('../governance/governance-page.js').then((m) => ({ default: m.GovernancePage })),
  operator: () => import('../stakepool/operator/operator-page.js').then((m) => ({ default: m.OperatorPage })),
  dev: () => import('./dev-tools/dev-tools-page.js').then((m) => ({ default: m.DevToolsPage })),
  manager: () => import('../vault/manager/manager-page.js').then((m) => ({ default: m.ManagerPage })),
} as const;

const LOADERS = {
  explorer: once(CHUNKS.explorer),
  pool: once(CHUNKS.pool),
  portfolio: once(CHUNKS.portfolio),
  vault: once(CHUNKS.vault),
  governance: once(CHUNKS.governance),
  operator: once(CHUNKS.operator),
  dev: once(CHUNKS.dev),
  manager: once(CHUNKS.manager),
};

/** Starts loading the route's page chunk (at boot, so it loads while the connection opens). */
export function preloadPage(route: Route): void {
  if (route.page !== 'glossary') void LOADERS[route.page]();
}

const ExplorerPage = lazy(LOADERS.explorer);
const StakePoolPage = lazy(LOADERS.pool);
const PortfolioPage = lazy(LOADERS.portfolio);
const VaultPage = lazy(LOADERS.vault);
const GovernancePage = lazy(LOADERS.governance);
const OperatorPage = lazy(LOADERS.operator);
const DevToolsPage = lazy(LOADERS.dev);
const ManagerPage = lazy(LOADERS.manager);

export function Page({ route }: { route: Route }) {
  return (
    <Suspense fallback={<Skeleton shape="page" />}>
      {route.page === 'explorer' && <ExplorerPage />}
      {route.page === 'pool' && <StakePoolPage pid={route.pid} tab={route.tab} />}
      {route.page === 'vault' && <VaultPage pid={route.pid} tab={route.tab} />}
      {route.page === 'portfolio' && <PortfolioPage />}
      {route.page === 'glossary' && <GlossaryPage />}
      {route.page === 'governance' && <GovernancePage path={route.path} />}
      {route.page === 'operator' && <OperatorPage path={route.path} />}
      {route.page === 'manager' && <ManagerPage path={route.path} />}
      {route.page === 'dev' && <DevToolsPage />}
    </Suspense>
  );
}
