/**
 * MultiSignature verification as sp_runtime::MultiSignature::verify does it: sr25519 and ed25519 over the
 * message against the 32-byte account key, ecdsa by recovering the secp256k1 key from a signature over
 * blake2_256(message) and comparing blake2_256(compressed key) with the account. Uses
 * @polkadot/wasm-crypto when its WASM is ready (≈8× faster here), otherwise util-crypto's JS.
 *
 * `verifySignature` first consults a bounded memo of verdicts that a real verification computed ahead of
 * time on another thread (signature-batch.ts `preverify`): an entry is found by the signature and holds
 * the kind, the key and the message (its blake2_256 when longer than 1 KiB) it was found valid
 * for, with the number of verifications that found it (the same bytes verified k times stand for k
 * checks: each registration re-checks the one simulated IAS certificate); only a check with exactly those
 * bytes consumes one, so every check the chain makes still rests on
 * an actual verification of exactly those bytes. Anything not in the memo is verified here, in the
 * calling thread.
 */

import { ed25519Verify, secp256k1Recover, sr25519Verify } from '@polkadot/util-crypto';
import {
  waitReady,
  ed25519Verify as wasmEd25519Verify,
  isReady as wasmReady,
  sr25519Verify as wasmSr25519Verify,
} from '@polkadot/wasm-crypto';
import { bytesEqual, toHex } from './bytes.js';
import { blake2_256 } from './hashing.js';

export type SignatureKind = 'Ed25519' | 'Sr25519' | 'Ecdsa';

/** Loads the WASM verifier (call once at start; verification works without it, only slower). */
export const cryptoReady = (): Promise<boolean> => waitReady();

/** Memo entries (distinct bytes) kept at most; the oldest go first (an evicted entry only means checks done here). */
export const VERIFIED_MEMO_LIMIT = 1 << 15;
/**
 * Messages up to this long are kept as they are, longer ones hashed: extrinsic signing payloads (≤ 256 bytes)
 * and simulated IAS reports (~900 bytes, one per registration) are compared byte for byte, which
 * costs far less than hashing them once when recorded and again when checked (blake2 in JS beyond 256
 * bytes, hashing.ts). At most VERIFIED_MEMO_LIMIT × 1 KiB kept.
 */
const MEMO_MESSAGE_MAX = 1024;

interface Verified {
  kind: SignatureKind;
  key: Uint8Array;
  /** The message's length, and the message (its blake2_256 when longer than MEMO_MESSAGE_MAX). */
  length: number;
  message: Uint8Array;
  /** Verifications of exactly these bytes not yet consumed by a check (≥ 1). */
  count: number;
}

/** Signature (hex) → what it was found valid for; insertion order is age. */
const verified = new Map<string, Verified>();
/** The sum of `verified`'s counts. */
let pending = 0;

const memoMessage = (message: Uint8Array): Uint8Array =>
  message.length > MEMO_MESSAGE_MAX ? blake2_256(message) : message;

/** Whether memo entry `v` is for exactly this kind, message and key. */
const matches = (v: Verified, kind: SignatureKind, message: Uint8Array, key: Uint8Array): boolean =>
  v.kind === kind &&
  v.length === message.length &&
  bytesEqual(v.key, key) &&
  bytesEqual(v.message, memoMessage(message));

/**
 * Records that a real verification (on a worker thread) found `signature` valid for exactly these bytes.
 * Only signature-batch.ts `recordVerdicts` calls this, and only with verdicts a verifier computed.
 */
export function recordVerified(
  kind: SignatureKind,
  signature: Uint8Array,
  message: Uint8Array,
  key: Uint8Array,
): void {
  const k = toHex(signature);
  const known = verified.get(k);
  verified.delete(k);
  if (known && matches(known, kind, message, key)) {
    known.count++;
    verified.set(k, known);
  } else {
    if (known) pending -= known.count;
    verified.set(k, {
      kind,
      key: key.slice(),
      length: message.length,
      message: memoMessage(message).slice(),
      count: 1,
    });
  }
  pending++;
  if (verified.size > VERIFIED_MEMO_LIMIT) {
    const oldest = verified.entries().next().value;
    if (oldest !== undefined) {
      verified.delete(oldest[0]);
      pending -= oldest[1].count;
    }
  }
}

/** Verifications waiting in the memo to be consumed by a check (tests and benches). */
export const verifiedMemoSize = (): number => pending;

/** Forgets every memoised verdict. */
export const clearVerifiedMemo = (): void => {
  verified.clear();
  pending = 0;
};

/** The chain's check: a memoised verdict for exactly these bytes (consumed), else a verification here. */
export function verifySignature(
  kind: SignatureKind,
  signature: Uint8Array,
  message: Uint8Array,
  account: Uint8Array,
): boolean {
  if (pending > 0) {
    const k = toHex(signature);
    const v = verified.get(k);
    if (v && matches(v, kind, message, account)) {
      if (--v.count === 0) verified.delete(k);
      pending--;
      return true;
    }
  }
  return verifySignatureInThread(kind, signature, message, account);
}

/** MultiSignature::verify computed in the calling thread (what the pool's workers run). */
export function verifySignatureInThread(
  kind: SignatureKind,
  signature: Uint8Array,
  message: Uint8Array,
  account: Uint8Array,
): boolean {
  try {
    switch (kind) {
      case 'Sr25519':
        return wasmReady()
          ? wasmSr25519Verify(signature, message, account)
          : sr25519Verify(message, signature, account);
      case 'Ed25519':
        return wasmReady()
          ? wasmEd25519Verify(signature, message, account)
          : ed25519Verify(message, signature, account);
      case 'Ecdsa': {
        const recovery = signature[64];
        if (signature.length !== 65 || recovery === undefined || recovery > 3) return false;
        const key = secp256k1Recover(blake2_256(message), signature.subarray(0, 64), recovery % 2);
        return bytesEqual(blake2_256(key), account);
      }
    }
  } catch {
    return false;
  }
}
