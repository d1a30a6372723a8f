/**
 * The pool's earnings so far, split as the chain pays them: the workers' settled payouts (Σ of their
 * sessions' total reward, the part of the budget that reaches the pool) plus the Treasury's part (the
 * chain's `treasury_ratio`, 20 % on Khala: then a quarter of the payout), the owner's commission
 * (cumulative owner rewards from the history API when present, otherwise commission × payout), and the
 * rest compounding for delegators. Shown as numbers and a bar. The owner's part is in W-PHA, as the chain
 * mints it to the owner-reward account (StakePoolv2 `handle_pool_new_reward`) and the card above shows it.
 */
import type { PoolSummary } from '../../api/pools/pool-model.js';
import { formatPermill, formatPha } from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import type { WorkerView } from './operator-queries.js';
import { useOpT } from './use-op-t.js';

export interface Split {
  treasury: bigint;
  owner: bigint;
  delegators: bigint;
}

/**
 * A payout split by commission (Permill), with the Treasury's part for `treasuryPermill` of the budget (the
 * payout being the rest of it); `ownerSoFar` replaces the commission's estimate when the history knows it.
 */
export function earningsSplit(
  payout: bigint,
  commission: number,
  ownerSoFar: bigint | null,
  treasuryPermill: bigint,
): Split {
  const owner = ownerSoFar ?? (payout * BigInt(commission)) / 1_000_000n;
  const capped = owner > payout ? payout : owner;
  const poolPermill = 1_000_000n - treasuryPermill;
  const treasury = poolPermill > 0n ? (payout * treasuryPermill) / poolPermill : 0n;
  return { treasury, owner: capped, delegators: payout - capped };
}

export function EarningsSplit({
  pool,
  workers,
  treasuryPermill,
}: {
  pool: PoolSummary;
  workers: readonly WorkerView[];
  treasuryPermill: bigint;
}) {
  const t = useOpT();
  const { locale } = useLocale();
  const payout = workers.reduce((s, w) => s + w.totalReward, 0n);
  const split = earningsSplit(payout, pool.commission, null, treasuryPermill);
  const total = split.treasury + split.owner + split.delegators;
  /** Each part's share of the total, in Permill (exact, truncated). */
  const share = (v: bigint) => (total === 0n ? 0n : (v * 1_000_000n) / total);
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
              <span key={k} style={{ width: `${Number(share(v)) / 10_000}%`, background: color }} />
            ))}
          </div>
          <ul>
            {parts.map(([k, v]) => (
              <li key={k} data-testid={`split-${k}`} data-planck={v.toString()}>
                {t(`split.${k}`, {
                  amount: formatPha(v, locale),
                  pct: formatPermill(share(v), locale),
                  treasury: formatPermill(treasuryPermill, locale),
                })}
              </li>
            ))}
          </ul>
          <p className="hint">{t('split.estimated')}</p>
        </>
      )}
    </div>
  );
}
