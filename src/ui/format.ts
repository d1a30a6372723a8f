/**
 * The dApp's one formatting module, on `Intl`, with fixed rules per kind — the same in tables and forms:
 *
 *   PHA amounts    exact bigint planck → decimal string → Intl.NumberFormat, 4 fraction digits, truncated
 *                  (never rounded up); a non-zero amount below 0.0001 reads "< 0.0001"
 *   exact amounts  every significant digit (forms, "Max", copy) — `parseAmount` reads them back exactly
 *   PHA rates      a PHA amount per block (vesting): 4 to 12 fraction digits, every significant digit
 *                  shown, so the rate times the blocks gives back the amount and the end block
 *   share price    PHA per share, 6 fraction digits
 *   V (worker)     U64F64 bits exactly, 2 fraction digits, truncated — the pool page and the console alike
 *   percentages    by kind, each with its own fixed number of fraction digits:
 *                    rates and shares  2 digits — commission (Permill, exact), the Treasury's and the
 *                                      finder's cut, splits, turnout ("12.50%")
 *                    yields            1 digit — APR / APY, an estimate that moves every block ("18.3%")
 *                  the sign and its spacing are the locale's (Intl); beyond 1,000 % "> 1,000%"
 *   counts         integers with grouping; block numbers too ("block #36,000", never "#36000"); a count
 *                  of things with its noun ("1 pool", "5 pools") by Intl.PluralRules, words in
 *                  src/ui/i18n/count-words.ts
 *   dates          Intl.DateTimeFormat (medium date, short time)
 *   durations      "6 days 23 hours", countdowns "in 6 days 23 hours" / "overdue by 2 hours"
 *                  (plurals by Intl.PluralRules; words in src/ui/i18n/time-words.ts)
 *   message params a message's raw parameters (a transaction's label, a form check): a bigint is a PHA
 *                  amount, a number a count, `{ permill }` a rate (commission), `{ count, noun }` a count of
 *                  things with its noun ("1 worker", "3 workers"), text stays as written
 *
 * English groups with "," and separates decimals with "."; Bahasa Indonesia the other way round,
 * percentages included. Never scientific notation (numbers reach Intl as decimal strings or are capped).
 */
import { U128_MAX } from '../primitives/arithmetic.js';
import { fixedToDecimalString } from '../primitives/fixed.js';
import { digitsToPlanck, PHA_DECIMALS, planckToDecimal } from '../primitives/planck.js';
import { COUNT_WORDS, type CountNoun } from './i18n/count-words.js';
import type { Locale } from './i18n/i18n.js';
import { type PluralWords, TIME_WORDS, type TimeUnit } from './i18n/time-words.js';

const UNIT = 10n ** BigInt(PHA_DECIMALS);

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', id: 'id-ID' };
export const intlLocale = (locale: Locale): string => INTL_LOCALE[locale];

/** The separators a locale displays (and so accepts on input). */
export function separators(locale: Locale): { group: string; decimal: string } {
  return locale === 'id' ? { group: '.', decimal: ',' } : { group: ',', decimal: '.' };
}

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale], { useGrouping: true, ...opts });
    cache.set(key, f);
  }
  return f;
}

/** An exact decimal string for Intl (it formats numeric strings without going through a float). */
type DecimalString = `${number}`;

/** `fixed` units with `decimals` fraction digits → "-123.045" (exact, trailing zeros dropped). */
export const toDecimalString = (value: bigint, decimals = PHA_DECIMALS): DecimalString =>
  planckToDecimal(value, decimals) as DecimalString;

const SMALLEST_SHOWN = UNIT / 10_000n;

/** PHA amount, 4 fraction digits truncated: 1234500000000000n → "1,234.5000" (en) / "1.234,5000" (id). */
export function formatPha(planck: bigint, locale: Locale): string {
  const f = numberFormat(locale, {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
    roundingMode: 'trunc',
  });
  // Dust reads as a bound: "< 0.0001" above zero, "> -0.0001" below (a rounding loss), never "-0.0000".
  if (planck > 0n && planck < SMALLEST_SHOWN) return `< ${f.format(toDecimalString(SMALLEST_SHOWN))}`;
  if (planck < 0n && -planck < SMALLEST_SHOWN) return `> ${f.format(toDecimalString(-SMALLEST_SHOWN))}`;
  return f.format(toDecimalString(planck));
}

/** Every significant digit, grouped: what forms show and `parseAmount` reads back to the same planck. */
export function formatPhaExact(planck: bigint, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: PHA_DECIMALS }).format(toDecimalString(planck));
}

/**
 * A PHA amount per block (a vesting rate) → at least 4 fraction digits and every significant one after
 * (up to 12): 10 PHA → "10.0000", 2,777,777,777 planck → "0.002777777777" — exact, so locked ÷ rate
 * gives the schedule's blocks as the chain counts them, where "0.0027" would be off by a few percent.
 */
export function formatPhaRate(planck: bigint, locale: Locale): string {
  return numberFormat(locale, {
    minimumFractionDigits: 4,
    maximumFractionDigits: PHA_DECIMALS,
  }).format(toDecimalString(planck));
}

/** Share price (planck per 1e12 share units, i.e. PHA per share × 1e12) → 6 fraction digits. */
export function formatSharePrice(pricePlanck: bigint, locale: Locale): string {
  return numberFormat(locale, {
    minimumFractionDigits: 6,
    maximumFractionDigits: 6,
    roundingMode: 'trunc',
  }).format(toDecimalString(pricePlanck));
}

/** An integer count with grouping; also every block number on screen. */
export function formatCount(n: number | bigint, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/**
 * A message's raw parameter, formatted where the message is read: text as written, a number a count, a
 * bigint a PHA amount in planck, `{ permill }` a rate (the chain's commission unit), `{ count, noun }` a
 * count of things with its noun in the reader's plural.
 */
export type MessageParam =
  | string
  | number
  | bigint
  | { permill: number }
  | { count: number; noun: CountNoun };

function formatParam(v: MessageParam, locale: Locale): string {
  if (typeof v === 'bigint') return formatPha(v, locale);
  if (typeof v === 'number') return formatCount(v, locale);
  if (typeof v === 'string') return v;
  return 'permill' in v ? formatPermill(v.permill, locale) : formatCountOf(v.count, v.noun, locale);
}

/** A message's raw parameters as shown in `locale` (MessageParam). */
export function formatParams(
  params: Readonly<Record<string, MessageParam>>,
  locale: Locale,
): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) shown[k] = formatParam(v, locale);
  return shown;
}

/**
 * Builds the number formats the tables use most (counts, PHA amounts, percentages) ahead of them: a page's
 * first Intl.NumberFormat loads ICU's number data (tens of ms), which then happens once the shell has
 * painted (LocaleProvider), while a page's data is still on the wire, not in the render that shows it.
 */
export function prepareNumberFormats(locale: Locale): void {
  formatCount(0, locale);
  formatPha(0n, locale);
  formatPermill(0, locale);
}

/** Fraction digits of a percentage, per kind of quantity (see the header). */
export const PERCENT_DIGITS = { rate: 2, yield: 1 } as const;
type PercentKind = keyof typeof PERCENT_DIGITS;

const percentFormat = (locale: Locale, kind: PercentKind = 'rate') =>
  numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: PERCENT_DIGITS[kind],
    maximumFractionDigits: PERCENT_DIGITS[kind],
  });

/** Permill (0 … 1,000,000, the chain's commission unit) → "12.50%", exact. */
export function formatPermill(permill: number | bigint, locale: Locale): string {
  return percentFormat(locale).format(toDecimalString(BigInt(permill), 6));
}

/** A whole percentage (the chain's `Percent`, e.g. the tip finder's fee: 20) → "20.00%", a rate. */
export const formatWholePercent = (percent: number | bigint, locale: Locale): string =>
  formatPermill(BigInt(percent) * 10_000n, locale);

/** Above this a percentage reads "> 1,000 %" instead of a number that breaks a layout. */
export const PERCENT_CAP = 10;

function cappedPercent(ratio: number | null, locale: Locale, kind: PercentKind): string {
  if (ratio === null || !Number.isFinite(ratio)) return '–';
  const cap = () => numberFormat(locale, { style: 'percent' }).format(PERCENT_CAP);
  if (ratio > PERCENT_CAP) return `> ${cap()}`;
  if (ratio < -PERCENT_CAP) return `< -${cap()}`;
  return percentFormat(locale, kind).format(ratio);
}

/** A rate or share as a ratio (0.1234) → "12.34%"; "> 1,000%" beyond 1,000 %; "–" when unknown. */
export const formatPercent = (ratio: number | null, locale: Locale): string =>
  cappedPercent(ratio, locale, 'rate');

/** A yield (APR / APY) as a ratio (0.1834) → "18.3%"; capped and "–" like formatPercent. */
export const formatApr = (ratio: number | null, locale: Locale): string =>
  cappedPercent(ratio, locale, 'yield');

/** Fraction digits of V (and Ve), wherever a worker's V is shown. */
export const V_DIGITS = 2;

/**
 * A worker's V: U64F64 bits exactly (truncated, never through a float) or, on a chart, the number it
 * plotted — both with V_DIGITS fraction digits: 3000.125 → "3,000.12".
 */
export function formatV(v: bigint | number, locale: Locale): string {
  const f = numberFormat(locale, {
    minimumFractionDigits: V_DIGITS,
    maximumFractionDigits: V_DIGITS,
    roundingMode: 'trunc',
  });
  if (typeof v === 'bigint') return f.format(fixedToDecimalString(v, V_DIGITS) as DecimalString);
  return Number.isFinite(v) ? f.format(v) : '–';
}

/** A plain decimal number for charts and ratios (e.g. V), at most `digits` fraction digits. */
export function formatNumber(n: number, locale: Locale, digits = 2): string {
  if (!Number.isFinite(n)) return '–';
  // a value that rounds to zero reads "0", not "-0"
  return numberFormat(locale, { maximumFractionDigits: digits, signDisplay: 'negative' }).format(n);
}

/** "43pD…Xy7q" */
export function shortAddress(address: string): string {
  return address.length > 12 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(opts)}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], opts);
    dateFormats.set(key, f);
  }
  return f;
}

/** Unix ms → "Jan 8, 2026, 12:00 AM" / "8 Jan 2026, 00.00". */
export function formatDateTime(ms: number, locale: Locale): string {
  return Number.isFinite(ms)
    ? dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(ms)
    : '–';
}

/** Unix ms → "Jan 8, 2026". */
export function formatDate(ms: number, locale: Locale): string {
  return Number.isFinite(ms) ? dateFormat(locale, { dateStyle: 'medium' }).format(ms) : '–';
}

/** Unix ms → "6:00 PM" / "18.00" (chart axes within a day). */
export function formatTime(ms: number, locale: Locale): string {
  return Number.isFinite(ms) ? dateFormat(locale, { timeStyle: 'short' }).format(ms) : '–';
}

/** Unix ms → "Jan 8" (chart axes). */
export function formatDay(ms: number, locale: Locale): string {
  return Number.isFinite(ms) ? dateFormat(locale, { month: 'short', day: 'numeric' }).format(ms) : '–';
}

const plurals = new Map<Locale, Intl.PluralRules>();
/** `n` with the word of its plural category: "1 day", "5 days" ("5 hari"). */
function countWithWord(n: number, words: PluralWords, locale: Locale): string {
  let rules = plurals.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(INTL_LOCALE[locale]);
    plurals.set(locale, rules);
  }
  return `${formatCount(n, locale)} ${words[rules.select(n)] ?? words.other}`;
}

/** A count of things: "1 pool", "1,234 pools" (en), "1.234 pool" (id). */
export const formatCountOf = (n: number, noun: CountNoun, locale: Locale): string =>
  countWithWord(n, COUNT_WORDS[locale][noun], locale);

const unitText = (n: number, unit: TimeUnit, locale: Locale): string =>
  countWithWord(n, TIME_WORDS[locale].units[unit], locale);

/** Seconds → "6 days 23 hours" / "5 hours 12 minutes" / "4 minutes" / "less than a minute" (two units). */
export function formatDuration(seconds: number, locale: Locale): string {
  const s = Math.max(0, Math.floor(Math.abs(seconds)));
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3_600);
  const m = Math.floor((s % 3_600) / 60);
  const parts: string[] = [];
  if (d > 0) parts.push(unitText(d, 'day', locale), ...(h > 0 ? [unitText(h, 'hour', locale)] : []));
  else if (h > 0) parts.push(unitText(h, 'hour', locale), ...(m > 0 ? [unitText(m, 'minute', locale)] : []));
  else if (m > 0) parts.push(unitText(m, 'minute', locale));
  return parts.length > 0 ? parts.join(' ') : TIME_WORDS[locale].lessThanMinute;
}

/** Seconds until a moment → "in 6 days 23 hours"; past it → "overdue by 2 hours"; within a minute → "due now". */
export function formatCountdown(secondsLeft: number, locale: Locale): string {
  const w = TIME_WORDS[locale];
  if (Math.abs(secondsLeft) < 60) return w.now;
  const d = formatDuration(secondsLeft, locale);
  return (secondsLeft > 0 ? w.future : w.overdue).replace('{d}', d);
}

export type AmountProblem =
  | { kind: 'empty' }
  | { kind: 'notANumber' }
  | { kind: 'negative' }
  | { kind: 'twoDecimalSeparators'; decimal: string }
  | { kind: 'groupAfterDecimal'; group: string; decimal: string }
  | { kind: 'ambiguousGroup'; group: string; decimal: string }
  | { kind: 'tooPrecise'; decimals: number }
  | { kind: 'tooLarge' };

export type ParsedAmount = { ok: true; planck: bigint } | { ok: false; problem: AmountProblem };

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads an amount as the active locale displays it ("1,234.5678" in English, "1.234,5678" in Indonesian;
 * group separators optional, a pasted "PHA" suffix and spaces ignored) into planck, exactly. Input that a
 * reader could take two ways is refused with the reason: a group separator not followed by groups of
 * three digits (English "1,5"), a group separator after the decimal one, two decimal separators; also
 * more than 12 fraction digits, a negative amount, or more than u128::MAX planck.
 */
export function parseAmount(text: string, locale: Locale, decimals = PHA_DECIMALS): ParsedAmount {
  const { group, decimal } = separators(locale);
  const t = text
    .trim()
    .replace(/(W-)?PHA$/i, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (t === '') return { ok: false, problem: { kind: 'empty' } };
  if (t.startsWith('-')) return { ok: false, problem: { kind: 'negative' } };
  const g = escapeRe(group);
  const dsep = escapeRe(decimal);
  if (!new RegExp(`^[0-9${g}${dsep}]+$`).test(t)) return { ok: false, problem: { kind: 'notANumber' } };
  const parts = t.split(decimal);
  if (parts.length > 2) return { ok: false, problem: { kind: 'twoDecimalSeparators', decimal } };
  const [whole = '', frac = ''] = parts;
  if (frac.includes(group)) return { ok: false, problem: { kind: 'groupAfterDecimal', group, decimal } };
  if (whole.includes(group) && !new RegExp(`^[0-9]{1,3}(${g}[0-9]{3})+$`).test(whole))
    return { ok: false, problem: { kind: 'ambiguousGroup', group, decimal } };
  const digits = whole.split(group).join('');
  if (digits === '' && frac === '') return { ok: false, problem: { kind: 'notANumber' } };
  if (frac.length > decimals) return { ok: false, problem: { kind: 'tooPrecise', decimals } };
  const planck = digitsToPlanck(digits, frac, decimals);
  if (planck > U128_MAX) return { ok: false, problem: { kind: 'tooLarge' } };
  return { ok: true, planck };
}

/** `parseAmount`'s planck, or undefined (for callers that only need to know whether it parsed). */
export function parsePha(text: string, locale: Locale): bigint | undefined {
  const r = parseAmount(text, locale);
  return r.ok ? r.planck : undefined;
}
