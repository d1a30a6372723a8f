/**
 * The portfolio's vesting card: each schedule of the selected account (amount, start, rate, what it still
 * locks now and the block it is free from), what stays locked now and when everything is free (block and
 * approximate date from the block time), what has vested and can be unlocked with `vesting.vest`, and the
 * account's balance locks (vesting, democracy, …) with the one that binds — locks overlap, the largest
 * holds the balance. Shown only when the account has a schedule or a vesting lock.
 */
import { useConnection } from '../api/api-context.js';
import { chainConstants } from '../api/chain-constants.js';
import { useHead } from '../api/chain-head.js';
import { useNowSecs } from '../api/chain-time.js';
import { canSign, type SigningAccount } from '../api/tx/signing-account.js';
import { useTxAction } from '../api/tx/use-tx-action.js';
import { formatCount, formatDateTime, formatPha, formatPhaRate } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { TxStatus } from '../ui/tx-status.js';
import { bindingLock, vestingSummary } from './vesting-model.js';
import { useVesting, VESTING_LOCK } from './vesting-query.js';

export function VestingPanel({ account }: { account: SigningAccount }) {
  const { t, locale } = useLocale();
  const { api } = useConnection();
  const head = useHead();
  const nowSecs = useNowSecs();
  const action = useTxAction();
  const q = useVesting(account.address);
  if (!q.data || !head) return null;
  const now = BigInt(head.number);
  const vestingLock = q.data.locks.find((l) => l.id === VESTING_LOCK)?.amount ?? 0n;
  if (q.data.schedules.length === 0 && vestingLock === 0n) return null;
  const summary = vestingSummary(q.data.schedules, vestingLock, now);
  const blockSecs = chainConstants(api).blockTimeSecs || 12;
  const dateOf = (block: bigint) =>
    formatDateTime((nowSecs + Number(block - now) * blockSecs) * 1000, locale);
  const pha = (v: bigint) => formatPha(v, locale);
  const binding = bindingLock(q.data.locks);
  const lockLabel = (id: string) => {
    const name = id.trim();
    return name === 'vesting' || name === 'democrac' || name === 'phrelect'
      ? t(`portfolio.lockName.${name}`)
      : name;
  };
  return (
    <section className="card" data-testid="vesting">
      <h2>{t('portfolio.vesting.title')}</h2>
      <p data-testid="vesting-locked" data-planck={summary.lockedNow.toString()}>
        {t('portfolio.vesting.lockedNow', { amount: pha(summary.lockedNow) })}
      </p>
      {summary.freeAt !== null && (
        <p data-testid="vesting-free-at" data-block={summary.freeAt.toString()}>
          {t('portfolio.vesting.freeAt', {
            block: formatCount(summary.freeAt, locale),
            date: dateOf(summary.freeAt),
          })}
        </p>
      )}
      <ul>
        {summary.schedules.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: schedules are identified by their position (merge_schedules indices)
          <li key={i} data-testid="vesting-schedule">
            {t('portfolio.vesting.schedule', {
              locked: pha(s.locked),
              start: formatCount(s.startingBlock, locale),
              perBlock: formatPhaRate(s.perBlock, locale),
              now: pha(s.lockedNow),
              end: formatCount(s.endBlock, locale),
            })}
          </li>
        ))}
      </ul>
      {summary.releasable > 0n && (
        <p>
          {t('portfolio.vesting.releasable', { amount: pha(summary.releasable) })}{' '}
          {canSign(account) && (
            <button
              type="button"
              data-testid="vesting-vest"
              disabled={action.busy}
              onClick={() =>
                void action.send(api.tx.vesting.vest(), account, {
                  key: 'tx.label.vest',
                  params: {},
                })
              }
            >
              {t('portfolio.vesting.vest')}
            </button>
          )}
        </p>
      )}
      <h3>{t('portfolio.vesting.locks')}</h3>
      <ul data-testid="vesting-locks">
        {q.data.locks.map((l) => (
          <li key={l.id} data-lock={l.id.trim()}>
            {t('portfolio.vesting.lock', { id: lockLabel(l.id), amount: pha(l.amount) })}
          </li>
        ))}
      </ul>
      {binding && q.data.locks.length > 1 && (
        <p data-testid="vesting-binding">
          {t('portfolio.vesting.overlap', { id: lockLabel(binding.id), amount: pha(binding.amount) })}
        </p>
      )}
      <TxStatus record={action.record} />
    </section>
  );
}
