/**
 * A referendum's numbers: threshold type explained, tally (ayes, nays, turnout with its share of the
 * electorate), whether it passes now (or fails only by its turnout) and how much 1× capital on the other
 * side would flip it, time left,
 * the enactment block, and the approval curve with the current point.
 */
import { lazy, Suspense } from 'react';
import { formatCount, formatPercent, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import type { OngoingReferendum } from './chain/decode.js';
import { type Projection, projection } from './model/threshold.js';
import { useBlocks } from './use-blocks.js';
import { type GovT, useGovT } from './use-gov-t.js';

const ApprovalChart = lazy(() => import('./approval-chart.js'));

export const THRESHOLD_KEY = {
  SuperMajorityApprove: 'threshold.sma',
  SuperMajorityAgainst: 'threshold.smag',
  SimpleMajority: 'threshold.simple',
} as const;

/** "Passing now", "Failing now" or "Failing now: turnout too low" (the list and the summary say the same). */
export const projectionHeadline = (t: GovT, p: Projection): string =>
  t(p.passing ? 'ref.passing' : p.lowTurnout ? 'ref.failingLowTurnout' : 'ref.failing');

export const enactmentBlock = (r: OngoingReferendum): bigint => r.end + (r.delay > 1n ? r.delay : 1n);

export function ReferendumSummary({
  referendum: r,
  electorate,
}: {
  referendum: OngoingReferendum;
  electorate: bigint;
}) {
  const t = useGovT();
  const { locale } = useLocale();
  const { until } = useBlocks();
  const p = projection(r.threshold, r.tally, electorate);
  const pha = (v: bigint) => formatPha(v, locale);
  const turnoutPct = electorate > 0n ? Number((r.tally.turnout * 1_000_000n) / electorate) / 10_000 : 0;
  const percent = (pct: number | null) => formatPercent(pct === null ? null : pct / 100, locale);
  const total = r.tally.ayes + r.tally.nays;
  const ayePct = total > 0n ? Number((r.tally.ayes * 10_000n) / total) / 100 : null;
  return (
    <div className="referendum-summary">
      <p>
        <strong>{t(`${THRESHOLD_KEY[r.threshold]}.name`)}</strong> —{' '}
        {t(`${THRESHOLD_KEY[r.threshold]}.explain`)}
      </p>
      <dl className="stats">
        <div>
          <dt>{t('ref.ayes')}</dt>
          <dd data-testid="tally-ayes">{pha(r.tally.ayes)}</dd>
        </div>
        <div>
          <dt>{t('ref.nays')}</dt>
          <dd data-testid="tally-nays">{pha(r.tally.nays)}</dd>
        </div>
        <div>
          <dt>{t('ref.turnout')}</dt>
          <dd>{t('ref.turnoutValue', { amount: pha(r.tally.turnout), pct: percent(turnoutPct) })}</dd>
        </div>
        <div>
          <dt>{t('ref.ends')}</dt>
          <dd>{t('ref.endsValue', { block: formatCount(r.end, locale), left: until(r.end) })}</dd>
        </div>
        <div>
          <dt>{t('ref.enactment')}</dt>
          <dd data-testid="enactment">
            {t('ref.enactmentValue', { block: formatCount(enactmentBlock(r), locale) })}
          </dd>
        </div>
      </dl>
      <p data-testid="projection" data-passing={p.passing} className={p.passing ? 'badge ok' : 'badge warn'}>
        {projectionHeadline(t, p)}{' '}
        {p.flip !== undefined && t(p.passing ? 'ref.flipNay' : 'ref.flipAye', { amount: pha(p.flip) })}
      </p>
      <Suspense fallback={<div className="skeleton skeleton-chart" />}>
        <ApprovalChart
          threshold={r.threshold}
          turnoutPct={turnoutPct}
          ayePct={ayePct}
          curveLabel={t('ref.curve')}
          pointLabel={t('ref.point', {
            turnout: percent(turnoutPct),
            aye: percent(ayePct),
          })}
        />
      </Suspense>
    </div>
  );
}
