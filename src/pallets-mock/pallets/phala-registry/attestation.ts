/**
 * Attestation checks of `register_worker_v2` (pallets/phala/src/utils/attestation.rs
 * `validate` / `validate_ias_report`, crates/sgx-attestation/src/ias.rs), against a simulated
 * attestation service instead of Intel's.
 *
 * The report is IAS-shaped: `ra_report` is the JSON `RaReport` (id, timestamp without zone,
 * version, epidPseudonym, advisoryURL, advisoryIDs, isvEnclaveQuoteStatus, isvEnclaveQuoteBody = base64
 * of the 432-byte `EnclaveQuoteBody`), `signature` signs the exact report bytes, and
 * `raw_signing_cert` is the signing key's certificate. Every check of the real validator is kept, in
 * its order and with its errors:
 *   1. signature chain: the certificate is signed by the trusted root (`PhalaRegistry.IasRootKey`, set
 *      at genesis), valid at `now`, and its key signed the report → else `InvalidIASSigningCert`;
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
 *
 * Deviation (the only one): the certificate is not X.509/RSA but a small SCALE certificate
 * `{ subject: ed25519 key, not_before, not_after, issuer_signature }` signed with ed25519 by the root;
 * signatures are real and verified for real.
 */
import { base64Decode } from '@polkadot/util-crypto';
import { byteArray, decode, encode, struct, u64, type ValueOf } from '../../frame/scale.js';
import { bytesEqual, concatBytes, fromHex, toHex, utf8 } from '../../primitives/bytes.js';
import { verifySignature } from '../../primitives/signature.js';

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
  | 'PRuntimeRejected'
  | 'OutdatedIASReport'
  | 'InvalidRuntimeInfoHash'
  | 'NoneAttestationDisabled';

export interface ConfidentialReport {
  confidenceLevel: bigint;
  provider: 'Ias' | null;
  runtimeHash: string;
}

export class AttestationFailure extends Error {
  constructor(readonly error: AttestationError) {
    super(error);
    this.name = 'AttestationFailure';
  }
}
const fail = (e: AttestationError): never => {
  throw new AttestationFailure(e);
};

// ---------------------------------------------------------------------------------------------------
// Time: RFC 3339 with integer arithmetic only

const DAY = 86_400n;
/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: bigint, m: bigint, d: bigint): bigint {
  const yy = m <= 2n ? y - 1n : y;
  const era = (yy >= 0n ? yy : yy - 399n) / 400n;
  const yoe = yy - era * 400n;
  const mp = m > 2n ? m - 3n : m + 9n;
  const doy = (153n * mp + 2n) / 5n + d - 1n;
  const doe = yoe * 365n + yoe / 4n - yoe / 100n + doy;
  return era * 146_097n + doe - 719_468n;
}

function civilFromDays(z0: bigint): [bigint, bigint, bigint] {
  const z = z0 + 719_468n;
  const era = (z >= 0n ? z : z - 146_096n) / 146_097n;
  const doe = z - era * 146_097n;
  const yoe = (doe - doe / 1460n + doe / 36_524n - doe / 146_096n) / 365n;
  const doy = doe - (365n * yoe + yoe / 4n - yoe / 100n);
  const mp = (5n * doy + 2n) / 153n;
  const d = doy - (153n * mp + 2n) / 5n + 1n;
  const m = mp < 10n ? mp + 3n : mp - 9n;
  return [m <= 2n ? yoe + era * 400n + 1n : yoe + era * 400n, m, d];
}

const daysInMonth = (y: bigint, m: bigint): bigint => {
  if (m === 2n) return (y % 4n === 0n && y % 100n !== 0n) || y % 400n === 0n ? 29n : 28n;
  return m === 4n || m === 6n || m === 9n || m === 11n ? 30n : 31n;
};

/** Unix seconds of an RFC 3339 UTC timestamp (`chrono::DateTime::parse_from_rfc3339(..).timestamp()`). */
export function parseRfc3339(s: string): bigint | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/.exec(
    s,
  );
  if (!m) return undefined;
  const [y, mo, d, h, mi, se] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => BigInt(x ?? '0')) as [
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
    bigint,
  ];
  if (mo < 1n || mo > 12n || d < 1n || d > daysInMonth(y, mo) || h > 23n || mi > 59n || se > 60n)
    return undefined;
  let offset = 0n;
  if (m[8]) {
    const oh = BigInt(m[9] ?? '0');
    const om = BigInt(m[10] ?? '0');
    if (oh > 23n || om > 59n) return undefined;
    offset = (m[8] === '-' ? -1n : 1n) * (oh * 3600n + om * 60n);
  }
  return daysFromCivil(y, mo, d) * DAY + h * 3600n + mi * 60n + se - offset;
}

/** IAS-style timestamp (no zone, microseconds) of unix seconds, e.g. `2026-01-01T00:00:00.000000`. */
export function iasTimestamp(unixSec: bigint): string {
  const days = unixSec >= 0n ? unixSec / DAY : (unixSec - DAY + 1n) / DAY;
  const rem = unixSec - days * DAY;
  const [y, mo, d] = civilFromDays(days);
  const p2 = (x: bigint) => x.toString().padStart(2, '0');
  return `${y.toString().padStart(4, '0')}-${p2(mo)}-${p2(d)}T${p2(rem / 3600n)}:${p2((rem % 3600n) / 60n)}:${p2(rem % 60n)}.000000`;
}

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

/** Verifies the signature chain: root → certificate (valid at now) → report. */
export function verifyReportSignature(
  report: Uint8Array,
  signature: Uint8Array,
  rawCert: Uint8Array,
  nowSec: bigint,
  rootKey: string,
): boolean {
  let cert: SimIasCertValue;
  try {
    cert = decode(SimIasCert, rawCert);
  } catch {
    return false;
  }
  const payload = certSigningPayload(cert.subject, cert.notBefore, cert.notAfter);
  if (!verifySignature('Ed25519', fromHex(cert.issuerSignature), payload, fromHex(rootKey))) return false;
  if (nowSec < cert.notBefore || nowSec > cert.notAfter) return false;
  return verifySignature('Ed25519', signature, report, fromHex(cert.subject));
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
}): ConfidentialReport {
  if (!verifyReportSignature(opts.report, opts.signature, opts.rawSigningCert, opts.nowSec, opts.rootKey))
    fail('InvalidIASSigningCert');
  const parsed = parseReport(opts.report);
  const reportTs = parseRfc3339(`${parsed.timestamp}Z`);
  if (reportTs === undefined) return fail('BadIASReport');
  let level = 128n;
  if (QUOTE_STATUS_LEVEL_1.includes(parsed.quoteStatus)) level = 1n;
  else if (QUOTE_STATUS_LEVEL_2.includes(parsed.quoteStatus)) level = 2n;
  else if (QUOTE_STATUS_LEVEL_3.includes(parsed.quoteStatus)) level = 3n;
  else if (QUOTE_STATUS_LEVEL_5.includes(parsed.quoteStatus)) level = 5n;
  if (level === 128n) fail('InvalidQuoteStatus');
  if (level === 3n && parsed.advisoryIds.some((id) => !ADVISORY_ID_ALLOW_LIST.includes(id))) level = 4n;
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
