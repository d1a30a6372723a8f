/**
 * "Your position" on a pool page: the selected account's shares in the pool, their value at today's share
 * price and any withdrawal of it waiting in the pool's queue (with the grace-period countdown) — the same
 * NFT values the portfolio shows (`useDelegations`, summed by `poolPosition`). Nothing when the account
 * holds nothing in the pool.
 */
import { useNowSecs } from '../api/chain-time.js';
import type { Delegations } from '../api/pools/delegations-query.js';
import { poolPosition } from '../api/pools/delegations-query.js';
import { formatDuration, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Term } from '../ui/term.js';

export function PoolPosition({
  pid,
  delegations,
  graceSecs,
}: {
  pid: bigint;
  delegations: Delegations | undefined;
  /** The pool's grace period, seconds (after it, the queued request may be forced). */
  graceSecs: number;
}) {
  const { t, locale } = useLocale();
  const now = useNowSecs();
  const position = delegations && poolPosition(delegations, pid);
  if (!position) return null;
  const firstStart = Math.min(...position.queued.map((q) => q.startTime));
  const left = firstStart + graceSecs - now;
  return (
    <section className="card" data-testid="pool-position">
      <h3>{t('pool.position.heading')}</h3>
      <dl className="stats">
        <div>
          <dt>
            <Term term="share">{t('portfolio.shares')}</Term>
          </dt>
          <dd data-testid="position-shares" data-shares={position.shares.toString()}>
            {formatPha(position.shares, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('portfolio.value')}</dt>
          <dd data-testid="position-value" data-planck={position.value.toString()}>
            {formatPha(position.value, locale)} PHA
          </dd>
        </div>
        {position.queued.length > 0 && (
          <div>
            <dt>
              <Term term="withdrawQueue">{t('pool.position.pending')}</Term>
            </dt>
            <dd data-testid="position-pending" data-planck={position.queuedValue.toString()}>
              {t('pool.position.pendingAmount', {
                value: formatPha(position.queuedValue, locale),
                shares: formatPha(position.queuedShares, locale),
              })}
            </dd>
            <dd className="hint">
              {left > 0
                ? t('portfolio.countdown', { time: formatDuration(left, locale) })
                : t('portfolio.overdue')}
            </dd>
          </div>
        )}
      </dl>
      <a href="#/portfolio">{t('pool.position.all')}</a>
    </section>
  );
}
