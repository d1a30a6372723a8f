/**
 * Vote on a referendum with free PHA: aye / nay / split, the amount (at most the free balance; locked
 * PHA can vote again, reserved cannot), the conviction with its lock period, the votes it counts for
 * (amount × multiplier, shown live), what it locks and until when if the side wins; and the account's
 * current vote on it with change / remove.
 */
import { type FormEvent, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import { usePhaBalance } from '../api/balances.js';
import { isIncluded } from '../api/tx/tx-store.js';
import {
  type Conviction,
  convictionVotes,
  lockDays,
  multiplierLabel,
  winningLockExpiry,
} from '../primitives/conviction.js';
import { AmountField } from '../ui/amount-field.js';
import { formatCount, formatPha, formatPhaExact, parsePha } from '../ui/format.js';
import { type Locale, useLocale } from '../ui/i18n/i18n.js';
import { TxStatus } from '../ui/tx-status.js';
import { useWalletTx } from '../ui/use-wallet-tx.js';
import { removeVoteTx, type VoteChoice, voteTx } from './chain/calls.js';
import type { OngoingReferendum } from './chain/decode.js';
import { democracyConsts } from './chain/democracy-query.js';
import { useAccountGovernance } from './chain/hooks.js';
import { ConvictionSelect, formatLockDays } from './conviction-select.js';
import { useBlocks } from './use-blocks.js';
import { GOV_MESSAGES, type GovT, useGovT } from './use-gov-t.js';
import { VoteText } from './vote-text.js';

type Mode = 'aye' | 'nay' | 'split';

export interface VotePlan {
  choice?: VoteChoice;
  problem?: string;
}

/** Validates the form; `free` is the account's free PHA (locks included, reserves excluded). */
export function planVote(
  t: GovT,
  mode: Mode,
  text: string,
  nayText: string,
  conviction: Conviction,
  free: bigint | undefined,
  delegating: boolean,
  locale: Locale,
): VotePlan {
  if (delegating) return { problem: t('vote.problem.delegating') };
  const amount = parsePha(text, locale);
  const nay = mode === 'split' ? parsePha(nayText, locale) : 0n;
  if (amount === undefined || nay === undefined) return { problem: t('vote.problem.invalid') };
  const total = amount + nay;
  if (total === 0n) return { problem: t('vote.problem.zero') };
  if (free !== undefined && total > free)
    return { problem: t('vote.problem.funds', { free: formatPha(free, locale) }) };
  const choice: VoteChoice =
    mode === 'split'
      ? { kind: 'split', aye: amount, nay }
      : { kind: 'standard', aye: mode === 'aye', conviction, balance: amount };
  return { choice };
}

export function VoteForm({ referendum }: { referendum: OngoingReferendum }) {
  const t = useGovT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const { voteLockingPeriod } = democracyConsts(api);
  const { blockTimeSecs } = useBlocks();
  const tx = useWalletTx(GOV_MESSAGES);
  const address = tx.account?.address;
  const pha = usePhaBalance(address);
  const gov = useAccountGovernance(address).data;
  const [mode, setMode] = useState<Mode>('aye');
  const [text, setText] = useState('');
  const [nayText, setNayText] = useState('');
  const [conviction, setConviction] = useState<Conviction>(1);
  const [touched, setTouched] = useState(false);

  const delegating = gov?.voting.kind === 'delegating';
  const plan = planVote(t, mode, text, nayText, conviction, pha?.free, delegating, locale);
  const existing =
    gov?.voting.kind === 'direct' ? gov.voting.votes.find((v) => v.refIndex === referendum.index) : undefined;
  const amount = parsePha(text, locale) ?? 0n;
  const nay = parsePha(nayText, locale) ?? 0n;
  const votes =
    mode === 'split'
      ? convictionVotes(0, amount) + convictionVotes(0, nay)
      : convictionVotes(conviction, amount);
  const expiry =
    mode === 'split' ? referendum.end : winningLockExpiry(referendum.end, conviction, voteLockingPeriod);
  const days = mode === 'split' ? 0 : lockDays(conviction, voteLockingPeriod, blockTimeSecs);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!plan.choice || !tx.signable) return;
    const rec = await tx.run(voteTx(api, referendum.index, plan.choice), 'tx.vote', {
      ref: String(referendum.index),
    });
    if (isIncluded(rec)) {
      setText('');
      setNayText('');
      setTouched(false);
    }
  };

  return (
    <form className="card vote-form" onSubmit={onSubmit} aria-label={t('vote.title')} data-testid="vote-form">
      <h3>{t('vote.title')}</h3>
      {existing && (
        <p data-testid="my-vote">
          {t('vote.current')} <VoteText vote={existing.vote} />{' '}
          <button
            type="button"
            disabled={tx.busy || !tx.signable}
            onClick={() =>
              void tx.run(removeVoteTx(api, referendum.index), 'tx.removeVote', {
                ref: String(referendum.index),
              })
            }
          >
            {t('vote.remove')}
          </button>
        </p>
      )}
      <fieldset className="segmented">
        <legend>{t('vote.side')}</legend>
        {(['aye', 'nay', 'split'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="side" value={m} checked={mode === m} onChange={() => setMode(m)} />{' '}
            {t(`vote.side.${m}`)}
          </label>
        ))}
      </fieldset>
      <AmountField
        label={mode === 'split' ? t('vote.amountAye') : t('vote.amount')}
        value={text}
        onChange={(v) => {
          setText(v);
          setTouched(true);
        }}
        onMax={pha ? () => setText(formatPhaExact(pha.free, locale)) : undefined}
        testId="vote-amount"
        problem={touched && mode !== 'split' ? plan.problem : undefined}
        hint={pha ? t('vote.free', { free: formatPha(pha.free, locale) }) : undefined}
      />
      {mode === 'split' ? (
        <AmountField
          label={t('vote.amountNay')}
          value={nayText}
          onChange={(v) => {
            setNayText(v);
            setTouched(true);
          }}
          testId="vote-nay-amount"
          problem={touched ? plan.problem : undefined}
        />
      ) : (
        <ConvictionSelect
          value={conviction}
          onChange={setConviction}
          voteLockingPeriod={voteLockingPeriod}
          blockTimeSecs={blockTimeSecs}
        />
      )}
      <p data-testid="vote-preview" aria-live="polite">
        {t('vote.preview', {
          votes: formatPha(votes, locale),
          x: mode === 'split' ? multiplierLabel(0) : multiplierLabel(conviction),
        })}{' '}
        {days > 0
          ? t('vote.lockIfWins', {
              duration: formatLockDays(days, locale),
              block: formatCount(expiry, locale),
            })
          : t('vote.lockUntilEnd', { block: formatCount(referendum.end, locale) })}
      </p>
      {!tx.signable && <p className="hint">{t('common.needSigner')}</p>}
      <button
        type="submit"
        data-testid="vote-submit"
        disabled={tx.busy || !tx.signable || (touched && !plan.choice)}
      >
        {existing ? t('vote.change') : t('vote.submit')}
      </button>
      <TxStatus record={tx.record} />
    </form>
  );
}
