/**
 * A new worker's way to computing as five stages — attested (its pRuntime produced the attestation),
 * registered (PhalaRegistry.Workers holds it), benchmarked (its initial score is set), added (assigned to
 * the pool) and computing (a session computing) — read from chain facts, with the stage that blocks
 * reported in words: the worker is in another pool, the operator key does not own the pool, or the pool's
 * free stake is short of the planned stake (and by how much). Pure: the hook reads the facts each block.
 */

export const STAGES = ['attested', 'registered', 'benchmarked', 'added', 'computing'] as const;
export type StageName = (typeof STAGES)[number];
export type StageStatus = 'done' | 'current' | 'pending' | 'failed';

export interface WorkerFacts {
  /** PhalaRegistry.Workers has the worker; its operator and initial score. */
  registered: boolean;
  operator: string | null;
  initialScore: number | null;
  /** PhalaStakePoolv2.WorkerAssignments: the pool it is in, or null. */
  assignedPool: bigint | null;
  /** Session state: Ready, WorkerIdle, WorkerUnresponsive, WorkerCoolingDown; null without a session. */
  sessionState: string | null;
}

export interface WorkerPlan {
  pool: bigint;
  poolOwner: string;
  /** The stake start_computing is asked for, and the pool's free stake now (planck). */
  stake: bigint;
  freeStake: bigint;
}

export type StageFailure =
  | { key: 'stage.fail.otherPool'; pool: bigint }
  | { key: 'stage.fail.notOwner'; operator: string }
  | { key: 'stage.fail.stakeShort'; stake: bigint; free: bigint; short: bigint }
  | { key: 'stage.fail.coolingDown' };

export interface Stage {
  name: StageName;
  status: StageStatus;
  failure?: StageFailure;
}

const COMPUTING = new Set(['WorkerIdle', 'WorkerUnresponsive']);

/** How far the facts got: the number of stages done (1 = attested only). */
function reached(f: WorkerFacts, plan: WorkerPlan): number {
  if (!f.registered) return 1;
  if (f.initialScore === null) return 2;
  if (f.assignedPool !== plan.pool) return 3;
  if (f.sessionState === null || !COMPUTING.has(f.sessionState)) return 4;
  return 5;
}

/** Why the current stage cannot complete, if the chain already says so. */
function blocker(stage: StageName, f: WorkerFacts, plan: WorkerPlan): StageFailure | undefined {
  if (stage === 'added') {
    if (f.assignedPool !== null && f.assignedPool !== plan.pool)
      return { key: 'stage.fail.otherPool', pool: f.assignedPool };
    if (f.operator !== null && f.operator !== plan.poolOwner)
      return { key: 'stage.fail.notOwner', operator: f.operator };
  }
  if (stage === 'computing') {
    if (f.sessionState === 'WorkerCoolingDown') return { key: 'stage.fail.coolingDown' };
    if (plan.freeStake < plan.stake)
      return {
        key: 'stage.fail.stakeShort',
        stake: plan.stake,
        free: plan.freeStake,
        short: plan.stake - plan.freeStake,
      };
  }
  return undefined;
}

export function workerStages(f: WorkerFacts, plan: WorkerPlan): Stage[] {
  const done = reached(f, plan);
  return STAGES.map((name, i): Stage => {
    if (i < done) return { name, status: 'done' };
    if (i > done) return { name, status: 'pending' };
    const failure = blocker(name, f, plan);
    return failure ? { name, status: 'failed', failure } : { name, status: 'current' };
  });
}

/** The stage a worker is at (the first not done), or null once computing. */
export const currentStage = (stages: readonly Stage[]): Stage | null =>
  stages.find((s) => s.status !== 'done') ?? null;
