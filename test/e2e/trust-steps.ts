/**
 * Steps the trust e2e runs inside the built-in chain's Web Worker through
 * `window.__phaStakeEmbeddedChain.run('/test/e2e/trust-steps.ts', step, args)` (src/embedded/client.ts).
 */
import type { DevChain } from '../../src/pallets-mock/devchain/chain.js';

const DAY_MS = 86_400_000n;

/** Moves the chain into the next UTC day (one hour in) and builds a block: a daily snapshot of everything. */
export async function nextUtcDay(chain: DevChain): Promise<void> {
  chain.timeTravel((chain.head.timestampMs / DAY_MS + 1n) * DAY_MS + 3_600_000n);
  await chain.newBlocks(1);
}
