/**
 * The withdraw form's preview before signing: of the requested value, what the chain pays now from the
 * pool's free stake and what waits in the withdraw queue (behind the requests ahead), exact to the planck
 * (withdraw-preview.ts replays the pallet), plus the earlier request a new one replaces.
 */
import type { PoolSummary } from '../api/pools/pool-model.js';
import { previewWithdraw } from '../api/pools/withdraw-preview.js';
import { formatCount, formatPha, formatPhaExact } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';

export function WithdrawPreviewPanel({
  pool,
  account,
  shares,
  wphaMinBalance,
}: {
  pool: Pick<PoolSummary, 'totalValue' | 'totalShares' | 'freeStake' | 'withdrawQueue'>;
  account: string;
  shares: bigint;
  wphaMinBalance: bigint;
}) {
  const { t, locale } = useLocale();
  const p = previewWithdraw({ ...pool, queue: pool.withdrawQueue }, account, shares, wphaMinBalance);
  if (!p) return null;
  const ahead = pool.withdrawQueue.filter((w) => w.user !== account).length;
  const line = (testId: string, label: string, planck: bigint) => (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId} data-planck={planck.toString()}>
        {formatPhaExact(planck, locale)} PHA
      </dd>
    </div>
  );
  return (
    <section className="preview" data-testid="withdraw-preview" aria-live="polite">
      <dl className="stats">
        {line('preview-requested', t('withdraw.preview.requested'), p.requested)}
        {line('preview-paid', t('withdraw.preview.paid'), p.paidNow)}
        {line('preview-queued', t('withdraw.preview.queued'), p.queued)}
        {p.forfeited > 0n && line('preview-forfeited', t('withdraw.preview.forfeited'), p.forfeited)}
      </dl>
      {p.queuedShares > 0n && (
        <p className="hint" data-testid="preview-queued-shares" data-shares={p.queuedShares.toString()}>
          {t('withdraw.preview.queuedShares', { shares: formatPhaExact(p.queuedShares, locale) })}
        </p>
      )}
      {ahead > 0 && (
        <p className="hint" data-testid="preview-ahead">
          {t('withdraw.preview.ahead', {
            count: formatCount(ahead, locale),
            value: formatPha(p.ahead, locale),
            paid: formatPha(p.paidAhead, locale),
          })}
        </p>
      )}
      {p.replacedShares > 0n && (
        <p className="warning" data-testid="preview-replaces">
          {t('withdraw.preview.replaces', { shares: formatPha(p.replacedShares, locale) })}
        </p>
      )}
    </section>
  );
}
