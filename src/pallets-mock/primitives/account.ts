/**
 * AccountId32 as the runtime sees it. Inside the simulator an account is its SS58 address in Phala's prefix
 * (30), the same string @polkadot/api's toJSON shows, so decoded storage and events read naturally. Input
 * may be SS58 of any prefix, a 0x-hex 32-byte public key, or a dev URI (//Alice, //1). Conversions are
 * cached both ways because the codec runs them on every storage access.
 */
import { Keyring } from '@polkadot/keyring';
import { decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { concatBytes, fromHex, toHex, utf8 } from './bytes.js';
import { blake2_256 } from './hashing.js';
import { hex32 } from './hex-intern.js';

export const SS58_PREFIX = 30;
export type AccountId = string;

/**
 * Entries per generation of each cache. A cache keeps two generations: a hit in the old one moves to the
 * new one, and when the new one is full it becomes the old one (the old one is dropped), so the accounts
 * in use stay while the ones not met for a generation go. Every signer a client names lands here (a
 * transaction from a fresh account is decoded before it is refused), at ~450 bytes an account: two
 * generations of 32,768 keep the caches under ~30 MB and hold Khala's scale (30,000 workers' session
 * accounts and their pools'); a chain touching more accounts at once recomputes the rest.
 */
export const ACCOUNT_CACHE_LIMIT = 32_768;

/** A map bounded to two generations of ACCOUNT_CACHE_LIMIT entries (see above). */
class GenerationalCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  get(k: string): V | undefined {
    const hit = this.young.get(k);
    if (hit !== undefined) return hit;
    const aged = this.old.get(k);
    if (aged !== undefined) this.set(k, aged);
    return aged;
  }

  set(k: string, v: V): V {
    if (this.young.size >= ACCOUNT_CACHE_LIMIT) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(k, v);
    return v;
  }

  get size(): number {
    return this.young.size + this.old.size;
  }
}

const toKey = new GenerationalCache<Uint8Array>();
const toAddress = new GenerationalCache<AccountId>();
let keyring: Keyring | undefined;

export class InvalidAccountError extends Error {
  constructor(input: unknown) {
    super(`not an account: ${String(input).slice(0, 80)}`);
    this.name = 'InvalidAccountError';
  }
}

/** Entries in the conversion caches (for the tests of their bound). */
export const accountCacheEntries = (): number => toKey.size + toAddress.size;

/** 32-byte public key of any account-like input. Throws InvalidAccountError on anything else. */
export function publicKey(like: string | Uint8Array): Uint8Array {
  if (like instanceof Uint8Array) {
    if (like.length !== 32) throw new InvalidAccountError(toHex(like));
    return like;
  }
  if (typeof like !== 'string') throw new InvalidAccountError(like);
  const hit = toKey.get(like);
  if (hit) return hit;
  let key: Uint8Array;
  try {
    if (like.startsWith('//')) {
      keyring ??= new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
      key = keyring.createFromUri(like).publicKey;
    } else if (like.startsWith('0x')) {
      key = fromHex(like);
    } else {
      key = decodeAddress(like);
    }
  } catch {
    throw new InvalidAccountError(like);
  }
  if (key.length !== 32) throw new InvalidAccountError(like);
  return toKey.set(like, key);
}

/** Canonical AccountId (SS58, prefix 30) of a 32-byte key. */
export function accountFromKey(key: Uint8Array): AccountId {
  // The interned spelling of a 32-byte key: no new string to hash for a key met before (hex-intern.ts).
  const hex = key.length === 32 ? hex32(key) : toHex(key);
  const hit = toAddress.get(hex);
  if (hit) return hit;
  const address = encodeAddress(key, SS58_PREFIX);
  // A copy: `key` may be a view into a larger buffer (a decoded value), which the cache would keep alive.
  toKey.set(address, key.slice());
  return toAddress.set(hex, address);
}

/** Canonical AccountId of any account-like input. */
export function accountId(like: string | Uint8Array): AccountId {
  return accountFromKey(publicKey(like));
}

/**
 * Zero-padded account from a seed, as Substrate's TrailingZeroInput decode makes them: PalletId
 * accounts (`modl` ++ id) and Phala's derived accounts (`bp/` ++ hash, `wpha/`, …).
 */
export function paddedAccount(...parts: Array<string | Uint8Array>): AccountId {
  const raw = concatBytes(...parts.map((p) => (typeof p === 'string' ? utf8(p) : p)));
  const key = new Uint8Array(32);
  key.set(raw.subarray(0, 32));
  return accountFromKey(key);
}

/** `PalletId(*b"py/trsry").into_account_truncating()` = "modl" ++ id, zero padded. */
export const palletAccount = (palletId: string): AccountId => paddedAccount('modl', palletId);

/** `(prefix, blake2_256(encoded))` sub-account, zero padded (Phala's pool, session and NFT accounts). */
export const derivedAccount = (prefix: string, encoded: Uint8Array): AccountId =>
  paddedAccount(prefix, blake2_256(encoded));
