/**
 * X.509 as SGX attestation uses it, parsed with @peculiar/asn1-x509 (no hand-written ASN.1): PEM chains,
 * certificates, CRLs, and path validation with the rules of rustls-webpki's `verify_for_usage` that
 * crates/sgx-attestation relies on — the leaf and each intermediate valid at `now` (notBefore ≤ now ≤
 * notAfter, seconds), issuer/subject names equal byte for byte, each signature verified with the
 * issuer's key and one of the allowed algorithms, intermediates are CAs (basicConstraints cA) within
 * their path length, the leaf is not a CA, an extended-key-usage extension (if any) allows serverAuth,
 * no unknown critical extension, at most 6 intermediates, the path ending at a trust anchor (subject +
 * public key; the anchor itself is not time-checked). Revocation is checked when CRLs are given: a
 * certificate of the path whose serial number a CRL of its issuer lists is rejected.
 */

import { ECParameters } from '@peculiar/asn1-ecc';
import { AsnConvert } from '@peculiar/asn1-schema';
import {
  BasicConstraints,
  Certificate,
  CertificateList,
  ExtendedKeyUsage,
  id_ce_basicConstraints,
  id_ce_cRLDistributionPoints,
  id_ce_extKeyUsage,
  id_ce_keyUsage,
  id_ce_nameConstraints,
  id_ce_subjectAltName,
  SubjectPublicKeyInfo,
} from '@peculiar/asn1-x509';
import { base64Decode } from '@polkadot/util-crypto';
import { bytesEqual, fromHex, fromUtf8, toHex } from '../primitives/bytes.js';
import { type Digest, derToRawSignature, verifyP256Raw, verifyRsaPkcs1 } from './crypto.js';

/** Signature algorithms a verification accepts (webpki's `SignatureVerificationAlgorithm`s). */
export type SignatureAlgorithm =
  | 'ECDSA_P256_SHA256'
  | 'RSA_PKCS1_SHA256'
  | 'RSA_PKCS1_SHA384'
  | 'RSA_PKCS1_SHA512';

const OID = {
  ecPublicKey: '1.2.840.10045.2.1',
  prime256v1: '1.2.840.10045.3.1.7',
  ecdsaSha256: '1.2.840.10045.4.3.2',
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256Rsa: '1.2.840.113549.1.1.11',
  sha384Rsa: '1.2.840.113549.1.1.12',
  sha512Rsa: '1.2.840.113549.1.1.13',
  serverAuth: '1.3.6.1.5.5.7.3.1',
};
const SIG_OID: Record<SignatureAlgorithm, string> = {
  ECDSA_P256_SHA256: OID.ecdsaSha256,
  RSA_PKCS1_SHA256: OID.sha256Rsa,
  RSA_PKCS1_SHA384: OID.sha384Rsa,
  RSA_PKCS1_SHA512: OID.sha512Rsa,
};
const RSA_DIGEST: Record<string, Digest> = {
  RSA_PKCS1_SHA256: 'SHA-256',
  RSA_PKCS1_SHA384: 'SHA-384',
  RSA_PKCS1_SHA512: 'SHA-512',
};
/** Extensions webpki understands; any other one marked critical rejects the certificate. */
const KNOWN_EXTENSIONS = new Set([
  id_ce_keyUsage,
  id_ce_subjectAltName,
  id_ce_basicConstraints,
  id_ce_nameConstraints,
  id_ce_cRLDistributionPoints,
  id_ce_extKeyUsage,
]);
const MAX_INTERMEDIATES = 6;

/** A trust anchor: DER subject name and DER SubjectPublicKeyInfo (webpki `TrustAnchor`). */
export interface TrustAnchor {
  subject: string;
  spki: string;
}

export interface ParsedCert {
  der: Uint8Array;
  asn: Certificate;
  tbs: Uint8Array;
  subject: string;
  issuer: string;
  serial: string;
  spki: Uint8Array;
  notBefore: bigint;
  notAfter: bigint;
}

const secs = (d: Date): bigint => BigInt(d.getTime()) / 1000n;
const der = (v: unknown): Uint8Array => new Uint8Array(AsnConvert.serialize(v));

/** Parsed certificates and CRLs by DER (parsing is the slow part; the same chains recur). */
const PARSED_LIMIT = 256;
const parsedCerts = new Map<string, ParsedCert | undefined>();
const parsedCrls = new Map<string, ParsedCrl | undefined>();
function remember<T>(cache: Map<string, T>, bytes: Uint8Array, parse: () => T): T {
  const key = toHex(bytes);
  if (cache.has(key)) return cache.get(key) as T;
  const value = parse();
  if (cache.size >= PARSED_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Parses one DER certificate (undefined when it is not one). */
export function parseCertificate(bytes: Uint8Array): ParsedCert | undefined {
  return remember(parsedCerts, bytes, () => parseCertificateUncached(bytes.slice()));
}

function parseCertificateUncached(bytes: Uint8Array): ParsedCert | undefined {
  try {
    const asn = AsnConvert.parse(bytes, Certificate);
    const tbs = asn.tbsCertificate;
    if (!asn.tbsCertificateRaw) return undefined;
    return {
      der: bytes,
      asn,
      tbs: new Uint8Array(asn.tbsCertificateRaw),
      subject: toHex(der(tbs.subject)),
      issuer: toHex(der(tbs.issuer)),
      serial: toHex(new Uint8Array(tbs.serialNumber)),
      spki: der(tbs.subjectPublicKeyInfo),
      notBefore: secs(tbs.validity.notBefore.getTime()),
      notAfter: secs(tbs.validity.notAfter.getTime()),
    };
  } catch {
    return undefined;
  }
}

/** The DER bodies of every `CERTIFICATE` block of a PEM text (the `pem` crate's `parse_many`). */
export function pemCertificates(text: Uint8Array | string): Uint8Array[] | undefined {
  const s = typeof text === 'string' ? text : fromUtf8(text);
  const out: Uint8Array[] = [];
  try {
    for (const m of s.matchAll(/-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g)) {
      const body = (m[2] ?? '').replace(/\s+/g, '');
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) return undefined;
      out.push(base64Decode(body));
    }
  } catch {
    return undefined;
  }
  return out;
}

/** The algorithm, named curve (EC keys) and key bits of a SubjectPublicKeyInfo. */
function parseSpki(spki: Uint8Array): { algorithm: string; curve?: string; key: Uint8Array } | undefined {
  try {
    const info = AsnConvert.parse(spki, SubjectPublicKeyInfo);
    const params = info.algorithm.parameters;
    const curve =
      info.algorithm.algorithm === OID.ecPublicKey && params
        ? AsnConvert.parse(params, ECParameters).namedCurve
        : undefined;
    return { algorithm: info.algorithm.algorithm, curve, key: new Uint8Array(info.subjectPublicKey) };
  } catch {
    return undefined;
  }
}

/** Verifies `signature` over `message` with the key of `spki` under one of `algs` (named by `sigOid`). */
export function verifyWithSpki(
  spki: Uint8Array,
  sigOid: string,
  message: Uint8Array,
  signature: Uint8Array,
  algs: readonly SignatureAlgorithm[],
): boolean {
  const alg = algs.find((a) => SIG_OID[a] === sigOid);
  const key = parseSpki(spki);
  if (!alg || !key) return false;
  if (alg === 'ECDSA_P256_SHA256') {
    if (key.algorithm !== OID.ecPublicKey || key.curve !== OID.prime256v1) return false;
    const raw = derToRawSignature(signature);
    return raw !== undefined && verifyP256Raw(raw, message, key.key);
  }
  if (key.algorithm !== OID.rsaEncryption) return false;
  return verifyRsaPkcs1(RSA_DIGEST[alg] as Digest, signature, message, key.key);
}

/** The values (OCTET STRING contents) of every extension `oid` of a certificate. */
export function extensionValues(cert: ParsedCert, oid: string): Uint8Array[] {
  return (cert.asn.tbsCertificate.extensions ?? [])
    .filter((e) => e.extnID === oid)
    .map((e) => new Uint8Array(e.extnValue.buffer));
}

function signedBy(cert: ParsedCert, issuerSpki: Uint8Array, algs: readonly SignatureAlgorithm[]): boolean {
  const outer = cert.asn.signatureAlgorithm.algorithm;
  if (outer !== cert.asn.tbsCertificate.signature.algorithm) return false;
  return verifyWithSpki(issuerSpki, outer, cert.tbs, new Uint8Array(cert.asn.signatureValue), algs);
}

function basicConstraints(cert: ParsedCert): { ca: boolean; pathLen?: number } {
  const [value] = extensionValues(cert, id_ce_basicConstraints);
  if (!value) return { ca: false };
  const bc = AsnConvert.parse(value, BasicConstraints);
  return { ca: bc.cA, pathLen: bc.pathLenConstraint };
}

/** Issuer-independent checks of one certificate of a path (webpki `check_issuer_independent_properties`). */
function checkProperties(cert: ParsedCert, now: bigint, asEndEntity: boolean, below: number): boolean {
  if (cert.asn.tbsCertificate.version !== 2) return false;
  if (now < cert.notBefore || now > cert.notAfter) return false;
  for (const e of cert.asn.tbsCertificate.extensions ?? [])
    if (e.critical && !KNOWN_EXTENSIONS.has(e.extnID)) return false;
  let bc: { ca: boolean; pathLen?: number };
  try {
    bc = basicConstraints(cert);
  } catch {
    return false;
  }
  if (asEndEntity ? bc.ca : !bc.ca) return false;
  if (!asEndEntity && bc.pathLen !== undefined && below > bc.pathLen) return false;
  const [eku] = extensionValues(cert, id_ce_extKeyUsage);
  if (eku) {
    try {
      if (!AsnConvert.parse(eku, ExtendedKeyUsage).includes(OID.serverAuth)) return false;
    } catch {
      return false;
    }
  }
  return true;
}

export interface ParsedCrl {
  issuer: string;
  nextUpdate: bigint | undefined;
  revoked: Set<string>;
  asn: CertificateList;
  tbs: Uint8Array;
}

/** Parses one DER CRL. */
export function parseCrl(bytes: Uint8Array): ParsedCrl | undefined {
  return remember(parsedCrls, bytes, () => parseCrlUncached(bytes));
}

function parseCrlUncached(bytes: Uint8Array): ParsedCrl | undefined {
  try {
    const asn = AsnConvert.parse(bytes, CertificateList);
    if (!asn.tbsCertListRaw) return undefined;
    const t = asn.tbsCertList;
    return {
      issuer: toHex(der(t.issuer)),
      nextUpdate: t.nextUpdate ? secs(t.nextUpdate.getTime()) : undefined,
      revoked: new Set((t.revokedCertificates ?? []).map((r) => toHex(new Uint8Array(r.userCertificate)))),
      asn,
      tbs: new Uint8Array(asn.tbsCertListRaw),
    };
  } catch {
    return undefined;
  }
}

/** A CRL is authentic and current: signed (ECDSA P-256) by `issuerSpki`, nextUpdate not passed. */
export function crlValid(crl: ParsedCrl, issuerSpki: Uint8Array, now: bigint): boolean {
  if (crl.asn.signatureAlgorithm.algorithm !== crl.asn.tbsCertList.signature.algorithm) return false;
  if (crl.nextUpdate !== undefined && now > crl.nextUpdate) return false;
  return verifyWithSpki(
    issuerSpki,
    crl.asn.signatureAlgorithm.algorithm,
    crl.tbs,
    new Uint8Array(crl.asn.signature),
    ['ECDSA_P256_SHA256'],
  );
}

/**
 * `verify_for_usage(algs, anchors, intermediates, now, serverAuth)`: true when a path leads from `leaf`
 * through `intermediates` to one of `anchors`, and (with `crls`) no certificate of it is revoked.
 */
export function verifyChain(opts: {
  leaf: ParsedCert;
  intermediates: ParsedCert[];
  anchors: readonly TrustAnchor[];
  now: bigint;
  algs: readonly SignatureAlgorithm[];
  crls?: readonly ParsedCrl[];
  /** The first certificate is itself a CA (a CRL issuer), not an end entity. */
  leafIsCa?: boolean;
}): boolean {
  const revoked = (c: ParsedCert) =>
    (opts.crls ?? []).some((crl) => crl.issuer === c.issuer && crl.revoked.has(c.serial));
  const walk = (cert: ParsedCert, used: ParsedCert[]): boolean => {
    if (revoked(cert)) return false;
    for (const anchor of opts.anchors)
      if (anchor.subject === cert.issuer && signedBy(cert, fromHex(anchor.spki), opts.algs)) return true;
    if (used.length >= MAX_INTERMEDIATES) return false;
    for (const ca of opts.intermediates) {
      if (ca.subject !== cert.issuer || used.includes(ca) || bytesEqual(ca.der, cert.der)) continue;
      if (!checkProperties(ca, opts.now, false, used.length)) continue;
      if (!signedBy(cert, ca.spki, opts.algs)) continue;
      if (walk(ca, [...used, ca])) return true;
    }
    return false;
  };
  return checkProperties(opts.leaf, opts.now, !opts.leafIsCa, 0) && walk(opts.leaf, []);
}
