/**
 * One explorer row, memoised: it re-renders only when its pool record (kept identical across blocks
 * when unchanged) or APR changes. The description is shown as text.
 */
import { memo } from 'react';
import { capacityLeft, type PoolSummary } from '../api/pools/pool-model.js';
import { formatPercent, formatPermill, formatPha, shortAddress } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';

export const PoolRow = memo(function PoolRow({ pool, apr }: { pool: PoolSummary; apr: number | null }) {
  const { t, locale } = useLocale();
  const room = capacityLeft(pool);
  const href = `#/${pool.kind === 'Vault' ? 'vault' : 'pool'}/${pool.pid}`;
  return (
    <tr data-testid="pool-row" data-pid={pool.pid.toString()}>
      <th scope="row">
        <a href={href}>#{pool.pid.toString()}</a>
        {pool.whitelist !== null && <span className="badge"> {t('pools.whitelistOnly')}</span>}
        {pool.description && <span className="row-desc">{pool.description.slice(0, 80)}</span>}
      </th>
      <td>{t(pool.kind === 'Vault' ? 'pools.kind.Vault' : 'pools.kind.StakePool')}</td>
      <td className="mono">{shortAddress(pool.owner)}</td>
      <td>{formatPha(pool.totalValue, locale)}</td>
      <td>{formatPercent(apr, locale)}</td>
      <td>{formatPermill(pool.commission, locale)}</td>
      <td>{formatPha(pool.freeStake, locale)}</td>
      <td>{room === null ? t('pools.unlimited') : formatPha(room, locale)}</td>
      <td>{pool.workers.length}</td>
    </tr>
  );
});
