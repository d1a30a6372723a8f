/**
 * The chain side of the delegator journey e2e, platform-neutral so it runs on a node's chain in Node and
 * on the embedded chain inside the page (imported there through the Vite dev server): the journey's pool
 * with a computing worker, the owner putting new stake to work with a Gatekeeper reward, and new stake
 * that pays out the withdraw queue. Each step ends with new blocks so subscribers see it.
 */
import type { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { createPool, dispatch, PHA, payReward, startWorker } from '../fixtures/seed-pools.js';

export const JOURNEY_POOL_DESCRIPTION = 'E2E pool: reliable workers';

export interface JourneyPool {
  pid: bigint;
  /** The pool's first worker (the Gatekeeper pays its rewards). */
  worker: string;
}

/** The journey's pool (owner //Alice, 5 % commission, //Bob's 3000 PHA at work) and one more. */
export async function seedJourney(chain: DevChain): Promise<JourneyPool> {
  const pid = createPool(chain, {
    description: JOURNEY_POOL_DESCRIPTION,
    commission: 50_000,
    delegations: [['//Bob', 3000n * PHA]],
  });
  createPool(chain, { owner: '//Bob', description: 'Another pool' });
  const worker = startWorker(chain, pid, '//Alice', 1, 3000n * PHA);
  await chain.newBlocks(1);
  return { pid, worker };
}

/** The owner stakes the delegated 2000 PHA on a second worker; the Gatekeeper pays 500 PHA. */
export async function putStakeToWork(chain: DevChain, pool: JourneyPool): Promise<void> {
  startWorker(chain, pool.pid, '//Alice', 2, 2000n * PHA);
  payReward(chain, pool.worker, 500n);
  await chain.newBlocks(2);
}

/** //Dave wraps and contributes 5000 PHA: the free stake pays out the withdraw queue. */
export async function newStake(chain: DevChain, pool: JourneyPool): Promise<void> {
  dispatch(chain, '//Dave', 'PhalaWrappedBalances.wrap', { amount: 5000n * PHA });
  dispatch(chain, '//Dave', 'PhalaStakePoolv2.contribute', {
    pid: pool.pid,
    amount: 5000n * PHA,
    as_vault: null,
  });
  await chain.newBlocks(1);
}
