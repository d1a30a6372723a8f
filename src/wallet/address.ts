/**
 * Address checks for the watch-only input: any SS58 or 0x public key, re-encoded in the chain's prefix
 * through the connected API's registry (so no crypto code ships before first paint).
 */
import type { ApiPromise } from '@polkadot/api';

export function normaliseAddress(api: ApiPromise, input: string): string | undefined {
  try {
    const text = input.trim();
    if (!text) return undefined;
    const id = api.createType('AccountId32', text);
    return id.isEmpty ? undefined : id.toString();
  } catch {
    return undefined;
  }
}
