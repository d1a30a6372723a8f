/**
 * The operator console's translator (English and Bahasa Indonesia catalogues in ./i18n, which its
 * transactions' labels carry), and the words for a form check (bigint parameters shown as PHA) and for a
 * decoded chain error when the catalogue explains it.
 */
import { formatParams } from '../../ui/format.js';
import { type FeatureTranslate, useFeatureT } from '../../ui/i18n/feature-catalogue.js';
import type { Locale } from '../../ui/i18n/i18n.js';
import { en, type OpKey } from './i18n/en.js';
import { id } from './i18n/id.js';
import type { Check } from './operator-checks.js';

/** The feature's catalogues (its transactions' labels carry them: src/ui/use-wallet-tx.ts). */
export const OP_MESSAGES = { en, id };

export type OpT = FeatureTranslate<OpKey>;
export const useOpT = (): OpT => useFeatureT<OpKey>(OP_MESSAGES);

const isOpKey = (k: string): k is OpKey => k in en;

export function checkText(t: OpT, check: Check, locale: Locale): string {
  return isOpKey(check.key) ? t(check.key, formatParams(check.params ?? {}, locale)) : check.key;
}

/** The catalogue's explanation of a chain error code ('PhalaStakePoolv2.UnauthorizedPoolOwner'). */
export function explainError(t: OpT, code: string): string | undefined {
  const key = `err.${code}`;
  return isOpKey(key) ? t(key) : undefined;
}
