/**
 * One vault's console: value, free stake and owner shares; the lock state explained (a ForceShutdown
 * withdrew everything from its stake pools and blocks investing until the queue is paid); the 21-day
 * countdown of the oldest withdrawal (3 × grace period, after which anyone may force a shutdown);
 * commission; owner shares (gain, claim to a target); and investing the free stake into stake pools.
 * The owner or a proxy of the owner acts (ui/signing-identity.tsx); the force check signs for itself.
 * The owner shares typed to claim keep their value across a language switch (ui/amount-locale.ts).
 */
import { useState } from 'react';
import { useConnection } from '../../api/api-context.js';
import { chainConstants } from '../../api/chain-constants.js';
import { useNowSecs } from '../../api/chain-time.js';
import { type PoolSummary, sharesToValue } from '../../api/pools/pool-model.js';
import { usePoolIndex } from '../../api/pools/use-pools.js';
import { useAmountFollowsLocale } from '../../ui/amount-locale.js';
import {
  formatApr,
  formatDuration,
  formatPermill,
  formatPha,
  parsePha,
  shortAddress,
} from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { parsePercentToPermill } from '../../ui/percent.js';
import { SectionBoundary } from '../../ui/section-boundary.js';
import { SigningIdentityScope, useOwnerIdentity } from '../../ui/signing-identity.js';
import { TxOutcome } from '../../ui/tx-outcome.js';
import { clearOnSuccess, useWalletTx } from '../../ui/use-wallet-tx.js';
import { normaliseAddress } from '../../wallet/address.js';
import { InvestPanel } from './invest-panel.js';
import {
  claimOwnerSharesTx,
  gainOwnerSharesTx,
  setVaultCommissionTx,
  vaultForceCheckTx,
} from './manager-calls.js';
import { useVaultState } from './manager-queries.js';
import { explainMgrError, MGR_MESSAGES, useMgrT } from './use-mgr-t.js';

function CommissionForm({ vault, canAct }: { vault: PoolSummary; canAct: boolean }) {
  const { locale } = useLocale();
  const t = useMgrT();
  const { api } = useConnection();
  const tx = useWalletTx(MGR_MESSAGES);
  const [text, setText] = useState('');
  const permill = parsePercentToPermill(text);
  const problem =
    text === ''
      ? undefined
      : permill === undefined
        ? t('check.percent')
        : permill === vault.commission
          ? t('check.same')
          : undefined;
  return (
    <form
      data-testid="vault-commission-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (permill !== undefined && !problem)
          void tx
            .run(setVaultCommissionTx(api, vault.pid, permill), 'commission.label', {
              commission: { permill },
            })
            .then(clearOnSuccess(setText));
      }}
    >
      <label className="field">
        {t('commission.field', { current: formatPermill(vault.commission, locale) })}
        <input
          value={text}
          inputMode="decimal"
          data-testid="vault-commission-input"
          aria-invalid={!!problem}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      <p className="hint">{t('commission.settles')}</p>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      {permill !== undefined && permill > vault.commission && (
        <p className="warning">{t('commission.rise', { to: formatPermill(permill, locale) })}</p>
      )}
      <button type="submit" disabled={!canAct || permill === undefined || !!problem || tx.busy}>
        {t('commission.submit')}
      </button>
      <TxOutcome record={tx.record} explain={(c) => explainMgrError(t, c)} />
    </form>
  );
}

function OwnerShares({
  vault,
  canAct,
  ownerShares,
}: {
  vault: PoolSummary;
  canAct: boolean;
  ownerShares: bigint;
}) {
  const t = useMgrT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const tx = useWalletTx(MGR_MESSAGES);
  const [amount, setAmount] = useState('');
  const [target, setTarget] = useState('');
  useAmountFollowsLocale(amount, setAmount);
  const shares = parsePha(amount, locale);
  const to = target.trim() === '' ? tx.account?.address : normaliseAddress(api, target);
  const problem =
    amount === ''
      ? undefined
      : shares === undefined || shares === 0n
        ? t('check.shares')
        : shares > ownerShares
          ? t('check.sharesMax', { max: formatPha(ownerShares, locale) })
          : !to
            ? t('check.target')
            : undefined;
  return (
    <section className="card" data-testid="owner-shares">
      <h2>{t('shares.title')}</h2>
      <p>
        {t('shares.have')}{' '}
        <strong data-testid="owner-shares-value" data-shares={ownerShares.toString()}>
          {formatPha(ownerShares, locale)}
        </strong>{' '}
        {t('shares.worth', { value: formatPha(sharesToValue(vault, ownerShares), locale) })}
      </p>
      <p className="hint">{t('shares.explain')}</p>
      <button
        type="button"
        disabled={!canAct || tx.busy}
        onClick={() => void tx.run(gainOwnerSharesTx(api, vault.pid), 'shares.gainLabel')}
      >
        {t('shares.gain')}
      </button>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!problem && shares && to)
            void tx
              .run(claimOwnerSharesTx(api, vault.pid, to, shares), 'shares.claimLabel')
              .then(clearOnSuccess(setAmount));
        }}
      >
        <label className="field">
          {t('shares.amount')}
          <input
            value={amount}
            data-testid="claim-shares-input"
            onChange={(e) => setAmount(e.target.value)}
          />
        </label>
        <label className="field">
          {t('shares.target')}
          <input
            value={target}
            placeholder={tx.account ? shortAddress(tx.account.address) : ''}
            onChange={(e) => setTarget(e.target.value)}
          />
        </label>
        {problem && (
          <p className="problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" disabled={!canAct || !!problem || !shares || tx.busy}>
          {t('shares.claim')}
        </button>
      </form>
      <TxOutcome record={tx.record} explain={(c) => explainMgrError(t, c)} />
    </section>
  );
}

export function VaultConsole({ vault }: { vault: PoolSummary }) {
  const t = useMgrT();
  const { t: tc, locale } = useLocale();
  const { api } = useConnection();
  const now = useNowSecs();
  const shown = usePoolIndex().yield(vault);
  const state = useVaultState(vault.pid).data;
  const check = useWalletTx(MGR_MESSAGES);
  const { account, signable } = check;
  const identity = useOwnerIdentity(vault.owner);
  const canAct = signable && identity.kind !== 'none';
  const oldest = vault.withdrawQueue.reduce<number | null>(
    (m, w) => (m === null || w.startTime < m ? w.startTime : m),
    null,
  );
  const limit = oldest === null ? null : oldest + 3 * chainConstants(api).gracePeriodSecs;
  const pha = (v: bigint) => `${formatPha(v, locale)} PHA`;
  return (
    <SigningIdentityScope identity={identity}>
      <article
        data-testid="manager-console"
        data-can-act={canAct ? 'yes' : 'no'}
        data-signing-as={identity.kind}
      >
        <p>
          <a href="#/manager">{t('back')}</a>
        </p>
        <h1>{t('console.title', { pid: vault.pid.toString() })}</h1>
        <dl className="stats">
          <div>
            <dt>{t('stats.value')}</dt>
            <dd data-testid="vault-value" data-planck={vault.totalValue.toString()}>
              {pha(vault.totalValue)}
            </dd>
          </div>
          <div>
            <dt>{t('stats.free')}</dt>
            <dd data-testid="vault-free" data-planck={vault.freeStake.toString()}>
              {pha(vault.freeStake)}
            </dd>
          </div>
          <div>
            <dt>{t('stats.commission')}</dt>
            <dd>{formatPermill(vault.commission, locale)}</dd>
          </div>
          <div>
            <dt>{tc(`pool.${shown.metric}`)}</dt>
            <dd>{formatApr(shown.value, locale)}</dd>
          </div>
        </dl>
        <p>
          <a href={`#/vault/${vault.pid}`}>{t('console.publicPage')}</a>
        </p>
        {!canAct && (
          <p className="notice" role="note" data-testid="owner-only">
            {!account ? t('selectAccount') : !signable ? t('needSigner') : t('ownerOnly')}
          </p>
        )}
        <section className="card" data-testid="vault-lock">
          <h2>{t('lock.title')}</h2>
          <p>{state?.locked ? t('lock.locked') : t('lock.open')}</p>
          <p className="hint">{t('lock.explain')}</p>
          {limit !== null && (
            <p data-testid="vault-countdown">
              {limit > now
                ? t('lock.countdown', { left: formatDuration(limit - now, locale) })
                : t('lock.expired')}
            </p>
          )}
          {(state?.locked || (limit !== null && limit <= now)) && (
            <button
              type="button"
              disabled={!check.signable || check.busy}
              onClick={() => void check.run(vaultForceCheckTx(api, vault.pid), 'lock.checkLabel')}
            >
              {t('lock.check')}
            </button>
          )}
          <TxOutcome record={check.record} explain={(c) => explainMgrError(t, c)} />
        </section>
        <div className="columns">
          <div>
            <SectionBoundary>
              <OwnerShares vault={vault} canAct={canAct} ownerShares={state?.ownerShares ?? 0n} />
            </SectionBoundary>
            <section className="card">
              <h2>{t('settings.title')}</h2>
              <CommissionForm vault={vault} canAct={canAct} />
            </section>
          </div>
          <div>
            {state?.locked && <p className="warning">{t('invest.locked')}</p>}
            <SectionBoundary>
              <InvestPanel vault={vault} canAct={canAct && !state?.locked} />
            </SectionBoundary>
          </div>
        </div>
      </article>
    </SigningIdentityScope>
  );
}
