/**
 * A finished referendum's result in words wherever it is shown (the referenda list, the referendum page's
 * header, its story): passed or rejected, and for a passed one whose enacted call failed (the Scheduler's
 * `Dispatched` result kept in its story, `pha_referendumStory`) "enactment failed" with the error. Without
 * a story (no history on the endpoint, or ended before stories were kept) only the chain's result is known.
 */
import { useReferendumStory } from '../api/history.js';
import type { ReferendumStory } from '../indexer/types.js';
import { formatCount } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import type { FinishedReferendum } from './chain/decode.js';
import { useGovT } from './use-gov-t.js';

/** The error of a passed referendum's enacted call that failed; undefined when it succeeded or is not known. */
export const enactmentError = (story: ReferendumStory | null | undefined): string | undefined =>
  story?.approved && story.enactment && !story.enactment.ok ? (story.enactment.error ?? '?') : undefined;

export function FinishedResult({ referendum: r }: { referendum: FinishedReferendum }) {
  const t = useGovT();
  const { locale } = useLocale();
  const error = enactmentError(useReferendumStory(r.index, r.approved).data);
  const block = formatCount(r.end, locale);
  return (
    <span data-testid="ref-result" data-approved={r.approved} data-enactment-failed={error !== undefined}>
      {error !== undefined
        ? t('ref.approvedEnactFailed', { error, block })
        : t(r.approved ? 'ref.approved' : 'ref.rejected', { block })}
    </span>
  );
}
