/**
 * The dev-profile benchmark duration of simulated workers (worker-agent.ts `DEV_BENCHMARK_BLOCKS`): on a
 * `dev` chain a worker started by the actor supervisor has its initial score one block after the chain's
 * BenchStart and computes a few blocks after registration; on a `production` chain it waits the chain's
 * BenchmarkDuration (50 blocks) as Phala's pRuntime does.
 */
import { describe, expect, it } from 'vitest';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import type { Profile } from '../../src/pallets-mock/frame/profile.js';
import { Sessions, WorkerBindings } from '../../src/pallets-mock/pallets/phala-computation/index.js';
import { Workers } from '../../src/pallets-mock/pallets/phala-registry/storage.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { poolWithSimWorker } from '../fixtures/sim-worker-pool.js';

/** Blocks from the worker's start to its registration, its score and computing. */
async function milestones(profile: Profile) {
  await cryptoReady();
  const chain = new DevChain({ mode: 'Manual', profile });
  const { actors, pubkey } = await poolWithSimWorker(chain);
  const start = chain.best;
  const at: { registered?: bigint; scored?: bigint; computing?: bigint } = {};
  for (let i = 0; i < 80 && at.computing === undefined; i++) {
    await chain.newBlocks(1);
    chain.atBlock(undefined, () => {
      const w = Workers.tryGet(pubkey);
      if (w && at.registered === undefined) at.registered = chain.best - start;
      if (w?.initialScore != null && at.scored === undefined) at.scored = chain.best - start;
      const s = WorkerBindings.tryGet(pubkey);
      if (s !== undefined && Sessions.tryGet(s)?.state.type === 'WorkerIdle')
        at.computing = chain.best - start;
    });
  }
  actors.stop();
  chain.stop();
  return at;
}

describe('dev-profile benchmark duration', () => {
  it('dev: scored right after registration, computing within a few blocks', async () => {
    const at = await milestones('dev');
    expect(at.registered).toBeDefined();
    expect(at.scored).toBeDefined();
    expect(Number((at.scored ?? 999n) - (at.registered ?? 0n))).toBeLessThanOrEqual(3);
    expect(Number(at.computing ?? 999n)).toBeLessThanOrEqual(10);
  });

  it('production: the chain’s 50-block benchmark', async () => {
    const at = await milestones('production');
    expect(at.scored).toBeDefined();
    expect(Number((at.scored ?? 999n) - (at.registered ?? 0n))).toBeGreaterThanOrEqual(50);
  });
});
