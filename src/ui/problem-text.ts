/**
 * Words for form problems and failed transactions: bigint parameters are shown as PHA amounts, error
 * codes use their own message when the catalogue has one ('error.PhalaBasePool.NotInContributeWhitelist'),
 * otherwise the runtime's docs with the error's name.
 */
import type { TxError } from '../api/tx/tx-error.js';
import { formatParams } from './format.js';
import type { MessageKey } from './i18n/en.js';
import { isMessageKey, type Locale, type Translate } from './i18n/i18n.js';

export function problemText(
  t: Translate,
  key: MessageKey,
  params: Record<string, bigint | string> = {},
  locale: Locale = 'en',
): string {
  return t(key, formatParams(params, locale));
}

export function txErrorText(t: Translate, error: TxError): string {
  if (error.code === 'Cancelled') return t('tx.cancelled');
  if (error.code === 'WatchOnly') return t('tx.watchOnly');
  if (error.code === 'Invalid') return t('error.invalid', { message: error.docs });
  const key = `error.${error.code}`;
  if (isMessageKey(key)) return t(key);
  return t('error.generic', { name: error.code, docs: error.docs || error.code });
}
