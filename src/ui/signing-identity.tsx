/**
 * The signing identity of an owner's console, decided once: `useOwnerIdentity(owner)` reads the owner's
 * proxies and says whether the selected account is the owner, one of its proxies, or neither;
 * `<SigningIdentityScope>` hands that to every form below it, whose `useWalletTx().run` then wraps the call
 * in `proxy.proxy(owner, …)` (src/api/tx/signing-identity.ts); `<SigningAsNote>` says "Signing as proxy of
 * <owner>" beside each action (TxOutcome renders it); `<ActingForLinks>` lists the pools or vaults whose
 * owner has the selected account as proxy, with links to their consoles.
 */
import { createContext, type ReactNode, useContext } from 'react';
import { useOwnersActedFor, useProxies } from '../api/proxies.js';
import { type SigningIdentity, signingIdentity } from '../api/tx/signing-identity.js';
import { useSelectedAccount } from '../wallet/wallet-context.js';
import { AddressView } from './address-view.js';
import { useLocale } from './i18n/i18n.js';

const Scope = createContext<SigningIdentity | undefined>(undefined);

export function useOwnerIdentity(owner: string): SigningIdentity {
  const account = useSelectedAccount();
  const proxies = useProxies(account && account.address !== owner ? owner : undefined);
  return signingIdentity(account?.address, owner, proxies);
}

export function SigningIdentityScope({
  identity,
  children,
}: {
  identity: SigningIdentity;
  children: ReactNode;
}) {
  return <Scope.Provider value={identity}>{children}</Scope.Provider>;
}

/** The identity forms below a scope sign as (undefined outside a console: the account signs for itself). */
export const useScopeIdentity = (): SigningIdentity | undefined => useContext(Scope);

export function SigningAsNote() {
  const { t } = useLocale();
  const identity = useScopeIdentity();
  if (identity?.kind !== 'proxy') return null;
  return (
    <div className="hint signing-as" data-testid="signing-as" data-proxy-type={identity.proxyType}>
      {t('proxy.signingAs')} <AddressView address={identity.real} />{' '}
      <span className="muted">({t('proxy.type', { type: identity.proxyType })})</span>
    </div>
  );
}

/** The consoles of `candidates` whose owner the selected account may act for as proxy (nothing if none). */
export function ActingForLinks({
  candidates,
  href,
  text,
}: {
  candidates: readonly { pid: bigint; owner: string }[];
  href: (pid: string) => string;
  text: (pid: string) => string;
}) {
  const { t } = useLocale();
  const account = useSelectedAccount();
  const owners = useOwnersActedFor(
    account?.address,
    candidates.map((c) => c.owner),
  );
  const mine = candidates.filter((c) => owners.has(c.owner));
  if (mine.length === 0) return null;
  return (
    <div data-testid="acting-for">
      <h3>{t('proxy.actingFor')}</h3>
      <ul>
        {mine.map((c) => (
          <li key={c.pid.toString()}>
            <a href={href(c.pid.toString())}>{text(c.pid.toString())}</a> — {t('proxy.signingAs')}{' '}
            <AddressView address={c.owner} />
          </li>
        ))}
      </ul>
    </div>
  );
}
