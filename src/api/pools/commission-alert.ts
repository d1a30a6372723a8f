/**
 * Commission changes a delegator should notice: the latest raise within the last `days` of chain time
 * (from `pha_commissionChanges` records, parts per million). Pure.
 */
import type { CommissionChange } from '../../indexer/types.js';

const DAY_MS = 86_400_000;

export function recentRaise(
  changes: readonly CommissionChange[],
  nowMs: number,
  days = 7,
): CommissionChange | undefined {
  const since = nowMs - days * DAY_MS;
  let found: CommissionChange | undefined;
  for (const c of changes)
    if (c.timestampMs >= since && BigInt(c.commission) > BigInt(c.previous))
      if (!found || c.timestampMs >= found.timestampMs) found = c;
  return found;
}
