/**
 * A chart's value axis: 1/2/5 × 10^k steps around the data, as many fraction digits as the step needs, so
 * no two tick labels read the same — also for a flat series (widened to the minimum span) and for a fresh
 * delegation's few-planck "earned", which drew "0, 0, -0, -0" before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/ui/format.js';
import { numberAxis } from '../../src/ui/number-axis.js';

const labels = (values: number[], minSpan: number) => {
  const a = numberAxis(values, minSpan);
  return a.ticks.map((t) => formatNumber(t, 'en', a.digits));
};

describe('number axis', () => {
  it('steps by 1, 2 or 5 × 10^k around the data', () => {
    expect(numberAxis([1850.2, 1856.7], 0.0004)).toEqual({
      ticks: [1850, 1852, 1854, 1856, 1858],
      domain: [1850, 1858],
      digits: 0,
    });
    expect(numberAxis([1.0001, 1.0079], 0.0004).ticks).toEqual([1, 1.002, 1.004, 1.006, 1.008]);
    expect(numberAxis([0, 24_000], 0.0004).ticks).toEqual([0, 5_000, 10_000, 15_000, 20_000, 25_000]);
    expect(numberAxis([0.5, 0.7], 0.0004).digits).toBe(2);
  });

  it('a few planck below zero (a fresh delegation’s earned) gets an axis of distinct labels around 0', () => {
    const en = labels([-0.000_000_01], 0.0004);
    expect(en).toEqual(['-0.0003', '-0.0002', '-0.0001', '0', '0.0001', '0.0002']);
  });

  it('a flat series is widened to the minimum span', () => {
    expect(labels([9.9999, 9.9999], 0.0004)).toEqual(['9.9997', '9.9998', '9.9999', '10', '10.0001']);
  });

  it('no data: an axis from 0 over the minimum span', () => {
    expect(numberAxis([], 0.0004).domain).toEqual([0, 0.0004]);
  });

  it('for any amounts, the ticks cover them and their labels are distinct', () => {
    fc.assert(
      fc.property(
        // PHA amounts as charts plot them: planck (±10^9 PHA) over 10^12
        fc.array(
          fc.bigInt({ min: -(10n ** 21n), max: 10n ** 21n }).map((planck) => Number(planck) / 1e12),
          { minLength: 1, maxLength: 20 },
        ),
        (values) => {
          const a = numberAxis(values, 0.0004);
          expect(a.ticks[0]).toBeLessThanOrEqual(Math.min(...values));
          expect(a.ticks.at(-1)).toBeGreaterThanOrEqual(Math.max(...values));
          expect(a.ticks.length).toBeLessThanOrEqual(7);
          const shown = a.ticks.map((t) => formatNumber(t, 'en', a.digits));
          expect(new Set(shown).size).toBe(shown.length);
        },
      ),
    );
  });
});
