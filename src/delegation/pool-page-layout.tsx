/**
 * The page a stake pool and a vault share: heading, a commission raised in the last 7 days alerted, key
 * numbers, then Radix tabs — overview (the owner's description, the history chart and the commission
 * history, with an alert when part of the stake sits on unresponsive workers), the kind's own tab (a stake
 * pool's workers, a vault's invested pools) and the withdraw queue, each deep-linked as
 * `#/pool/<pid>/<tab>` — with the delegate form beside them, which keeps its input while the tabs change,
 * the selected account's position in the pool (shares, value, pending withdrawal), and the withdraw form
 * (with its preview) when it holds a delegation NFT of the pool.
 * Also the loading skeleton and the "no such pool" state.
 */

import type { ReactNode } from 'react';
import { useConnection } from '../api/api-context.js';
import { chainConstants } from '../api/chain-constants.js';
import { useChainNowMs, useNowSecs } from '../api/chain-time.js';
import { poolYield } from '../api/pools/apr.js';
import type { PoolSummary } from '../api/pools/pool-model.js';
import { useDelegations, usePoolIndex } from '../api/pools/use-pools.js';
import { poolHref } from '../app/router.js';
import { formatCount, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { RouteTabs, type TabSpec } from '../ui/route-tabs.js';
import { SectionBoundary } from '../ui/section-boundary.js';
import { Skeleton } from '../ui/skeleton.js';
import { useSelectedAccount } from '../wallet/wallet-context.js';
import { CommissionAlert, CommissionHistory } from './commission-history.js';
import { DelegateForm } from './delegate-form.js';
import { PoolDescription } from './pool-description.js';
import { PoolHistory } from './pool-history.js';
import { PoolPosition } from './pool-position.js';
import { PoolStats } from './pool-stats.js';
import { WithdrawForm } from './withdraw-form.js';
import { WithdrawQueue } from './withdraw-queue.js';

export function PoolPageLayout({
  kind,
  pid,
  tab,
  members,
}: {
  kind: 'StakePool' | 'Vault';
  pid: bigint;
  /** The tab segment of the route, if any. */
  tab: string | undefined;
  /** The kind's own tab: its route segment, label and panel for the pool. */
  members: { value: string; label: string; render(pool: PoolSummary): ReactNode };
}) {
  const { t, locale } = useLocale();
  const { api } = useConnection();
  const index = usePoolIndex();
  const account = useSelectedAccount();
  const now = useNowSecs();
  const chainNowMs = useChainNowMs();
  const pool = index.byPid.get(pid);
  const delegations = useDelegations(account?.address).data;
  const held = delegations?.nfts.find((n) => n.pid === pid);
  if (index.isLoading) return <Skeleton shape="page" />;
  if (!pool || pool.kind !== kind)
    return (
      <div className="empty card">
        <p role="alert">{t('pool.notFound', { pid: pid.toString() })}</p>
        <a href="#/">{t('pool.back')}</a>
      </div>
    );
  // a vault waits up to three grace periods
  const graceSecs = chainConstants(api).gracePeriodSecs * (kind === 'Vault' ? 3 : 1);
  const queued = pool.withdrawQueue.length;
  const tabs: TabSpec<string>[] = [
    {
      value: 'overview',
      label: t('pool.tab.overview'),
      content: (
        <>
          {pool.unresponsiveStake > 0n && (
            <p className="warning" data-testid="unresponsive-alert">
              {t('pool.unresponsiveAlert', { stake: formatPha(pool.unresponsiveStake, locale) })}{' '}
              <a href={poolHref(kind, pid, members.value)}>{members.label}</a>
            </p>
          )}
          <SectionBoundary>
            <PoolDescription text={pool.description} />
          </SectionBoundary>
          <SectionBoundary>
            <PoolHistory
              pid={pid}
              now={
                chainNowMs === undefined
                  ? undefined
                  : { timestampMs: chainNowMs, totalValue: pool.totalValue, totalShares: pool.totalShares }
              }
            />
          </SectionBoundary>
          <SectionBoundary>
            <CommissionHistory pid={pid} />
          </SectionBoundary>
        </>
      ),
    },
    {
      value: members.value,
      label: members.label,
      content: <SectionBoundary>{members.render(pool)}</SectionBoundary>,
    },
    {
      value: 'queue',
      label:
        queued === 0
          ? t('pool.withdrawQueue')
          : `${t('pool.withdrawQueue')} (${formatCount(queued, locale)})`,
      content: (
        <SectionBoundary>
          <WithdrawQueue
            pool={pool}
            nowSecs={now}
            graceSecs={graceSecs}
            wphaMinBalance={index.wphaMinBalance}
            coolDownSecs={index.coolDownSecs}
          />
        </SectionBoundary>
      ),
    },
  ];
  const current = tabs.find((x) => x.value === tab)?.value ?? 'overview';
  return (
    <article data-testid="pool-page">
      <p>
        <a href="#/">{t('pool.back')}</a>
      </p>
      <h1>{t('pool.heading', { kind: t(`pools.kind.${kind}`), pid: pid.toString() })}</h1>
      <SectionBoundary>
        <CommissionAlert pid={pid} />
      </SectionBoundary>
      <SectionBoundary>
        <PoolStats pool={pool} apr={index.apr(pool)} />
      </SectionBoundary>
      <div className="columns main-aside">
        <div>
          <RouteTabs
            label={t('pool.tabs')}
            value={current}
            href={(x) => poolHref(kind, pid, x === 'overview' ? undefined : x)}
            tabs={tabs}
          />
        </div>
        <div>
          <SectionBoundary>
            <DelegateForm
              pool={pool}
              account={account}
              yieldAfter={(extra) => poolYield(pool, index.apr(pool, extra))}
            />
          </SectionBoundary>
          <SectionBoundary>
            <PoolPosition pid={pid} delegations={delegations} graceSecs={graceSecs} />
          </SectionBoundary>
          {held && (
            <SectionBoundary>
              <section className="card" data-testid="pool-withdraw">
                <h3>{t('form.submit.withdraw')}</h3>
                <WithdrawForm
                  nft={held}
                  pool={pool}
                  account={account}
                  wphaMinBalance={index.wphaMinBalance}
                />
              </section>
            </SectionBoundary>
          )}
        </div>
      </div>
    </article>
  );
}
