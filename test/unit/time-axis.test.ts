/**
 * A chart's time axis labels each tick with something new: local midnights labelled by day for spans of
 * two days or more (every 1, 2, 3, 7… days to stay within the tick budget), whole hours labelled by time
 * for shorter spans (a midnight names its day). Times are built in local time, so the checks hold in any
 * time zone the suite runs in.
 */
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/ui/i18n/i18n.js';
import { timeAxis, timeAxisOf, timeTicksFor } from '../../src/ui/time-axis.js';

const local = (day: number, hour = 0, minute = 0) => new Date(2026, 0, day, hour, minute).getTime();
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const labels = (min: number, max: number, locale: Locale, maxTicks?: number) => {
  const axis = timeAxis(min, max, maxTicks);
  return axis.ticks.map((t) => plain(axis.label(t, locale)));
};

describe('time axis', () => {
  it('a span of days ticks each local midnight inside it, one label per day', () => {
    const min = local(3, 7, 30);
    const max = local(6, 20);
    const axis = timeAxis(min, max);
    expect(axis.ticks).toEqual([local(4), local(5), local(6)]);
    expect(labels(min, max, 'en')).toEqual(['Jan 4', 'Jan 5', 'Jan 6']);
    expect(labels(min, max, 'id')).toEqual(['4 Jan', '5 Jan', '6 Jan']);
  });

  it('a long span steps by whole days to stay within the tick budget, and the labels never repeat', () => {
    const min = local(1);
    const max = local(41);
    const axis = timeAxis(min, max, 6);
    expect(axis.ticks.length).toBeLessThanOrEqual(6);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(3);
    expect(axis.ticks[0]).toBe(local(1));
    expect(axis.ticks[1]).toBe(local(8));
    for (const t of axis.ticks) expect(t >= min && t <= max).toBe(true);
    const en = labels(min, max, 'en');
    expect(new Set(en).size).toBe(en.length);
  });

  it('under two days ticks whole hours, labelled by time, and a midnight by its day', () => {
    const min = local(3, 10, 15);
    const max = local(4, 9);
    const axis = timeAxis(min, max, 6);
    expect(axis.ticks.length).toBeLessThanOrEqual(6);
    expect(axis.ticks).toContain(local(4));
    for (const t of axis.ticks) expect(new Date(t).getHours() % 6).toBe(0);
    const en = labels(min, max, 'en');
    expect(en).toEqual(['12:00 PM', '6:00 PM', 'Jan 4', '6:00 AM']);
    expect(labels(min, max, 'id')).toEqual(['12.00', '18.00', '4 Jan', '06.00']);
  });

  it('a single point or a span under an hour is labelled by its own time; no data, no ticks', () => {
    const t = local(3, 10, 15);
    expect(labels(t, t, 'en')).toEqual(['10:15 AM']);
    expect(labels(t, t + 20 * 60_000, 'en')).toEqual(['10:15 AM', '10:35 AM']);
    expect(timeAxisOf([]).ticks).toEqual([]);
    expect(timeAxis(Number.NaN, t).ticks).toEqual([]);
  });

  it('takes the span from points in any order', () => {
    expect(timeAxisOf([local(6, 20), local(3, 7, 30), local(5)]).ticks).toEqual([
      local(4),
      local(5),
      local(6),
    ]);
  });

  it("a narrow plot gets fewer ticks: a phone's 8 days label every few days, a desktop's every other day", () => {
    expect(timeTicksFor(170)).toBe(2);
    expect(timeTicksFor(240)).toBe(3);
    expect(timeTicksFor(1000)).toBe(6);
    expect(timeTicksFor(0)).toBe(2);
    expect(timeTicksFor(Number.NaN)).toBe(6);
    const min = local(1, 12);
    const max = local(9, 12);
    // a 390 px phone's plot (about 240 px): three days a label apart at most, never "2 Jan 4 Jan 6 Jan 8 Jan"
    expect(labels(min, max, 'id', timeTicksFor(240))).toEqual(['2 Jan', '5 Jan', '8 Jan']);
    expect(labels(min, max, 'en', timeTicksFor(900))).toEqual(['Jan 2', 'Jan 4', 'Jan 6', 'Jan 8']);
  });
});
