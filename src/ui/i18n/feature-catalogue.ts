/**
 * Feature-owned message catalogues: a feature folder keeps its own English and Bahasa Indonesia messages
 * (typed so the second locale must define every key) and reads them with the active locale through
 * `useFeatureT(catalogues)`, with the same `{name}` interpolation as the shell's catalogue.
 */
import { useMemo } from 'react';
import { interpolate, type Locale, type Params, useLocale } from './i18n.js';

export type FeatureTranslate<K extends string> = (key: K, params?: Params) => string;

export function featureTranslator<K extends string>(
  catalogues: Record<Locale, Record<K, string>>,
  locale: Locale,
): FeatureTranslate<K> {
  const c = catalogues[locale];
  return (key, params) => interpolate(c[key] ?? catalogues.en[key], params);
}

export function useFeatureT<K extends string>(
  catalogues: Record<Locale, Record<K, string>>,
): FeatureTranslate<K> {
  const { locale } = useLocale();
  return useMemo(() => featureTranslator(catalogues, locale), [catalogues, locale]);
}
