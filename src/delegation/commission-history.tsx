/**
 * A pool's commission from the history API (`pha_commissionChanges`): an alert when it was raised in the
 * last 7 days of chain time (shown above the tabs), and the list of changes, newest first, with rises
 * marked — on the pool page for delegators and in the operator console alike.
 */
import { useNowSecs } from '../api/chain-time.js';
import { useCommissionChanges } from '../api/history.js';
import { recentRaise } from '../api/pools/commission-alert.js';
import { formatCount, formatDateTime, formatPermill } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';

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

/** The changes, newest first, each with its date and block and rises marked; the pool page and the operator console show it. */
export function CommissionHistory({ pid }: { pid: bigint }) {
  const { t, locale } = useLocale();
  const h = useCommissionChanges(pid);
  if (h.available === undefined) return null;
  const rows = [...(h.data ?? [])].reverse();
  return (
    <section className="card" data-testid="commission-history">
      <h3>{t('pool.commissionHistory')}</h3>
      {h.available === false ? (
        <p className="hint">{t('pool.commissionUnavailable')}</p>
      ) : rows.length === 0 ? (
        <p className="empty">{t('pool.commissionNone')}</p>
      ) : (
        <ul>
          {rows.map((c) => (
            <li key={`${c.blockNumber}-${c.commission}`} data-testid="commission-change">
              {t(
                BigInt(c.commission) > BigInt(c.previous) ? 'pool.commissionRise' : 'pool.commissionChange',
                {
                  date: formatDateTime(c.timestampMs, locale),
                  block: formatCount(c.blockNumber, locale),
                  from: formatPermill(BigInt(c.previous), locale),
                  to: formatPermill(BigInt(c.commission), locale),
                },
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
