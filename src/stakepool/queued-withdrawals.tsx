/**
 * The account's queued withdrawals with a countdown to the end of the grace period, and the actions that
 * release funds once it is over: `check_and_maybe_force_withdraw`, and `reclaim_pool_worker` for workers
 * that finished cooling down.
 */
import { useConnection } from '../api/api-context.js';
import { chainConstants } from '../api/chain-constants.js';
import { forceWithdrawTx } from '../api/pools/calls.js';
import type { QueuedWithdrawal } from '../api/pools/delegations-query.js';
import { canSign, type SigningAccount } from '../api/tx/signing-account.js';
import { useTxAction } from '../api/tx/use-tx-action.js';
import { formatDuration, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Term } from '../ui/term.js';
import { TxStatus } from '../ui/tx-status.js';

function QueuedRow({ q, now, account }: { q: QueuedWithdrawal; now: number; account: SigningAccount }) {
  const { t, locale } = useLocale();
  const { api } = useConnection();
  const action = useTxAction();
  const left = q.startTime + chainConstants(api).gracePeriodSecs - now;
  return (
    <li data-testid="queued-item">
      #{q.pid.toString()} · {formatPha(q.shares, locale)} {t('portfolio.shares')} ·{' '}
      {formatPha(q.value, locale)} PHA ·{' '}
      {left > 0 ? t('portfolio.countdown', { time: formatDuration(left, locale) }) : t('portfolio.overdue')}
      {left <= 0 && canSign(account) && (
        <button
          type="button"
          disabled={action.busy}
          onClick={() =>
            void action.send(forceWithdrawTx(api, q.kind, q.pid), account, {
              key: 'tx.label.forceWithdraw',
              params: { pid: q.pid.toString() },
            })
          }
        >
          {t('portfolio.forceWithdraw')}
        </button>
      )}
      <TxStatus record={action.record} />
    </li>
  );
}

export function QueuedWithdrawals({
  queued,
  now,
  account,
}: {
  queued: QueuedWithdrawal[];
  now: number;
  account: SigningAccount;
}) {
  const t = useLocale().t;
  return (
    <section className="card" data-testid="queued">
      <h2>
        <Term term="withdrawQueue">{t('portfolio.queued')}</Term>
      </h2>
      {queued.length === 0 ? (
        <p className="empty">{t('portfolio.queuedEmpty')}</p>
      ) : (
        <ul>
          {queued.map((q) => (
            <QueuedRow key={`${q.cid}-${q.nftId}`} q={q} now={now} account={account} />
          ))}
        </ul>
      )}
    </section>
  );
}
