/**
 * A new worker's stages from chain facts: each stage in order as the facts arrive, and each blocker in
 * words with its numbers (free stake short by exactly stake − free, another pool, another operator,
 * cooling down).
 */
import { describe, expect, it } from 'vitest';
import {
  currentStage,
  type WorkerFacts,
  type WorkerPlan,
  workerStages,
} from '../../src/stakepool/operator/worker-stages.js';

const PHA = 1_000_000_000_000n;
const plan: WorkerPlan = { pool: 7n, poolOwner: 'eve', stake: 5_000n * PHA, freeStake: 20_000n * PHA };
const none: WorkerFacts = {
  registered: false,
  operator: null,
  initialScore: null,
  assignedPool: null,
  sessionState: null,
};

const statuses = (f: WorkerFacts, p = plan) => workerStages(f, p).map((s) => s.status);

describe('worker stages', () => {
  it('walks attested → registered → benchmarked → added → computing as the chain gets there', () => {
    expect(statuses(none)).toEqual(['done', 'current', 'pending', 'pending', 'pending']);
    const registered = { ...none, registered: true, operator: 'eve' };
    expect(statuses(registered)).toEqual(['done', 'done', 'current', 'pending', 'pending']);
    const benchmarked = { ...registered, initialScore: 600 };
    expect(statuses(benchmarked)).toEqual(['done', 'done', 'done', 'current', 'pending']);
    const added = { ...benchmarked, assignedPool: 7n };
    expect(statuses(added)).toEqual(['done', 'done', 'done', 'done', 'current']);
    expect(statuses({ ...added, sessionState: 'Ready' })).toEqual([
      'done',
      'done',
      'done',
      'done',
      'current',
    ]);
    const computing = { ...added, sessionState: 'WorkerIdle' };
    expect(statuses(computing)).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(currentStage(workerStages(computing, plan))).toBeNull();
    expect(currentStage(workerStages(benchmarked, plan))?.name).toBe('added');
  });

  it('says by how much the free stake is short of the planned stake', () => {
    const added: WorkerFacts = {
      registered: true,
      operator: 'eve',
      initialScore: 600,
      assignedPool: 7n,
      sessionState: null,
    };
    for (const free of [0n, 1n, 4_999n * PHA, 5_000n * PHA - 1n]) {
      const stage = currentStage(workerStages(added, { ...plan, freeStake: free }));
      expect(stage?.status).toBe('failed');
      expect(stage?.failure).toEqual({
        key: 'stage.fail.stakeShort',
        stake: plan.stake,
        free,
        short: plan.stake - free,
      });
    }
    expect(currentStage(workerStages(added, { ...plan, freeStake: plan.stake }))?.status).toBe('current');
  });

  it('reports a worker in another pool, another operator and a cooling-down session', () => {
    const benchmarked: WorkerFacts = {
      registered: true,
      operator: 'eve',
      initialScore: 600,
      assignedPool: null,
      sessionState: null,
    };
    expect(currentStage(workerStages({ ...benchmarked, assignedPool: 3n }, plan))?.failure).toEqual({
      key: 'stage.fail.otherPool',
      pool: 3n,
    });
    expect(currentStage(workerStages({ ...benchmarked, operator: 'bob' }, plan))?.failure).toEqual({
      key: 'stage.fail.notOwner',
      operator: 'bob',
    });
    expect(
      currentStage(
        workerStages({ ...benchmarked, assignedPool: 7n, sessionState: 'WorkerCoolingDown' }, plan),
      )?.failure,
    ).toEqual({ key: 'stage.fail.coolingDown' });
  });
});
