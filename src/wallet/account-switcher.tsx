/**
 * The account picker in the header: connect the browser wallet, choose among its accounts, the dev
 * accounts (labelled, dev chains only) and watch-only addresses — each address once, with the sources it
 * comes from (extension, dev, watch) — add a watch-only address, and see the selected account (identicon,
 * identity name, copy) with its PHA and W-PHA. On a phone the bar is one row — the account picker and a
 * "Wallet" button that opens the rest (connect, the address, balances, the watch field) below it.
 */
import { type FormEvent, useId, useState } from 'react';
import { usePhaBalance, useWphaBalance } from '../api/balances.js';
import type { SigningAccount } from '../api/tx/signing-account.js';
import { AddressView } from '../ui/address-view.js';
import { formatPha, shortAddress } from '../ui/format.js';
import { useLocale } from '../ui/i18n/i18n.js';
import { PhoneDisclosure } from '../ui/phone-disclosure.js';
import { useWallet } from './wallet-context.js';

/** One entry per address, in first-seen order, with every source it comes from. */
export function mergeAccounts(accounts: readonly SigningAccount[]): Array<{
  address: string;
  name?: string;
  sources: SigningAccount['source'][];
}> {
  const byAddress = new Map<
    string,
    { address: string; name?: string; sources: SigningAccount['source'][] }
  >();
  for (const a of accounts) {
    const entry = byAddress.get(a.address) ?? { address: a.address, sources: [] };
    if (!entry.name && a.name) entry.name = a.name;
    if (!entry.sources.includes(a.source)) entry.sources.push(a.source);
    byAddress.set(a.address, entry);
  }
  return [...byAddress.values()];
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

  const sourceName = {
    extension: t('wallet.source.extension'),
    dev: t('wallet.dev'),
    watch: t('wallet.watchOnly'),
  };
  const entries = mergeAccounts(wallet.accounts);

  const onWatch = (e: FormEvent) => {
    e.preventDefault();
    const ok = wallet.addWatch(watchInput);
    setWatchError(!ok);
    if (ok) setWatchInput('');
  };

  return (
    <section className="wallet" aria-label={t('wallet.account')}>
      <label htmlFor={selectId}>{t('wallet.account')}</label>
      <select
        id={selectId}
        data-testid="account-select"
        value={address ?? ''}
        onChange={(e) => wallet.select(e.target.value)}
      >
        <option value="">{t('wallet.none')}</option>
        {entries.map((a) => (
          <option key={a.address} value={a.address}>
            {`${a.name ? `${a.name} · ` : ''}${shortAddress(a.address)} (${a.sources.map((s) => sourceName[s]).join(', ')})`}
          </option>
        ))}
      </select>
      <PhoneDisclosure
        label={t('wallet.panel')}
        buttonClass="wallet-button"
        panelClass="wallet-panel"
        testId="wallet-button"
      >
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
        {address && <AddressView address={address} />}
        {address && (
          <p className="balances" data-testid="balances">
            <span>
              {t('wallet.free')}: {pha ? formatPha(pha.free, locale) : '…'}
            </span>{' '}
            {pha && pha.frozen > 0n && (
              <>
                <span title={t('wallet.lockedHint')} data-testid="balance-locked">
                  ({t('wallet.locked', { amount: formatPha(pha.frozen, locale) })})
                </span>{' '}
              </>
            )}
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
      </PhoneDisclosure>
    </section>
  );
}
