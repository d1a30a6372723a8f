/**
 * Words for an amount the parser refused (src/ui/format.ts `parseAmount`): each reason says what was
 * wrong and how the active locale writes the number instead.
 */
import type { AmountProblem } from './format.js';
import type { Translate } from './i18n/i18n.js';

export function amountProblemText(t: Translate, p: AmountProblem): string {
  switch (p.kind) {
    case 'empty':
      return t('form.required');
    case 'notANumber':
      return t('amount.notANumber');
    case 'negative':
      return t('amount.negative');
    case 'twoDecimalSeparators':
      return t('amount.twoDecimals', { decimal: p.decimal });
    case 'groupAfterDecimal':
      return t('amount.groupAfterDecimal', { group: p.group, decimal: p.decimal });
    case 'ambiguousGroup':
      return t('amount.ambiguousGroup', { group: p.group, decimal: p.decimal });
    case 'tooPrecise':
      return t('amount.tooPrecise', { decimals: p.decimals });
    case 'tooLarge':
      return t('amount.tooLarge');
  }
}
