/**
 * What the transaction lifecycle needs from the wallet: the address (in the chain's SS58 prefix) and
 * either an injected signer, a local key pair (dev accounts), or nothing (watch-only: cannot sign).
 */
import type { Signer } from '@polkadot/api/types';
import type { KeyringPair } from '@polkadot/keyring/types';

export interface SigningAccount {
  address: string;
  name?: string;
  source: 'extension' | 'dev' | 'watch';
  signer?: Signer;
  pair?: KeyringPair;
}

export const canSign = (a: SigningAccount | undefined): a is SigningAccount =>
  !!a && (a.signer !== undefined || a.pair !== undefined);
