/**
 * `sgx_attestation::ias::verify_signature` (crates/sgx-attestation/src/ias.rs at runtime-release-v1270):
 * an IAS report is accepted when its signing certificate (DER X.509) parses (InvalidCertificate), its
 * RSA key signs the exact report bytes with PKCS#1 v1.5 / SHA-256 (InvalidSignature), and the
 * certificate is issued directly by a trust anchor — Intel's Attestation Report Signing CA — and valid
 * at `now` (InvalidSignature), with RSA PKCS#1 SHA-256/384/512 accepted for the certificate itself.
 */
import { sgxFail } from './errors.js';
import { parseCertificate, type TrustAnchor, verifyChain, verifyWithSpki } from './x509.js';

const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';

export function verifyIasSignature(
  message: Uint8Array,
  signature: Uint8Array,
  rawCert: Uint8Array,
  now: bigint,
  anchors: readonly TrustAnchor[],
): void {
  const cert = parseCertificate(rawCert) ?? sgxFail('InvalidCertificate');
  if (!verifyWithSpki(cert.spki, SHA256_WITH_RSA, message, signature, ['RSA_PKCS1_SHA256']))
    sgxFail('InvalidSignature');
  const chained = verifyChain({
    leaf: cert,
    intermediates: [],
    anchors,
    now,
    algs: ['RSA_PKCS1_SHA256', 'RSA_PKCS1_SHA384', 'RSA_PKCS1_SHA512'],
  });
  if (!chained) sgxFail('InvalidSignature');
}
