/**
 * Public proposals: each with its call, backing (deposit × depositors) and depositors, a Second button,
 * when the next launch happens; and the form to propose (note the preimage of the picked call and
 * propose it with a deposit of at least MinimumDeposit, in one batch).
 */
import { type FormEvent, Fragment, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import { AddressView } from '../ui/address-view.js';
import { AmountField } from '../ui/amount-field.js';
import { formatCount, formatPha, formatPhaExact, parsePha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { SignerNotice } from '../ui/signer-notice.js';
import { Skeleton } from '../ui/skeleton.js';
import { TxStatus } from '../ui/tx-status.js';
import { useWalletTx } from '../ui/use-wallet-tx.js';
import { type CallDraft, CallPicker, draftCallHex, EMPTY_DRAFT } from './call-picker.js';
import { CallView } from './call-view.js';
import { proposeTx, secondTx } from './chain/calls.js';
import { democracyConsts, nextLaunch } from './chain/democracy-query.js';
import { useDemocracy } from './chain/hooks.js';
import { THRESHOLD_KEY } from './referendum-summary.js';
import { useBlocks } from './use-blocks.js';
import { GOV_MESSAGES, useGovT } from './use-gov-t.js';

function ProposeForm() {
  const t = useGovT();
  const { api } = useConnection();
  const { minimumDeposit } = democracyConsts(api);
  const tx = useWalletTx(GOV_MESSAGES);
  const { locale } = useLocale();
  const [draft, setDraft] = useState<CallDraft>(EMPTY_DRAFT);
  const [deposit, setDeposit] = useState(() => formatPhaExact(minimumDeposit, locale));
  const hex = draftCallHex(api, draft, locale);
  const amount = parsePha(deposit, locale);
  const problem =
    amount === undefined || amount < minimumDeposit
      ? t('propose.problem.deposit', { min: formatPha(minimumDeposit, locale) })
      : undefined;
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (!hex || amount === undefined || problem) return;
    await tx.run(proposeTx(api, hex, amount), 'tx.propose');
  };
  return (
    <form className="card" onSubmit={onSubmit} aria-label={t('propose.title')} data-testid="propose-form">
      <h3>{t('propose.title')}</h3>
      <CallPicker draft={draft} onChange={setDraft} />
      <AmountField
        label={t('propose.deposit')}
        value={deposit}
        onChange={setDeposit}
        problem={problem}
        testId="propose-deposit"
      />
      <button
        type="submit"
        data-testid="propose-submit"
        disabled={!hex || !!problem || tx.busy || !tx.signable}
      >
        {t('propose.submit')}
      </button>
      <SignerNotice account={tx.account} />
      <TxStatus record={tx.record} />
    </form>
  );
}

export function ProposalsPanel() {
  const t = useGovT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const { launchPeriod } = democracyConsts(api);
  const { now, until } = useBlocks();
  const q = useDemocracy();
  const tx = useWalletTx(GOV_MESSAGES);
  const launch = nextLaunch(now, launchPeriod);
  return (
    <section aria-label={t('proposals.title')}>
      <h2>{t('proposals.title')}</h2>
      <p>{t('proposals.nextLaunch', { block: formatCount(launch, locale), left: until(launch) })}</p>
      {!q.data ? (
        <Skeleton shape="section" />
      ) : q.data.proposals.length === 0 ? (
        <p className="empty">{t('proposals.empty')}</p>
      ) : (
        <ul data-testid="proposals">
          {q.data.proposals.map((p) => (
            <li key={p.index} data-testid={`proposal-${p.index}`}>
              <strong>{t('proposals.item', { index: p.index })}</strong> <CallView call={p.proposal} />{' '}
              <span data-testid="backing">
                {t('proposals.backing', {
                  backing: formatPha(p.backing, locale),
                  deposit: formatPha(p.deposit, locale),
                  count: p.depositors.length,
                })}
              </span>{' '}
              <span className="depositors">
                {p.depositors.map((d, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one address may back a proposal more than once; the list only grows
                  <Fragment key={`${d}-${i}`}>
                    {i > 0 && ', '}
                    <AddressView address={d} />
                  </Fragment>
                ))}
              </span>{' '}
              <button
                type="button"
                data-testid={`second-${p.index}`}
                disabled={tx.busy || !tx.signable}
                onClick={() => void tx.run(secondTx(api, p.index), 'tx.second', { index: String(p.index) })}
              >
                {t('proposals.second', { deposit: formatPha(p.deposit, locale) })}
              </button>
              <SignerNotice account={tx.account} />
            </li>
          ))}
        </ul>
      )}
      {q.data?.external && (
        <div data-testid="external">
          {t('proposals.external', { threshold: t(`${THRESHOLD_KEY[q.data.external.threshold]}.name`) })}{' '}
          <CallView call={q.data.external.proposal} />
        </div>
      )}
      <TxStatus record={tx.record} />
      <ProposeForm />
    </section>
  );
}
