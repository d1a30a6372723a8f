/**
 * A stake pool's page (`#/pool/<pid>[/workers|/queue]`): the shared pool page with the pool's workers as
 * its own tab.
 */
import { PoolPageLayout } from '../delegation/pool-page-layout.js';
import { useT } from '../ui/i18n/i18n.js';
import { WorkersList } from './workers-list.js';

export function StakePoolPage({ pid, tab }: { pid: bigint; tab?: string | undefined }) {
  const t = useT();
  return (
    <PoolPageLayout
      kind="StakePool"
      pid={pid}
      tab={tab}
      members={{ value: 'workers', label: t('pool.workers'), render: (pool) => <WorkersList pool={pool} /> }}
    />
  );
}
