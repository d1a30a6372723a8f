/** The 7-day commission-raise alert (src/api/pools/commission-alert.ts): raises only, in chain time. */
import { describe, expect, it } from 'vitest';
import { recentRaise } from '../../src/api/pools/commission-alert.js';
import type { CommissionChange } from '../../src/indexer/types.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1);
const change = (daysAgo: number, previous: number, commission: number): CommissionChange => ({
  blockNumber: 1000 - daysAgo,
  timestampMs: NOW - daysAgo * DAY,
  pid: '3',
  kind: 'StakePool',
  previous: String(previous),
  commission: String(commission),
});

describe('recent commission raise', () => {
  it('the latest raise within 7 days; cuts and older raises do not alert', () => {
    expect(recentRaise([change(9, 0, 100_000)], NOW)).toBeUndefined();
    expect(recentRaise([change(2, 200_000, 100_000)], NOW)).toBeUndefined();
    const raises = [change(6, 100_000, 150_000), change(1, 150_000, 200_000), change(0.5, 200_000, 180_000)];
    expect(recentRaise(raises, NOW)?.commission).toBe('200000');
    expect(recentRaise(raises, NOW + 5.5 * DAY)?.commission).toBe('200000');
    expect(recentRaise(raises, NOW + 6.5 * DAY)).toBeUndefined();
  });
});
