/**
 * One explorer row, memoised: it re-renders only when its pool record (kept identical across blocks
 * when unchanged), yield or favourite mark changes. The pool cell holds the secondary facts (kind,
 * whitelist, the description clamped to two lines with the whole text as its title), so the columns fit a
 * 1280 px window. Numbers are right-aligned tabular figures; the yield is APR for a stake pool and APY for
 * a vault; on-chain text is shown as text. Each cell carries its column's name (`data-label`), which a
 * phone shows beside the value when the table becomes cards.
 */

import { memo } from 'react';
import { capacityLeft, type PoolSummary } from '../api/pools/pool-model.js';
import { poolHref } from '../app/router.js';
import { AddressView } from '../ui/address-view.js';
import { formatApr, formatCount, formatPermill, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';

export const PoolRow = memo(function PoolRow({
  pool,
  yieldRatio,
  favourite,
  onFavourite,
}: {
  pool: PoolSummary;
  yieldRatio: number | null;
  favourite: boolean;
  onFavourite(pid: string): void;
}) {
  const { t, locale } = useLocale();
  const room = capacityLeft(pool);
  const pid = pool.pid.toString();
  const href = poolHref(pool.kind, pool.pid);
  return (
    <tr data-testid="pool-row" data-pid={pid} data-tvl={pool.totalValue.toString()}>
      <th scope="row">
        <span className="row-head">
          <button
            type="button"
            className={`star${favourite ? ' on' : ''}`}
            aria-pressed={favourite}
            aria-label={t(favourite ? 'pools.unfavourite' : 'pools.favourite', { pid })}
            data-testid="favourite"
            onClick={() => onFavourite(pid)}
          >
            {favourite ? '★' : '☆'}
          </button>
          <a href={href}>#{pid}</a>
          <span className="row-kind">
            {t(pool.kind === 'Vault' ? 'pools.kind.Vault' : 'pools.kind.StakePool')}
          </span>
          {pool.whitelist !== null && <span className="badge">{t('pools.whitelistOnly')}</span>}
        </span>
        {pool.description && (
          <span className="row-desc" data-testid="row-desc" title={pool.description}>
            {pool.description}
          </span>
        )}
      </th>
      <td className="col-owner" data-label={t('pools.col.owner')}>
        <AddressView address={pool.owner} />
      </td>
      <td className="num" data-label={t('pools.col.tvl')}>
        {formatPha(pool.totalValue, locale)}
      </td>
      <td className="num" data-testid="yield" data-label={t('pools.col.apr')}>
        {formatApr(yieldRatio, locale)}
        <span className="yield-kind"> {pool.kind === 'Vault' ? 'APY' : 'APR'}</span>
      </td>
      <td className="num" data-label={t('pools.col.commission')}>
        {formatPermill(pool.commission, locale)}
      </td>
      <td className="num col-free" data-label={t('pools.col.free')}>
        {formatPha(pool.freeStake, locale)}
      </td>
      <td className="num" data-testid="room" data-label={t('pools.col.room')}>
        {room === null ? t('pools.unlimited') : formatPha(room, locale)}
      </td>
      <td className="num col-workers" data-testid="workers" data-label={t('pools.col.workers')}>
        {formatCount(pool.workers.length, locale)}
      </td>
    </tr>
  );
});
