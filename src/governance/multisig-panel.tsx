/**
 * Multisig accounts and their pending calls, as polkadot.js Apps shows them: the user enters a multisig's
 * signatories and threshold (kept in this browser), the account is derived from them, and each pending
 * operation (`Multisig.Multisigs`) is listed with its call decoded through the metadata (from the
 * extrinsic that opened it or the Preimage pallet; otherwise its hash, and the last approver may paste
 * the call data), the approvals so far, the deposit and its depositor. A signatory that has not approved
 * approves (`approve_as_multi`, or `as_multi` with the call when it is the last approval); the depositor
 * cancels (`cancel_as_multi`).
 */
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useConnection } from '../api/api-context.js';
import { stateKey } from '../api/query-keys.js';
import { sameAccount } from '../api/tx/signing-identity.js';
import { AddressView } from '../ui/address-view.js';
import { formatCount, formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { Skeleton } from '../ui/skeleton.js';
import { TxStatus } from '../ui/tx-status.js';
import { useWalletTx } from '../ui/use-wallet-tx.js';
import { normaliseAddress } from '../wallet/address.js';
import { CallHexView } from './call-view.js';
import {
  callMatches,
  fetchPendingMultisigs,
  multisigAddress,
  multisigTxs,
  type PendingMultisig,
} from './chain/multisig-query.js';
import { checkMultisig, type StoredMultisig, useStoredMultisigs } from './model/multisig-accounts.js';
import { GOV_MESSAGES, useGovT } from './use-gov-t.js';

function AddMultisigForm({ onAdd }: { onAdd: (m: StoredMultisig) => void }) {
  const t = useGovT();
  const { api } = useConnection();
  const id = useId();
  const [name, setName] = useState('');
  const [lines, setLines] = useState('');
  const [threshold, setThreshold] = useState('2');
  const raw = lines
    .split(/[\s,]+/)
    .map((x) => x.trim())
    .filter(Boolean);
  const signatories = raw.map((x) => normaliseAddress(api, x));
  const bad = raw.find((_, i) => signatories[i] === undefined);
  const list = signatories.filter((x): x is string => x !== undefined);
  const check = bad ? 'address' : checkMultisig(list, Number(threshold));
  const problem =
    lines === ''
      ? undefined
      : check === 'address'
        ? t('msig.check.address', { address: bad ?? '' })
        : check === 'signatories'
          ? t('msig.check.signatories')
          : check === 'threshold'
            ? t('msig.check.threshold', { count: list.length })
            : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (check !== 'ok') return;
    onAdd({ name: name.trim() || t('msig.unnamed'), signatories: list, threshold: Number(threshold) });
    setName('');
    setLines('');
  };
  return (
    <form className="card" data-testid="msig-add" onSubmit={submit}>
      <h3>{t('msig.add.title')}</h3>
      <div className="field">
        <label htmlFor={`${id}-n`}>{t('msig.add.name')}</label>
        <input
          id={`${id}-n`}
          data-testid="msig-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-s`}>{t('msig.add.signatories')}</label>
        <textarea
          id={`${id}-s`}
          data-testid="msig-signatories"
          rows={3}
          className="mono"
          value={lines}
          aria-invalid={!!problem}
          onChange={(e) => setLines(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-t`}>{t('msig.add.threshold')}</label>
        <input
          id={`${id}-t`}
          data-testid="msig-threshold"
          inputMode="numeric"
          value={threshold}
          onChange={(e) => setThreshold(e.target.value)}
        />
      </div>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" disabled={check !== 'ok'}>
        {t('msig.add.submit')}
      </button>
    </form>
  );
}

function PendingCall({ m, p }: { m: StoredMultisig; p: PendingMultisig }) {
  const t = useGovT();
  const { api } = useConnection();
  const { locale } = useLocale();
  const tx = useWalletTx(GOV_MESSAGES);
  const [pasted, setPasted] = useState('');
  const me = tx.signable ? tx.account?.address : undefined;
  const signatory = !!me && m.signatories.some((s) => sameAccount(s, me));
  const approved = !!me && p.approvals.some((a) => sameAccount(a, me));
  const last = p.approvals.length + 1 >= m.threshold;
  const pastedOk = pasted !== '' && callMatches(pasted.trim(), p.callHash);
  const callHex = p.callHex ?? (pastedOk ? pasted.trim() : undefined);
  const txs = me ? multisigTxs(api, m, me, p) : undefined;
  const approveKey = last && callHex ? 'msig.execute' : 'msig.approve';
  return (
    <li className="card" data-testid="msig-pending" data-call-hash={p.callHash}>
      {p.callHex ? (
        <CallHexView hex={p.callHex} />
      ) : (
        <code className="mono call-text break" data-testid="call-hash">
          {t('call.hashOnly', { hash: p.callHash })}
        </code>
      )}
      <dl className="stats">
        <div>
          <dt>{t('msig.approvals')}</dt>
          <dd data-testid="msig-approvals" data-count={p.approvals.length}>
            {t('msig.approvalsOf', {
              count: formatCount(p.approvals.length, locale),
              threshold: formatCount(m.threshold, locale),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('msig.deposit')}</dt>
          <dd data-testid="msig-deposit" data-planck={p.deposit.toString()}>
            {formatPha(p.deposit, locale)} PHA
          </dd>
        </div>
        <div>
          <dt>{t('msig.depositor')}</dt>
          <dd>
            <AddressView address={p.depositor} />
          </dd>
        </div>
        <div>
          <dt>{t('msig.opened')}</dt>
          <dd>
            {t('msig.timepoint', {
              block: formatCount(p.when.height, locale),
              index: formatCount(p.when.index, locale),
            })}
          </dd>
        </div>
      </dl>
      <ul className="msig-approvers" aria-label={t('msig.approvals')}>
        {p.approvals.map((a) => (
          <li key={a}>
            <AddressView address={a} />
          </li>
        ))}
      </ul>
      {signatory && !approved && last && !p.callHex && (
        <label className="field">
          {t('msig.callData')}{' '}
          <input
            className="mono"
            data-testid="msig-call-data"
            value={pasted}
            aria-invalid={pasted !== '' && !pastedOk}
            onChange={(e) => setPasted(e.target.value)}
          />
        </label>
      )}
      <div className="actions">
        {signatory && !approved && txs && (
          <button
            type="button"
            data-testid="msig-approve"
            disabled={tx.busy}
            onClick={() => void tx.run(txs.approve(callHex), approveKey)}
          >
            {t(approveKey)}
          </button>
        )}
        {me && sameAccount(p.depositor, me) && txs && (
          <button
            type="button"
            data-testid="msig-cancel"
            disabled={tx.busy}
            onClick={() => void tx.run(txs.cancel(), 'msig.cancel')}
          >
            {t('msig.cancel')}
          </button>
        )}
      </div>
      <TxStatus record={tx.record} />
    </li>
  );
}

function MultisigAccount({ m, onRemove }: { m: StoredMultisig; onRemove: () => void }) {
  const t = useGovT();
  const { api, genesis } = useConnection();
  const { locale } = useLocale();
  const tx = useWalletTx(GOV_MESSAGES);
  const address = multisigAddress(api, m.signatories, m.threshold);
  const me = tx.account?.address;
  const signatory = !!me && m.signatories.some((s) => sameAccount(s, me));
  const q = useQuery({
    queryKey: stateKey(genesis, 'gov', 'multisig', address),
    queryFn: () => fetchPendingMultisigs(api, address),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return (
    <section className="card" data-testid="multisig-account" data-address={address}>
      <h3>{m.name}</h3>
      <div>
        <AddressView address={address} />
      </div>
      <p className="hint">
        {t('msig.thresholdOf', {
          threshold: formatCount(m.threshold, locale),
          count: formatCount(m.signatories.length, locale),
        })}{' '}
        {signatory ? t('msig.youSign') : t('msig.youDoNotSign')}
      </p>
      <details>
        <summary>{t('msig.signatories')}</summary>
        <ul>
          {m.signatories.map((s) => (
            <li key={s}>
              <AddressView address={s} />
            </li>
          ))}
        </ul>
      </details>
      <h4>{t('msig.pending')}</h4>
      {!q.data ? (
        <Skeleton shape="section" />
      ) : q.data.length === 0 ? (
        <p className="empty" data-testid="msig-none">
          {t('msig.none')}
        </p>
      ) : (
        <ol className="msig-list">
          {q.data.map((p) => (
            <PendingCall key={p.callHash} m={m} p={p} />
          ))}
        </ol>
      )}
      <button type="button" className="link-button" onClick={onRemove}>
        {t('msig.remove')}
      </button>
    </section>
  );
}

export function MultisigPanel() {
  const t = useGovT();
  const { list, add, remove } = useStoredMultisigs();
  return (
    <div data-testid="multisig-panel">
      <h2>{t('msig.title')}</h2>
      <p className="hint">{t('msig.intro')}</p>
      {list.length === 0 && <p className="empty">{t('msig.noAccounts')}</p>}
      {list.map((m, i) => (
        <MultisigAccount
          key={`${m.name}-${m.signatories.join()}-${m.threshold}`}
          m={m}
          onRemove={() => remove(i)}
        />
      ))}
      <AddMultisigForm onAdd={add} />
    </div>
  );
}
