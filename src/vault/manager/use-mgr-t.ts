/**
 * The vault manager console's translator (English and Bahasa Indonesia catalogues in ./i18n) and the
 * catalogue's explanation of a decoded chain error, when it has one.
 */
import { type FeatureTranslate, useFeatureT } from '../../ui/i18n/feature-catalogue.js';
import { en, type MgrKey } from './i18n/en.js';
import { id } from './i18n/id.js';

const CATALOGUES = { en, id };

export type MgrT = FeatureTranslate<MgrKey>;
export const useMgrT = (): MgrT => useFeatureT<MgrKey>(CATALOGUES);

export function explainMgrError(t: MgrT, code: string): string | undefined {
  const key = `err.${code}`;
  return key in en ? t(key as MgrKey) : undefined;
}
