/**
 * Time words per locale for durations and countdowns, by `Intl.PluralRules` category (Indonesian has only
 * "other"), and the phrases around a countdown. Read by src/ui/format.ts.
 */
import type { Locale } from './i18n.js';

export type TimeUnit = 'day' | 'hour' | 'minute';
export type PluralWords = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface TimeWords {
  units: Record<TimeUnit, PluralWords>;
  lessThanMinute: string;
  /** `{d}` is the duration. */
  future: string;
  overdue: string;
  now: string;
}

export const TIME_WORDS: Record<Locale, TimeWords> = {
  en: {
    units: {
      day: { one: 'day', other: 'days' },
      hour: { one: 'hour', other: 'hours' },
      minute: { one: 'minute', other: 'minutes' },
    },
    lessThanMinute: 'less than a minute',
    future: 'in {d}',
    overdue: 'overdue by {d}',
    now: 'due now',
  },
  id: {
    units: { day: { other: 'hari' }, hour: { other: 'jam' }, minute: { other: 'menit' } },
    lessThanMinute: 'kurang dari semenit',
    future: 'dalam {d}',
    overdue: 'terlambat {d}',
    now: 'jatuh tempo sekarang',
  },
};
