/**
 * Every message catalogue of the dApp — the shell's and each feature's — by name and locale, for the
 * tests that read all user-facing text (numbers come from format.ts, one Indonesian term per concept).
 */
import { devCatalogues } from '../../src/app/dev-tools/messages.js';
import { en as govEn } from '../../src/governance/i18n/en.js';
import { id as govId } from '../../src/governance/i18n/id.js';
import { en as opEn } from '../../src/stakepool/operator/i18n/en.js';
import { id as opId } from '../../src/stakepool/operator/i18n/id.js';
import { COUNT_WORDS } from '../../src/ui/i18n/count-words.js';
import { en } from '../../src/ui/i18n/en.js';
import type { Locale } from '../../src/ui/i18n/i18n.js';
import { id } from '../../src/ui/i18n/id.js';
import { TIME_WORDS } from '../../src/ui/i18n/time-words.js';
import { en as mgrEn } from '../../src/vault/manager/i18n/en.js';
import { id as mgrId } from '../../src/vault/manager/i18n/id.js';

const CATALOGUES: Record<string, Record<Locale, Record<string, string>>> = {
  shell: { en, id },
  governance: { en: govEn, id: govId },
  operator: { en: opEn, id: opId },
  manager: { en: mgrEn, id: mgrId },
  dev: devCatalogues,
};

/** Every string a value of `v` holds (nested word lists included). */
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];

/** `[where, text]` of every message of a locale: "shell:pool.sharePrice", "count-words", …. */
export function messages(locale: Locale): Array<[string, string]> {
  return [
    ...Object.entries(CATALOGUES).flatMap(([name, c]) =>
      Object.entries(c[locale]).map(([k, text]): [string, string] => [`${name}:${k}`, text]),
    ),
    ...strings(COUNT_WORDS[locale]).map((w): [string, string] => ['count-words', w]),
    ...strings(TIME_WORDS[locale]).map((w): [string, string] => ['time-words', w]),
  ];
}
