/**
 * Issues the X.509 objects of a development SGX PKI (the simulated DCAP service's root CA, PCK and TCB
 * signing certificates, CRLs), built with @peculiar/asn1-x509 and signed with ECDSA P-256 keys derived
 * from public seeds (deterministic RFC 6979 signatures, so the same seeds give the same bytes).
 * Development keys only; nothing here is trusted unless a genesis declares its root.
 */
import { p256 } from '@noble/curves/nist';
import { ECParameters } from '@peculiar/asn1-ecc';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  BasicConstraints,
  Certificate,
  CertificateList,
  Extension,
  Extensions,
  id_ce_basicConstraints,
  Name,
  RelativeDistinguishedName,
  RevokedCertificate,
  SubjectPublicKeyInfo,
  TBSCertificate,
  TBSCertList,
  Time,
  Validity,
  Version,
} from '@peculiar/asn1-x509';
import { fromHex, toHex } from '../primitives/bytes.js';
import { rawToDerSignature, sha256 } from './crypto.js';
import type { TrustAnchor } from './x509.js';

const ECDSA_SHA256 = '1.2.840.10045.4.3.2';
const EC_PUBLIC_KEY = '1.2.840.10045.2.1';
const PRIME256V1 = '1.2.840.10045.3.1.7';

export interface P256Key {
  secret: Uint8Array;
  /** Uncompressed SEC1 point (65 bytes). */
  publicKey: Uint8Array;
}

/** A P-256 key pair whose secret scalar is the 32-byte seed. */
export function p256KeyFromSeed(seed: Uint8Array): P256Key {
  return { secret: seed, publicKey: p256.getPublicKey(seed, false) };
}

/** Raw `r ‖ s` ECDSA P-256 / SHA-256 signature (as SGX structures carry them). */
export function signP256Raw(key: P256Key, message: Uint8Array): Uint8Array {
  return p256.sign(sha256(message), key.secret, { prehash: false, lowS: true }).toBytes('compact');
}

/** `CN=<cn>, O=pha-stake development` */
export function devName(cn: string): Name {
  const rdn = (type: string, value: string) =>
    new RelativeDistinguishedName([
      new AttributeTypeAndValue({ type, value: new AttributeValue({ utf8String: value }) }),
    ]);
  return new Name([rdn('2.5.4.3', cn), rdn('2.5.4.10', 'pha-stake development')]);
}

export function p256Spki(publicKey: Uint8Array): SubjectPublicKeyInfo {
  return new SubjectPublicKeyInfo({
    algorithm: new AlgorithmIdentifier({
      algorithm: EC_PUBLIC_KEY,
      parameters: AsnConvert.serialize(new ECParameters({ namedCurve: PRIME256V1 })),
    }),
    subjectPublicKey: publicKey.slice().buffer,
  });
}

const der = (v: unknown): Uint8Array => new Uint8Array(AsnConvert.serialize(v));
const sigAlg = () => new AlgorithmIdentifier({ algorithm: ECDSA_SHA256 });
const date = (unixSec: bigint) => new Date(Number(unixSec) * 1000);
/** A positive DER INTEGER's bytes: even-length hex, a leading zero byte when the high bit is set. */
function serialBytes(serial: bigint): Uint8Array {
  let hex = serial.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (Number.parseInt(hex.slice(0, 2), 16) & 0x80) hex = `00${hex}`;
  return fromHex(`0x${hex}`);
}

/** The trust anchor (subject + key) of a development root CA. */
export function devAnchor(cn: string, publicKey: Uint8Array): TrustAnchor {
  return { subject: toHex(der(devName(cn))), spki: toHex(der(p256Spki(publicKey))) };
}

export interface IssueOptions {
  serial: bigint;
  subject: string;
  subjectKey: Uint8Array;
  issuer: string;
  issuerKey: P256Key;
  notBefore: bigint;
  notAfter: bigint;
  ca: boolean;
  /** More extensions: [oid, DER value, critical]. */
  extensions?: Array<[string, Uint8Array, boolean]>;
}

/** A DER certificate signed by `issuerKey`. */
export function issueCertificate(o: IssueOptions): Uint8Array {
  const ext = (id: string, value: Uint8Array, critical: boolean) =>
    new Extension({ extnID: id, critical, extnValue: new OctetString(value) });
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: serialBytes(o.serial).buffer as ArrayBuffer,
    signature: sigAlg(),
    issuer: devName(o.issuer),
    validity: new Validity({ notBefore: date(o.notBefore), notAfter: date(o.notAfter) }),
    subject: devName(o.subject),
    subjectPublicKeyInfo: p256Spki(o.subjectKey),
    extensions: new Extensions([
      ext(id_ce_basicConstraints, der(new BasicConstraints({ cA: o.ca })), true),
      ...(o.extensions ?? []).map(([id, v, c]) => ext(id, v, c)),
    ]),
  });
  const signature = rawToDerSignature(signP256Raw(o.issuerKey, der(tbs)));
  return der(
    new Certificate({
      tbsCertificate: tbs,
      signatureAlgorithm: sigAlg(),
      signatureValue: signature.slice().buffer,
    }),
  );
}

/** A DER CRL of `issuer` revoking `revoked` serial numbers. */
export function issueCrl(o: {
  issuer: string;
  issuerKey: P256Key;
  thisUpdate: bigint;
  nextUpdate: bigint;
  revoked: bigint[];
}): Uint8Array {
  const tbs = new TBSCertList({
    version: Version.v2,
    signature: sigAlg(),
    issuer: devName(o.issuer),
    thisUpdate: new Time(date(o.thisUpdate)),
    nextUpdate: new Time(date(o.nextUpdate)),
    revokedCertificates: o.revoked.length
      ? o.revoked.map(
          (s) =>
            new RevokedCertificate({
              userCertificate: serialBytes(s).buffer as ArrayBuffer,
              revocationDate: new Time(date(o.thisUpdate)),
            }),
        )
      : undefined,
  });
  const signature = rawToDerSignature(signP256Raw(o.issuerKey, der(tbs)));
  return der(
    new CertificateList({
      tbsCertList: tbs,
      signatureAlgorithm: sigAlg(),
      signature: signature.slice().buffer,
    }),
  );
}

/** PEM text of DER certificates. */
export function toPem(ders: Uint8Array[]): string {
  return ders
    .map((d) => {
      const b64 = btoa(String.fromCharCode(...d));
      return `-----BEGIN CERTIFICATE-----\n${b64.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
    })
    .join('');
}
