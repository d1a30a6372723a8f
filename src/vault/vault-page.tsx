/**
 * A vault's page: key numbers, description (as text), the stake pools it invests in, its withdraw queue
 * (vaults wait up to three grace periods), history charts and the delegate form.
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

export function VaultPage({ pid }: { pid: bigint }) {
  const t = useT();
  const { api } = useConnection();
  const index = usePoolIndex();
  const account = useSelectedAccount();
  const now = useNowSecs();
  const vault = index.byPid.get(pid);
  if (index.isLoading) return <output>{t('common.loading')}</output>;
  if (!vault || vault.kind !== 'Vault')
    return <p role="alert">{t('pool.notFound', { pid: pid.toString() })}</p>;
  return (
    <article data-testid="pool-page">
      <a href="#/">{t('pool.back')}</a>
      <h1>{t('pool.heading', { kind: t('pools.kind.Vault'), pid: pid.toString() })}</h1>
      <SectionBoundary>
        <PoolStats pool={vault} apr={index.apr(vault)} />
      </SectionBoundary>
      <div className="columns">
        <div>
          <SectionBoundary>
            <PoolDescription text={vault.description} />
          </SectionBoundary>
          <section className="card">
            <h3>{t('pool.investPools')}</h3>
            {vault.investPools.length === 0 ? (
              <p>{t('common.none')}</p>
            ) : (
              <ul>
                {vault.investPools.map((p) => (
                  <li key={p.toString()}>
                    <a href={`#/pool/${p}`}>#{p.toString()}</a>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <SectionBoundary>
            <WithdrawQueue pool={vault} nowSecs={now} graceSecs={chainConstants(api).gracePeriodSecs * 3} />
          </SectionBoundary>
        </div>
        <div>
          <SectionBoundary>
            <DelegateForm pool={vault} account={account} aprAfter={(extra) => index.apr(vault, extra)} />
          </SectionBoundary>
          <SectionBoundary>
            <PoolHistory pid={pid} />
          </SectionBoundary>
        </div>
      </div>
    </article>
  );
}
