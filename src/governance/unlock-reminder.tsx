/**
 * The expiry notification shown on every governance screen: when some of the selected account's
 * democracy locks or W-PHA votes can be unlocked, say so and link to "My locks".
 */
import { formatPha } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { useSelectedAccount } from '../wallet/wallet-context.js';
import { useGovT } from './use-gov-t.js';
import { useLockSummary } from './use-lock-summary.js';

export function UnlockReminder() {
  const t = useGovT();
  const { locale } = useLocale();
  const summary = useLockSummary(useSelectedAccount()?.address);
  if (!summary || (!summary.canUnlock && summary.wphaDone.length === 0)) return null;
  return (
    <output className="notice" data-testid="unlock-reminder">
      {t('locks.reminder', { amount: formatPha(summary.frees, locale), wpha: summary.wphaDone.length })}{' '}
      <a href="#/governance/locks">{t('tab.locks')}</a>
    </output>
  );
}
