/**
 * Withdraw from one delegation NFT, by amount or by shares (never more than it holds). Before signing,
 * the preview says what is paid now from the pool's free stake and what waits in the withdraw queue. The
 * amount empties once the transaction is in; one the chain refuses keeps it.
 */
import { type FormEvent, useId, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import { withdrawTx } from '../api/pools/calls.js';
import type { DelegationNft } from '../api/pools/delegations-query.js';
import type { PoolSummary } from '../api/pools/pool-model.js';
import { planWithdrawal, type WithdrawMode } from '../api/pools/withdraw-plan.js';
import { canSign, type SigningAccount } from '../api/tx/signing-account.js';
import { isIncluded } from '../api/tx/tx-store.js';
import { useFee } from '../api/tx/use-fee.js';
import { useTxAction } from '../api/tx/use-tx-action.js';
import { AmountField } from '../ui/amount-field.js';
import { formatPha, formatPhaExact } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { problemText } from '../ui/problem-text.js';
import { SignerNotice } from '../ui/signer-notice.js';
import { TxStatus } from '../ui/tx-status.js';
import { WithdrawPreviewPanel } from './withdraw-preview.js';

export function WithdrawForm({
  nft,
  pool,
  account,
  wphaMinBalance,
}: {
  nft: DelegationNft;
  pool: PoolSummary;
  account: SigningAccount | undefined;
  /** The W-PHA minimum balance (the queue is paid while free stake exceeds it). */
  wphaMinBalance: bigint;
}) {
  const { t, locale } = useLocale();
  const { api } = useConnection();
  const [mode, setMode] = useState<WithdrawMode>('amount');
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const action = useTxAction();
  const modeId = useId();
  const plan = planWithdrawal(text, mode, pool, nft.shares, locale);
  const fee = useFee(
    account ? withdrawTx(api, pool.kind, pool.pid, nft.shares) : undefined,
    account?.address,
  ).data;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!account || !canSign(account) || plan.problem || plan.shares === undefined) return;
    // the value of the shares withdrawn at today's share price, as the preview shows it
    const value = plan.value ?? 0n;
    const rec = await action.send(withdrawTx(api, pool.kind, pool.pid, plan.shares), account, {
      key: 'tx.label.withdraw',
      params: { amount: value, pid: pool.pid.toString() },
    });
    // empty once it is in; a refused one keeps the amount, to be corrected and sent again
    if (isIncluded(rec)) {
      setText('');
      setTouched(false);
    }
  };

  return (
    <form className="form" onSubmit={onSubmit} data-testid="withdraw-form" noValidate>
      <fieldset>
        <legend id={modeId}>{t('form.withdrawBy')}</legend>
        {(['amount', 'shares'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`mode-${nft.cid}-${nft.nftId}`}
              checked={mode === m}
              onChange={() => setMode(m)}
            />
            {t(m === 'amount' ? 'form.byAmount' : 'form.byShares')}
          </label>
        ))}
      </fieldset>
      <AmountField
        label={t(mode === 'amount' ? 'form.amount' : 'form.shares')}
        value={text}
        testId="withdraw-amount"
        onChange={(v) => {
          setText(v);
          setTouched(true);
        }}
        onMax={() => setText(formatPhaExact(mode === 'amount' ? nft.value : nft.shares, locale))}
        hint={t('form.queueNote')}
        problem={
          touched && plan.problem ? problemText(t, plan.problem.key, plan.problem.params, locale) : undefined
        }
      />
      {account && plan.shares !== undefined && !plan.problem && (
        <WithdrawPreviewPanel
          pool={pool}
          account={account.address}
          shares={plan.shares}
          wphaMinBalance={wphaMinBalance}
        />
      )}
      <p className="hint">{fee !== undefined ? t('tx.fee', { fee: formatPha(fee, locale) }) : ''}</p>
      <SignerNotice account={account} />
      <button type="submit" disabled={!canSign(account) || action.busy}>
        {t('form.submit.withdraw')}
      </button>
      <TxStatus record={action.record} />
    </form>
  );
}
