/**
 * Injected wallets (polkadot.js, Talisman, SubWallet, … anything in `window.injectedWeb3`) through
 * @polkadot/extension-dapp, imported only when the user connects (it touches `window` on load). Accounts
 * come back re-encoded in the chain's SS58 prefix, each with its extension's signer.
 */
import type { SigningAccount } from '../api/tx/signing-account.js';

export interface ExtensionResult {
  wallets: string[];
  accounts: SigningAccount[];
}

export async function connectExtensions(appName: string, ss58Format: number): Promise<ExtensionResult> {
  const { web3Enable, web3Accounts } = await import('@polkadot/extension-dapp');
  const extensions = await web3Enable(appName);
  if (extensions.length === 0) return { wallets: [], accounts: [] };
  const accounts = await web3Accounts({ ss58Format });
  const bySource = new Map(extensions.map((e) => [e.name, e]));
  return {
    wallets: extensions.map((e) => e.name),
    accounts: accounts.map((a) => ({
      address: a.address,
      name: a.meta.name ?? undefined,
      source: 'extension',
      signer: bySource.get(a.meta.source)?.signer,
    })),
  };
}
