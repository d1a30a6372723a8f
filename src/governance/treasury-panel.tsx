/**
 * The Treasury: its spendable pot, the spend period and the block of the next payout, its proposals (approved or pending), and the inflow
 * from the Treasury's share (20 % on Phala) of computation rewards over the last 30 days of chain time from the history API (when the endpoint has
 * an indexer; otherwise it says history is unavailable; while it loads a placeholder, a failed read says so).
 */
import { lazy, Suspense } from 'react';
import { useTreasuryInflow } from '../api/history.js';
import { AddressView } from '../ui/address-view.js';
import { formatCount, formatPermill, formatPha } from '../ui/format.js';
import { fillNode, useLocale } from '../ui/i18n/i18n.js';
import { SectionBoundary, SectionError } from '../ui/section-boundary.js';
import { Skeleton } from '../ui/skeleton.js';
import { useTreasury } from './chain/hooks.js';
import { useBlocks } from './use-blocks.js';
import { useGovT } from './use-gov-t.js';

const InflowChart = lazy(() => import('./inflow-chart.js'));

export function TreasuryPanel() {
  const t = useGovT();
  const { locale } = useLocale();
  const q = useTreasury();
  const inflow = useTreasuryInflow();
  const { span } = useBlocks();
  const pha = (v: bigint) => formatPha(v, locale);
  return (
    <section aria-label={t('treasury.title')} data-testid="treasury">
      <h2>{t('treasury.title')}</h2>
      {!q.data ? (
        <Skeleton shape="section" />
      ) : (
        <>
          <p data-testid="treasury-pot">{t('treasury.pot', { amount: pha(q.data.pot) })}</p>
          <div>
            <AddressView address={q.data.account} />
          </div>
          {q.data.spendPeriod !== null && (
            <>
              <p data-testid="spend-period">
                {t('treasury.spendPeriod', { span: span(q.data.spendPeriod) })}
              </p>
              <NextSpend period={q.data.spendPeriod} />
            </>
          )}
          <h3>{t('treasury.proposals')}</h3>
          {q.data.proposals.length === 0 ? (
            <p>{t('treasury.noProposals')}</p>
          ) : (
            <ul>
              {q.data.proposals.map((p) => (
                <li key={p.index}>
                  {fillNode(
                    t('treasury.proposal', {
                      index: p.index,
                      value: pha(p.value),
                      state: p.approved ? t('treasury.approved') : t('treasury.pending'),
                    }),
                    'to',
                    <AddressView address={p.beneficiary} />,
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h3>
        {t('treasury.inflow', {
          share: q.data?.computationShare != null ? formatPermill(q.data.computationShare, locale) : '…',
        })}
      </h3>
      {inflow.available === false && <p>{t('treasury.noHistory')}</p>}
      {(inflow.available === undefined || inflow.isLoading) && <div className="skeleton skeleton-chart" />}
      {inflow.isError && <SectionError error={inflow.error} onRetry={() => void inflow.refetch()} />}
      {inflow.data && inflow.data.length === 0 && <p>{t('treasury.noInflow')}</p>}
      {inflow.data && inflow.data.length > 0 && (
        <Suspense fallback={<div className="skeleton skeleton-chart" />}>
          <SectionBoundary>
            <InflowChart records={inflow.data} label={t('treasury.inflowDaily')} />
          </SectionBoundary>
        </Suspense>
      )}
    </section>
  );
}

/** The next block that pays approved proposals: pallet_treasury spends at every multiple of the period. */
function NextSpend({ period }: { period: bigint }) {
  const t = useGovT();
  const { locale } = useLocale();
  const { now, until } = useBlocks();
  if (period <= 0n) return null;
  const next = (now / period + 1n) * period;
  return (
    <p data-testid="next-spend" data-block={next.toString()}>
      {t('treasury.nextSpend', { block: formatCount(next, locale), left: until(next) })}
    </p>
  );
}
