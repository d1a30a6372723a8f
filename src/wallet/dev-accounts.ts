/**
 * The well-known development accounts (//Alice … //Ferdie) as local sr25519 key pairs, offered only on
 * development chains and always labelled as such: their keys are public knowledge.
 */
import type { SigningAccount } from '../api/tx/signing-account.js';

export const DEV_URIS = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'] as const;

export async function devAccounts(ss58Format: number): Promise<SigningAccount[]> {
  const [{ Keyring }, { cryptoWaitReady }] = await Promise.all([
    import('@polkadot/keyring'),
    import('@polkadot/util-crypto'),
  ]);
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format });
  return DEV_URIS.map((uri) => {
    const pair = keyring.addFromUri(uri, { name: uri.slice(2) });
    return { address: pair.address, name: uri.slice(2), source: 'dev', pair };
  });
}
