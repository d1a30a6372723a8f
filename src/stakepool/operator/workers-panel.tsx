/**
 * Workers of a stake pool: register one (on a dev node `sim_startWorker` starts a simulated pRuntime that
 * attests through the relayer and asks the operator's key to add and start it; anywhere, paste the public
 * key of a worker already registered and add it), the monitor (state, V, Ve, P initial/instant, confidence,
 * stake, last heartbeat, rewards, V/rewards chart), start / restart with a stake between k·√P and the
 * Vmax bound (a stake typed before a language switch keeps its value: ui/amount-locale.ts; so does a
 * simulated worker's, read in the active language and sent as a plain decimal), and stop /
 * reclaim (after the cool-down countdown) / remove, for one worker or a selection. Labels say the stake
 * set and how many workers a batch acts on, in the reader's plural.
 */
import { lazy, Suspense, useState } from 'react';
import { useConnection } from '../../api/api-context.js';
import { useNowSecs } from '../../api/chain-time.js';
import type { PoolSummary } from '../../api/pools/pool-model.js';
import { useAmountFollowsLocale } from '../../ui/amount-locale.js';
import { ConfirmButton } from '../../ui/confirm-button.js';
import {
  formatCount,
  formatDuration,
  formatParams,
  formatPha,
  formatPhaExact,
  formatV,
  parsePha,
  shortAddress,
} from '../../ui/format.js';
import { useLocale } from '../../ui/i18n/i18n.js';
import { SectionBoundary } from '../../ui/section-boundary.js';
import { Skeleton } from '../../ui/skeleton.js';
import { TxOutcome } from '../../ui/tx-outcome.js';
import { clearOnSuccess, useWalletTx } from '../../ui/use-wallet-tx.js';
import {
  addWorkerTx,
  restartComputingTx,
  startComputingTx,
  type WorkerAction,
  workerActionTx,
} from './operator-calls.js';
import { checkPubkey, checkStake } from './operator-checks.js';
import {
  type ComputeParams,
  hasHeartbeat,
  heartbeatSecs,
  useComputeParams,
  useWorkers,
  type WorkerView,
} from './operator-queries.js';
import { startSimWorker } from './sim-worker.js';
import { maxStake, minStake } from './stake-bounds.js';
import { checkText, explainError, OP_MESSAGES, type OpT, useOpT } from './use-op-t.js';
import { useHasRpc } from './use-rpc-methods.js';
import { WorkerProgress } from './worker-progress.js';

/** `sim_startWorker`'s stake when none is given (PHA). */
const SIM_DEFAULT_STAKE = '5000';

const WorkerChart = lazy(() => import('./worker-chart.js'));

const computing = (w: WorkerView) => w.state === 'WorkerIdle' || w.state === 'WorkerUnresponsive';

function RegisterWorker({ pool, canAct }: { pool: PoolSummary; canAct: boolean }) {
  const t = useOpT();
  const { api, provider } = useConnection();
  const hasSim = useHasRpc('sim_startWorker');
  const tx = useWalletTx(OP_MESSAGES);
  const [pubkey, setPubkey] = useState('');
  const devName = tx.account?.source === 'dev' ? tx.account.name : undefined;
  const [suri, setSuri] = useState(devName ? `//${devName}` : '');
  const { locale } = useLocale();
  const [stake, setStake] = useState('');
  useAmountFollowsLocale(stake, setStake);
  const [sim, setSim] = useState<{ pubkey?: string; stake?: bigint; error?: string }>({});
  const key = checkPubkey(pubkey);
  const startSim = async () => {
    setSim({});
    try {
      // read in the active language (sim-worker.ts sends the node the plain decimal it parses)
      const typed = stake.trim() ? parsePha(stake.trim(), locale) : undefined;
      if (stake.trim() && !typed) throw new Error(t('check.number'));
      const out = await startSimWorker(provider, {
        operator: suri.trim(),
        pool: Number(pool.pid),
        stake: typed,
      });
      // without a stake, sim_startWorker's default (contracts §5)
      const planned = typed ?? parsePha(SIM_DEFAULT_STAKE, 'en') ?? 0n;
      setSim({ pubkey: out, stake: planned });
    } catch (err) {
      setSim({ error: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <div data-testid="register-worker">
      <h3>{t('register.title')}</h3>
      {hasSim && (
        <fieldset>
          <legend>{t('register.sim')}</legend>
          <p className="hint">{t('register.simHint')}</p>
          <label className="field">
            {t('register.suri')}
            <input value={suri} data-testid="sim-suri" onChange={(e) => setSuri(e.target.value)} />
          </label>
          <label className="field">
            {t('register.simStake')}
            <input value={stake} data-testid="sim-stake" onChange={(e) => setStake(e.target.value)} />
          </label>
          <button type="button" disabled={!canAct || !suri.trim()} onClick={() => void startSim()}>
            {t('register.simStart')}
          </button>
          {sim.pubkey && (
            <>
              <p data-testid="sim-started" className="mono">
                {t('register.simStarted', { pubkey: sim.pubkey })}
              </p>
              <WorkerProgress
                pool={pool}
                pubkey={sim.pubkey}
                stake={sim.stake ?? 0n}
                canAct={canAct}
                onRestartSim={() => void startSim()}
              />
            </>
          )}
          {sim.error && (
            <p className="problem" role="alert">
              {t('register.simError', { message: sim.error })}
            </p>
          )}
        </fieldset>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (key) void tx.run(addWorkerTx(api, pool.pid, key), 'register.addLabel');
        }}
      >
        <label className="field">
          {t('register.pubkey')}
          <input value={pubkey} data-testid="worker-pubkey" onChange={(e) => setPubkey(e.target.value)} />
        </label>
        {pubkey !== '' && !key && (
          <p className="problem" role="alert">
            {t('check.pubkey')}
          </p>
        )}
        <button type="submit" disabled={!canAct || !key || tx.busy}>
          {t('register.add')}
        </button>
      </form>
      <TxOutcome record={tx.record} explain={(c) => explainError(t, c)} />
    </div>
  );
}

function StakeForm({
  pool,
  worker,
  params,
  canAct,
}: {
  pool: PoolSummary;
  worker: WorkerView;
  params: ComputeParams;
  canAct: boolean;
}) {
  const t = useOpT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const tx = useWalletTx(OP_MESSAGES);
  const [text, setText] = useState('');
  useAmountFollowsLocale(text, setText);
  const p = worker.initialScore ?? worker.pInit;
  const min = minStake(params.stake, p);
  const max = maxStake(params.stake, p, worker.confidenceLevel);
  const restart = computing(worker);
  const c = checkStake(
    text,
    {
      min,
      max,
      free: pool.freeStake,
      ...(restart ? { current: worker.stake } : {}),
    },
    locale,
  );
  const problem = text === '' || c.ok ? undefined : checkText(t, c.problem, locale);
  const pha = (v: bigint) => formatPha(v, locale);
  return (
    <form
      data-testid="stake-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!c.ok) return;
        const call = restart
          ? restartComputingTx(api, pool.pid, worker.pubkey, c.amount)
          : startComputingTx(api, pool.pid, worker.pubkey, c.amount);
        void tx
          .run(call, restart ? 'stake.restartLabel' : 'stake.startLabel', { stake: c.amount })
          .then(clearOnSuccess(setText));
      }}
    >
      <p className="hint" data-testid="stake-bounds" data-min={min.toString()} data-max={max.toString()}>
        {t('stake.bounds', {
          min: pha(min),
          max: pha(max),
          p: formatCount(p, locale),
          level: formatCount(worker.confidenceLevel, locale),
        })}
      </p>
      <label className="field">
        {t(restart ? 'stake.restartField' : 'stake.field')}
        <input
          inputMode="decimal"
          value={text}
          data-testid="stake-input"
          aria-invalid={!!problem}
          onChange={(e) => setText(e.target.value)}
        />
      </label>
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <div className="controls">
        <button type="button" onClick={() => setText(formatPhaExact(min, locale))}>
          {t('stake.useMin')}
        </button>
        <button type="submit" disabled={!canAct || !c.ok || tx.busy}>
          {t(restart ? 'stake.restart' : 'stake.start')}
        </button>
      </div>
      <TxOutcome record={tx.record} explain={(code) => explainError(t, code)} />
    </form>
  );
}

function stateText(t: OpT, w: WorkerView): string {
  return t(`state.${w.state}`);
}

function WorkerRow({
  pool,
  worker: w,
  params,
  now,
  canAct,
  picked,
  onPick,
}: {
  pool: PoolSummary;
  worker: WorkerView;
  params: ComputeParams | null | undefined;
  now: number;
  canAct: boolean;
  picked: boolean;
  onPick(v: boolean): void;
}) {
  const t = useOpT();
  const { locale } = useLocale();
  const [open, setOpen] = useState(false);
  const cdLeft = params && w.coolingDown ? w.coolDownStart + params.coolDownSecs - now : 0;
  const hb = heartbeatSecs(w);
  return (
    <li className="card" data-testid="worker-card" data-state={w.state} data-pubkey={w.pubkey}>
      <label className="mono">
        <input type="checkbox" checked={picked} onChange={(e) => onPick(e.target.checked)} />{' '}
        {shortAddress(w.pubkey)}
      </label>{' '}
      <strong data-testid="worker-state">{stateText(t, w)}</strong>
      <dl className="stats">
        <div>
          <dt>{t('monitor.v')}</dt>
          <dd data-testid="worker-v">{formatV(w.v, locale)}</dd>
        </div>
        <div>
          <dt>{t('monitor.ve')}</dt>
          <dd>{formatV(w.ve, locale)}</dd>
        </div>
        <div>
          <dt>{t('monitor.p')}</dt>
          <dd>
            {formatCount(w.pInit, locale)} / {formatCount(w.pInstant, locale)}
          </dd>
        </div>
        <div>
          <dt>{t('monitor.confidence')}</dt>
          <dd>{w.confidenceLevel}</dd>
        </div>
        <div>
          <dt>{t('monitor.stake')}</dt>
          <dd data-testid="worker-stake" data-planck={w.stake.toString()}>
            {formatPha(w.stake, locale)} PHA
          </dd>
        </div>
        <div>
          <dt>{t('monitor.heartbeat')}</dt>
          <dd data-testid="worker-heartbeat" data-secs={String(hb)}>
            {hasHeartbeat(w)
              ? t('monitor.ago', { ago: formatDuration(now - hb, locale) })
              : t('monitor.never')}
          </dd>
        </div>
        <div>
          <dt>{t('monitor.rewards')}</dt>
          <dd data-testid="worker-rewards" data-planck={w.totalReward.toString()}>
            {formatPha(w.totalReward, locale)} PHA
          </dd>
        </div>
      </dl>
      {w.coolingDown && (
        <p data-testid="cooldown">
          {cdLeft > 0
            ? t('monitor.cooldown', { left: formatDuration(cdLeft, locale) })
            : t('monitor.reclaimable')}
        </p>
      )}
      {w.state === 'WorkerUnresponsive' && <p className="warning">{t('monitor.unresponsive')}</p>}
      {params && (w.state === 'Ready' || computing(w)) && (
        <StakeForm pool={pool} worker={w} params={params} canAct={canAct} />
      )}
      <button type="button" onClick={() => setOpen((o) => !o)}>
        {t(open ? 'monitor.hideChart' : 'monitor.showChart')}
      </button>
      {open && (
        <Suspense fallback={<Skeleton shape="section" />}>
          <SectionBoundary>
            <WorkerChart pubkey={w.pubkey} />
          </SectionBoundary>
        </Suspense>
      )}
    </li>
  );
}

/** A batch's workers as a label's raw parameter ("1 worker", "3 workers" in the reader's plural). */
const workerCount = (n: number) => ({ count: n, noun: 'worker' as const });

export function WorkersPanel({ pool, canAct }: { pool: PoolSummary; canAct: boolean }) {
  const t = useOpT();
  const { locale } = useLocale();
  const { api } = useConnection();
  const now = useNowSecs();
  const workers = useWorkers(pool).data ?? [];
  const params = useComputeParams().data;
  const tx = useWalletTx(OP_MESSAGES);
  const [picked, setPicked] = useState<string[]>([]);
  const sel = workers.filter((w) => picked.includes(w.pubkey));
  const eligible: Record<WorkerAction, WorkerView[]> = {
    stop: sel.filter((w) => computing(w) && !w.coolingDown),
    reclaim: sel.filter(
      (w) =>
        w.coolingDown &&
        params !== undefined &&
        params !== null &&
        w.coolDownStart + params.coolDownSecs <= now,
    ),
    remove: sel.filter((w) => w.state === 'Ready' || w.state === 'Unbound'),
  };
  const act = (a: WorkerAction) =>
    void tx
      .run(
        workerActionTx(
          api,
          pool.pid,
          a,
          eligible[a].map((w) => w.pubkey),
        ),
        `batch.${a}Label`,
        { workers: workerCount(eligible[a].length) },
      )
      .then(() => setPicked([]));
  return (
    <section className="card" data-testid="workers-panel">
      <h2>{t('workers.title', { n: String(workers.length) })}</h2>
      <RegisterWorker pool={pool} canAct={canAct} />
      {workers.length === 0 ? (
        <p className="empty">{t('workers.none')}</p>
      ) : (
        <>
          <div className="controls batch-actions" data-testid="batch-actions">
            {(['stop', 'reclaim', 'remove'] as const).map((a) => {
              const disabled =
                (a !== 'reclaim' && !canAct) || !tx.signable || eligible[a].length === 0 || tx.busy;
              const n = String(eligible[a].length);
              const workers = formatParams({ workers: workerCount(eligible[a].length) }, locale);
              return a === 'reclaim' ? (
                <button key={a} type="button" disabled={disabled} onClick={() => act(a)}>
                  {t('batch.reclaim', { n })}
                </button>
              ) : (
                <ConfirmButton
                  key={a}
                  disabled={disabled}
                  title={t(`batch.${a}Label`, workers)}
                  body={<p>{t(`confirm.${a}`, workers)}</p>}
                  confirmLabel={t('confirm.yes')}
                  onConfirm={() => act(a)}
                >
                  {t(`batch.${a}`, { n })}
                </ConfirmButton>
              );
            })}
          </div>
          <TxOutcome record={tx.record} explain={(c) => explainError(t, c)} />
          <ul className="worker-list" data-testid="worker-list">
            {workers.map((w) => (
              <WorkerRow
                key={w.pubkey}
                pool={pool}
                worker={w}
                params={params}
                now={now}
                canAct={canAct}
                picked={picked.includes(w.pubkey)}
                onPick={(v) => setPicked((p) => (v ? [...p, w.pubkey] : p.filter((x) => x !== w.pubkey)))}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
