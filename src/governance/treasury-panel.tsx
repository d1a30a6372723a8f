/**
 * The Treasury: its spendable pot, the spend period, its proposals (approved or pending), and the inflow
 * from the 20 % of computation rewards over the last 30 days of chain time from the history API (when the endpoint has
 * an indexer; otherwise it says history is unavailable).
 */
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useConnection } from '../api/api-context.js';
import { useNowSecs } from '../api/chain-time.js';
import { arr, obj } from '../api/codec.js';
import { useHistoryAvailable } from '../api/history.js';
import { formatPha, shortAddress } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { useTreasury } from './chain/hooks.js';
import { useGovT } from './use-gov-t.js';

const InflowChart = lazy(() => import('./inflow-chart.js'));
/** The last 30 days of inflow, in chain time (a dev chain's clock may run ahead of the wall clock). */
const WINDOW_MS = 30 * 86_400_000;

function useTreasuryInflow() {
  const { provider, genesis } = useConnection();
  const available = useHistoryAvailable();
  const nowSecs = useNowSecs();
  const to = (Math.floor(nowSecs / 3_600) + 1) * 3_600_000;
  const q = useQuery({
    queryKey: [genesis, 'history', 'treasury', String(to)],
    queryFn: async () => {
      const out: unknown = await provider.send('pha_treasuryInflow', [to - WINDOW_MS, to]);
      return arr(out).map((r) => obj(r));
    },
    enabled: available === true,
    staleTime: 60_000,
  });
  return { available, ...q };
}

export function TreasuryPanel() {
  const t = useGovT();
  const { locale } = useLocale();
  const q = useTreasury();
  const inflow = useTreasuryInflow();
  const pha = (v: bigint) => formatPha(v, 4, locale);
  return (
    <section aria-label={t('treasury.title')} data-testid="treasury">
      <h2>{t('treasury.title')}</h2>
      {!q.data ? (
        <output>{t('common.loading')}</output>
      ) : (
        <>
          <p data-testid="treasury-pot">{t('treasury.pot', { amount: pha(q.data.pot) })}</p>
          <p className="mono">{q.data.account}</p>
          {q.data.spendPeriod !== null && (
            <p>{t('treasury.spendPeriod', { blocks: q.data.spendPeriod.toString() })}</p>
          )}
          <h3>{t('treasury.proposals')}</h3>
          {q.data.proposals.length === 0 ? (
            <p>{t('treasury.noProposals')}</p>
          ) : (
            <ul>
              {q.data.proposals.map((p) => (
                <li key={p.index}>
                  {t('treasury.proposal', {
                    index: p.index,
                    value: pha(p.value),
                    to: shortAddress(p.beneficiary),
                    state: p.approved ? t('treasury.approved') : t('treasury.pending'),
                  })}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <h3>{t('treasury.inflow')}</h3>
      {inflow.available === false && <p>{t('treasury.noHistory')}</p>}
      {inflow.data && inflow.data.length === 0 && <p>{t('treasury.noInflow')}</p>}
      {inflow.data && inflow.data.length > 0 && (
        <Suspense fallback={null}>
          <InflowChart records={inflow.data} label={t('treasury.inflowDaily')} />
        </Suspense>
      )}
    </section>
  );
}
