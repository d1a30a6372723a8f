/**
 * Address checks for the watch-only input: any SS58 or 0x public key, re-encoded in the chain's prefix.
 */
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';

export function normaliseAddress(input: string, ss58Format: number): string | undefined {
  try {
    const text = input.trim();
    if (!text) return undefined;
    return encodeAddress(decodeAddress(text), ss58Format);
  } catch {
    return undefined;
  }
}
