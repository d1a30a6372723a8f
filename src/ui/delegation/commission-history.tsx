/**
 * A pool's commission from the history API: an alert when it was raised in the last 7 days of chain
 * time (shown above the tabs), and the list of changes, newest first.
 */
import { useNowSecs } from '../../api/chain-time.js';
import { useCommissionChanges } from '../../api/history.js';
import { recentRaise } from '../../api/pools/commission-alert.js';
import { formatDateTime, formatPermill } from '../format.js';
import { useLocale } from '../i18n/i18n.js';

export function CommissionAlert({ pid }: { pid: bigint }) {
  const { t, locale } = useLocale();
  const now = useNowSecs();
  const h = useCommissionChanges(pid);
  const raise = h.data ? recentRaise(h.data, now * 1000) : undefined;
  if (!raise) return null;
  return (
    <p className="warning" role="alert" data-testid="commission-alert">
      {t('pool.commissionAlert', {
        from: formatPermill(BigInt(raise.previous), locale),
        to: formatPermill(BigInt(raise.commission), locale),
        date: formatDateTime(raise.timestampMs, locale),
      })}
    </p>
  );
}

export function CommissionHistory({ pid }: { pid: bigint }) {
  const { t, locale } = useLocale();
  const h = useCommissionChanges(pid);
  if (h.available !== true) return null;
  const rows = [...(h.data ?? [])].reverse();
  return (
    <section className="card" data-testid="pool-commission-history">
      <h3>{t('pool.commissionHistory')}</h3>
      {rows.length === 0 ? (
        <p className="empty">{t('pool.commissionNone')}</p>
      ) : (
        <ul>
          {rows.map((c) => (
            <li key={`${c.blockNumber}-${c.commission}`} data-testid="commission-change">
              {formatDateTime(c.timestampMs, locale)}: {formatPermill(BigInt(c.previous), locale)} →{' '}
              {formatPermill(BigInt(c.commission), locale)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
