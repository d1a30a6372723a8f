/**
 * The formatting rules of src/ui/format.ts in English and Bahasa Indonesia: amounts exact from bigint
 * planck (0, 1 planck, u128::MAX), fixed fraction digits per kind, grouping and decimal separators per
 * locale (percentages included), never scientific notation, "> 1,000%" beyond the cap, dates by Intl,
 * durations and countdowns in words (past due included); the amount parser reads what the app displays
 * and refuses ambiguous input with its reason; and the property: format → parse is the identity on planck.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { U128_MAX } from '../../src/primitives/arithmetic.js';
import { fp } from '../../src/primitives/fixed.js';
import { endingBlock } from '../../src/primitives/vesting.js';
import {
  formatApr,
  formatCount,
  formatCountdown,
  formatCountOf,
  formatDate,
  formatDuration,
  formatNumber,
  formatPercent,
  formatPermill,
  formatPha,
  formatPhaExact,
  formatPhaRate,
  formatSharePrice,
  formatV,
  formatWholePercent,
  PERCENT_DIGITS,
  parseAmount,
  V_DIGITS,
} from '../../src/ui/format.js';

const PHA = 10n ** 12n;
// Intl may use U+00A0 / U+202F in places; compare with plain spaces
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('amounts', () => {
  it('formats PHA with 4 fraction digits, truncated, grouped per locale', () => {
    expect(formatPha(1_234_567_890_000_000n, 'en')).toBe('1,234.5678');
    expect(formatPha(1_234_567_890_000_000n, 'id')).toBe('1.234,5678');
    expect(formatPha(1_234n * PHA + PHA / 2n, 'en')).toBe('1,234.5000');
    expect(formatPha(1_234n * PHA + PHA / 2n, 'id')).toBe('1.234,5000');
    expect(formatPha(99_999_999_999n, 'en')).toBe('0.0999'); // truncated, never rounded up
    expect(formatPha(-5n * PHA, 'en')).toBe('-5.0000');
  });

  it('handles the extremes: 0, 1 planck, u128::MAX', () => {
    expect(formatPha(0n, 'en')).toBe('0.0000');
    expect(formatPha(0n, 'id')).toBe('0,0000');
    expect(formatPha(1n, 'en')).toBe('< 0.0001');
    expect(formatPha(1n, 'id')).toBe('< 0,0001');
    // a rounding loss below zero (a fresh delegation's "earned") is a bound too, never "-< 0.0001"
    expect(formatPha(-1n, 'en')).toBe('> -0.0001');
    expect(formatPha(-1n, 'id')).toBe('> -0,0001');
    expect(formatPha(-(PHA / 10_000n), 'en')).toBe('-0.0001');
    expect(formatPhaExact(1n, 'en')).toBe('0.000000000001');
    expect(formatPhaExact(1n, 'id')).toBe('0,000000000001');
    expect(formatPha(U128_MAX, 'en')).toBe('340,282,366,920,938,463,463,374,607.4317');
    expect(formatPha(U128_MAX, 'id')).toBe('340.282.366.920.938.463.463.374.607,4317');
    expect(formatPhaExact(U128_MAX, 'en')).toBe('340,282,366,920,938,463,463,374,607.431768211455');
    for (const s of [formatPha(U128_MAX, 'en'), formatPhaExact(U128_MAX, 'id')]) expect(s).not.toMatch(/e/i);
  });

  it('share price has 6 fraction digits, counts are grouped integers', () => {
    expect(formatSharePrice(1_023_456_789_999n, 'en')).toBe('1.023456');
    expect(formatSharePrice(1_023_456_789_999n, 'id')).toBe('1,023456');
    expect(formatCount(1_234_567, 'en')).toBe('1,234,567');
    expect(formatCount(1_234_567, 'id')).toBe('1.234.567');
  });
});

describe('chart numbers', () => {
  it('a value that rounds to zero reads 0, not -0', () => {
    expect(formatNumber(-0.000_000_01, 'en', 2)).toBe('0');
    expect(formatNumber(-0.004, 'id', 2)).toBe('0');
    expect(formatNumber(-1.5, 'en', 2)).toBe('-1.5');
    expect(formatNumber(1234.5678, 'id', 2)).toBe('1.234,57');
  });
});

describe('percentages', () => {
  it('Permill exactly, 2 fraction digits, locale separators', () => {
    expect(formatPermill(125_000, 'en')).toBe('12.50%');
    expect(formatPermill(125_000, 'id')).toBe('12,50%');
    expect(formatPermill(0, 'en')).toBe('0.00%');
    expect(formatPermill(1_000_000, 'id')).toBe('100,00%');
    expect(formatPermill(1, 'en')).toBe('0.00%');
  });

  it('ratios, capped beyond 1,000 % (10^7 % and 6.6e26 % included), never scientific', () => {
    expect(formatPercent(0.1234, 'en')).toBe('12.34%');
    expect(formatPercent(0.1234, 'id')).toBe('12,34%');
    expect(formatPercent(10, 'en')).toBe('1,000.00%');
    expect(formatPercent(1e5, 'en')).toBe('> 1,000%'); // 10^7 %
    expect(formatPercent(1e5, 'id')).toBe('> 1.000%');
    expect(formatPercent(6.629270881908121e24, 'en')).toBe('> 1,000%');
    expect(formatPercent(null, 'en')).toBe('–');
    expect(formatPercent(Number.NaN, 'id')).toBe('–');
    fc.assert(
      fc.property(fc.double({ min: -1e30, max: 1e30, noNaN: true }), (r) => {
        for (const l of ['en', 'id'] as const) expect(formatPercent(r, l)).not.toMatch(/e/i);
      }),
    );
  });
});

describe('percentages by kind', () => {
  /** The fraction digits a formatted percentage shows, whatever the locale's separator. */
  const digits = (s: string) => /[.,](\d+)\s?%/.exec(s)?.[1]?.length ?? 0;

  it('rates and shares (commission, a whole Percent, ratios) share one digit count; yields theirs', () => {
    for (const l of ['en', 'id'] as const) {
      for (const s of [formatPermill(333_333, l), formatWholePercent(20, l), formatPercent(0.4, l)])
        expect(digits(s)).toBe(PERCENT_DIGITS.rate);
      for (const r of [0.18345, 0.4, 0.00049, 1.5])
        expect(digits(formatApr(r, l))).toBe(PERCENT_DIGITS.yield);
    }
    // the Treasury's 20 % and a 40 % share read the same way, per locale
    expect(formatWholePercent(20, 'en')).toBe(formatPermill(200_000, 'en'));
    expect(formatWholePercent(20, 'id')).toBe('20,00%');
    expect(formatApr(0.18345, 'en')).toBe('18.3%');
    expect(formatApr(0.18345, 'id')).toBe('18,3%');
    expect(formatApr(null, 'en')).toBe('–');
    expect(formatApr(1e9, 'id')).toBe('> 1.000%');
  });

  it('the spacing before the sign is what Intl gives the locale, the same for every kind', () => {
    for (const l of ['en', 'id'] as const) {
      const intl = new Intl.NumberFormat(l === 'en' ? 'en-US' : 'id-ID', { style: 'percent' }).format(0.2);
      const gap = /\d(\s?)%/.exec(intl)?.[1];
      for (const s of [formatPermill(200_000, l), formatPercent(0.2, l), formatApr(0.2, l)])
        expect(/\d(\s?)%/.exec(s)?.[1]).toBe(gap);
    }
  });
});

describe('worker V', () => {
  it('from U64F64 bits exactly, V_DIGITS fraction digits truncated, the same for a chart number', () => {
    expect(V_DIGITS).toBe(2);
    expect(formatV(fp('3000.129'), 'en')).toBe('3,000.12');
    expect(formatV(fp('3000.129'), 'id')).toBe('3.000,12');
    expect(formatV(0n, 'en')).toBe('0.00');
    expect(formatV(3000.129, 'en')).toBe('3,000.12');
    // beyond a double's precision the bits still read exactly
    expect(formatV((2n ** 63n) << 64n, 'en')).toBe('9,223,372,036,854,775,808.00');
  });
});

describe('PHA rates', () => {
  it('show every significant digit, so locked ÷ rate gives the end block the chain computes', () => {
    expect(formatPhaRate(10n * PHA, 'en')).toBe('10.0000');
    expect(formatPhaRate(2_777_777_777n, 'en')).toBe('0.002777777777');
    expect(formatPhaRate(2_777_777_777n, 'id')).toBe('0,002777777777');
    expect(formatPhaRate(1n, 'en')).toBe('0.000000000001');
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 24n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        (locked, rate) => {
          const s = { locked, perBlock: rate, startingBlock: 0n };
          const shown = parseAmount(formatPhaRate(rate, 'en'), 'en');
          expect(shown.ok && endingBlock({ ...s, perBlock: shown.planck })).toBe(endingBlock(s));
        },
      ),
    );
  });
});

describe('times', () => {
  const JAN_8 = Date.UTC(2026, 0, 8, 12, 0);
  it('dates through Intl.DateTimeFormat, never ISO', () => {
    expect(formatDate(JAN_8, 'en')).toBe('Jan 8, 2026');
    expect(plain(formatDate(JAN_8, 'id'))).toBe('8 Jan 2026');
    expect(formatDate(JAN_8, 'en')).not.toContain('2026-01-08');
  });

  it('durations in words with plurals, two units, never fractional days', () => {
    expect(formatDuration(6 * 86_400 + 23 * 3_600 + 59, 'en')).toBe('6 days 23 hours');
    expect(formatDuration(86_400 + 3_600, 'en')).toBe('1 day 1 hour');
    expect(formatDuration(86_400, 'en')).toBe('1 day');
    expect(formatDuration(5 * 3_600 + 12 * 60, 'en')).toBe('5 hours 12 minutes');
    expect(formatDuration(60, 'en')).toBe('1 minute');
    expect(formatDuration(30, 'en')).toBe('less than a minute');
    expect(formatDuration(6 * 86_400 + 23 * 3_600, 'id')).toBe('6 hari 23 jam');
    expect(formatDuration(1_000 * 86_400, 'en')).toBe('1,000 days');
  });

  it('countdowns: in …, overdue by … (past due), due now', () => {
    expect(formatCountdown(6 * 86_400 + 23 * 3_600, 'en')).toBe('in 6 days 23 hours');
    expect(formatCountdown(-2 * 3_600, 'en')).toBe('overdue by 2 hours');
    expect(formatCountdown(-2 * 3_600, 'id')).toBe('terlambat 2 jam');
    expect(formatCountdown(-(30 * 86_400 + 5 * 3_600), 'en')).toBe('overdue by 30 days 5 hours');
    expect(formatCountdown(3 * 3_600, 'id')).toBe('dalam 3 jam');
    expect(formatCountdown(10, 'en')).toBe('due now');
  });

  it('counts of things take the plural the locale asks for', () => {
    expect(formatCountOf(1, 'pool', 'en')).toBe('1 pool');
    expect(formatCountOf(0, 'pool', 'en')).toBe('0 pools');
    expect(formatCountOf(5, 'pool', 'en')).toBe('5 pools');
    expect(formatCountOf(1_234, 'pool', 'en')).toBe('1,234 pools');
    expect(formatCountOf(1, 'pool', 'id')).toBe('1 pool');
    expect(formatCountOf(1_234, 'pool', 'id')).toBe('1.234 pool');
  });
});

describe('amount input', () => {
  it('reads what the app displays in the active locale', () => {
    expect(parseAmount('323,363.7504', 'en')).toEqual({ ok: true, planck: 323_363_750_400_000_000n });
    expect(parseAmount('323.363,7504', 'id')).toEqual({ ok: true, planck: 323_363_750_400_000_000n });
    expect(parseAmount('1,000', 'en')).toEqual({ ok: true, planck: 1_000n * PHA });
    expect(parseAmount('1,000', 'id')).toEqual({ ok: true, planck: PHA });
    expect(parseAmount('1.000', 'id')).toEqual({ ok: true, planck: 1_000n * PHA });
    expect(parseAmount(' 12.5 PHA ', 'en')).toEqual({ ok: true, planck: 12n * PHA + PHA / 2n });
    expect(parseAmount('.5', 'en')).toEqual({ ok: true, planck: PHA / 2n });
    expect(parseAmount('0', 'en')).toEqual({ ok: true, planck: 0n });
  });

  it('refuses ambiguous or bad input with the reason', () => {
    expect(parseAmount('1,5', 'en')).toMatchObject({ ok: false, problem: { kind: 'ambiguousGroup' } });
    expect(parseAmount('1.5', 'id')).toMatchObject({ ok: false, problem: { kind: 'ambiguousGroup' } });
    expect(parseAmount('1.000,5', 'en')).toMatchObject({ ok: false, problem: { kind: 'groupAfterDecimal' } });
    expect(parseAmount('1.2.3', 'en')).toMatchObject({
      ok: false,
      problem: { kind: 'twoDecimalSeparators' },
    });
    expect(parseAmount('12,34', 'en')).toMatchObject({ ok: false, problem: { kind: 'ambiguousGroup' } });
    expect(parseAmount('0.0000000000001', 'en')).toMatchObject({
      ok: false,
      problem: { kind: 'tooPrecise' },
    });
    expect(parseAmount('-1', 'en')).toMatchObject({ ok: false, problem: { kind: 'negative' } });
    expect(parseAmount('1e5', 'en')).toMatchObject({ ok: false, problem: { kind: 'notANumber' } });
    expect(parseAmount('', 'en')).toMatchObject({ ok: false, problem: { kind: 'empty' } });
    expect(parseAmount('340282366920938463463374607.431768211456', 'en')).toMatchObject({
      ok: false,
      problem: { kind: 'tooLarge' },
    });
    expect(parseAmount('340282366920938463463374607.431768211455', 'en')).toEqual({
      ok: true,
      planck: U128_MAX,
    });
  });

  it('property: format → parse returns the same planck, both locales (exact and grouped form)', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: U128_MAX }),
        fc.constantFrom('en' as const, 'id' as const),
        (planck, locale) => {
          expect(parseAmount(formatPhaExact(planck, locale), locale)).toEqual({ ok: true, planck });
        },
      ),
      { numRuns: 2_000 },
    );
    // the displayed (4-digit) form parses too, to the displayed value
    fc.assert(
      fc.property(
        fc.bigInt({ min: 10n ** 8n, max: U128_MAX }),
        fc.constantFrom('en' as const, 'id' as const),
        (planck, locale) => {
          const r = parseAmount(formatPha(planck, locale), locale);
          expect(r.ok).toBe(true);
          if (r.ok) expect(planck - r.planck).toBeLessThan(10n ** 8n);
        },
      ),
    );
  });
});
