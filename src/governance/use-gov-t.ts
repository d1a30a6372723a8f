/**
 * The governance feature's translator (English and Bahasa Indonesia catalogues in ./i18n).
 */
import { type FeatureTranslate, useFeatureT } from '../ui/i18n/feature-catalogue.js';
import { en, type GovKey } from './i18n/en.js';
import { id } from './i18n/id.js';

const CATALOGUES = { en, id };

export type GovT = FeatureTranslate<GovKey>;
export const useGovT = (): GovT => useFeatureT<GovKey>(CATALOGUES);
