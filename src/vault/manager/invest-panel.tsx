/**
 * Investing the vault's free stake: every stake pool with its estimated APR, room under its cap and the
 * vault's current position side by side, a pool whose whitelist leaves the vault out marked so;
 * `contribute(pid, amount, Some(vault))` to invest (at least the minimum contribution, within the vault's
 * free stake and the pool's room, in a pool open to the vault's account) and
 * `withdraw(pid, shares, Some(vault))` to take a position back by amount (divest-plan.ts), its value as the
 * chain pays it shown before signing; "Whole position" fills in the position's exact value, which withdraws
 * every share (no dust left). The amount empties once either transaction is finalized, and keeps
 * its value across a language switch (amount-locale.ts).
 */
import { useState } from 'react';
import { useConnection } from '../../api/api-context.js';
import { chainConstants } from '../../api/chain-constants.js';
import { mayContribute } from '../../api/pools/delegate-plan.js';
import { capacityLeft, type PoolSummary } from '../../api/pools/pool-model.js';
import { usePoolIndex } from '../../api/pools/use-pools.js';
import { useAmountFollowsLocale } from '../../ui/amount-locale.js';
import { formatApr, formatPha, formatPhaExact, parsePha } from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { TableHead } from '../../ui/table-head.js';
import { TxOutcome } from '../../ui/tx-outcome.js';
import { clearOnSuccess, useWalletTx } from '../../ui/use-wallet-tx.js';
import { planDivest } from './divest-plan.js';
import { divestTx, investTx } from './manager-calls.js';
import { useVaultInvestments } from './manager-queries.js';
import { explainMgrError, MGR_MESSAGES, useMgrT } from './use-mgr-t.js';

export function InvestPanel({ vault, canAct }: { vault: PoolSummary; canAct: boolean }) {
  const t = useMgrT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const index = usePoolIndex();
  const pools = index.list.filter((p) => p.kind === 'StakePool');
  const positions = useVaultInvestments(vault).data?.nfts ?? [];
  const tx = useWalletTx(MGR_MESSAGES);
  const [pid, setPid] = useState('');
  const [amount, setAmount] = useState('');
  useAmountFollowsLocale(amount, setAmount);
  const pool = pools.find((p) => p.pid.toString() === pid);
  const value = parsePha(amount, locale);
  const min = chainConstants(api).minContribution;
  const room = pool ? capacityLeft(pool) : null;
  const position = positions.find((n) => n.pid.toString() === pid);
  const pha = (v: bigint) => `${formatPha(v, locale)} PHA`;
  const problem =
    amount === '' || !pool
      ? undefined
      : value === undefined || value === 0n
        ? t('check.amount')
        : !mayContribute(pool, vault.poolAccount)
          ? t('check.whitelist')
          : value < min
            ? t('check.min', { min: pha(min) })
            : value > vault.freeStake
              ? t('check.free', { free: pha(vault.freeStake) })
              : room !== null && value > room
                ? t('check.room', { room: pha(room) })
                : undefined;
  const divest = amount === '' || !pool ? undefined : planDivest(pool, value, position);
  const withdrawProblem =
    !divest || divest.ok
      ? undefined
      : divest.problem === 'check.position'
        ? t('check.position', { value: pha(divest.value) })
        : t(divest.problem);
  return (
    <section className="card" data-testid="invest-panel">
      <h2>{t('invest.title')}</h2>
      <p>{t('invest.free', { free: pha(vault.freeStake) })}</p>
      <div className="table-wrap">
        <table className="cards-on-phone">
          <TableHead
            columns={[
              { label: t('invest.pool') },
              { label: t('invest.apr'), num: true },
              { label: t('invest.room'), num: true },
              { label: t('invest.position'), num: true },
            ]}
          />
          <tbody>
            {pools.map((p) => {
              const r = capacityLeft(p);
              const pos = positions.find((n) => n.pid === p.pid);
              return (
                <tr key={p.pid.toString()} data-testid="invest-row">
                  <td>
                    <label>
                      <input
                        type="radio"
                        name="invest-pool"
                        value={p.pid.toString()}
                        checked={pid === p.pid.toString()}
                        onChange={() => setPid(p.pid.toString())}
                      />{' '}
                      #{p.pid.toString()}
                    </label>{' '}
                    {!mayContribute(p, vault.poolAccount) && (
                      <span className="badge" data-testid="invest-whitelisted" title={t('check.whitelist')}>
                        {t('invest.whitelisted')}
                      </span>
                    )}
                  </td>
                  <td className="num" data-label={t('invest.apr')}>
                    {formatApr(index.apr(p), locale)}
                  </td>
                  <td className="num" data-label={t('invest.room')}>
                    {r === null ? t('invest.noCap') : pha(r)}
                  </td>
                  <td
                    className="num"
                    data-label={t('invest.position')}
                    data-testid="invest-position"
                    data-planck={(pos?.value ?? 0n).toString()}
                  >
                    {pos ? pha(pos.value) : '–'}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <label>
        {t('invest.amount')}{' '}
        <input
          value={amount}
          inputMode="decimal"
          data-testid="invest-amount"
          onChange={(e) => setAmount(e.target.value)}
        />
      </label>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <div className="controls">
        <button
          type="button"
          disabled={!canAct || !pool || !value || !!problem || tx.busy}
          onClick={() =>
            pool &&
            value &&
            void tx
              .run(investTx(api, vault.pid, pool.pid, value), 'invest.label', { amount: value, pid })
              .then(clearOnSuccess(setAmount))
          }
        >
          {t('invest.invest')}
        </button>
        <button
          type="button"
          disabled={!canAct || !pool || !divest?.ok || tx.busy}
          onClick={() =>
            pool &&
            divest?.ok &&
            void tx
              .run(divestTx(api, vault.pid, pool.pid, divest.shares), 'invest.withdrawLabel', {
                amount: divest.value,
                pid,
              })
              .then(clearOnSuccess(setAmount))
          }
        >
          {t('invest.withdraw')}
        </button>
        <button
          type="button"
          disabled={!position || position.value === 0n}
          onClick={() => position && setAmount(formatPhaExact(position.value, locale))}
        >
          {t('invest.withdrawAll')}
        </button>
      </div>
      {withdrawProblem && <p className="hint">{withdrawProblem}</p>}
      {divest?.ok && (
        <p className="hint" data-testid="divest-value" data-planck={divest.value.toString()}>
          {t('invest.withdrawValue', { value: pha(divest.value) })}
        </p>
      )}
      <TxOutcome record={tx.record} explain={(c) => explainMgrError(t, c)} />
    </section>
  );
}
