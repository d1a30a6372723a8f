/**
 * The wallet state: accounts from injected extensions, the dev accounts (dev chains only), watch-only
 * addresses, and the selected account. The selection, the watch list and "extension connected" are
 * remembered, so a reload reconnects. `useWallet()` reads it; `useSelectedAccount()` is what forms use.
 */
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useChainView } from '../api/api-context.js';
import type { SigningAccount } from '../api/tx/signing-account.js';
import { normaliseAddress } from './address.js';
import { devAccounts } from './dev-accounts.js';
import { connectExtensions } from './extension.js';

const KEY_SELECTED = 'pha-stake.account';
const KEY_WATCH = 'pha-stake.watch';
const KEY_EXTENSION = 'pha-stake.extension';
const APP_NAME = 'pha-stake';

export type ExtensionStatus = 'idle' | 'connecting' | 'connected' | 'none' | 'noAccounts';

interface WalletState {
  accounts: SigningAccount[];
  selected: SigningAccount | undefined;
  extensionStatus: ExtensionStatus;
  wallets: string[];
  select(address: string): void;
  connectExtension(): Promise<void>;
  addWatch(address: string): boolean;
}

const WalletContext = createContext<WalletState | undefined>(undefined);

const readWatch = (): string[] => {
  try {
    const v: unknown = JSON.parse(globalThis.localStorage?.getItem(KEY_WATCH) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
};

/** Until the connection is live (the pool list preview) there are no accounts and none is selected. */
export function WalletProvider({ children }: { children: ReactNode }) {
  const connection = useChainView().connection;
  const api = connection?.api;
  const ss58 = connection?.ss58 ?? 42;
  const isDev = connection?.isDev ?? false;
  const [dev, setDev] = useState<SigningAccount[]>([]);
  const [injected, setInjected] = useState<SigningAccount[]>([]);
  const [wallets, setWallets] = useState<string[]>([]);
  const [watch, setWatch] = useState<string[]>(readWatch);
  const [extensionStatus, setExtensionStatus] = useState<ExtensionStatus>('idle');
  const [selectedAddress, setSelectedAddress] = useState<string | undefined>(
    () => globalThis.localStorage?.getItem(KEY_SELECTED) ?? undefined,
  );

  useEffect(() => {
    if (!isDev || !api) return;
    const stop = new AbortController();
    void devAccounts(ss58, stop.signal).then((a) => {
      if (!stop.signal.aborted) setDev(a);
    });
    return () => stop.abort();
  }, [isDev, ss58, api]);

  const connectExtension = useCallback(async () => {
    setExtensionStatus('connecting');
    const { wallets: names, accounts } = await connectExtensions(APP_NAME, ss58).catch(() => ({
      wallets: [] as string[],
      accounts: [] as SigningAccount[],
    }));
    setWallets(names);
    setInjected(accounts);
    setExtensionStatus(names.length === 0 ? 'none' : accounts.length === 0 ? 'noAccounts' : 'connected');
    if (names.length) globalThis.localStorage?.setItem(KEY_EXTENSION, '1');
    const first = accounts[0];
    if (first)
      setSelectedAddress((cur) => (cur && accounts.some((a) => a.address === cur) ? cur : first.address));
  }, [ss58]);

  useEffect(() => {
    if (api && globalThis.localStorage?.getItem(KEY_EXTENSION) === '1') void connectExtension();
  }, [connectExtension, api]);

  const accounts = useMemo((): SigningAccount[] => {
    if (!api) return [];
    const watched = watch
      .map((a) => normaliseAddress(api, a))
      .filter((a): a is string => !!a)
      .map((address): SigningAccount => ({ address, source: 'watch' }));
    return [...injected, ...dev, ...watched];
  }, [injected, dev, watch, api]);

  const select = useCallback((address: string) => {
    globalThis.localStorage?.setItem(KEY_SELECTED, address);
    setSelectedAddress(address);
  }, []);

  const addWatch = useCallback(
    (input: string) => {
      const address = api && normaliseAddress(api, input);
      if (!address) return false;
      setWatch((w) => {
        const next = w.includes(address) ? w : [...w, address];
        globalThis.localStorage?.setItem(KEY_WATCH, JSON.stringify(next));
        return next;
      });
      select(address);
      return true;
    },
    [api, select],
  );

  const selected = useMemo(() => {
    if (!selectedAddress || !api) return undefined;
    const norm = normaliseAddress(api, selectedAddress);
    return accounts.find((a) => a.address === norm);
  }, [accounts, selectedAddress, api]);

  const value = useMemo(
    () => ({ accounts, selected, extensionStatus, wallets, select, connectExtension, addWatch }),
    [accounts, selected, extensionStatus, wallets, select, connectExtension, addWatch],
  );
  return <WalletContext.Provider value={value}>{children}</WalletContext.Provider>;
}

export function useWallet(): WalletState {
  const ctx = useContext(WalletContext);
  if (!ctx) throw new Error('useWallet outside <WalletProvider>');
  return ctx;
}

export const useSelectedAccount = (): SigningAccount | undefined => useWallet().selected;
