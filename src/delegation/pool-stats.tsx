/**
 * A pool's key numbers as a description list: TVL, share price, the estimated yield — APR for a stake
 * pool, APY for a vault, as the Phala App shows them — commission, capacity, free stake, owner. Every term
 * is explained (glossary popover or tooltip).
 */
import { poolYield } from '../api/pools/apr.js';
import { capacityLeft, type PoolSummary } from '../api/pools/pool-model.js';
import { ONE, sharePrice, sharePricePlanck } from '../primitives/fixed.js';
import { AddressView } from '../ui/address-view.js';
import { formatApr, formatPermill, formatPha, formatSharePrice } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Term } from '../ui/term.js';
import { Tip } from '../ui/tip.js';

/**
 * The pool's share price as the chain computes it (U64F64, as the history records and charts it), in
 * planck per 1e12 share units; 1.0 before the pool has shares.
 */
const priceOf = (p: PoolSummary): bigint => sharePricePlanck(sharePrice(p.totalValue, p.totalShares) ?? ONE);

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
        <dd data-testid="share-price">{formatSharePrice(priceOf(pool), locale)}</dd>
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
