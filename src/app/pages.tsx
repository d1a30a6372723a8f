/**
 * Route → page. The feature pages are split into their own chunks so the first paint ships only the
 * shell.
 */
import { lazy, Suspense } from 'react';
import { Skeleton } from '../ui/skeleton.js';
import { GlossaryPage } from './glossary-page.js';
import type { Route } from './router.js';

const ExplorerPage = lazy(() =>
  import('../stakepool/explorer-page.js').then((m) => ({ default: m.ExplorerPage })),
);
const StakePoolPage = lazy(() =>
  import('../stakepool/stake-pool-page.js').then((m) => ({ default: m.StakePoolPage })),
);
const PortfolioPage = lazy(() =>
  import('../stakepool/portfolio-page.js').then((m) => ({ default: m.PortfolioPage })),
);
const VaultPage = lazy(() => import('../vault/vault-page.js').then((m) => ({ default: m.VaultPage })));
const GovernancePage = lazy(() =>
  import('../governance/governance-page.js').then((m) => ({ default: m.GovernancePage })),
);

const OperatorPage = lazy(() =>
  import('../stakepool/operator/operator-page.js').then((m) => ({ default: m.OperatorPage })),
);
const DevToolsPage = lazy(() =>
  import('./dev-tools/dev-tools-page.js').then((m) => ({ default: m.DevToolsPage })),
);
const ManagerPage = lazy(() =>
  import('../vault/manager/manager-page.js').then((m) => ({ default: m.ManagerPage })),
);

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
