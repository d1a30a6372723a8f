/**
 * The fast-forward ledger (issue 19): sr25519 signatures that a signer in THIS process produced, kept
 * with the exact key and bytes they sign, so a runtime created with `fastForwardLocalSignatures` may skip
 * re-verifying them. Off by default everywhere: only a harness that builds a ledger, hands it to its
 * in-process signers (`SignedMessageChannel.recordSignaturesIn`) and to `createRuntime` turns it on.
 *
 * Why this cannot be turned on from outside the process: the switch is this class's instance, an object
 * no wire format carries (JSON-RPC, CLI flags and chain specs deliver plain data; `createRuntime` refuses
 * anything that is not a `LocalSignatureLedger`), and the ledger vouches only for signatures its own
 * signers recorded. A message whose signature, key or bytes differ from what was signed here (tampered,
 * replayed under another key, or produced elsewhere) is not found and is verified as usual.
 *
 * Each entry is consumed by the check that finds it; the ledger keeps at most `LOCAL_SIGNATURE_LIMIT`
 * entries, the oldest evicted first (an evicted entry only means a real verification).
 */
import { bytesEqual, toHex } from './bytes.js';
import type { VerifyItem } from './signature-batch.js';

/** Entries kept at most. */
export const LOCAL_SIGNATURE_LIMIT = 1 << 15;

interface Signed {
  key: Uint8Array;
  message: Uint8Array;
}

export class LocalSignatureLedger {
  /** Signature (0x-hex) → the key and bytes it signs; insertion order is age. */
  private readonly signed = new Map<string, Signed>();

  /** Records an sr25519 `signature` this process's signer made over `message` with `key`. */
  record(signature: Uint8Array, message: Uint8Array, key: Uint8Array): void {
    this.signed.set(toHex(signature), { key, message });
    if (this.signed.size > LOCAL_SIGNATURE_LIMIT) {
      const oldest = this.signed.keys().next().value;
      if (oldest !== undefined) this.signed.delete(oldest);
    }
  }

  /**
   * Whether `item` is exactly a signature recorded here (same kind, key, signature and bytes); a found
   * entry is consumed. Anything else answers false and must be verified.
   */
  vouches(item: VerifyItem): boolean {
    if (item.kind !== 'Sr25519') return false;
    const sig = toHex(item.signature);
    const found = this.signed.get(sig);
    if (!found || !bytesEqual(found.key, item.key) || !bytesEqual(found.message, item.message)) return false;
    this.signed.delete(sig);
    return true;
  }

  /** Entries waiting (tests and benches). */
  get size(): number {
    return this.signed.size;
  }
}
