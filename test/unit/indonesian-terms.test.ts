/**
 * One Indonesian term per concept (src/ui/i18n/terms-id.ts): no message of any catalogue — the shell's,
 * governance, the operator and vault consoles, the dev tools, the count and time words — uses a variant
 * the glossary rules out ("saham" for a share, "pekerja" beside "worker", "hadiah" beside "imbalan", …),
 * and each chosen term is in use. Placeholders (`{…}`) are not text and are left out.
 */
import { describe, expect, it } from 'vitest';
import { ID_TERMS } from '../../src/ui/i18n/terms-id.js';
import { messages } from './catalogues.js';

const text = (message: string) => message.replace(/\{[^}]*\}/g, '');

describe('Indonesian terminology', () => {
  const all = messages('id').map(([where, m]): [string, string] => [where, text(m)]);

  it('catches a ruled-out variant on an example', () => {
    const share = ID_TERMS.find((x) => x.concept === 'share');
    expect(share?.avoid.some((re) => re.test('Anda hanya memegang 5 saham.'))).toBe(true);
    expect(share?.avoid.some((re) => re.test('Porsi setuju yang dibutuhkan'))).toBe(false);
    const worker = ID_TERMS.find((x) => x.concept === 'worker');
    expect(worker?.avoid.some((re) => re.test('stake bebas ditambah pekerja'))).toBe(true);
    const room = ID_TERMS.find((x) => x.concept === 'room under cap');
    expect(room?.avoid.some((re) => re.test('Ruang di bawah batas'))).toBe(true);
    expect(room?.avoid.some((re) => re.test('Sisa hingga batas'))).toBe(false);
  });

  it('no message uses a variant the glossary rules out', () => {
    const found = all.flatMap(([where, m]) =>
      ID_TERMS.flatMap((term) =>
        term.avoid.some((re) => re.test(m)) ? [`${where} (${term.concept} → ${term.term}): ${m}`] : [],
      ),
    );
    expect(found).toEqual([]);
  });

  it('every chosen term is in use', () => {
    for (const term of ID_TERMS)
      expect(
        all.some(([, m]) => m.toLowerCase().includes(term.term.toLowerCase())),
        term.term,
      ).toBe(true);
  });
});
