/**
 * Nouns the dApp counts on screen, per locale, by `Intl.PluralRules` category as the time words are
 * (Indonesian has only "other": "1 pool", "5 pool"). Read by src/ui/format.ts (`formatCountOf`).
 */
import type { Locale } from './i18n.js';
import type { PluralWords } from './time-words.js';

export type CountNoun = 'pool' | 'worker' | 'account';

export const COUNT_WORDS: Record<Locale, Record<CountNoun, PluralWords>> = {
  en: {
    pool: { one: 'pool', other: 'pools' },
    worker: { one: 'worker', other: 'workers' },
    account: { one: 'account', other: 'accounts' },
  },
  id: { pool: { other: 'pool' }, worker: { other: 'worker' }, account: { other: 'akun' } },
};
