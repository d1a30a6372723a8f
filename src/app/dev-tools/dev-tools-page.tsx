/**
 * The dev tools page (`#/dev`), offered only where the endpoint serves the dev RPCs (a node started with
 * `--dev`, and the built-in chain): advance N blocks, jump the chain's clock by hours or days, fund an
 * account, start a simulated worker (when `sim_startWorker` is served). Each form says what happened.
 * The PHA amounts are read in the active language and keep their value across a language switch
 * (ui/amount-locale.ts); the worker's stake reaches `sim_startWorker` as the plain decimal it expects
 * (stakepool/operator/sim-worker.ts).
 */
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useConnection } from '../../api/api-context.js';
import { startSimWorker } from '../../stakepool/operator/sim-worker.js';
import { useHasRpc } from '../../stakepool/operator/use-rpc-methods.js';
import { useAmountFollowsLocale } from '../../ui/amount-locale.js';
import { formatCount, formatDateTime, formatPha, parsePha } from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { normaliseAddress } from '../../wallet/address.js';
import { useSelectedAccount } from '../../wallet/wallet-context.js';
import { advanceBlocks, DAY_MS, fundAccount, HOUR_MS, jumpTime } from './dev-actions.js';
import { useDevT } from './messages.js';

const MAX_BLOCKS = 10_000;

type Outcome = { ok: true; text: string } | { ok: false; text: string } | undefined;

/** A titled form that runs `run` (which returns the success text or throws the error text). */
function DevForm({
  title,
  submit,
  run,
  children,
  testId,
}: {
  title: string;
  submit: string;
  run: () => Promise<string>;
  children: ReactNode;
  testId: string;
}) {
  const t = useDevT();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome({ ok: true, text: await run() });
    } catch (err) {
      setOutcome({ ok: false, text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="card" onSubmit={(e) => void onSubmit(e)} data-testid={testId}>
      <h3>{title}</h3>
      {children}
      <button type="submit" disabled={busy}>
        {busy ? t('working') : submit}
      </button>
      {outcome?.ok && <output data-testid="dev-result">{outcome.text}</output>}
      {outcome && !outcome.ok && <p role="alert">{outcome.text}</p>}
    </form>
  );
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

/** Turns a refused RPC into the page's words. */
const refused = (t: ReturnType<typeof useDevT>, err: unknown): Error =>
  new Error(t('error.rpc', { message: err instanceof Error ? err.message : String(err) }));

export function DevToolsPage() {
  const t = useDevT();
  const { locale } = useLocale();
  const { api, provider } = useConnection();
  const hasSim = useHasRpc('sim_startWorker');
  const selected = useSelectedAccount();
  const [count, setCount] = useState('10');
  const [amount, setAmount] = useState('1');
  const [unit, setUnit] = useState<'hours' | 'days'>('days');
  const [address, setAddress] = useState(selected?.address ?? '');
  const [fund, setFund] = useState('10000');
  const [pool, setPool] = useState('0');
  const [operator, setOperator] = useState('//demo/owner/0');
  const [stake, setStake] = useState('5000');
  useAmountFollowsLocale(fund, setFund);
  useAmountFollowsLocale(stake, setStake);

  const guard = async <T,>(op: () => Promise<T>): Promise<T> => {
    try {
      return await op();
    } catch (err) {
      throw refused(t, err);
    }
  };

  return (
    <section data-testid="dev-tools">
      <h2>{t('title')}</h2>
      <p>{t('intro')}</p>
      <div className="columns">
        <DevForm
          title={t('blocks.title')}
          submit={t('blocks.submit')}
          testId="dev-blocks"
          run={async () => {
            const n = Number(count);
            if (!Number.isSafeInteger(n) || n < 1 || n > MAX_BLOCKS)
              throw new Error(t('error.count', { max: MAX_BLOCKS }));
            const best = await guard(() => advanceBlocks(api, provider, n));
            return t('blocks.done', { best: formatCount(best, locale) });
          }}
        >
          <Field label={t('blocks.count')}>
            {(id) => (
              <input id={id} inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} />
            )}
          </Field>
        </DevForm>
        <DevForm
          title={t('time.title')}
          submit={t('time.submit')}
          testId="dev-time"
          run={async () => {
            const n = Number(amount.replace(',', '.'));
            if (!Number.isFinite(n) || n <= 0) throw new Error(t('error.amount'));
            const ms = Math.round(n * (unit === 'days' ? DAY_MS : HOUR_MS));
            const { nowMs, best } = await guard(() => jumpTime(api, provider, ms));
            return t('time.done', { date: formatDateTime(nowMs, locale), best: formatCount(best, locale) });
          }}
        >
          <Field label={t('time.amount')}>
            {(id) => (
              <input id={id} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
            )}
          </Field>
          <Field label={t('time.unit')}>
            {(id) => (
              <select id={id} value={unit} onChange={(e) => setUnit(e.target.value as 'hours' | 'days')}>
                <option value="hours">{t('time.hours')}</option>
                <option value="days">{t('time.days')}</option>
              </select>
            )}
          </Field>
        </DevForm>
        <DevForm
          title={t('fund.title')}
          submit={t('fund.submit')}
          testId="dev-fund"
          run={async () => {
            const who = normaliseAddress(api, address);
            if (!who) throw new Error(t('error.address'));
            const planck = parsePha(fund, locale);
            if (!planck) throw new Error(t('error.amount'));
            const free = await guard(() => fundAccount(api, provider, who, planck));
            return t('fund.done', { amount: formatPha(planck, locale), free: formatPha(free, locale) });
          }}
        >
          <Field label={t('fund.address')}>
            {(id) => <input id={id} value={address} onChange={(e) => setAddress(e.target.value)} />}
          </Field>
          <Field label={t('fund.amount')}>
            {(id) => (
              <input id={id} inputMode="decimal" value={fund} onChange={(e) => setFund(e.target.value)} />
            )}
          </Field>
        </DevForm>
        {hasSim && (
          <DevForm
            title={t('worker.title')}
            submit={t('worker.submit')}
            testId="dev-worker"
            run={async () => {
              if (!/^\d+$/.test(pool.trim())) throw new Error(t('error.pool'));
              if (!operator.trim()) throw new Error(t('error.operator'));
              const planck = parsePha(stake, locale);
              if (!planck) throw new Error(t('error.amount'));
              const pubkey = await guard(() =>
                startSimWorker(provider, {
                  pool: Number(pool),
                  operator: operator.trim(),
                  stake: planck,
                }),
              );
              return t('worker.done', { pubkey });
            }}
          >
            <Field label={t('worker.pool')}>
              {(id) => (
                <input id={id} inputMode="numeric" value={pool} onChange={(e) => setPool(e.target.value)} />
              )}
            </Field>
            <Field label={t('worker.operator')}>
              {(id) => <input id={id} value={operator} onChange={(e) => setOperator(e.target.value)} />}
            </Field>
            <Field label={t('worker.stake')}>
              {(id) => (
                <input id={id} inputMode="decimal" value={stake} onChange={(e) => setStake(e.target.value)} />
              )}
            </Field>
          </DevForm>
        )}
      </div>
    </section>
  );
}
