/**
 * The vault manager console's translator (English and Bahasa Indonesia catalogues in ./i18n, which its
 * transactions' labels carry) and the catalogue's explanation of a decoded chain error, when it has one.
 */
import { type FeatureTranslate, useFeatureT } from '../../ui/i18n/feature-catalogue.js';
import { en, type MgrKey } from './i18n/en.js';
import { id } from './i18n/id.js';

/** The feature's catalogues (its transactions' labels carry them: src/ui/use-wallet-tx.ts). */
export const MGR_MESSAGES = { en, id };

export type MgrT = FeatureTranslate<MgrKey>;
export const useMgrT = (): MgrT => useFeatureT<MgrKey>(MGR_MESSAGES);

export function explainMgrError(t: MgrT, code: string): string | undefined {
  const key = `err.${code}`;
  return key in en ? t(key as MgrKey) : undefined;
}
