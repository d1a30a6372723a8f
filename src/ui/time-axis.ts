/**
 * Ticks and labels for a chart's time axis, so each label says something new. A data span of two days or
 * more gets ticks at local midnights (every 1, 2, 3, 7, 14 or 30 days) labelled by day ("Jan 3"); a
 * shorter span gets ticks on whole local hours (every 1, 2, 3, 6 or 12) labelled by time ("6:00 PM"),
 * except a midnight, which names its day. recharts' own time ticks fell every few hours and, labelled by
 * day, read "Jan 3, Jan 3, Jan 3". Steps are taken in calendar units (setDate / setHours), so a
 * daylight-saving change never shifts a tick off midnight.
 */
import { formatDay, formatTime } from './format.js';
import type { Locale } from './i18n/i18n.js';
import { extent } from './number-axis.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const DAY_STEPS = [1, 2, 3, 7, 14, 30, 60, 90, 180, 365];
const HOUR_STEPS = [1, 2, 3, 6, 12];

export interface TimeAxis {
  /** Tick positions (unix ms), inside [min, max]. */
  ticks: number[];
  /** The label of a tick. */
  label: (ms: number, locale: Locale) => string;
}

const isMidnight = (ms: number): boolean => {
  const d = new Date(ms);
  return d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0 && d.getMilliseconds() === 0;
};

/** Every `step`-th local midnight (counted from the first one at or after `min`) up to `max`. */
function dayTicks(min: number, max: number, step: number): number[] {
  const d = new Date(min);
  d.setHours(0, 0, 0, 0);
  if (d.getTime() < min) d.setDate(d.getDate() + 1);
  const out: number[] = [];
  while (d.getTime() <= max) {
    out.push(d.getTime());
    d.setDate(d.getDate() + step);
  }
  return out;
}

/** Local whole hours that are multiples of `step` (0:00, 6:00, 12:00… for 6), from `min` to `max`. */
function hourTicks(min: number, max: number, step: number): number[] {
  const d = new Date(min);
  d.setMinutes(0, 0, 0);
  if (d.getTime() < min) d.setHours(d.getHours() + 1);
  while (d.getHours() % step !== 0) d.setHours(d.getHours() + 1);
  const out: number[] = [];
  while (d.getTime() <= max) {
    out.push(d.getTime());
    d.setHours(d.getHours() + step);
  }
  return out;
}

/** The first step whose ticks number at most `maxTicks` (the last step when none do). */
function fewest(steps: number[], ticksFor: (step: number) => number[], maxTicks: number): number[] {
  for (const step of steps) {
    const ticks = ticksFor(step);
    if (ticks.length <= maxTicks) return ticks;
  }
  return ticksFor(steps[steps.length - 1] as number);
}

const dayLabel = (ms: number, locale: Locale): string => formatDay(ms, locale);
const hourLabel = (ms: number, locale: Locale): string =>
  isMidnight(ms) ? formatDay(ms, locale) : formatTime(ms, locale);

/** The axis for data from `min` to `max` (unix ms), with at most `maxTicks` ticks. */
export function timeAxis(min: number, max: number, maxTicks = 6): TimeAxis {
  if (!Number.isFinite(min) || !Number.isFinite(max) || max < min) return { ticks: [], label: dayLabel };
  if (max - min >= 2 * DAY_MS)
    return { ticks: fewest(DAY_STEPS, (s) => dayTicks(min, max, s), maxTicks), label: dayLabel };
  const ticks = fewest(HOUR_STEPS, (s) => hourTicks(min, max, s), maxTicks);
  // Less than an hour of data (or one point): its ends, labelled by time.
  return { ticks: ticks.length ? ticks : [...new Set([min, max])], label: hourLabel };
}

/** The axis for points at times `ts` (unix ms, any order). */
export function timeAxisOf(ts: readonly number[], maxTicks = 6): TimeAxis {
  const [min, max] = extent(ts);
  return timeAxis(min, max, maxTicks);
}

/** The room one time label takes on the axis with a gap on either side, in px ("Jan 10", "10 Jan"). */
const TIME_LABEL_PX = 64;

/**
 * How many time ticks fit a plot `plotWidth` px wide (2 to 6), so a phone's narrow chart labels every few
 * days instead of running "2 Jan 4 Jan 6 Jan 8 Jan" together.
 */
export function timeTicksFor(plotWidth: number): number {
  if (!Number.isFinite(plotWidth)) return 6;
  return Math.max(2, Math.min(6, Math.floor(plotWidth / TIME_LABEL_PX)));
}
