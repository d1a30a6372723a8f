/**
 * A started worker's progress as five stages from the chain (worker-stages.ts): each stage done, current
 * or blocked, the block said in words with its numbers, and a retry that does the stage's step again —
 * start the simulated worker (registration and benchmark are its own), add it to the pool, or start
 * computing with the planned stake from the wallet once the pool's free stake covers it.
 */
import { useConnection } from '../../api/api-context.js';
import type { PoolSummary } from '../../api/pools/pool-model.js';
import { formatPha, shortAddress } from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { TxOutcome } from '../../ui/tx-outcome.js';
import { useWalletTx } from '../../ui/use-wallet-tx.js';
import { addWorkerTx, startComputingTx } from './operator-calls.js';
import { explainError, OP_MESSAGES, useOpT } from './use-op-t.js';
import { useWorkerFacts } from './use-worker-facts.js';
import { currentStage, type Stage, type StageFailure, workerStages } from './worker-stages.js';

function FailureText({ failure: f }: { failure: StageFailure }) {
  const t = useOpT();
  const { locale } = useLocale();
  const pha = (v: bigint) => formatPha(v, locale);
  switch (f.key) {
    case 'stage.fail.stakeShort':
      return <>{t(f.key, { stake: pha(f.stake), free: pha(f.free), short: pha(f.short) })}</>;
    case 'stage.fail.otherPool':
      return <>{t(f.key, { pool: f.pool.toString() })}</>;
    case 'stage.fail.notOwner':
      return <>{t(f.key, { operator: shortAddress(f.operator) })}</>;
    case 'stage.fail.coolingDown':
      return <>{t(f.key)}</>;
  }
}

export function WorkerProgress({
  pool,
  pubkey,
  stake,
  onRestartSim,
  canAct,
}: {
  pool: PoolSummary;
  pubkey: string;
  /** The stake start_computing is asked for (planck). */
  stake: bigint;
  /** Sends sim_startWorker again (idempotent: the same worker). */
  onRestartSim(): void;
  canAct: boolean;
}) {
  const t = useOpT();
  const { api } = useConnection();
  const tx = useWalletTx(OP_MESSAGES);
  const facts = useWorkerFacts(pubkey);
  if (!facts.data) return null;
  const stages = workerStages(facts.data, {
    pool: pool.pid,
    poolOwner: pool.owner,
    stake,
    freeStake: pool.freeStake,
  });
  const current = currentStage(stages);
  const retry = (s: Stage) => {
    if (s.name === 'computing')
      void tx.run(startComputingTx(api, pool.pid, pubkey, stake), 'stake.startLabel', { stake });
    else if (s.name === 'added') void tx.run(addWorkerTx(api, pool.pid, pubkey), 'register.addLabel');
    else onRestartSim();
  };
  const blocked =
    current?.failure?.key === 'stage.fail.stakeShort' || current?.failure?.key === 'stage.fail.otherPool';
  return (
    <div className="worker-progress" data-testid="worker-progress" data-stage={current?.name ?? 'done'}>
      <ol className="stages">
        {stages.map((s) => (
          <li
            key={s.name}
            data-testid={`stage-${s.name}`}
            data-status={s.status}
            className={`stage ${s.status}`}
          >
            <span aria-hidden="true">
              {s.status === 'done' ? '✓' : s.status === 'failed' ? '!' : s.status === 'current' ? '…' : '○'}
            </span>{' '}
            <strong>{t(`stage.${s.name}`)}</strong> — {t(`stage.status.${s.status}`)}
            {s.status === 'current' && <span className="hint"> {t(`stage.${s.name}.doing`)}</span>}
            {s.failure && (
              <p className="problem" role="alert" data-testid="stage-failure" data-failure={s.failure.key}>
                <FailureText failure={s.failure} />
              </p>
            )}
          </li>
        ))}
      </ol>
      {current && (
        <p>
          <button
            type="button"
            data-testid="stage-retry"
            disabled={!canAct || tx.busy || blocked}
            onClick={() => retry(current)}
          >
            {t('stage.retry')}
          </button>{' '}
          <span className="hint">{t(`stage.${current.name}.retryHint`)}</span>
        </p>
      )}
      <TxOutcome record={tx.record} explain={(c) => explainError(t, c)} />
    </div>
  );
}
