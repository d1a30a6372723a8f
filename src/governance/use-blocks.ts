/**
 * Block arithmetic for display: the best block, and "in 3 hours 12 minutes" for a future block from the chain's
 * block time.
 */
import { useConnection } from '../api/api-context.js';
import { chainConstants } from '../api/chain-constants.js';
import { useHead } from '../api/chain-head.js';
import { formatCountdown } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';

export function useBlocks() {
  const { api } = useConnection();
  const head = useHead();
  const { locale } = useLocale();
  const blockTimeSecs = chainConstants(api).blockTimeSecs || 12;
  const now = BigInt(head?.number ?? 0);
  return {
    now,
    blockTimeSecs,
    /** "in 2 days 3 hours" until `block` ("overdue by …" once passed). */
    until: (block: bigint) => formatCountdown(Number(block - now) * blockTimeSecs, locale),
  };
}
