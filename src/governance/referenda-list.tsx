/**
 * The referenda: ongoing ones with threshold, time left, tally, whether they pass now and the short
 * reason (turnout too low; the capital that would flip it, as the referendum page computes it); finished
 * ones with their result, a failed enactment named.
 */
import { formatCount, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Skeleton } from '../ui/skeleton.js';
import { useSelectedAccount } from '../wallet/wallet-context.js';
import { CallView } from './call-view.js';
import type { OngoingReferendum } from './chain/decode.js';
import { useAccountGovernance, useDemocracy } from './chain/hooks.js';
import { projection } from './model/threshold.js';
import { FinishedResult } from './referendum-result.js';
import { projectionHeadline } from './referendum-summary.js';
import { useBlocks } from './use-blocks.js';
import { useGovT } from './use-gov-t.js';

export function ReferendaList() {
  const t = useGovT();
  const { locale } = useLocale();
  const { until } = useBlocks();
  const q = useDemocracy();
  const gov = useAccountGovernance(useSelectedAccount()?.address).data;
  const voted = new Set([
    ...(gov?.voting.kind === 'direct' ? gov.voting.votes.map((v) => v.refIndex) : []),
    ...(gov?.wphaVotes.map((v) => v.refIndex) ?? []),
  ]);
  if (!q.data) return <Skeleton shape="section" />;
  const { referenda, electorate } = q.data;
  return (
    <section aria-label={t('referenda.title')}>
      <h2>{t('referenda.title')}</h2>
      {referenda.length === 0 ? (
        <p className="empty">{t('referenda.empty')}</p>
      ) : (
        <ul className="ref-list" data-testid="referenda">
          {referenda.map((r) => (
            <li key={r.index} data-testid={`referendum-${r.index}`} data-status={r.status}>
              <a href={`#/governance/referendum/${r.index}`}>{t('ref.title', { index: r.index })}</a>{' '}
              {voted.has(r.index) && <span className="badge">{t('referenda.voted')}</span>}{' '}
              {r.status === 'ongoing' ? (
                <>
                  <CallView call={r.proposal} />{' '}
                  <span>{t('ref.endsValue', { block: formatCount(r.end, locale), left: until(r.end) })}</span>{' '}
                  <span>
                    {t('ref.tallyShort', {
                      ayes: formatPha(r.tally.ayes, locale),
                      nays: formatPha(r.tally.nays, locale),
                    })}
                  </span>{' '}
                  <Projected referendum={r} electorate={electorate} />
                </>
              ) : (
                <FinishedResult referendum={r} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Projected({ referendum: r, electorate }: { referendum: OngoingReferendum; electorate: bigint }) {
  const t = useGovT();
  const { locale } = useLocale();
  const p = projection(r.threshold, r.tally, electorate);
  return (
    <span data-testid="ref-projection" data-passing={p.passing}>
      <span className="badge">{projectionHeadline(t, p)}</span>
      {p.flip !== undefined &&
        ` · ${t(p.passing ? 'ref.needNay' : 'ref.needAye', { amount: formatPha(p.flip, locale) })}`}
    </span>
  );
}
