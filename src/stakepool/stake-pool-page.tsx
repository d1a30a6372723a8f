/**
 * A stake pool's page: key numbers, description (as text), workers, withdraw queue, history charts and
 * the delegate form.
 */
import { useConnection } from '../api/api-context.js';
import { chainConstants } from '../api/chain-constants.js';
import { useNowSecs } from '../api/chain-time.js';
import { usePoolIndex } from '../api/pools/use-pools.js';
import { DelegateForm } from '../ui/delegation/delegate-form.js';
import { PoolDescription } from '../ui/delegation/pool-description.js';
import { PoolHistory } from '../ui/delegation/pool-history.js';
import { PoolStats } from '../ui/delegation/pool-stats.js';
import { WithdrawQueue } from '../ui/delegation/withdraw-queue.js';
import { useT } from '../ui/i18n/i18n.js';
import { SectionBoundary } from '../ui/section-boundary.js';
import { useSelectedAccount } from '../wallet/wallet-context.js';
import { WorkersList } from './workers-list.js';

export function StakePoolPage({ pid }: { pid: bigint }) {
  const t = useT();
  const { api } = useConnection();
  const index = usePoolIndex();
  const account = useSelectedAccount();
  const now = useNowSecs();
  const pool = index.byPid.get(pid);
  if (index.isLoading) return <output>{t('common.loading')}</output>;
  if (!pool || pool.kind !== 'StakePool')
    return <p role="alert">{t('pool.notFound', { pid: pid.toString() })}</p>;
  return (
    <article data-testid="pool-page">
      <a href="#/">{t('pool.back')}</a>
      <h1>{t('pool.heading', { kind: t('pools.kind.StakePool'), pid: pid.toString() })}</h1>
      <SectionBoundary>
        <PoolStats pool={pool} apr={index.apr(pool)} />
      </SectionBoundary>
      <div className="columns">
        <div>
          <SectionBoundary>
            <PoolDescription text={pool.description} />
          </SectionBoundary>
          <SectionBoundary>
            <WorkersList pool={pool} />
          </SectionBoundary>
          <SectionBoundary>
            <WithdrawQueue pool={pool} nowSecs={now} graceSecs={chainConstants(api).gracePeriodSecs} />
          </SectionBoundary>
        </div>
        <div>
          <SectionBoundary>
            <DelegateForm pool={pool} account={account} aprAfter={(extra) => index.apr(pool, extra)} />
          </SectionBoundary>
          <SectionBoundary>
            <PoolHistory pid={pid} />
          </SectionBoundary>
        </div>
      </div>
    </article>
  );
}
