/**
 * W-PHA wrap and unwrap: PHA → W-PHA (keeping fee and existential deposit, said next to the available
 * figure every PHA form shows alike) and free W-PHA → PHA.
 */
import { type FormEvent, useMemo, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import { phaAvailability, usePhaBalance, useWphaBalance } from '../api/balances.js';
import { chainConstants } from '../api/chain-constants.js';
import { unwrapTx, wrapTx } from '../api/pools/calls.js';
import type { Problem } from '../api/pools/delegate-plan.js';
import { canSign, type SigningAccount } from '../api/tx/signing-account.js';
import { feeReserve, useFee } from '../api/tx/use-fee.js';
import { useTxAction } from '../api/tx/use-tx-action.js';
import { availableHint } from '../delegation/available-hint.js';
import { AmountField } from '../ui/amount-field.js';
import { formatPha, formatPhaExact, parsePha } from '../ui/format.js';
import { type Locale, useLocale } from '../ui/i18n/i18n.js';
import { problemText } from '../ui/problem-text.js';
import { Term } from '../ui/term.js';
import { TxStatus } from '../ui/tx-status.js';

/** 1 PHA: the wrap probed for its fee (the fee does not depend on the amount). */
const PHA_PLANCK = 1_000_000_000_000n;

export function checkAmount(
  text: string,
  max: bigint,
  locale: Locale,
): { amount?: bigint; problem?: Problem } {
  if (text.trim() === '') return { problem: { key: 'form.required' } };
  const amount = parsePha(text, locale);
  if (amount === undefined) return { problem: { key: 'form.invalidNumber' } };
  if (amount === 0n) return { problem: { key: 'form.zero' } };
  if (amount > max) return { amount, problem: { key: 'form.tooMuch', params: { max } } };
  return { amount };
}

export function WrapForm({ account }: { account: SigningAccount }) {
  const { t, locale } = useLocale();
  const { api } = useConnection();
  const [mode, setMode] = useState<'wrap' | 'unwrap'>('wrap');
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const pha = usePhaBalance(account.address);
  const wpha = useWphaBalance(account.address) ?? 0n;
  const action = useTxAction();
  // the wrap's fee (amount-independent probe) kept back, as the delegate form keeps its own
  const probe = useMemo(() => wrapTx(api, PHA_PLANCK), [api]);
  const wrapFee = useFee(probe, account.address).data;
  const availability = phaAvailability(pha, chainConstants(api).existentialDeposit, feeReserve(wrapFee));
  const max = mode === 'wrap' ? availability.max : wpha;
  const check = checkAmount(text, max, locale);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!canSign(account) || check.problem || check.amount === undefined) return;
    await action.send(mode === 'wrap' ? wrapTx(api, check.amount) : unwrapTx(api, check.amount), account, {
      key: mode === 'wrap' ? 'tx.label.wrap' : 'tx.label.unwrap',
      params: { amount: check.amount },
    });
    setText('');
    setTouched(false);
  };

  return (
    <form className="card form" onSubmit={onSubmit} data-testid="wrap-form" noValidate>
      <h3>
        <Term term="wpha" />
      </h3>
      <p className="hint">{t('portfolio.wrapHelp')}</p>
      <fieldset>
        <legend>{t('portfolio.wrap')}</legend>
        {(['wrap', 'unwrap'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="wrap-mode" checked={mode === m} onChange={() => setMode(m)} />
            {t(m === 'wrap' ? 'form.submit.wrap' : 'form.submit.unwrap')}
          </label>
        ))}
      </fieldset>
      <AmountField
        label={t('form.amount')}
        value={text}
        testId="wrap-amount"
        onChange={(v) => {
          setText(v);
          setTouched(true);
        }}
        onMax={() => setText(formatPhaExact(max, locale))}
        hint={
          mode === 'unwrap'
            ? t('form.availableWpha', { amount: formatPha(wpha, locale) })
            : pha
              ? availableHint(t, locale, availability)
              : undefined
        }
        problem={
          touched && check.problem
            ? problemText(t, check.problem.key, check.problem.params, locale)
            : undefined
        }
      />
      <button type="submit" disabled={!canSign(account) || action.busy}>
        {t(mode === 'wrap' ? 'form.submit.wrap' : 'form.submit.unwrap')}
      </button>
      <TxStatus record={action.record} />
    </form>
  );
}
