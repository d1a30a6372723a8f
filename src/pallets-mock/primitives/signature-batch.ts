/**
 * Batched signature verification ahead of dispatch (issue 19): the platform-neutral side. A
 * `SignatureBatchVerifier` verifies many items at once — the Node node on a worker_threads pool
 * (chain/verify-pool.ts), the browser on Web Workers (src/embedded) — and `preverify` records each item
 * it found valid in signature.ts's memo, which the chain's own `verifySignature` then consumes. The chain
 * still checks every signature: a memo hit stands for a real verification of exactly those bytes, a miss
 * (nothing pre-verified, evicted, a different payload) is verified in the calling thread, and a `false`
 * is never recorded, so it is found false again.
 *
 * The wire format between threads (`encodeBatch` / `verifyEncodedBatch`) is one ArrayBuffer, transferred:
 * per item kind (u8: 0 Ed25519, 1 Sr25519, 2 Ecdsa), signature length (u8), key length (u8), message
 * length (u32 LE), then signature, key and message bytes. The answer is one byte per item (1 valid).
 */
import { recordVerified, type SignatureKind, verifySignatureInThread } from './signature.js';

export interface VerifyItem {
  kind: SignatureKind;
  signature: Uint8Array;
  message: Uint8Array;
  /** The account (the 32-byte public key for Sr25519/Ed25519, blake2_256 of it for Ecdsa). */
  key: Uint8Array;
}

export interface SignatureBatchVerifier {
  /** The verdict of MultiSignature::verify for each item, in order. */
  verify(items: readonly VerifyItem[]): Promise<boolean[]>;
  /** Threads verifying in parallel. */
  readonly threads: number;
  /** Stops the workers. */
  close(): Promise<void>;
}

const KINDS: SignatureKind[] = ['Ed25519', 'Sr25519', 'Ecdsa'];
const HEADER = 7;

/** One transferable buffer holding the items. */
export function encodeBatch(items: readonly VerifyItem[]): ArrayBuffer {
  let size = 0;
  for (const it of items) size += HEADER + it.signature.length + it.key.length + it.message.length;
  const buf = new ArrayBuffer(size);
  const bytes = new Uint8Array(buf);
  const view = new DataView(buf);
  let o = 0;
  for (const it of items) {
    if (it.signature.length > 255 || it.key.length > 255) throw new RangeError('signature or key too long');
    bytes[o] = KINDS.indexOf(it.kind);
    bytes[o + 1] = it.signature.length;
    bytes[o + 2] = it.key.length;
    view.setUint32(o + 3, it.message.length, true);
    o += HEADER;
    bytes.set(it.signature, o);
    o += it.signature.length;
    bytes.set(it.key, o);
    o += it.key.length;
    bytes.set(it.message, o);
    o += it.message.length;
  }
  return buf;
}

/** Verifies an `encodeBatch` buffer in this thread (a worker's job): one byte per item, 1 when valid. */
export function verifyEncodedBatch(buf: ArrayBuffer): Uint8Array {
  const bytes = new Uint8Array(buf);
  const view = new DataView(buf);
  const out: number[] = [];
  let o = 0;
  while (o < bytes.length) {
    const kind = KINDS[bytes[o] as number];
    const sigLen = bytes[o + 1] as number;
    const keyLen = bytes[o + 2] as number;
    const msgLen = view.getUint32(o + 3, true);
    o += HEADER;
    const signature = bytes.subarray(o, o + sigLen);
    const key = bytes.subarray(o + sigLen, o + sigLen + keyLen);
    const message = bytes.subarray(o + sigLen + keyLen, o + sigLen + keyLen + msgLen);
    o += sigLen + keyLen + msgLen;
    out.push(kind !== undefined && verifySignatureInThread(kind, signature, message, key) ? 1 : 0);
  }
  return Uint8Array.from(out);
}

/**
 * Verifies `items` on `verifier` and memoises each valid one for the chain's next check of exactly those
 * bytes. Returns the verdicts. A verifier that fails leaves nothing recorded (the chain verifies inline).
 */
export async function preverify(
  verifier: SignatureBatchVerifier,
  items: readonly VerifyItem[],
): Promise<boolean[]> {
  if (!items.length) return [];
  let verdicts: boolean[];
  try {
    verdicts = await verifier.verify(items);
  } catch {
    return items.map(() => false);
  }
  recordVerdicts(items, verdicts);
  return verdicts;
}

/**
 * Memoises each item a real verification found valid (`verdicts[i]`, computed off this thread or ahead of
 * dispatch) for the chain's next check of exactly those bytes; a `false` is not recorded.
 */
export function recordVerdicts(items: readonly VerifyItem[], verdicts: readonly boolean[]): void {
  items.forEach((it, i) => {
    if (verdicts[i] === true) recordVerified(it.kind, it.signature, it.message, it.key);
  });
}
