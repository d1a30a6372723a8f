/**
 * Withdraw-queue pressure: the value delegators wait for against the pool's free stake and the stake
 * already releasing from cooling-down workers; the critical time (oldest request + grace period) after
 * which anyone may force-stop every worker (`check_and_maybe_force_withdraw`); and which workers to stop
 * now to cover the shortfall (largest stakes first, fewest workers).
 */
import { useConnection } from '../../api/api-context.js';
import { chainConstants } from '../../api/chain-constants.js';
import { useNowSecs } from '../../api/chain-time.js';
import type { PoolSummary } from '../../api/pools/pool-model.js';
import { formatDuration, formatPha, shortAddress } from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { TxOutcome } from '../../ui/tx-outcome.js';
import { useWalletTx } from '../../ui/use-wallet-tx.js';
import { forceWithdrawCheckTx } from './operator-calls.js';
import { useQueuedValues, useWorkers, type WorkerView } from './operator-queries.js';
import { explainError, OP_MESSAGES, useOpT } from './use-op-t.js';

export interface Pressure {
  queued: bigint;
  releasing: bigint;
  shortfall: bigint;
  /** Unix seconds; null without a queue. */
  criticalAt: number | null;
  toStop: WorkerView[];
}

export function queuePressure(
  queue: readonly { startTime: number; value: bigint }[],
  free: bigint,
  workers: readonly WorkerView[],
  graceSecs: number,
): Pressure {
  const queued = queue.reduce((s, q) => s + q.value, 0n);
  const releasing = workers.filter((w) => w.coolingDown).reduce((s, w) => s + w.stake, 0n);
  const gap = queued - free - releasing;
  const shortfall = gap > 0n ? gap : 0n;
  const oldest = queue.reduce<number | null>(
    (m, q) => (m === null || q.startTime < m ? q.startTime : m),
    null,
  );
  const toStop: WorkerView[] = [];
  if (shortfall > 0n) {
    const computing = workers
      .filter((w) => !w.coolingDown && (w.state === 'WorkerIdle' || w.state === 'WorkerUnresponsive'))
      .sort((a, b) => (a.stake < b.stake ? 1 : a.stake > b.stake ? -1 : 0));
    let covered = 0n;
    for (const w of computing) {
      if (covered >= shortfall) break;
      toStop.push(w);
      covered += w.stake;
    }
  }
  return { queued, releasing, shortfall, criticalAt: oldest === null ? null : oldest + graceSecs, toStop };
}

export function QueuePressure({ pool }: { pool: PoolSummary }) {
  const t = useOpT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const now = useNowSecs();
  const queue = useQueuedValues(pool).data ?? [];
  const workers = useWorkers(pool).data ?? [];
  const tx = useWalletTx(OP_MESSAGES);
  const p = queuePressure(queue, pool.freeStake, workers, chainConstants(api).gracePeriodSecs);
  const pha = (v: bigint) => `${formatPha(v, locale)} PHA`;
  return (
    <section className="card" data-testid="queue-pressure">
      <h2>{t('queue.title')}</h2>
      {queue.length === 0 ? (
        <p className="empty">{t('queue.empty')}</p>
      ) : (
        <>
          <p data-testid="queue-numbers">
            {t('queue.numbers', {
              queued: pha(p.queued),
              free: pha(pool.freeStake),
              releasing: pha(p.releasing),
            })}
          </p>
          {p.criticalAt !== null && (
            <p data-testid="queue-critical">
              {p.criticalAt > now
                ? t('queue.criticalIn', { left: formatDuration(p.criticalAt - now, locale) })
                : t('queue.criticalPassed')}
            </p>
          )}
          {p.shortfall > 0n ? (
            <div data-testid="queue-advice">
              <p>{t('queue.shortfall', { amount: pha(p.shortfall) })}</p>
              {p.toStop.length > 0 ? (
                <ul>
                  {p.toStop.map((w) => (
                    <li key={w.pubkey} className="mono">
                      {t('queue.stopThis', { worker: shortAddress(w.pubkey), stake: pha(w.stake) })}
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t('queue.waitReleasing')}</p>
              )}
            </div>
          ) : (
            <p>{t('queue.covered')}</p>
          )}
          {p.criticalAt !== null && p.criticalAt <= now && (
            <button
              type="button"
              disabled={!tx.signable || tx.busy}
              onClick={() => void tx.run(forceWithdrawCheckTx(api, pool.pid), 'queue.forceLabel')}
            >
              {t('queue.force')}
            </button>
          )}
          <TxOutcome record={tx.record} explain={(c) => explainError(t, c)} />
        </>
      )}
    </section>
  );
}
