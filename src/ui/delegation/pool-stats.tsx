/**
 * A pool's key numbers as a description list: TVL, share price, estimated APR and APY, commission,
 * capacity, free stake, owner. Glossary terms are explained inline.
 */
import { aprToApy } from '../../api/pools/apr.js';
import { capacityLeft, type PoolSummary, sharePrice } from '../../api/pools/pool-model.js';
import { formatPercent, formatPermill, formatPha } from '../format.js';
import { useLocale } from '../i18n/i18n.js';
import { Term } from '../term.js';

export function PoolStats({ pool, apr }: { pool: PoolSummary; apr: number | null }) {
  const { t, locale } = useLocale();
  const room = capacityLeft(pool);
  return (
    <dl className="stats" data-testid="pool-stats">
      <div>
        <dt>{t('pool.tvl')}</dt>
        <dd data-testid="pool-tvl">{formatPha(pool.totalValue, locale)} PHA</dd>
      </div>
      <div>
        <dt>
          <Term term="sharePrice" />
        </dt>
        <dd data-testid="share-price">{sharePrice(pool).toFixed(6)}</dd>
      </div>
      <div>
        <dt>{t('pool.apr')}</dt>
        <dd>{formatPercent(apr, locale)}</dd>
      </div>
      <div>
        <dt>{t('pool.apy')}</dt>
        <dd>{apr === null ? '–' : formatPercent(aprToApy(apr), locale)}</dd>
      </div>
      <div>
        <dt>
          <Term term="commission" />
        </dt>
        <dd>{formatPermill(pool.commission, locale)}</dd>
      </div>
      <div>
        <dt>{t('pool.capacity')}</dt>
        <dd>
          {pool.cap === null
            ? t('pools.unlimited')
            : `${formatPha(pool.cap, locale)} PHA (${formatPha(room ?? 0n, locale)} left)`}
        </dd>
      </div>
      <div>
        <dt>{t('pool.freeStake')}</dt>
        <dd>{formatPha(pool.freeStake, locale)} PHA</dd>
      </div>
      <div>
        <dt>{t('pool.owner')}</dt>
        <dd className="mono">{pool.owner}</dd>
      </div>
    </dl>
  );
}
