/**
 * MultiSignature verification as sp_runtime::MultiSignature::verify does it: sr25519 and ed25519 over the
 * message against the 32-byte account key, ecdsa by recovering the secp256k1 key from a signature over
 * blake2_256(message) and comparing blake2_256(compressed key) with the account. Uses
 * @polkadot/wasm-crypto when its WASM is ready (≈8× faster here), otherwise util-crypto's JS.
 */

import { ed25519Verify, secp256k1Recover, sr25519Verify } from '@polkadot/util-crypto';
import {
  waitReady,
  ed25519Verify as wasmEd25519Verify,
  isReady as wasmReady,
  sr25519Verify as wasmSr25519Verify,
} from '@polkadot/wasm-crypto';
import { bytesEqual } from './bytes.js';
import { blake2_256 } from './hashing.js';

export type SignatureKind = 'Ed25519' | 'Sr25519' | 'Ecdsa';

/** Loads the WASM verifier (call once at start; verification works without it, only slower). */
export const cryptoReady = (): Promise<boolean> => waitReady();

export function verifySignature(
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
