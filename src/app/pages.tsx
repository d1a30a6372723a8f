/**
 * Route → page. The feature pages are split into their own chunks so the first paint ships only the
 * shell; `preloadPage` fetches the first route's chunk while the connection opens.
 */
import { lazy, Suspense } from 'react';
import { Skeleton } from '../ui/skeleton.js';
import { GlossaryPage } from './glossary-page.js';
import type { Route } from './router.js';

/** Each feature page's chunk, by route. */
const LOADERS = {
  explorer: () => import('../stakepool/explorer-page.js').then((m) => ({ default: m.ExplorerPage })),
  pool: () => import('../stakepool/stake-pool-page.js').then((m) => ({ default: m.StakePoolPage })),
  portfolio: () => import('../stakepool/portfolio-page.js').then((m) => ({ default: m.PortfolioPage })),
  vault: () => import('../vault/vault-page.js').then((m) => ({ default: m.VaultPage })),
  governance: () => import('../governance/governance-page.js').then((m) => ({ default: m.GovernancePage })),
  operator: () => import('../stakepool/operator/operator-page.js').then((m) => ({ default: m.OperatorPage })),
  dev: () => import('./dev-tools/dev-tools-page.js').then((m) => ({ default: m.DevToolsPage })),
  manager: () => import('../vault/manager/manager-page.js').then((m) => ({ default: m.ManagerPage })),
} as const;

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
