/**
 * A finished referendum's story from the history API (`pha_referendumStory`): the call it voted on
 * (decoded), the threshold, the final tally and turnout against the electorate, the result, the
 * enactment outcome (the Scheduler's Dispatched result, or when it is due) and the voter list. Without
 * an indexer, or for a referendum that ended before the history starts, it says so.
 */
import { useReferendumStory } from '../api/history.js';
import type { ReferendumStory } from '../indexer/types.js';
import { formatCount, formatPercent, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Skeleton } from '../ui/skeleton.js';
import { CallHexView } from './call-view.js';
import { enactmentError } from './referendum-result.js';
import { THRESHOLD_KEY } from './referendum-summary.js';
import { useGovT } from './use-gov-t.js';
import { VoterTable } from './voter-table.js';

/** Turnout over the electorate as a ratio (display only; exact to a millionth). */
const share = (part: string, whole: string): number | null =>
  BigInt(whole) > 0n ? Number((BigInt(part) * 1_000_000n) / BigInt(whole)) / 1_000_000 : null;

function Enactment({ story: s }: { story: ReferendumStory }) {
  const t = useGovT();
  const { locale } = useLocale();
  if (!s.approved) return <>{t('story.notEnacted')}</>;
  if (!s.enactment) {
    const due = BigInt(s.end) + (BigInt(s.delay) > 1n ? BigInt(s.delay) : 1n);
    return <>{t('story.enactmentDue', { block: formatCount(due, locale) })}</>;
  }
  const block = formatCount(s.enactment.blockNumber, locale);
  return s.enactment.ok ? (
    <span>{t('story.enactedOk', { block })}</span>
  ) : (
    <span className="badge warn">{t('story.enactedErr', { block, error: s.enactment.error ?? '?' })}</span>
  );
}

export function ReferendumStoryView({ index }: { index: number }) {
  const t = useGovT();
  const { locale } = useLocale();
  const q = useReferendumStory(index);
  if (q.available === false) return <p data-testid="story-none">{t('story.noHistory')}</p>;
  if (q.isLoading || q.available === undefined) return <Skeleton shape="section" />;
  const s = q.data;
  if (!s) return <p data-testid="story-none">{t('story.beforeHistory')}</p>;
  const pha = (v: string) => formatPha(BigInt(v), locale);
  const failed = enactmentError(s);
  return (
    <div className="referendum-story" data-testid="referendum-story">
      {s.call ? (
        <CallHexView hex={s.call} />
      ) : (
        <code className="mono call-text" data-testid="call-text">
          {t('call.hashOnly', { hash: s.proposalHash })}
        </code>
      )}
      <p>
        <strong>{t(`${THRESHOLD_KEY[s.threshold]}.name`)}</strong> —{' '}
        {t(`${THRESHOLD_KEY[s.threshold]}.explain`)}
      </p>
      <dl className="stats">
        <div>
          <dt>{t('story.result')}</dt>
          <dd
            data-testid="story-result"
            data-approved={s.approved}
            data-enactment-failed={failed !== undefined}
          >
            {failed !== undefined
              ? t('story.passedEnactFailed', { error: failed })
              : t(s.approved ? 'story.passed' : 'story.rejected')}
          </dd>
        </div>
        <div>
          <dt>{t('ref.ayes')}</dt>
          <dd data-testid="story-ayes">{pha(s.ayes)}</dd>
        </div>
        <div>
          <dt>{t('ref.nays')}</dt>
          <dd data-testid="story-nays">{pha(s.nays)}</dd>
        </div>
        <div>
          <dt>{t('ref.turnout')}</dt>
          <dd data-testid="story-turnout">
            {t('story.turnoutValue', {
              amount: pha(s.turnout),
              pct: formatPercent(share(s.turnout, s.electorate), locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('story.ended')}</dt>
          <dd>{t('story.block', { block: formatCount(BigInt(s.end), locale) })}</dd>
        </div>
        <div>
          <dt>{t('story.enactment')}</dt>
          <dd data-testid="story-enactment" data-ok={s.enactment?.ok ?? ''}>
            <Enactment story={s} />
          </dd>
        </div>
      </dl>
      <VoterTable voters={s.voters} />
    </div>
  );
}
