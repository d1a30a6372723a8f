/**
 * The locale context: `useT()` returns `t(key, params)` for the active locale (English or Bahasa
 * Indonesia), the choice is remembered in localStorage and mirrored to `<html lang>`; once the provider
 * has rendered, the locale's number formats are built (format.ts).
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { prepareNumberFormats } from '../format.js';
import { en, type MessageKey } from './en.js';
import { id } from './id.js';

export type Locale = 'en' | 'id';
export const LOCALES: readonly Locale[] = ['en', 'id'];
const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, id };
const STORAGE_KEY = 'pha-stake.locale';

export type Params = Record<string, string | number | bigint>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Fills `{name}` placeholders; unknown placeholders stay as written. */
export function interpolate(text: string, params: Params = {}): string {
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/**
 * A translated sentence with a React node (an address view, a link) where its `{name}` placeholder is:
 * translate without that parameter (the placeholder stays as written), then `fillNode(text, 'to', <X />)`.
 */
export function fillNode(text: string, name: string, node: ReactNode): ReactNode {
  const mark = `{${name}}`;
  const at = text.indexOf(mark);
  if (at < 0)
    return (
      <>
        {text} {node}
      </>
    );
  return (
    <>
      {text.slice(0, at)}
      {node}
      {text.slice(at + mark.length)}
    </>
  );
}

export function translator(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
  return (key, params) => interpolate(catalogue[key] ?? en[key], params);
}

/** Whether a string is a key of the catalogue (for keys built at run time, e.g. error names). */
export const isMessageKey = (key: string): key is MessageKey => key in en;

interface LocaleState {
  locale: Locale;
  setLocale(l: Locale): void;
  t: Translate;
}

const LocaleContext = createContext<LocaleState>({ locale: 'en', setLocale: () => {}, t: translator('en') });

function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'id') return saved;
  return globalThis.navigator?.language?.startsWith('id') ? 'id' : 'en';
}

export function LocaleProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setState] = useState<Locale>(fixed ?? initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
    prepareNumberFormats(locale);
  }, [locale]);
  const setLocale = useCallback((l: Locale) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, l);
    setState(l);
  }, []);
  const value = useMemo(() => ({ locale, setLocale, t: translator(locale) }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export const useLocale = (): LocaleState => useContext(LocaleContext);
export const useT = (): Translate => useContext(LocaleContext).t;
