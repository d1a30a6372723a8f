/**
 * Block arithmetic for display: the best block, "in 3 hours 12 minutes" for a future block and
 * "7,200 blocks (1 day)" for a period, from the chain's block time.
 */
import { useConnection } from '../api/api-context.js';
import { chainConstants } from '../api/chain-constants.js';
import { useHead } from '../api/chain-head.js';
import { formatCount, formatCountdown, formatDuration } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { useGovT } from './use-gov-t.js';

export function useBlocks() {
  const { api } = useConnection();
  const head = useHead();
  const { locale } = useLocale();
  const t = useGovT();
  const blockTimeSecs = chainConstants(api).blockTimeSecs || 12;
  const now = BigInt(head?.number ?? 0);
  return {
    now,
    blockTimeSecs,
    /** "in 2 days 3 hours" until `block` ("overdue by …" once passed). */
    until: (block: bigint) => formatCountdown(Number(block - now) * blockTimeSecs, locale),
    /** A number of blocks in words: "7,200 blocks (1 day)". */
    span: (blocks: bigint | number) => {
      const duration = formatDuration(Number(blocks) * blockTimeSecs, locale);
      return BigInt(blocks) === 1n
        ? t('blocks.spanOne', { duration })
        : t('blocks.span', { count: formatCount(blocks, locale), duration });
    },
  };
}
