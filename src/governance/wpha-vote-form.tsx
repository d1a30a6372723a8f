/**
 * Vote with staked PHA through W-PHA (`phalaWrappedBalances.vote(aye, nay, ref)`): the account's net
 * value (free W-PHA plus its Delegation NFTs at the pools' share prices, queued withdrawals excluded),
 * that it counts at 0.1× with no conviction (the pallet votes everyone's sum as one Split vote), and that
 * it locks max(aye + nay) over unfinished referenda against unwrapping until `unlock` after the end.
 */
import { type FormEvent, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import { useWphaBalance } from '../api/balances.js';
import { useDelegations } from '../api/pools/use-pools.js';
import { hasStorage } from '../api/runtime-access.js';
import { AmountField } from '../ui/amount-field.js';
import { formatPha, parsePha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { TxStatus } from '../ui/tx-status.js';
import { useWalletTx } from '../ui/use-wallet-tx.js';
import { wphaVoteTx } from './chain/calls.js';
import type { OngoingReferendum } from './chain/decode.js';
import { useAccountGovernance } from './chain/hooks.js';
import { GOV_MESSAGES, useGovT } from './use-gov-t.js';

export function useNetValue(address: string | undefined) {
  const wpha = useWphaBalance(address);
  const delegations = useDelegations(address).data;
  const staked = delegations?.nfts.reduce((s, n) => s + n.value, 0n);
  return {
    wpha,
    staked,
    nfts: delegations?.nfts.length ?? 0,
    net: wpha !== undefined && staked !== undefined ? wpha + staked : undefined,
  };
}

export function WphaVoteForm({ referendum }: { referendum: OngoingReferendum }) {
  const t = useGovT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const tx = useWalletTx(GOV_MESSAGES);
  const address = tx.account?.address;
  const value = useNetValue(address);
  const gov = useAccountGovernance(address).data;
  const [ayeText, setAye] = useState('');
  const [nayText, setNay] = useState('');
  const [touched, setTouched] = useState(false);
  if (!hasStorage(api, 'phalaWrappedBalances', 'voteAccountMap')) return null;

  const mine = gov?.wphaVotes.find((v) => v.refIndex === referendum.index);
  const aye = parsePha(ayeText || '0', locale);
  const nay = parsePha(nayText || '0', locale);
  const pha = (v: bigint) => formatPha(v, locale);
  let problem: string | undefined;
  if (aye === undefined || nay === undefined) problem = t('vote.problem.invalid');
  else if (aye + nay === 0n) problem = t('vote.problem.zero');
  else if (value.net !== undefined && aye + nay > value.net)
    problem = t('wpha.problem.net', { net: pha(value.net) });
  const total = (aye ?? 0n) + (nay ?? 0n);

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem || aye === undefined || nay === undefined) return;
    await tx.run(wphaVoteTx(api, referendum.index, aye, nay), 'tx.wphaVote', {
      ref: String(referendum.index),
    });
  };

  return (
    <form className="card" onSubmit={onSubmit} aria-label={t('wpha.title')} data-testid="wpha-form">
      <h3>{t('wpha.title')}</h3>
      {address !== undefined && (
        <p data-testid="wpha-net">
          {value.net === undefined
            ? t('common.loading')
            : t('wpha.net', {
                net: pha(value.net),
                wpha: pha(value.wpha ?? 0n),
                staked: pha(value.staked ?? 0n),
                nfts: value.nfts,
              })}
        </p>
      )}
      <p className="hint">{t('wpha.explain')}</p>
      {mine && <p data-testid="wpha-mine">{t('wpha.mine', { aye: pha(mine.aye), nay: pha(mine.nay) })}</p>}
      <AmountField
        label={t('wpha.aye')}
        value={ayeText}
        onChange={(v) => {
          setAye(v);
          setTouched(true);
        }}
        testId="wpha-aye"
      />
      <AmountField
        label={t('wpha.nay')}
        value={nayText}
        onChange={(v) => {
          setNay(v);
          setTouched(true);
        }}
        testId="wpha-nay"
        problem={touched ? problem : undefined}
      />
      <p aria-live="polite" data-testid="wpha-preview">
        {t('wpha.preview', { votes: pha(total / 10n), locked: pha(total) })}
      </p>
      {!tx.signable && <p className="hint">{t('common.needSigner')}</p>}
      <button
        type="submit"
        data-testid="wpha-submit"
        disabled={tx.busy || !tx.signable || (touched && !!problem)}
      >
        {t('wpha.submit')}
      </button>
      <TxStatus record={tx.record} />
    </form>
  );
}
