/**
 * Steps the heartbeat-clock e2e runs inside the built-in chain's Web Worker through
 * `window.__phaStakeEmbeddedChain.run('/test/e2e/clock-steps.ts', step, args)` (src/embedded/client.ts).
 */
import type { DevChain } from '../../src/pallets-mock/devchain/chain.js';

/** Block `n`'s timestamp (Timestamp.Now in it, unix ms), or null when the chain has no such block yet. */
export async function blockTimeMs(chain: DevChain, n: number): Promise<number | null> {
  const block = await chain.findBlock(BigInt(n));
  return block ? Number(block.timestampMs) : null;
}
