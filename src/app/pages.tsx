/**
 * Route → page. The feature pages are split into their own chunks (page-chunks.ts) so the first paint
 * ships only the shell; the boot starts the first route's chunk. A page whose chunk has loaded renders at
 * once, without suspending (so the explorer shows the pool list preview in the same commit that brings
 * it, not a frame or React's fallback throttle later).
 */
import { lazy, Suspense } from 'react';
import { Skeleton } from '../ui/skeleton.js';
import { GlossaryPage } from './glossary-page.js';
import { NotFoundPage } from './not-found-page.js';
import { PAGE_LOADERS as LOADERS } from './page-chunks.js';
import type { Route } from './router.js';

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
      {route.page === 'notFound' && <NotFoundPage path={route.path} />}
    </Suspense>
  );
}
