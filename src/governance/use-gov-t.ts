/**
 * The governance feature's translator (English and Bahasa Indonesia catalogues in ./i18n), and those
 * catalogues, which its transactions' labels carry.
 */
import { type FeatureTranslate, useFeatureT } from '../ui/i18n/feature-catalogue.js';
import { en, type GovKey } from './i18n/en.js';
import { id } from './i18n/id.js';

/** The feature's catalogues (its transactions' labels carry them: src/ui/use-wallet-tx.ts). */
export const GOV_MESSAGES = { en, id };

export type GovT = FeatureTranslate<GovKey>;
export const useGovT = (): GovT => useFeatureT<GovKey>(GOV_MESSAGES);
