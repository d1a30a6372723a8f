/**
 * The operator console's translator (English and Bahasa Indonesia catalogues in ./i18n), and the words
 * for a form check (bigint parameters shown as PHA) and for a decoded chain error when the catalogue
 * explains it.
 */
import { formatPha } from '../../ui/format.js';
import { type FeatureTranslate, useFeatureT } from '../../ui/i18n/feature-catalogue.js';
import type { Locale } from '../../ui/i18n/i18n.js';
import { en, type OpKey } from './i18n/en.js';
import { id } from './i18n/id.js';
import type { Check } from './operator-checks.js';

const CATALOGUES = { en, id };

export type OpT = FeatureTranslate<OpKey>;
export const useOpT = (): OpT => useFeatureT<OpKey>(CATALOGUES);

const isOpKey = (k: string): k is OpKey => k in en;

export function checkText(t: OpT, check: Check, locale: Locale): string {
  const shown: Record<string, string> = {};
  for (const [k, v] of Object.entries(check.params ?? {}))
    shown[k] = typeof v === 'bigint' ? formatPha(v, locale) : v;
  return isOpKey(check.key) ? t(check.key, shown) : check.key;
}

/** The catalogue's explanation of a chain error code ('PhalaStakePoolv2.UnauthorizedPoolOwner'). */
export function explainError(t: OpT, code: string): string | undefined {
  const key = `err.${code}`;
  return isOpKey(key) ? t(key) : undefined;
}
