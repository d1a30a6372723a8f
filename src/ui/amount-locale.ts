/**
 * An amount field's text across a language switch: typed in one language, it is written again with the
 * next one's separators, same value (English "1,000" becomes Indonesian "1.000", not 1 PHA read with the
 * new separators). Text the language before did not read is left as typed.
 */
import { useEffect, useRef } from 'react';
import { formatPhaExact, parseAmount } from './format.js';
import { useLocale } from './i18n/i18n.js';

/** Rewrites `value` through `onChange` when the language changes (a hook for a controlled amount input). */
export function useAmountFollowsLocale(value: string, onChange: (value: string) => void): void {
  const { locale } = useLocale();
  // the text and the locale it was typed in, for the effect that rewrites it on a language switch
  const typed = useRef({ value, onChange, locale });
  typed.current.value = value;
  typed.current.onChange = onChange;
  useEffect(() => {
    const before = typed.current;
    if (before.locale === locale) return;
    const was = parseAmount(before.value, before.locale);
    before.locale = locale;
    if (!was.ok) return;
    const now = formatPhaExact(was.planck, locale);
    if (now !== before.value) before.onChange(now);
  }, [locale]);
}
