/**
 * One vote in words: "Aye · 100 PHA · 3×" or "Split · aye 10 / nay 5 PHA".
 */

import { multiplierLabel } from '../primitives/conviction.js';
import { formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import type { AccountVote } from './model/voting.js';
import { useGovT } from './use-gov-t.js';

export function VoteText({ vote }: { vote: AccountVote }) {
  const t = useGovT();
  const { locale } = useLocale();
  if (vote.kind === 'split')
    return (
      <span>
        {t('vote.text.split', { aye: formatPha(vote.aye, locale), nay: formatPha(vote.nay, locale) })}
      </span>
    );
  return (
    <span>
      {t(vote.aye ? 'vote.text.aye' : 'vote.text.nay', {
        amount: formatPha(vote.balance, locale),
        x: multiplierLabel(vote.conviction),
      })}
    </span>
  );
}
