/**
 * The account picker in the header: connect the browser wallet, choose among its accounts, the dev
 * accounts (labelled, dev chains only) and watch-only addresses, add a watch-only address, and see the
 * selected account's PHA and W-PHA.
 */
import { type FormEvent, useId, useState } from 'react';
import { usePhaBalance, useWphaBalance } from '../api/balances.js';
import type { SigningAccount } from '../api/tx/signing-account.js';
import { formatPha, shortAddress } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { useWallet } from './wallet-context.js';

function optionLabel(a: SigningAccount, watchLabel: string, devLabel: string): string {
  const name = a.name ? `${a.name} · ` : '';
  const tag = a.source === 'watch' ? ` (${watchLabel})` : a.source === 'dev' ? ` [${devLabel}]` : '';
  return `${name}${shortAddress(a.address)}${tag}`;
}

export function AccountSwitcher() {
  const { t, locale } = useLocale();
  const wallet = useWallet();
  const [watchInput, setWatchInput] = useState('');
  const [watchError, setWatchError] = useState(false);
  const selectId = useId();
  const watchId = useId();
  const address = wallet.selected?.address;
  const pha = usePhaBalance(address);
  const wpha = useWphaBalance(address);

  const groups: Array<[string, SigningAccount[]]> = [
    [t('wallet.extensionGroup'), wallet.accounts.filter((a) => a.source === 'extension')],
    [t('wallet.devGroup'), wallet.accounts.filter((a) => a.source === 'dev')],
    [t('wallet.watchGroup'), wallet.accounts.filter((a) => a.source === 'watch')],
  ];

  const onWatch = (e: FormEvent) => {
    e.preventDefault();
    const ok = wallet.addWatch(watchInput);
    setWatchError(!ok);
    if (ok) setWatchInput('');
  };

  return (
    <section className="wallet" aria-label={t('wallet.account')}>
      {wallet.extensionStatus !== 'connected' && (
        <button
          type="button"
          onClick={() => void wallet.connectExtension()}
          disabled={wallet.extensionStatus === 'connecting'}
        >
          {t('wallet.connect')}
        </button>
      )}
      {wallet.extensionStatus === 'none' && <output>{t('wallet.noExtension')}</output>}
      {wallet.extensionStatus === 'noAccounts' && <output>{t('wallet.noAccounts')}</output>}
      <label htmlFor={selectId}>{t('wallet.account')}</label>
      <select
        id={selectId}
        data-testid="account-select"
        value={address ?? ''}
        onChange={(e) => wallet.select(e.target.value)}
      >
        <option value="">{t('wallet.none')}</option>
        {groups.map(([label, list]) =>
          list.length ? (
            <optgroup key={label} label={label}>
              {list.map((a) => (
                <option key={`${a.source}:${a.address}`} value={a.address}>
                  {optionLabel(a, t('wallet.watchOnly'), t('wallet.dev'))}
                </option>
              ))}
            </optgroup>
          ) : null,
        )}
      </select>
      {address && (
        <p className="balances" data-testid="balances">
          <span>
            {t('wallet.free')}: {pha ? formatPha(pha.free, locale) : '…'}
          </span>{' '}
          <span>
            {t('wallet.wpha')}: {wpha !== undefined ? formatPha(wpha, locale) : '…'}
          </span>
        </p>
      )}
      <form onSubmit={onWatch} className="watch-form">
        <label htmlFor={watchId}>{t('wallet.watch')}</label>
        <input
          id={watchId}
          value={watchInput}
          placeholder={t('wallet.watchPlaceholder')}
          aria-invalid={watchError}
          onChange={(e) => setWatchInput(e.target.value)}
        />
        <button type="submit">{t('wallet.watch')}</button>
        {watchError && <span role="alert">{t('wallet.watchInvalid')}</span>}
      </form>
    </section>
  );
}
