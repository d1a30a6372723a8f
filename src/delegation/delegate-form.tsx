/**
 * Delegate to a stake pool or vault: amount with Max (fee and existential deposit kept, said next to the
 * available figure every PHA form shows alike), the PHA → W-PHA wrap batched with the contribution when
 * needed, a whitelist-only pool's notice (Delegate disabled, with the reason, for an account neither on the
 * whitelist nor the owner), capacity / minimum / balance problems shown before signing, the fee preview,
 * APR after the delegation, and the transaction's progress. The amount empties once the transaction is in;
 * one the chain refuses keeps it.
 */

import { type FormEvent, useMemo, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import { phaAvailability, usePhaBalance, useWphaBalance } from '../api/balances.js';
import { chainConstants } from '../api/chain-constants.js';
import type { PoolYield } from '../api/pools/apr.js';
import { contributeTx } from '../api/pools/calls.js';
import { mayContribute, planDelegation } from '../api/pools/delegate-plan.js';
import type { PoolSummary } from '../api/pools/pool-model.js';
import { canSign, type SigningAccount } from '../api/tx/signing-account.js';
import { isIncluded } from '../api/tx/tx-store.js';
import { feeReserve, useFee } from '../api/tx/use-fee.js';
import { useTxAction } from '../api/tx/use-tx-action.js';
import { AmountField } from '../ui/amount-field.js';
import { formatApr, formatPha, formatPhaExact } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { problemText } from '../ui/problem-text.js';
import { SignerNotice } from '../ui/signer-notice.js';
import { TxStatus } from '../ui/tx-status.js';
import { availableHint } from './available-hint.js';

export interface DelegateFormProps {
  pool: PoolSummary;
  account: SigningAccount | undefined;
  /** The pool's estimated yield once `extra` more is delegated: APR for a stake pool, APY for a vault. */
  yieldAfter(extra: bigint): PoolYield;
}

export function DelegateForm({ pool, account, yieldAfter }: DelegateFormProps) {
  const { t, locale } = useLocale();
  const { api } = useConnection();
  const consts = chainConstants(api);
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const address = account?.address;
  const pha = usePhaBalance(address);
  const wpha = useWphaBalance(address) ?? 0n;
  const action = useTxAction();

  // Two amount-independent probes (no RPC per keystroke): the wrap + contribute batch (the worst case,
  // kept back from Max) and the plain contribute; the preview shows the one that will be signed.
  const probeBatch = useMemo(
    () => contributeTx(api, pool.kind, pool.pid, consts.minContribution, consts.minContribution),
    [api, pool.kind, pool.pid, consts.minContribution],
  );
  const probePlain = useMemo(
    () => contributeTx(api, pool.kind, pool.pid, consts.minContribution, 0n),
    [api, pool.kind, pool.pid, consts.minContribution],
  );
  const batchFee = useFee(address ? probeBatch : undefined, address).data;
  const plainFee = useFee(address ? probePlain : undefined, address).data;
  const availability = phaAvailability(pha, consts.existentialDeposit, feeReserve(batchFee));
  const plan = planDelegation({
    locale,
    text,
    pool,
    address,
    spendablePha: availability.max,
    wpha,
    minContribution: consts.minContribution,
  });
  const blocked = address !== undefined && !mayContribute(pool, address);
  const showProblem = plan.problem && (touched || blocked);
  const fee = plan.amount !== undefined && plan.wrap === 0n ? plainFee : batchFee;

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!account || !canSign(account) || blocked || plan.problem || plan.amount === undefined) return;
    const tx = contributeTx(api, pool.kind, pool.pid, plan.amount, plan.wrap);
    const rec = await action.send(tx, account, {
      key: 'tx.label.delegate',
      params: { amount: plan.amount, pid: pool.pid.toString() },
    });
    // empty once it is in; a refused one keeps the amount, to be corrected and sent again
    if (isIncluded(rec)) {
      setText('');
      setTouched(false);
    }
  };

  const after = plan.amount !== undefined && !plan.problem ? yieldAfter(plan.amount) : null;

  return (
    <form
      className="card form"
      onSubmit={onSubmit}
      aria-label={t('pool.delegate')}
      data-testid="delegate-form"
      noValidate
    >
      <h3>{t('pool.delegate')}</h3>
      {pool.whitelist !== null && (
        <p className="warning" data-testid="whitelist-notice">
          {t('form.whitelistNotice')}
          {address !== undefined && !blocked && <> {t('form.whitelistAllowed')}</>}
        </p>
      )}
      <AmountField
        label={t('form.amount')}
        value={text}
        testId="delegate-amount"
        disabled={blocked}
        onChange={(v) => {
          setText(v);
          setTouched(true);
        }}
        onMax={() => {
          setText(formatPhaExact(plan.max, locale));
          setTouched(true);
        }}
        hint={
          pha
            ? availableHint(t, locale, availability, {
                wpha,
                ...(plan.max < wpha + availability.max ? { capRoom: plan.max } : {}),
              })
            : undefined
        }
        problem={
          showProblem && plan.problem
            ? problemText(t, plan.problem.key, plan.problem.params, locale)
            : undefined
        }
      />
      {plan.wrap > 0n && !plan.problem && (
        <p className="hint" data-testid="wrap-note">
          {t('form.wrapNote', { amount: formatPha(plan.wrap, locale) })}
        </p>
      )}
      {after?.value != null && (
        <p className="hint" data-testid="yield-after">
          {t(after.metric === 'apy' ? 'form.apyAfter' : 'form.aprAfter', {
            apr: formatApr(after.value, locale),
          })}
        </p>
      )}
      <p className="hint" data-testid="fee">
        {fee !== undefined ? t('tx.fee', { fee: formatPha(fee, locale) }) : address ? t('tx.feeLoading') : ''}
      </p>
      <SignerNotice account={account} />
      <button type="submit" disabled={!canSign(account) || blocked || action.busy}>
        {t('form.submit.delegate')}
      </button>
      <TxStatus record={action.record} />
    </form>
  );
}
