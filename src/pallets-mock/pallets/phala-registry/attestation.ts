/**
 * Attestation checks of `register_worker_v2` (pallets/phala/src/utils/attestation.rs `validate`,
 * `validate_ias_report`, `validate_dcap` at runtime-release-v1270), over crates/sgx-attestation's
 * verifiers in ../../sgx-attestation.
 *
 * - `SgxIas { ra_report, signature, raw_signing_cert }`: `ra_report` is the JSON `RaReport` (id,
 *   timestamp without zone, version, epidPseudonym, advisoryURL, advisoryIDs, isvEnclaveQuoteStatus,
 *   isvEnclaveQuoteBody = base64 of the 432-byte `EnclaveQuoteBody`). Checks, in order:
 *   1. signature chain → else `InvalidIASSigningCert`: a DER X.509 certificate is verified as Intel's
 *      (RSA PKCS#1 report signature, issued by the trust anchors of the hidden constant
 *      `IasTrustAnchors`, Intel's Attestation Report Signing CA); any other certificate is read as the
 *      simulated service's `{ subject: ed25519 key, not_before, not_after, issuer_signature }` signed by
 *      the hidden `IasRootKey` (the dev network's stand-in, set at genesis; see attestation-service.ts);
 *   2. the report parses (`InvalidReport`), its timestamp parses as RFC 3339 once `Z` is appended
 *      (`BadIASReport`);
 *   3. quote status → confidence level (OK/UpToDate 1; SW_HARDENING_NEEDED 2; CONFIGURATION_NEEDED… 3,
 *      or 4 when an advisory id is outside the allow-list; GROUP_OUT_OF_DATE… 5) else
 *      `InvalidQuoteStatus`;
 *   4. the quote body decodes (`UnknownQuoteBodyFormat`);
 *   5. measurement `mr_enclave ‖ isv_prod_id ‖ isv_svn ‖ mr_signer` in `PRuntimeAllowList` when
 *      VerifyPRuntime (`PRuntimeRejected`);
 *   6. `now − timestamp < 7200 s` (`OutdatedIASReport`);
 *   7. `report_data[0..32] == blake2_256(SCALE(pruntime_info))` (`InvalidRuntimeInfoHash`).
 * - `SgxDcap { quote, collateral }`: no collateral → `UnsupportedAttestationType`; the quote verified
 *   with it at `now` against the hidden `DcapTrustAnchors` (Intel's SGX Root CA; a dev genesis adds the
 *   simulated DCAP service's root) — any failure is `InvalidDCAPQuote`, its reason kept as detail;
 *   then the pRuntime hash in the allow-list (`PRuntimeRejected`), report data (`InvalidRuntimeInfoHash`),
 *   the TCB status → confidence level as for IAS (`InvalidQuoteStatus`). As in the final runtime, a DCAP
 *   quote has no age limit beyond its collateral's.
 */

import { byteArray, decode, encode, struct, u64, type ValueOf } from '../../frame/scale.js';
import { base64Decode } from '../../primitives/base64.js';
import { bytesEqual, concatBytes, fromHex, toHex, utf8 } from '../../primitives/bytes.js';
import { verifySignature } from '../../primitives/signature.js';
import type { VerifyItem } from '../../primitives/signature-batch.js';
import type { SgxV30QuoteCollateralValue } from '../../sgx-attestation/collateral.js';
import { type DcapVerified, verifyDcapQuote } from '../../sgx-attestation/dcap.js';
import { SgxAttestationError, type SgxError } from '../../sgx-attestation/errors.js';
import { verifyIasSignature } from '../../sgx-attestation/ias.js';
import { parseRfc3339, utcDateTime } from '../../sgx-attestation/time.js';
import { parseCertificate, type TrustAnchor } from '../../sgx-attestation/x509.js';

export const SimIasCert = struct('pha_stake::sim_ias::Certificate', {
  subject: byteArray(32),
  not_before: u64,
  not_after: u64,
  issuer_signature: byteArray(64),
});
export type SimIasCertValue = ValueOf<typeof SimIasCert>;

/** Bytes the root signs for a certificate. */
export function certSigningPayload(subject: string, notBefore: bigint, notAfter: bigint): Uint8Array {
  return concatBytes(
    utf8('pha-stake/sim-ias/cert:'),
    fromHex(subject),
    encode(u64, notBefore),
    encode(u64, notAfter),
  );
}

export const QUOTE_STATUS_LEVEL_1 = ['OK', 'UpToDate'];
export const QUOTE_STATUS_LEVEL_2 = ['SW_HARDENING_NEEDED', 'SWHardeningNeeded'];
export const QUOTE_STATUS_LEVEL_3 = [
  'CONFIGURATION_NEEDED',
  'CONFIGURATION_AND_SW_HARDENING_NEEDED',
  'ConfigurationNeeded',
  'ConfigurationAndSWHardeningNeeded',
];
export const QUOTE_STATUS_LEVEL_5 = ['GROUP_OUT_OF_DATE', 'OutOfDate', 'OutOfDateConfigurationNeeded'];
export const ADVISORY_ID_ALLOW_LIST = [
  'INTEL-SA-00334',
  'INTEL-SA-00219',
  'INTEL-SA-00381',
  'INTEL-SA-00389',
];

/** Maximum report age (s). */
export const IAS_REPORT_MAX_AGE = 7200n;

/** Offsets in the 432-byte `EnclaveQuoteBody` (sgx-attestation ias.rs field order). */
export const QUOTE_BODY = {
  length: 432,
  mrEnclave: 112,
  mrSigner: 176,
  isvProdId: 304,
  isvSvn: 306,
  reportData: 368,
} as const;

export type AttestationError =
  | 'InvalidIASSigningCert'
  | 'InvalidReport'
  | 'BadIASReport'
  | 'InvalidQuoteStatus'
  | 'UnknownQuoteBodyFormat'
  | 'InvalidDCAPQuote'
  | 'PRuntimeRejected'
  | 'OutdatedIASReport'
  | 'InvalidRuntimeInfoHash'
  | 'NoneAttestationDisabled'
  | 'UnsupportedAttestationType';

export interface ConfidentialReport {
  confidenceLevel: bigint;
  provider: 'Ias' | 'Dcap' | null;
  runtimeHash: string;
}

export class AttestationFailure extends Error {
  constructor(
    readonly error: AttestationError,
    readonly reason?: SgxError,
  ) {
    super(reason ? `${error}: ${reason}` : error);
    this.name = 'AttestationFailure';
  }
}
const fail = (e: AttestationError, reason?: SgxError): never => {
  throw new AttestationFailure(e, reason);
};

export { parseRfc3339 };

/** IAS-style timestamp (no zone, microseconds) of unix seconds, e.g. `2026-01-01T00:00:00.000000`. */
export const iasTimestamp = (unixSec: bigint): string => `${utcDateTime(unixSec)}.000000`;

// ---------------------------------------------------------------------------------------------------
// The validator

interface RaReport {
  timestamp: string;
  advisoryIds: string[];
  quoteStatus: string;
  quoteBody: string;
}

function parseReport(report: Uint8Array): RaReport {
  let json: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(report);
    json = JSON.parse(text);
  } catch {
    return fail('InvalidReport');
  }
  const r = json as Record<string, unknown>;
  const isStr = (v: unknown): v is string => typeof v === 'string';
  const advisory = r.advisoryIDs ?? [];
  if (
    typeof r !== 'object' ||
    r === null ||
    Array.isArray(r) ||
    !isStr(r.id) ||
    !isStr(r.timestamp) ||
    !Number.isInteger(r.version) ||
    (r.version as number) < 0 ||
    (r.version as number) > 255 ||
    !isStr(r.epidPseudonym) ||
    (r.advisoryURL !== undefined && !isStr(r.advisoryURL)) ||
    !Array.isArray(advisory) ||
    !advisory.every(isStr) ||
    !isStr(r.isvEnclaveQuoteStatus) ||
    !isStr(r.isvEnclaveQuoteBody)
  )
    return fail('InvalidReport');
  return {
    timestamp: r.timestamp,
    advisoryIds: advisory as string[],
    quoteStatus: r.isvEnclaveQuoteStatus,
    quoteBody: r.isvEnclaveQuoteBody,
  };
}

/** Quote / TCB status and advisories → confidence level 1–5 (`InvalidQuoteStatus` otherwise). */
export function confidenceLevel(status: string, advisoryIds: string[]): bigint {
  let level = 128n;
  if (QUOTE_STATUS_LEVEL_1.includes(status)) level = 1n;
  else if (QUOTE_STATUS_LEVEL_2.includes(status)) level = 2n;
  else if (QUOTE_STATUS_LEVEL_3.includes(status)) level = 3n;
  else if (QUOTE_STATUS_LEVEL_5.includes(status)) level = 5n;
  if (level === 128n) fail('InvalidQuoteStatus');
  if (level === 3n && advisoryIds.some((id) => !ADVISORY_ID_ALLOW_LIST.includes(id))) level = 4n;
  return level;
}

/**
 * A simulated-service report's two signatures: the certificate's, by the root key, and the report's, by
 * the certificate's subject; undefined when `rawCert` does not decode as a simulated certificate.
 */
function simulatedChain(
  report: Uint8Array,
  signature: Uint8Array,
  rawCert: Uint8Array,
  rootKey: string,
): { cert: SimIasCertValue; issuer: VerifyItem; report: VerifyItem } | undefined {
  let cert: SimIasCertValue;
  try {
    cert = decode(SimIasCert, rawCert);
  } catch {
    return undefined;
  }
  return {
    cert,
    issuer: {
      kind: 'Ed25519',
      signature: fromHex(cert.issuerSignature),
      message: certSigningPayload(cert.subject, cert.notBefore, cert.notAfter),
      key: fromHex(rootKey),
    },
    report: { kind: 'Ed25519', signature, message: report, key: fromHex(cert.subject) },
  };
}

/**
 * The signatures `verifyReportSignature` checks through `verifySignature` for a simulated-service
 * report, for pre-verification on a thread pool (signature-batch.ts); none for an Intel certificate
 * (its RSA chain is verified by sgx-attestation) or a certificate that does not decode.
 */
export function reportSignatureItems(
  report: Uint8Array,
  signature: Uint8Array,
  rawCert: Uint8Array,
  rootKey: string,
): VerifyItem[] {
  if (parseCertificate(rawCert)) return [];
  const chain = simulatedChain(report, signature, rawCert, rootKey);
  return chain ? [chain.issuer, chain.report] : [];
}

const verified = (it: VerifyItem): boolean => verifySignature(it.kind, it.signature, it.message, it.key);

/** Verifies the signature chain: trust anchor → certificate (valid at now) → report. */
export function verifyReportSignature(
  report: Uint8Array,
  signature: Uint8Array,
  rawCert: Uint8Array,
  nowSec: bigint,
  rootKey: string,
  iasAnchors: readonly TrustAnchor[],
): boolean {
  if (parseCertificate(rawCert)) {
    try {
      verifyIasSignature(report, signature, rawCert, nowSec, iasAnchors);
      return true;
    } catch (err) {
      if (err instanceof SgxAttestationError) return false;
      throw err;
    }
  }
  const chain = simulatedChain(report, signature, rawCert, rootKey);
  if (!chain || !verified(chain.issuer)) return false;
  if (nowSec < chain.cert.notBefore || nowSec > chain.cert.notAfter) return false;
  return verified(chain.report);
}

/** `validate_ias_report`; throws AttestationFailure naming the real error. */
export function validateIasReport(opts: {
  userDataHash: Uint8Array;
  report: Uint8Array;
  signature: Uint8Array;
  rawSigningCert: Uint8Array;
  nowSec: bigint;
  verifyPRuntime: boolean;
  allowList: string[];
  rootKey: string;
  iasAnchors: readonly TrustAnchor[];
}): ConfidentialReport {
  const signed = verifyReportSignature(
    opts.report,
    opts.signature,
    opts.rawSigningCert,
    opts.nowSec,
    opts.rootKey,
    opts.iasAnchors,
  );
  if (!signed) fail('InvalidIASSigningCert');
  const parsed = parseReport(opts.report);
  const reportTs = parseRfc3339(`${parsed.timestamp}Z`);
  if (reportTs === undefined) return fail('BadIASReport');
  const level = confidenceLevel(parsed.quoteStatus, parsed.advisoryIds);
  let body: Uint8Array;
  try {
    body = base64Decode(parsed.quoteBody);
  } catch {
    return fail('UnknownQuoteBodyFormat');
  }
  if (body.length < QUOTE_BODY.length) fail('UnknownQuoteBodyFormat');
  const at = (off: number, len: number) => body.subarray(off, off + len);
  const runtimeHash = toHex(
    concatBytes(
      at(QUOTE_BODY.mrEnclave, 32),
      at(QUOTE_BODY.isvProdId, 2),
      at(QUOTE_BODY.isvSvn, 2),
      at(QUOTE_BODY.mrSigner, 32),
    ),
  );
  if (opts.verifyPRuntime && !opts.allowList.some((h) => h.toLowerCase() === runtimeHash))
    fail('PRuntimeRejected');
  if (opts.nowSec - reportTs >= IAS_REPORT_MAX_AGE) fail('OutdatedIASReport');
  if (!bytesEqual(at(QUOTE_BODY.reportData, 32), opts.userDataHash)) fail('InvalidRuntimeInfoHash');
  return { confidenceLevel: level, provider: 'Ias', runtimeHash };
}

/** `validate_dcap`; throws AttestationFailure naming the real error (and the verifier's reason). */
export function validateDcap(opts: {
  quote: Uint8Array;
  collateral: SgxV30QuoteCollateralValue;
  nowSec: bigint;
  userDataHash: Uint8Array;
  verifyPRuntime: boolean;
  allowList: string[];
  anchors: readonly TrustAnchor[];
}): ConfidentialReport {
  let verified: DcapVerified;
  try {
    verified = verifyDcapQuote(opts.quote, opts.collateral, opts.nowSec, opts.anchors);
  } catch (err) {
    if (err instanceof SgxAttestationError) return fail('InvalidDCAPQuote', err.reason);
    throw err;
  }
  const runtimeHash = toHex(verified.pruntimeHash);
  if (opts.verifyPRuntime && !opts.allowList.some((h) => h.toLowerCase() === runtimeHash))
    fail('PRuntimeRejected');
  if (!bytesEqual(verified.reportData.subarray(0, 32), opts.userDataHash)) fail('InvalidRuntimeInfoHash');
  const level = confidenceLevel(verified.tcbStatus, verified.advisoryIds);
  return { confidenceLevel: level, provider: 'Dcap', runtimeHash };
}
