/**
 * My locks: every part of the `democrac` lock (votes by referendum, the delegation, the prior lock) with
 * its reason and expiry block and time, a notice when something can be unlocked, the one action
 * "unlock what can be unlocked" (`remove_vote` for each expired vote + `unlock` in one batch), and the
 * W-PHA votes with `unlock` once their referendum has ended.
 */
import { useConnection } from '../api/api-context.js';
import { formatCount, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Skeleton } from '../ui/skeleton.js';
import { TxStatus } from '../ui/tx-status.js';
import { useWalletTx } from '../ui/use-wallet-tx.js';
import { unlockAllTx, wphaUnlockTx } from './chain/calls.js';
import type { LockItem } from './model/locks.js';
import { useBlocks } from './use-blocks.js';
import { GOV_MESSAGES, type GovT, useGovT } from './use-gov-t.js';
import { useLockSummary } from './use-lock-summary.js';

function reasonText(t: GovT, item: LockItem): string {
  const ref = item.refIndex ?? 0;
  switch (item.reason) {
    case 'voteOngoing':
      return t('locks.reason.voteOngoing', { ref });
    case 'voteLocked':
      return t('locks.reason.voteLocked', { ref });
    case 'voteExpired':
      return t('locks.reason.voteExpired', { ref });
    case 'voteCancelled':
      return t('locks.reason.voteCancelled', { ref });
    case 'delegation':
      return t('locks.reason.delegation');
    case 'prior':
      return t('locks.reason.prior');
  }
}

export function LocksPanel() {
  const t = useGovT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const { until } = useBlocks();
  const tx = useWalletTx(GOV_MESSAGES);
  const address = tx.account?.address;
  const summary = useLockSummary(address);
  if (!address) return <p>{t('common.selectAccount')}</p>;
  if (!summary) return <Skeleton shape="section" />;
  const { gov, refOf, items, plan, frees, canUnlock, wphaDone } = summary;
  const pha = (v: bigint) => formatPha(v, locale);

  return (
    <section aria-label={t('locks.title')} data-testid="locks">
      <h2>{t('locks.title')}</h2>
      <p data-testid="democracy-lock">{t('locks.total', { amount: pha(gov.democracyLock) })}</p>
      {canUnlock && (
        <output className="notice" data-testid="unlock-notice">
          {t('locks.notice', { amount: pha(frees) })}
        </output>
      )}
      {items.length === 0 ? (
        <p className="empty">{t('locks.empty')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th>{t('locks.reason')}</th>
              <th>{t('locks.amount')}</th>
              <th>{t('locks.expiry')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr
                key={`${item.reason}-${item.refIndex ?? ''}`}
                data-testid="lock-row"
                data-reason={item.reason}
              >
                <td>{reasonText(t, item)}</td>
                <td>{pha(item.amount)}</td>
                <td data-testid="lock-expiry" data-block={item.expiry?.toString() ?? ''}>
                  {item.expiry !== undefined
                    ? item.unlockable
                      ? t('locks.expired', { block: formatCount(item.expiry, locale) })
                      : t('locks.until', {
                          block: formatCount(item.expiry, locale),
                          left: until(item.expiry),
                        })
                    : item.reason === 'delegation'
                      ? t('locks.whileDelegating', { block: formatCount(item.expiryIfWins ?? 0n, locale) })
                      : t('locks.ifWins', { block: formatCount(item.expiryIfWins ?? 0n, locale) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        data-testid="unlock-all"
        disabled={!canUnlock || tx.busy || !tx.signable}
        onClick={() => void tx.run(unlockAllTx(api, address, plan.removeVotes), 'tx.unlock')}
      >
        {t('locks.unlockAll', { amount: pha(frees) })}
      </button>
      <h3>{t('locks.wpha')}</h3>
      <p data-testid="wpha-locked">{t('locks.wphaLocked', { amount: pha(gov.wphaLocked) })}</p>
      {gov.wphaVotes.length > 0 && (
        <ul>
          {gov.wphaVotes.map((v) => (
            <li key={v.refIndex} data-testid="wpha-lock">
              {t('locks.wphaVote', {
                ref: v.refIndex,
                aye: pha(v.aye),
                nay: pha(v.nay),
                state: refOf(v.refIndex).status === 'ongoing' ? t('locks.wphaOngoing') : t('locks.wphaEnded'),
              })}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        data-testid="wpha-unlock"
        disabled={wphaDone.length === 0 || tx.busy || !tx.signable}
        onClick={() =>
          void tx.run(
            wphaUnlockTx(
              api,
              wphaDone.map((v) => v.refIndex),
            ),
            'tx.wphaUnlock',
          )
        }
      >
        {t('locks.wphaUnlock')}
      </button>
      <TxStatus record={tx.record} />
    </section>
  );
}
