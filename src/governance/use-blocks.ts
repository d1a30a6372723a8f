/**
 * Block arithmetic for display: the best block, and "in 3h 12m" for a future block from the chain's
 * block time.
 */
import { useConnection } from '../api/api-context.js';
import { chainConstants } from '../api/chain-constants.js';
import { useHead } from '../api/chain-head.js';
import { formatDuration } from '../ui/format.js';

export function useBlocks() {
  const { api } = useConnection();
  const head = useHead();
  const blockTimeSecs = chainConstants(api).blockTimeSecs || 12;
  const now = BigInt(head?.number ?? 0);
  return {
    now,
    blockTimeSecs,
    /** "2d 3h" until `block` (0m when reached). */
    until: (block: bigint) => formatDuration(Number(block > now ? block - now : 0n) * blockTimeSecs),
  };
}
