/**
 * A Delegation NFT's earnings from the account's history in its pool: earned to date (live value +
 * queued + withdrawn − contributed), profit over the last 1 and 7 days of chain time, and the APR / APY
 * that the 7-day profit realises; a withdrawing badge with what is queued and when it can be forced.
 */
import type { QueuedWithdrawal } from '../api/pools/delegations-query.js';
import type { AccountRecord } from '../indexer/types.js';
import { formatApr, formatCountdown, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { accountSeries, netDeposit, profitSince, realisedRate } from './portfolio-model.js';

export function NftEarnings({
  pid,
  liveValue,
  queued,
  records,
  nowSecs,
  graceSecs,
}: {
  pid: bigint;
  /** The NFT's value plus the account's queued withdrawal in the pool, at today's price. */
  liveValue: bigint;
  queued: QueuedWithdrawal | undefined;
  records: readonly AccountRecord[] | undefined;
  nowSecs: number;
  graceSecs: number;
}) {
  const { t, locale } = useLocale();
  const nowMs = nowSecs * 1000;
  const id = pid.toString();
  const mine = records?.filter((r) => r.pid === id);
  const points = mine ? accountSeries(mine) : [];
  const earnedNow = mine && points.length > 0 ? liveValue - netDeposit(mine) : undefined;
  const d1 = earnedNow === undefined ? undefined : profitSince(points, earnedNow, nowMs, 1);
  const d7 = earnedNow === undefined ? undefined : profitSince(points, earnedNow, nowMs, 7);
  const rate = realisedRate(d7);
  const pha = (v: bigint | undefined) => (v === undefined ? '–' : `${formatPha(v, locale)} PHA`);
  return (
    <>
      <dl className="stats" data-testid="nft-earnings">
        <div>
          <dt>{t('portfolio.earned')}</dt>
          <dd data-testid="nft-earned" data-planck={earnedNow?.toString()}>
            {pha(earnedNow)}
          </dd>
        </div>
        <div>
          <dt>{t('portfolio.profit1d')}</dt>
          <dd data-testid="nft-profit-1d">{pha(d1?.profit)}</dd>
        </div>
        <div>
          <dt>{t('portfolio.profit7d')}</dt>
          <dd data-testid="nft-profit-7d">{pha(d7?.profit)}</dd>
        </div>
        <div>
          <dt>{t('portfolio.aprRealised')}</dt>
          <dd data-testid="nft-apr">
            {formatApr(rate.apr, locale)} / {formatApr(rate.apy, locale)}
          </dd>
        </div>
      </dl>
      {queued && (
        <p className="badge warning" data-testid="nft-withdrawing" data-planck={queued.value.toString()}>
          {queued.startTime + graceSecs > nowSecs
            ? t('portfolio.withdrawing', {
                value: formatPha(queued.value, locale),
                when: formatCountdown(queued.startTime + graceSecs - nowSecs, locale),
              })
            : t('portfolio.withdrawingForce', { value: formatPha(queued.value, locale) })}
        </p>
      )}
    </>
  );
}
