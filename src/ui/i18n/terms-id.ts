/**
 * The Bahasa Indonesia glossary for translators: one term per concept, used in every catalogue (the
 * shell's, each feature's, the dev tools'). Phala's own nouns stay as the chain names them (pool, vault,
 * stake, worker, chain, heartbeat); the rest are Indonesian. `avoid` lists the variants that crept in
 * before — test/unit/indonesian-terms.test.ts fails when a message uses one.
 *
 * A pool "share" is a unit of the pool's value, priced like a fund's participation unit ("unit",
 * "harga unit"); "saham" would mean company stock.
 */
export interface IdTerm {
  /** The concept, in English as the English catalogue names it. */
  concept: string;
  /** The one Indonesian term for it. */
  term: string;
  /** Variants no message may use for the concept. */
  avoid: readonly RegExp[];
}

export const ID_TERMS: readonly IdTerm[] = [
  { concept: 'share', term: 'unit', avoid: [/\bsaham\b/i, /\bporsi\b(?! setuju)/i] },
  { concept: 'share price', term: 'harga unit', avoid: [/\bharga (saham|share)\b/i] },
  { concept: 'worker', term: 'worker', avoid: [/\bpekerja\b/i] },
  { concept: 'reward', term: 'imbalan', avoid: [/\bhadiah\b/i, /\bganjaran\b/i] },
  { concept: 'cool-down', term: 'pendinginan', avoid: [/\bcool-?down\b/i] },
  { concept: 'chain', term: 'chain', avoid: [/\brantai\b/i] },
  { concept: 'whitelist', term: 'daftar putih', avoid: [/\bwhitelist\b/i] },
  { concept: 'vote (to)', term: 'memberi suara', avoid: [/\bvoting\b/i] },
  { concept: 'Treasury', term: 'Kas', avoid: [/\btreasury\b/i, /\bperbendaharaan\b/i] },
  { concept: 'wallet', term: 'dompet', avoid: [/\bwallet\b/i] },
  {
    concept: 'room under cap',
    term: 'sisa hingga batas',
    avoid: [/\bruang\b[^.]*\bdi bawah/i, /\bsisa ruang\b/i],
  },
];
