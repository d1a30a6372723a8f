/**
 * A collective (Council or Technical Committee): members (prime marked), open motions with their call
 * (external proposals, fast-tracks, cancellations…), threshold, ayes / nays and end, each voter with the
 * side they took; members vote and anyone can close a motion once it is decided or over.
 */
import { useConnection } from '../api/api-context.js';
import { AddressView } from '../ui/address-view.js';
import { formatCount } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Skeleton } from '../ui/skeleton.js';
import { TxStatus } from '../ui/tx-status.js';
import { useWalletTx } from '../ui/use-wallet-tx.js';
import { CallHexView } from './call-view.js';
import { motionCloseTx, motionVoteTx } from './chain/calls.js';
import type { CollectiveSection } from './chain/collective-query.js';
import { useCollective } from './chain/hooks.js';
import { MotionForm } from './motion-form.js';
import { useBlocks } from './use-blocks.js';
import { GOV_MESSAGES, useGovT } from './use-gov-t.js';

export function CollectivePanel({ section }: { section: CollectiveSection }) {
  const t = useGovT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const { now, until } = useBlocks();
  const tx = useWalletTx(GOV_MESSAGES);
  const q = useCollective(section);
  const title = section === 'council' ? t('council.title') : t('tc.title');
  if (!q.data) return <Skeleton shape="section" />;
  const { members, prime, motions } = q.data;
  const me = tx.account?.address;
  const isMember = !!me && members.includes(me);
  return (
    <section aria-label={title} data-testid={`collective-${section}`}>
      <h2>{title}</h2>
      <h3>{t('council.members', { count: members.length })}</h3>
      <ul>
        {members.map((m) => (
          <li key={m} data-testid="member">
            {/* one box: the badge never wraps onto a line of its own, where it reads as the next member's */}
            <span className="member">
              <AddressView address={m} />
              {m === prime && <span className="badge">{t('council.prime')}</span>}
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('council.motions')}</h3>
      {motions.length === 0 ? (
        <p>{t('council.noMotions')}</p>
      ) : (
        <ul>
          {motions.map((m) => {
            const decided = m.ayes.length >= m.threshold || members.length - m.nays.length < m.threshold;
            return (
              <li key={m.hash} data-testid="motion">
                {m.callHex ? <CallHexView hex={m.callHex} /> : <code className="mono">{m.hash}</code>}
                {t('council.motion', {
                  index: m.index,
                  ayes: m.ayes.length,
                  nays: m.nays.length,
                  threshold: m.threshold,
                  end: formatCount(m.end, locale),
                  left: until(BigInt(m.end)),
                })}{' '}
                {m.ayes.length + m.nays.length > 0 && (
                  <ul className="motion-votes" data-testid="motion-votes">
                    {[
                      ...m.ayes.map((a) => ['aye', a] as const),
                      ...m.nays.map((a) => ['nay', a] as const),
                    ].map(([side, who]) => (
                      <li
                        key={`${side}-${who}`}
                        data-testid="motion-vote"
                        data-vote={side}
                        data-address={who}
                      >
                        <span className="badge">{t(`council.${side}`)}</span> <AddressView address={who} />
                      </li>
                    ))}
                  </ul>
                )}{' '}
                {isMember && (
                  <>
                    <button
                      type="button"
                      disabled={tx.busy}
                      onClick={() =>
                        void tx.run(motionVoteTx(api, section, m.hash, m.index, true), 'tx.motionVote', {
                          index: String(m.index),
                        })
                      }
                    >
                      {t('council.aye')}
                    </button>{' '}
                    <button
                      type="button"
                      disabled={tx.busy}
                      onClick={() =>
                        void tx.run(motionVoteTx(api, section, m.hash, m.index, false), 'tx.motionVote', {
                          index: String(m.index),
                        })
                      }
                    >
                      {t('council.nay')}
                    </button>{' '}
                  </>
                )}
                <button
                  type="button"
                  disabled={tx.busy || !tx.signable || (!decided && now < BigInt(m.end))}
                  onClick={() =>
                    void tx.run(
                      motionCloseTx(api, section, m.hash, m.index, m.encodedLength),
                      'tx.motionClose',
                      { index: String(m.index) },
                    )
                  }
                >
                  {t('council.close')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <TxStatus record={tx.record} />
      {isMember && <MotionForm section={section} members={members.length} />}
    </section>
  );
}
