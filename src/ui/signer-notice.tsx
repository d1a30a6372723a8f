/**
 * Why a transaction button is disabled for the selected account, said next to it as a hint (nothing has
 * failed yet, so not an alert): no account picked, or a watch-only address (it cannot sign). Nothing when
 * the account can sign.
 */
import { canSign, type SigningAccount } from '../api/tx/signing-account.js';
import { useLocale } from './i18n/i18n.js';

export function SignerNotice({ account }: { account: SigningAccount | undefined }) {
  const { t } = useLocale();
  if (canSign(account)) return null;
  return (
    <p className="hint" data-testid="signer-notice">
      {t(account ? 'tx.watchOnly' : 'tx.noAccount')}
    </p>
  );
}
