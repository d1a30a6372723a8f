/**
 * The inline glossary's terms: each names its title and definition message.
 */
import type { MessageKey } from './i18n/en.js';

export type GlossaryTerm =
  | 'share'
  | 'sharePrice'
  | 'wpha'
  | 'commission'
  | 'cap'
  | 'withdrawQueue'
  | 'gracePeriod'
  | 'conviction';

export const GLOSSARY: Record<GlossaryTerm, { title: MessageKey; def: MessageKey }> = {
  share: { title: 'glossary.share', def: 'glossary.share.def' },
  sharePrice: { title: 'glossary.sharePrice', def: 'glossary.sharePrice.def' },
  wpha: { title: 'glossary.wpha', def: 'glossary.wpha.def' },
  commission: { title: 'glossary.commission', def: 'glossary.commission.def' },
  cap: { title: 'glossary.cap', def: 'glossary.cap.def' },
  withdrawQueue: { title: 'glossary.withdrawQueue', def: 'glossary.withdrawQueue.def' },
  gracePeriod: { title: 'glossary.gracePeriod', def: 'glossary.gracePeriod.def' },
  conviction: { title: 'glossary.conviction', def: 'glossary.conviction.def' },
};

export const GLOSSARY_TERMS = Object.keys(GLOSSARY) as GlossaryTerm[];
