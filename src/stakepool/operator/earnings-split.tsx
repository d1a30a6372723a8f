/**
 * The pool's earnings so far, split as the chain pays them: the workers' settled payouts (Σ of their
 * sessions' total reward, the 80% that reaches the pool) plus the Treasury's 20% of the budget (a quarter
 * of the payout), the owner's commission (cumulative owner rewards from the history API when present,
 * otherwise commission × payout), and the rest compounding for delegators. Shown as numbers and a bar.
 */
import type { PoolSummary } from '../../api/pools/pool-model.js';
import { formatPercent, formatPha } from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import type { WorkerView } from './operator-queries.js';
import { useOpT } from './use-op-t.js';

export interface Split {
  treasury: bigint;
  owner: bigint;
  delegators: bigint;
}

export function earningsSplit(payout: bigint, commission: number, ownerSoFar: bigint | null): Split {
  const owner = ownerSoFar ?? (payout * BigInt(commission)) / 1_000_000n;
  const capped = owner > payout ? payout : owner;
  return { treasury: payout / 4n, owner: capped, delegators: payout - capped };
}

export function EarningsSplit({ pool, workers }: { pool: PoolSummary; workers: readonly WorkerView[] }) {
  const t = useOpT();
  const { locale } = useLocale();
  const payout = workers.reduce((s, w) => s + w.totalReward, 0n);
  const split = earningsSplit(payout, pool.commission, null);
  const total = split.treasury + split.owner + split.delegators;
  const pct = (v: bigint) => (total === 0n ? 0 : Number((v * 10_000n) / total) / 100);
  const parts = [
    ['treasury', split.treasury, '#999'],
    ['owner', split.owner, '#7b5cff'],
    ['delegators', split.delegators, '#1aa37a'],
  ] as const;
  return (
    <div data-testid="earnings-split">
      <h3>{t('split.title')}</h3>
      {total === 0n ? (
        <p className="empty">{t('split.none')}</p>
      ) : (
        <>
          <div
            className="split-bar"
            role="img"
            aria-label={t('split.title')}
            style={{ display: 'flex', height: 12 }}
          >
            {parts.map(([k, v, color]) => (
              <span key={k} style={{ width: `${pct(v)}%`, background: color }} />
            ))}
          </div>
          <ul>
            {parts.map(([k, v]) => (
              <li key={k} data-testid={`split-${k}`} data-planck={v.toString()}>
                {t(`split.${k}`, { amount: formatPha(v, locale), pct: formatPercent(pct(v) / 100, locale) })}
              </li>
            ))}
          </ul>
          <p className="hint">{t('split.estimated')}</p>
        </>
      )}
    </div>
  );
}
