/**
 * One referendum: its call (as text), the numbers and projection, and the two ways to vote (free PHA
 * with conviction, staked PHA through W-PHA). Finished referenda show their result (with a failed
 * enactment named) and their story from the history API (call, final tally, enactment, voters).
 */
import { Skeleton } from '../ui/skeleton.js';
import { CallView } from './call-view.js';
import { useDemocracy } from './chain/hooks.js';
import { FinishedResult } from './referendum-result.js';
import { ReferendumStoryView } from './referendum-story.js';
import { ReferendumSummary } from './referendum-summary.js';
import { useGovT } from './use-gov-t.js';
import { VoteForm } from './vote-form.js';
import { WphaVoteForm } from './wpha-vote-form.js';

export function ReferendumPage({ index }: { index: number }) {
  const t = useGovT();
  const q = useDemocracy();
  const r = q.data?.referenda.find((x) => x.index === index);
  return (
    <section aria-label={t('ref.title', { index })} data-testid="referendum-page">
      <p>
        <a href="#/governance">{t('nav.back')}</a>
      </p>
      <h2>{t('ref.title', { index })}</h2>
      {q.isLoading && <Skeleton shape="section" />}
      {q.data && !r && <p data-testid="ref-status">{t('ref.cancelled')}</p>}
      {r?.status === 'finished' && (
        <p data-testid="ref-status" data-approved={r.approved}>
          <FinishedResult referendum={r} />
        </p>
      )}
      {r?.status === 'finished' && <ReferendumStoryView index={index} />}
      {r?.status === 'ongoing' && q.data && (
        <>
          <p data-testid="ref-status">{t('ref.ongoing')}</p>
          <CallView call={r.proposal} />
          <ReferendumSummary referendum={r} electorate={q.data.electorate} />
          <div className="columns">
            <VoteForm referendum={r} />
            <WphaVoteForm referendum={r} />
          </div>
        </>
      )}
    </section>
  );
}
