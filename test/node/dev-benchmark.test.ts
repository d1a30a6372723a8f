/**
 * The dev-profile benchmark duration of simulated workers (worker-agent.ts `DEV_BENCHMARK_BLOCKS`): on a
 * `dev` chain a worker started by the actor supervisor has its initial score one block after the chain's
 * BenchStart and computes a few blocks after registration; on a `production` chain it waits the chain's
 * BenchmarkDuration (50 blocks) as Phala's pRuntime does.
 */
import { describe, expect, it } from 'vitest';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import type { Profile } from '../../src/pallets-mock/frame/profile.js';
import { ActorSupervisor } from '../../src/pallets-mock/offchain/actor-supervisor.js';
import { submitLocal } from '../../src/pallets-mock/offchain/tx-signer.js';
import { Sessions, WorkerBindings } from '../../src/pallets-mock/pallets/phala-computation/index.js';
import { Workers } from '../../src/pallets-mock/pallets/phala-registry/storage.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { PHA } from '../../src/primitives/fixed.js';

const c = (pallet: string, name: string, value: Record<string, unknown> = {}) => ({
  type: pallet,
  value: { type: name, value },
});

/** Blocks from the worker's start to its registration, its score and computing. */
async function milestones(profile: Profile) {
  await cryptoReady();
  const chain = new DevChain({ mode: 'Manual', profile });
  const actors = new ActorSupervisor(chain);
  actors.start();
  submitLocal(chain, '//Alice', c('PhalaStakePoolv2', 'create'));
  submitLocal(chain, '//Alice', c('PhalaWrappedBalances', 'wrap', { amount: 50_000n * PHA }));
  await chain.newBlocks(1);
  submitLocal(
    chain,
    '//Alice',
    c('PhalaStakePoolv2', 'contribute', { pid: 0n, amount: 30_000n * PHA, as_vault: null }),
  );
  await chain.newBlocks(1);
  const pubkey = actors.startWorker({ operator: '//Alice', pool: 0n, stake: 5_000n * PHA });
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
