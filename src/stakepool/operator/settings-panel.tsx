/**
 * Pool settings, each validated before signing: commission in percent (a rise is flagged — delegators see
 * it in the pool's history), capacity (never below the pool's value), the description (shown back as
 * text, never HTML; 4,400 bytes at most), and the contribution whitelist (add several at once, remove a
 * selection in one batch; 100 accounts at most). A capacity typed before a language switch keeps its
 * value (ui/amount-locale.ts); a percentage reads the same in either language.
 */

import { type ReactNode, useId, useState } from 'react';
import { useConnection } from '../../api/api-context.js';
import type { PoolSummary } from '../../api/pools/pool-model.js';
import { CommissionHistory } from '../../delegation/commission-history.js';
import { useAmountFollowsLocale } from '../../ui/amount-locale.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import { formatParams, formatPermill, shortAddress } from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { TxOutcome } from '../../ui/tx-outcome.js';
import { clearOnSuccess, useWalletTx } from '../../ui/use-wallet-tx.js';
import { normaliseAddress } from '../../wallet/address.js';
import {
  setCapTx,
  setCommissionTx,
  setDescriptionTx,
  whitelistAddTx,
  whitelistRemoveTx,
} from './operator-calls.js';
import { checkCap, checkCommission, checkDescription, checkWhitelistAdd } from './operator-checks.js';
import { checkText, explainError, OP_MESSAGES, useOpT } from './use-op-t.js';

function Field({
  label,
  problem,
  children,
}: {
  label: string;
  problem?: string;
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, problem ? `${id}-p` : undefined)}
      {problem && (
        <p id={`${id}-p`} className="problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function CommissionForm({ pool, canAct }: { pool: PoolSummary; canAct: boolean }) {
  const t = useOpT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const tx = useWalletTx(OP_MESSAGES);
  const [text, setText] = useState('');
  const c = checkCommission(text, pool.commission);
  const problem = text === '' || c.ok ? undefined : checkText(t, c.problem, locale);
  return (
    <form
      data-testid="commission-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (c.ok)
          void tx
            .run(setCommissionTx(api, pool.pid, c.permill), 'commission.label', {
              commission: { permill: c.permill },
            })
            .then(clearOnSuccess(setText));
      }}
    >
      <Field
        label={t('commission.field', { current: formatPermill(pool.commission, locale) })}
        problem={problem}
      >
        {(id, d) => (
          <input
            id={id}
            inputMode="decimal"
            value={text}
            data-testid="commission-input"
            aria-invalid={!!problem}
            aria-describedby={d}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      {c.ok && c.rises && (
        <p className="warning" role="alert" data-testid="commission-rise">
          {t('commission.rise', {
            from: formatPermill(pool.commission, locale),
            to: formatPermill(c.permill, locale),
          })}
        </p>
      )}
      <button type="submit" disabled={!canAct || !c.ok || tx.busy}>
        {t('commission.submit')}
      </button>
      <TxOutcome record={tx.record} explain={(code) => explainError(t, code)} />
    </form>
  );
}

function CapForm({ pool, canAct }: { pool: PoolSummary; canAct: boolean }) {
  const t = useOpT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const tx = useWalletTx(OP_MESSAGES);
  const [text, setText] = useState('');
  useAmountFollowsLocale(text, setText);
  const c = checkCap(text, pool.totalValue, locale);
  const problem = text === '' || c.ok ? undefined : checkText(t, c.problem, locale);
  return (
    <form
      data-testid="cap-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (c.ok)
          void tx
            .run(setCapTx(api, pool.pid, c.amount), 'cap.label', { cap: c.amount })
            .then(clearOnSuccess(setText));
      }}
    >
      <Field label={t('cap.field')} problem={problem}>
        {(id, d) => (
          <input
            id={id}
            inputMode="decimal"
            value={text}
            data-testid="cap-input"
            aria-invalid={!!problem}
            aria-describedby={d}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" disabled={!canAct || !c.ok || tx.busy}>
        {t('cap.submit')}
      </button>
      <TxOutcome record={tx.record} explain={(code) => explainError(t, code)} />
    </form>
  );
}

function DescriptionForm({ pool, canAct }: { pool: PoolSummary; canAct: boolean }) {
  const t = useOpT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const tx = useWalletTx(OP_MESSAGES);
  const [text, setText] = useState<string | null>(null);
  const value = text ?? pool.description;
  const c = checkDescription(value);
  const problem = c ? checkText(t, c, locale) : undefined;
  return (
    <form
      data-testid="description-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!c) void tx.run(setDescriptionTx(api, pool.pid, value), 'description.label');
      }}
    >
      <Field label={t('description.field')} problem={problem}>
        {(id, d) => (
          <textarea
            id={id}
            rows={4}
            value={value}
            data-testid="description-input"
            aria-invalid={!!problem}
            aria-describedby={d}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </Field>
      <p className="hint">{t('description.hint')}</p>
      <h3>{t('description.preview')}</h3>
      <p className="description" data-testid="description-preview">
        {value}
      </p>
      <button type="submit" disabled={!canAct || !!c || tx.busy}>
        {t('description.submit')}
      </button>
      <TxOutcome record={tx.record} explain={(code) => explainError(t, code)} />
    </form>
  );
}

function WhitelistForm({ pool, canAct }: { pool: PoolSummary; canAct: boolean }) {
  const t = useOpT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const tx = useWalletTx(OP_MESSAGES);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<string[]>([]);
  const list = pool.whitelist ?? [];
  const c = checkWhitelistAdd(text, list, (a) => normaliseAddress(api, a));
  const problem = text === '' || c.ok ? undefined : checkText(t, c.problem, locale);
  const toRemove = picked.filter((a) => list.includes(a));
  return (
    <div data-testid="whitelist-form">
      <h3>{t('whitelist.title')}</h3>
      <p>{list.length === 0 ? t('whitelist.open') : t('whitelist.count', { n: String(list.length) })}</p>
      {list.length > 0 && (
        <ul data-testid="whitelist">
          {list.map((a) => (
            <li key={a}>
              <label className="mono">
                <input
                  type="checkbox"
                  checked={picked.includes(a)}
                  onChange={(e) =>
                    setPicked((p) => (e.target.checked ? [...p, a] : p.filter((x) => x !== a)))
                  }
                />{' '}
                {shortAddress(a)}
              </label>
            </li>
          ))}
        </ul>
      )}
      {list.length > 0 && (
        <ConfirmButton
          disabled={!canAct || toRemove.length === 0 || tx.busy}
          title={t('whitelist.removeLabel')}
          body={
            <p>
              {t(
                'confirm.whitelistRemove',
                formatParams({ accounts: { count: toRemove.length, noun: 'account' } }, locale),
              )}
            </p>
          }
          confirmLabel={t('confirm.yes')}
          onConfirm={() =>
            void tx
              .run(whitelistRemoveTx(api, pool.pid, toRemove), 'whitelist.removeLabel')
              .then(() => setPicked([]))
          }
        >
          {t('whitelist.remove', { n: String(toRemove.length) })}
        </ConfirmButton>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (c.ok)
            void tx
              .run(whitelistAddTx(api, pool.pid, c.add), 'whitelist.addLabel')
              .then(clearOnSuccess(setText));
        }}
      >
        <Field label={t('whitelist.field')} problem={problem}>
          {(id, d) => (
            <textarea
              id={id}
              rows={2}
              value={text}
              data-testid="whitelist-input"
              aria-invalid={!!problem}
              aria-describedby={d}
              onChange={(e) => setText(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={!canAct || !c.ok || tx.busy}>
          {t('whitelist.add')}
        </button>
      </form>
      <TxOutcome record={tx.record} explain={(code) => explainError(t, code)} />
    </div>
  );
}

export function SettingsPanel({ pool, canAct }: { pool: PoolSummary; canAct: boolean }) {
  const t = useOpT();
  return (
    <section className="card" data-testid="settings-panel">
      <h2>{t('settings.title')}</h2>
      <CommissionForm pool={pool} canAct={canAct} />
      <CommissionHistory pid={pool.pid} />
      <CapForm pool={pool} canAct={canAct} />
      <DescriptionForm pool={pool} canAct={canAct} />
      <WhitelistForm pool={pool} canAct={canAct} />
    </section>
  );
}
