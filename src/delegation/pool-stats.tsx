/**
 * A pool's key numbers as a description list: TVL, share price, the estimated yield — APR for a stake
 * pool, APY for a vault, as the Phala App shows them — commission, capacity, free stake, owner. Every term
 * is explained (glossary popover or tooltip).
 */
import { poolYield } from '../api/pools/apr.js';
import { capacityLeft, type PoolSummary } from '../api/pools/pool-model.js';
import { AddressView } from '../ui/address-view.js';
import { formatApr, formatPermill, formatPha, formatSharePrice } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Term } from '../ui/term.js';
import { Tip } from '../ui/tip.js';

/** Planck per 1e12 share units (PHA per share, exact to 12 digits). */
const sharePricePlanck = (p: PoolSummary): bigint =>
  p.totalShares === 0n ? 10n ** 12n : (p.totalValue * 10n ** 12n) / p.totalShares;

export function PoolStats({ pool, apr }: { pool: PoolSummary; apr: number | null }) {
  const { t, locale } = useLocale();
  const room = capacityLeft(pool);
  const shown = poolYield(pool, apr);
  return (
    <dl className="stats card" data-testid="pool-stats">
      <div>
        <dt>
          <Tip content={t('pools.tip.tvl')}>{t('pool.tvl')}</Tip>
        </dt>
        <dd data-testid="pool-tvl">{formatPha(pool.totalValue, locale)} PHA</dd>
      </div>
      <div>
        <dt>
          <Term term="sharePrice" />
        </dt>
        <dd data-testid="share-price">{formatSharePrice(sharePricePlanck(pool), locale)}</dd>
      </div>
      <div>
        <dt>
          <Tip content={t('pools.tip.apr')}>{t(`pool.${shown.metric}`)}</Tip>
        </dt>
        <dd data-testid="pool-yield">{formatApr(shown.value, locale)}</dd>
      </div>
      <div>
        <dt>
          <Term term="commission" />
        </dt>
        <dd>{formatPermill(pool.commission, locale)}</dd>
      </div>
      <div>
        <dt>
          <Tip content={t('pools.tip.capacity')}>{t('pool.capacity')}</Tip>
        </dt>
        <dd>
          {pool.cap === null
            ? t('pools.unlimited')
            : t('pool.capacityLeft', {
                cap: formatPha(pool.cap, locale),
                left: formatPha(room ?? 0n, locale),
              })}
        </dd>
      </div>
      <div>
        <dt>
          <Tip content={t('pools.tip.free')}>{t('pool.freeStake')}</Tip>
        </dt>
        <dd>{formatPha(pool.freeStake, locale)} PHA</dd>
      </div>
      <div>
        <dt>{t('pool.owner')}</dt>
        <dd>
          <AddressView address={pool.owner} />
        </dd>
      </div>
    </dl>
  );
}
