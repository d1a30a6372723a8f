/**
 * Batched signature verification ahead of dispatch (issue 19): the platform-neutral side. A
 * `SignatureBatchVerifier` verifies many items at once — the Node node on a worker_threads pool
 * (chain/verify-pool.ts), the browser on Web Workers (src/embedded) — and `preverify` records each item
 * it found valid in signature.ts's memo, which the chain's own `verifySignature` then consumes. The chain
 * still checks every signature: a memo hit stands for a real verification of exactly those bytes, a miss
 * (nothing pre-verified, evicted, a different payload) is verified in the calling thread, and a `false`
 * is never recorded, so it is found false again.
 *
 * The wire format between threads (`encodeBatch` / `verifyEncodedBatch`) is one ArrayBuffer, transferred,
 * of records (`writeVerifyRecord` / `verifyRecordAt`): per
 * item kind (u8: 0 Ed25519, 1 Sr25519, 2 Ecdsa), signature length (u8), key length (u8), message length
 * (u32 LE), then signature, key and message bytes. The answer is one byte per item (1 valid).
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

/** Bytes of one item's record (throws for a signature or key longer than a record can say). */
function verifyRecordBytes(it: VerifyItem): number {
  if (it.signature.length > 255 || it.key.length > 255) throw new RangeError('signature or key too long');
  return HEADER + it.signature.length + it.key.length + it.message.length;
}

/** Writes `it`'s record at `bytes[at]`; returns where the next one starts. */
function writeVerifyRecord(bytes: Uint8Array, at: number, it: VerifyItem): number {
  let o = at;
  bytes[o] = KINDS.indexOf(it.kind);
  bytes[o + 1] = it.signature.length;
  bytes[o + 2] = it.key.length;
  const n = it.message.length;
  bytes[o + 3] = n & 0xff;
  bytes[o + 4] = (n >>> 8) & 0xff;
  bytes[o + 5] = (n >>> 16) & 0xff;
  bytes[o + 6] = n >>> 24;
  o += HEADER;
  bytes.set(it.signature, o);
  o += it.signature.length;
  bytes.set(it.key, o);
  o += it.key.length;
  bytes.set(it.message, o);
  return o + it.message.length;
}

/** Verifies the record at `bytes[at]` in this thread; its verdict and where the next record starts. */
function verifyRecordAt(bytes: Uint8Array, at: number): { valid: boolean; next: number } {
  const kind = KINDS[bytes[at] as number];
  const sigLen = bytes[at + 1] as number;
  const keyLen = bytes[at + 2] as number;
  const msgLen =
    ((bytes[at + 3] as number) |
      ((bytes[at + 4] as number) << 8) |
      ((bytes[at + 5] as number) << 16) |
      ((bytes[at + 6] as number) << 24)) >>>
    0;
  const o = at + HEADER;
  const signature = bytes.subarray(o, o + sigLen);
  const key = bytes.subarray(o + sigLen, o + sigLen + keyLen);
  const message = bytes.subarray(o + sigLen + keyLen, o + sigLen + keyLen + msgLen);
  const valid = kind !== undefined && verifySignatureInThread(kind, signature, message, key);
  return { valid, next: o + sigLen + keyLen + msgLen };
}

/** One transferable buffer holding the items. */
export function encodeBatch(items: readonly VerifyItem[]): ArrayBuffer {
  let size = 0;
  for (const it of items) size += verifyRecordBytes(it);
  const bytes = new Uint8Array(size);
  let o = 0;
  for (const it of items) o = writeVerifyRecord(bytes, o, it);
  return bytes.buffer;
}

/** Verifies an `encodeBatch` buffer in this thread (a worker's job): one byte per item, 1 when valid. */
export function verifyEncodedBatch(buf: ArrayBuffer): Uint8Array {
  const bytes = new Uint8Array(buf);
  const out: number[] = [];
  for (let o = 0; o < bytes.length; ) {
    const { valid, next } = verifyRecordAt(bytes, o);
    out.push(valid ? 1 : 0);
    o = next;
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
