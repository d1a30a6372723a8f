/**
 * SGX DCAP quote layout (crates/sgx-attestation/src/dcap/quote.rs, Intel's ECDSA quote library):
 * the 48-byte header, the 384-byte enclave report, and the authentication data of a v3 quote (ECDSA
 * signature, attestation key, QE report and its signature, QE authentication data, certification data)
 * or of a v4 quote (the QE report certification data nested in the certification data). Decoding has
 * the Rust decoder's leniency: trailing bytes are ignored, short input is a codec error.
 */
import { sgxFail } from './errors.js';

export const HEADER_LEN = 48;
export const ENCLAVE_REPORT_LEN = 384;

export interface QuoteHeader {
  version: number;
  attestationKeyType: number;
  teeType: number;
  qeSvn: number;
  pceSvn: number;
  qeVendorId: Uint8Array;
  userData: Uint8Array;
}

export interface EnclaveReport {
  cpuSvn: Uint8Array;
  miscSelect: number;
  attributes: Uint8Array;
  mrEnclave: Uint8Array;
  mrSigner: Uint8Array;
  isvProdId: number;
  isvSvn: number;
  reportData: Uint8Array;
}

export interface CertificationData {
  certType: number;
  body: Uint8Array;
}

export interface QeReportCertification {
  qeReport: Uint8Array;
  qeReportSignature: Uint8Array;
  qeAuthData: Uint8Array;
  certificationData: CertificationData;
}

export type AuthData =
  | ({ version: 3; ecdsaSignature: Uint8Array; attestationKey: Uint8Array } & QeReportCertification)
  | {
      version: 4;
      ecdsaSignature: Uint8Array;
      attestationKey: Uint8Array;
      certificationData: CertificationData;
      qeReportData: QeReportCertification;
    };

export interface Quote {
  header: QuoteHeader;
  report: EnclaveReport;
  authData: AuthData;
}

/** Little-endian reader failing with `CodecError` on short input. */
class Reader {
  private at = 0;
  constructor(private readonly b: Uint8Array) {}
  take(n: number): Uint8Array {
    if (this.at + n > this.b.length) sgxFail('CodecError');
    const out = this.b.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }
  u16(): number {
    const x = this.take(2);
    return (x[0] ?? 0) | ((x[1] ?? 0) << 8);
  }
  u32(): number {
    const x = this.take(4);
    return ((x[0] ?? 0) | ((x[1] ?? 0) << 8) | ((x[2] ?? 0) << 16)) + (x[3] ?? 0) * 0x1000000;
  }
}

/** The 384-byte `EnclaveReport` (quote body and QE report share it). */
export function decodeEnclaveReport(bytes: Uint8Array): EnclaveReport {
  const r = new Reader(bytes);
  const cpuSvn = r.take(16);
  const miscSelect = r.u32();
  r.take(28);
  const attributes = r.take(16);
  const mrEnclave = r.take(32);
  r.take(32);
  const mrSigner = r.take(32);
  r.take(96);
  const isvProdId = r.u16();
  const isvSvn = r.u16();
  r.take(60);
  const reportData = r.take(64);
  return { cpuSvn, miscSelect, attributes, mrEnclave, mrSigner, isvProdId, isvSvn, reportData };
}

const certificationData = (r: Reader): CertificationData => {
  const certType = r.u16();
  return { certType, body: r.take(r.u32()) };
};

function qeReportCertification(r: Reader): QeReportCertification {
  const qeReport = r.take(ENCLAVE_REPORT_LEN);
  const qeReportSignature = r.take(64);
  const qeAuthData = r.take(r.u16());
  return { qeReport, qeReportSignature, qeAuthData, certificationData: certificationData(r) };
}

/** `Quote::decode`; throws `CodecError`. */
export function decodeQuote(raw: Uint8Array): Quote {
  const r = new Reader(raw);
  const header: QuoteHeader = {
    version: r.u16(),
    attestationKeyType: r.u16(),
    teeType: r.u32(),
    qeSvn: r.u16(),
    pceSvn: r.u16(),
    qeVendorId: r.take(16),
    userData: r.take(20),
  };
  if (header.version > 4) {
    const bodyType = r.u16();
    r.u32();
    if (bodyType !== 1) sgxFail('CodecError');
  }
  const report = decodeEnclaveReport(r.take(ENCLAVE_REPORT_LEN));
  const data = new Reader(r.take(r.u32()));
  let authData: AuthData;
  if (header.version === 3) {
    const ecdsaSignature = data.take(64);
    const attestationKey = data.take(64);
    authData = { version: 3, ecdsaSignature, attestationKey, ...qeReportCertification(data) };
  } else if (header.version === 4) {
    const ecdsaSignature = data.take(64);
    const attestationKey = data.take(64);
    const cert = certificationData(data);
    const qeReportData = qeReportCertification(new Reader(cert.body));
    authData = { version: 4, ecdsaSignature, attestationKey, certificationData: cert, qeReportData };
  } else return sgxFail('CodecError');
  return { header, report, authData };
}
