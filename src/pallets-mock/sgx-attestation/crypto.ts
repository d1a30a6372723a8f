/**
 * The signature primitives of SGX evidence, synchronous because runtime dispatch is: ECDSA P-256 over
 * SHA-256 (DCAP quotes, PCK/TCB certificates, TCB info, QE identity, CRLs) with @noble/curves, and RSA
 * PKCS#1 v1.5 (IAS report signatures and Intel's IAS certificate) as RFC 8017 §8.2.2 defines it. ECDSA
 * signatures arrive either as the raw 64-byte `r ‖ s` of SGX structures or DER-encoded (X.509); the DER
 * form is read and written with @peculiar/asn1-ecc. Like ring, high-S signatures are accepted.
 * Verdicts are pure functions of (key, signature, message), so they are memoised (bounded): the same
 * certificate chains and collateral recur in every registration.
 * Platform-neutral: no node: modules.
 */
import { p256 } from '@noble/curves/nist';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2';
import { ECDSASigValue } from '@peculiar/asn1-ecc';
import { RSAPublicKey } from '@peculiar/asn1-rsa';
import { AsnConvert } from '@peculiar/asn1-schema';
import { bytesEqual, concatBytes, fromHex, toHex } from '../primitives/bytes.js';

export { sha256 };

export type Digest = 'SHA-256' | 'SHA-384' | 'SHA-512';
const DIGEST = { 'SHA-256': sha256, 'SHA-384': sha384, 'SHA-512': sha512 } as const;

const MEMO_LIMIT = 1024;
const memo = new Map<string, boolean>();
function memoised(
  kind: string,
  key: Uint8Array,
  signature: Uint8Array,
  digest: Uint8Array,
  check: () => boolean,
): boolean {
  const id = `${kind}${toHex(key)}${toHex(signature)}${toHex(digest)}`;
  const known = memo.get(id);
  if (known !== undefined) return known;
  const verdict = check();
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(id, verdict);
  return verdict;
}

/** ECDSA P-256 / SHA-256 over `message` with a raw `r ‖ s` signature and an uncompressed SEC1 key. */
export function verifyP256Raw(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  const digest = sha256(message);
  return memoised('p256', publicKey, signature, digest, () => p256Verify(signature, digest, publicKey));
}

function p256Verify(signature: Uint8Array, digest: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return p256.verify(signature, digest, publicKey, {
      lowS: false,
      prehash: false,
      format: 'compact',
    });
  } catch {
    return false;
  }
}

/** Integer bytes of a DER INTEGER, left-padded or stripped to `len`. */
function fixed(int: ArrayBuffer, len: number): Uint8Array | undefined {
  let b = new Uint8Array(int);
  while (b.length > len && b[0] === 0) b = b.subarray(1);
  if (b.length > len) return undefined;
  const out = new Uint8Array(len);
  out.set(b, len - b.length);
  return out;
}

/** DER `ECDSA-Sig-Value` → raw `r ‖ s` (undefined when malformed). */
export function derToRawSignature(der: Uint8Array): Uint8Array | undefined {
  try {
    const v = AsnConvert.parse(der, ECDSASigValue);
    const r = fixed(v.r, 32);
    const s = fixed(v.s, 32);
    return r && s ? concatBytes(r, s) : undefined;
  } catch {
    return undefined;
  }
}

/** Raw `r ‖ s` → DER `ECDSA-Sig-Value` (minimal INTEGERs). */
export function rawToDerSignature(raw: Uint8Array): Uint8Array {
  const int = (b: Uint8Array): ArrayBuffer => {
    let i = 0;
    while (i < b.length - 1 && b[i] === 0) i++;
    const body = b.subarray(i);
    const padded = (body[0] ?? 0) & 0x80 ? concatBytes(new Uint8Array([0]), body) : body;
    return padded.slice().buffer;
  };
  return new Uint8Array(
    AsnConvert.serialize(new ECDSASigValue({ r: int(raw.subarray(0, 32)), s: int(raw.subarray(32, 64)) })),
  );
}

/** RSA public key (modulus, exponent) from a PKCS#1 `RSAPublicKey`. */
function rsaKey(pkcs1: Uint8Array): { n: bigint; e: bigint; size: number } | undefined {
  try {
    const k = AsnConvert.parse(pkcs1, RSAPublicKey);
    const n = BigInt(toHex(new Uint8Array(k.modulus)));
    const e = BigInt(toHex(new Uint8Array(k.publicExponent)));
    return { n, e, size: Math.ceil(n.toString(16).length / 2) };
  } catch {
    return undefined;
  }
}

function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = 1n;
  let b = base % mod;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % mod;
    b = (b * b) % mod;
    e >>= 1n;
  }
  return result;
}

/** DER DigestInfo prefixes of RFC 8017 §9.2 note 1 (algorithm identifier + OCTET STRING header). */
const DIGEST_INFO_PREFIX: Record<Digest, string> = {
  'SHA-256': '3031300d060960864801650304020105000420',
  'SHA-384': '3041300d060960864801650304020205000430',
  'SHA-512': '3051300d060960864801650304020305000440',
};

/**
 * RSASSA-PKCS1-v1_5 verification (RFC 8017 §8.2.2) with a PKCS#1 public key; modulus of 2048–8192
 * bits (3072+ for SHA-384 chains is not required here), signature exactly the modulus length.
 */
export function verifyRsaPkcs1(
  digest: Digest,
  signature: Uint8Array,
  message: Uint8Array,
  publicKeyPkcs1: Uint8Array,
): boolean {
  const digestOf = DIGEST[digest](message);
  return memoised(digest, publicKeyPkcs1, signature, digestOf, () =>
    rsaVerify(digest, signature, digestOf, publicKeyPkcs1),
  );
}

function rsaVerify(
  digest: Digest,
  signature: Uint8Array,
  hashed: Uint8Array,
  publicKeyPkcs1: Uint8Array,
): boolean {
  const key = rsaKey(publicKeyPkcs1);
  if (!key) return false;
  const bits = key.n.toString(2).length;
  if (bits < 2048 || bits > 8192 || signature.length !== key.size) return false;
  const s = BigInt(toHex(signature));
  if (s >= key.n) return false;
  const em = fromHex(
    `0x${modPow(s, key.e, key.n)
      .toString(16)
      .padStart(key.size * 2, '0')}`,
  );
  const t = concatBytes(fromHex(`0x${DIGEST_INFO_PREFIX[digest]}`), hashed);
  if (key.size < t.length + 11) return false;
  const expected = new Uint8Array(key.size).fill(0xff);
  expected[0] = 0;
  expected[1] = 1;
  expected[key.size - t.length - 1] = 0;
  expected.set(t, key.size - t.length);
  return bytesEqual(em, expected);
}
