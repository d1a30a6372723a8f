/**
 * The portfolio's total value — delegations, queued withdrawals and unclaimed owner rewards — and its
 * split by pool or vault, each named as such ("Vault #20") and linked to its page.
 */

import type { PoolKind } from '../api/pools/pool-model.js';
import { usePoolIndex } from '../api/pools/use-pools.js';
import { poolHref } from '../app/router.js';
import { formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { TableHead } from '../ui/table-head.js';
import type { PoolHolding } from './portfolio-model.js';

export function PortfolioSummary({ pools, total }: { pools: PoolHolding[]; total: PoolHolding }) {
  const { t, locale } = useLocale();
  const index = usePoolIndex();
  const pha = (v: bigint) => formatPha(v, locale);
  return (
    <section className="card" data-testid="portfolio-summary">
      <p data-testid="portfolio-total" data-planck={total.total.toString()}>
        <strong>{t('portfolio.totalAll', { value: pha(total.total) })}</strong>
      </p>
      <p className="hint">
        {t('portfolio.split', {
          nfts: pha(total.delegated),
          queued: pha(total.queued),
          owner: pha(total.ownerRewards),
        })}
      </p>
      <div className="table-wrap">
        <table className="cards-on-phone">
          <caption>{t('portfolio.byPool')}</caption>
          <TableHead
            columns={[
              { label: t('portfolio.pool') },
              { label: t('portfolio.value'), num: true },
              { label: t('portfolio.col.queued'), num: true },
              { label: t('portfolio.ownerRewards'), num: true },
            ]}
          />
          <tbody>
            {pools.map((h) => (
              <tr key={h.pid.toString()} data-testid="holding-row" data-pid={h.pid.toString()}>
                <td>
                  <PoolLink pid={h.pid} kind={index.byPid.get(h.pid)?.kind} />
                </td>
                <td className="num" data-label={t('portfolio.value')}>
                  {pha(h.delegated)}
                </td>
                <td
                  className="num"
                  data-label={t('portfolio.col.queued')}
                  data-testid="holding-queued"
                  data-planck={h.queued.toString()}
                >
                  {pha(h.queued)}
                </td>
                <td className="num" data-label={t('portfolio.ownerRewards')}>
                  {pha(h.ownerRewards)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** "Stake pool #0" / "Vault #20", linked to its page ("#0" until the pool list says which it is). */
function PoolLink({ pid, kind }: { pid: bigint; kind: PoolKind | undefined }) {
  const { t } = useLocale();
  if (!kind) return <>#{pid.toString()}</>;
  return (
    <a href={poolHref(kind, pid)}>
      {t('pool.heading', { kind: t(`pools.kind.${kind}`), pid: pid.toString() })}
    </a>
  );
}
