/**
 * The well-known development accounts (//Alice … //Ferdie) as local sr25519 key pairs, offered only on
 * development chains and always labelled as such: their keys are public knowledge. Deriving a pair costs
 * tens of milliseconds of main thread, so each is derived when the page is idle (the first pages' reads
 * and renders go first).
 */
import { idle } from '../api/idle.js';
import type { SigningAccount } from '../api/tx/signing-account.js';

export const DEV_URIS = ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve', '//Ferdie'] as const;

/** The dev accounts; stops deriving (and returns what it has) once `signal` is aborted, e.g. on unmount. */
export async function devAccounts(ss58Format: number, signal?: AbortSignal): Promise<SigningAccount[]> {
  const [{ Keyring }, { cryptoWaitReady }] = await Promise.all([
    import('@polkadot/keyring'),
    import('@polkadot/util-crypto'),
  ]);
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519', ss58Format });
  const out: SigningAccount[] = [];
  for (const uri of DEV_URIS) {
    await idle();
    if (signal?.aborted) break;
    const pair = keyring.addFromUri(uri, { name: uri.slice(2) });
    out.push({ address: pair.address, name: uri.slice(2), source: 'dev', pair });
  }
  return out;
}
