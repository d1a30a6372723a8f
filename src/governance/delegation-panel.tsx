/**
 * Delegation of voting power: delegate free PHA to another account with a conviction (its votes follow
 * theirs on every referendum; the lock runs on for the conviction's period after undelegating),
 * undelegate, and who delegates to the selected account and how much.
 */
import { type FormEvent, useId, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import { usePhaBalance } from '../api/balances.js';
import { isIncluded } from '../api/tx/tx-store.js';
import { type Conviction, convictionVotes, multiplierLabel } from '../primitives/conviction.js';
import { AddressView } from '../ui/address-view.js';
import { AmountField } from '../ui/amount-field.js';
import { formatPha, parsePha } from '../ui/format.js';
import { fillNode, useLocale } from '../ui/i18n/i18n.js';
import { TxStatus } from '../ui/tx-status.js';
import { useWalletTx } from '../ui/use-wallet-tx.js';
import { normaliseAddress } from '../wallet/address.js';
import { delegateTx, undelegateTx } from './chain/calls.js';
import { democracyConsts } from './chain/democracy-query.js';
import { useAccountGovernance, useDelegatorsTo } from './chain/hooks.js';
import { ConvictionSelect } from './conviction-select.js';
import { useBlocks } from './use-blocks.js';
import { GOV_MESSAGES, useGovT } from './use-gov-t.js';

export function DelegationPanel() {
  const t = useGovT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const { voteLockingPeriod } = democracyConsts(api);
  const { blockTimeSecs } = useBlocks();
  const tx = useWalletTx(GOV_MESSAGES);
  const address = tx.account?.address;
  const pha = usePhaBalance(address);
  const gov = useAccountGovernance(address).data;
  const incoming = useDelegatorsTo(address).data ?? [];
  const [target, setTarget] = useState('');
  const [text, setText] = useState('');
  const [conviction, setConviction] = useState<Conviction>(1);
  const targetId = useId();
  const fmt = (v: bigint) => formatPha(v, locale);

  const to = normaliseAddress(api, target);
  const amount = parsePha(text, locale);
  let problem: string | undefined;
  if (target && !to) problem = t('delegate.problem.target');
  else if (to && to === address) problem = t('delegate.problem.self');
  else if (text && (amount === undefined || amount === 0n)) problem = t('vote.problem.invalid');
  else if (amount !== undefined && pha && amount > pha.free)
    problem = t('vote.problem.funds', { free: fmt(pha.free) });
  else if (gov?.voting.kind === 'direct' && gov.voting.votes.length > 0)
    problem = t('delegate.problem.votes');

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (problem || !to || !amount) return;
    const rec = await tx.run(delegateTx(api, to, conviction, amount), 'tx.delegate');
    // done: the form empties, as the vote form does (the delegation shows above it)
    if (isIncluded(rec)) {
      setTarget('');
      setText('');
    }
  };

  return (
    <section aria-label={t('delegate.title')}>
      <h2>{t('delegate.title')}</h2>
      {gov?.voting.kind === 'delegating' && (
        <div className="delegating" data-testid="delegating">
          {fillNode(
            t('delegate.current', {
              amount: fmt(gov.voting.balance),
              x: multiplierLabel(gov.voting.conviction),
            }),
            'target',
            <AddressView address={gov.voting.target} />,
          )}{' '}
          <button
            type="button"
            disabled={tx.busy || !tx.signable}
            onClick={() => void tx.run(undelegateTx(api), 'tx.undelegate')}
          >
            {t('delegate.undelegate')}
          </button>
        </div>
      )}
      <form className="card" onSubmit={onSubmit} aria-label={t('delegate.title')}>
        <div className="field">
          <label htmlFor={targetId}>{t('delegate.target')}</label>
          <input
            id={targetId}
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            aria-invalid={!!problem && !to}
          />
        </div>
        <AmountField label={t('vote.amount')} value={text} onChange={setText} problem={problem} />
        <ConvictionSelect
          value={conviction}
          onChange={setConviction}
          voteLockingPeriod={voteLockingPeriod}
          blockTimeSecs={blockTimeSecs}
        />
        <p>{t('delegate.preview', { votes: fmt(convictionVotes(conviction, amount ?? 0n)) })}</p>
        <button type="submit" disabled={!!problem || !to || !amount || tx.busy || !tx.signable}>
          {t('delegate.submit')}
        </button>
      </form>
      <TxStatus record={tx.record} />
      <h3>{t('delegate.incoming')}</h3>
      {incoming.length === 0 ? (
        <p className="empty">{t('delegate.incomingEmpty')}</p>
      ) : (
        <ul data-testid="incoming">
          {incoming.map((d) => (
            <li key={d.from}>
              {fillNode(
                t('delegate.incomingItem', {
                  amount: fmt(d.balance),
                  x: multiplierLabel(d.conviction),
                  votes: fmt(convictionVotes(d.conviction, d.balance)),
                }),
                'from',
                <AddressView address={d.from} />,
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
