/**
 * The simulated DCAP attestation stack of the dev network (Intel's PCK/PCS infrastructure and quoting
 * enclave stand-in): a development PKI rooted in the P-256 key `SIM_DCAP_ROOT_SEED` that every dev
 * genesis declares in `PhalaRegistry.DcapTrustAnchors` — root CA, PCK Processor CA, a PCK certificate
 * carrying the Intel SGX extension (PPID, TCB with CPUSVN/PCESVN, PCEID, FMSPC, SGX type), a TCB signing
 * certificate, root and PCK CRLs — and a quoting enclave that answers with a v3 ECDSA P-256 quote (enclave
 * report with the measurement and REPORTDATA, QE report signed by the PCK key and committing to the
 * attestation key, PEM PCK chain as certification data type 5) plus its `SgxV30QuoteCollateral` (TCB
 * info and QE identity JSON signed by the TCB signing key, valid 30 days from the quote's time). Every
 * structure is the real format and every signature real; only the keys are development ones
 * (blake2_256("pha-stake/sim-dcap/<name>"), public on purpose). Deterministic: same inputs, same bytes.
 */
import * as asn1js from 'asn1js';
import type { AttestationReportValue } from '../pallets/phala-mq/types.js';
import {
  DEV_PRUNTIME,
  devSeed,
  SIM_DCAP_ROOT_CN,
  SIM_DCAP_ROOT_SEED,
} from '../pallets/phala-registry/dev-identities.js';
import { concatBytes, fromHex, toHex, utf8 } from '../primitives/bytes.js';
import type { SgxV30QuoteCollateralValue } from '../sgx-attestation/collateral.js';
import { sha256 } from '../sgx-attestation/crypto.js';
import type { EnclaveReport } from '../sgx-attestation/quote.js';
import { SGX_OID } from '../sgx-attestation/sgx-extension.js';
import { utcDateTime } from '../sgx-attestation/time.js';
import {
  issueCertificate,
  issueCrl,
  type P256Key,
  p256KeyFromSeed,
  signP256Raw,
  toPem,
} from '../sgx-attestation/x509-build.js';
import type { Measurement, QuoteRequest } from './attestation-service.js';

const NOT_BEFORE = 946_684_800n; // 2000-01-01
const NOT_AFTER = 4_102_444_800n; // 2100-01-01
const COLLATERAL_VALIDITY = 30n * 86_400n;
const PCK_CA_CN = 'pha-stake dev SGX PCK Processor CA';
const PCK_CN = 'pha-stake dev SGX PCK Certificate';
const TCB_SIGNING_CN = 'pha-stake dev SGX TCB Signing';
/** Intel's QE vendor id (quote header). */
const INTEL_QE_VENDOR_ID = '0x939a7233f79c4ca9940a0db3957f0607';

/** The simulated platform's TCB. */
export const SIM_PLATFORM = {
  fmspc: new Uint8Array([0x00, 0x90, 0x6e, 0xa1, 0x00, 0x00]),
  cpuSvn: new Uint8Array([11, 11, 2, 2, 255, 1, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  pceSvn: 13,
  pceId: new Uint8Array([0, 0]),
};
/** The simulated quoting enclave (its identity is published in the QE identity collateral). */
export const SIM_QE = {
  mrSigner: sha256(utf8('pha-stake/sim-dcap/qe/mrsigner')),
  isvProdId: 1,
  isvSvn: 8,
  attributes: new Uint8Array([0x11, 0, 0, 0, 0, 0, 0, 0, 0xe7, 0, 0, 0, 0, 0, 0, 0]),
};

const der = (block: asn1js.BaseBlock): Uint8Array => new Uint8Array(block.toBER());
const entry = (oid: string, value: asn1js.BaseBlock) =>
  new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: oid }), value] });
const octets = (b: Uint8Array) => new asn1js.OctetString({ valueHex: b.slice().buffer });

/** The Intel SGX extension of the simulated PCK certificate. */
function sgxExtension(ppid: Uint8Array): Uint8Array {
  const components = Array.from(SIM_PLATFORM.cpuSvn, (svn, i) =>
    entry(`${SGX_OID.tcb}.${i + 1}`, new asn1js.Integer({ value: svn })),
  );
  const tcb = new asn1js.Sequence({
    value: [
      ...components,
      entry(SGX_OID.pceSvn, new asn1js.Integer({ value: SIM_PLATFORM.pceSvn })),
      entry(SGX_OID.cpuSvn, octets(SIM_PLATFORM.cpuSvn)),
    ],
  });
  return der(
    new asn1js.Sequence({
      value: [
        entry(SGX_OID.ppid, octets(ppid)),
        entry(SGX_OID.tcb, tcb),
        entry(SGX_OID.pceId, octets(SIM_PLATFORM.pceId)),
        entry(SGX_OID.fmspc, octets(SIM_PLATFORM.fmspc)),
        entry(SGX_OID.sgxType, new asn1js.Enumerated({ value: 0 })),
      ],
    }),
  );
}

const le16 = (x: number) => new Uint8Array([x & 0xff, (x >> 8) & 0xff]);
const le32 = (x: number) => new Uint8Array([x & 0xff, (x >> 8) & 0xff, (x >> 16) & 0xff, (x >>> 24) & 0xff]);
const hex = (b: Uint8Array) => toHex(b).slice(2);

/** A 384-byte enclave report (MISCSELECT zero). */
function enclaveReport(r: Omit<EnclaveReport, 'miscSelect'>): Uint8Array {
  const out = new Uint8Array(384);
  out.set(r.cpuSvn, 0);
  out.set(r.attributes, 48);
  out.set(r.mrEnclave, 64);
  out.set(r.mrSigner, 128);
  out.set(le16(r.isvProdId), 256);
  out.set(le16(r.isvSvn), 258);
  out.set(r.reportData.subarray(0, 64), 320);
  return out;
}

/** Reads a 2-byte ISVPRODID / ISVSVN as the quote stores it (little-endian). */
const u16le = (b: Uint8Array) => (b[0] ?? 0) | ((b[1] ?? 0) << 8);

export interface DcapServiceOptions {
  /** Serial numbers the PCK CA's CRL revokes (the PCK certificate is serial 0x5c4). */
  revokedPckSerials?: bigint[];
}

export const SIM_PCK_SERIAL = 0x5c4n;

export class SimulatedDcapService {
  private readonly root: P256Key = p256KeyFromSeed(SIM_DCAP_ROOT_SEED);
  private readonly pckCa: P256Key = p256KeyFromSeed(devSeed('sim-dcap/pck-ca'));
  private readonly pck: P256Key = p256KeyFromSeed(devSeed('sim-dcap/pck'));
  private readonly tcbSigner: P256Key = p256KeyFromSeed(devSeed('sim-dcap/tcb-signing'));
  private readonly attestationKey: P256Key = p256KeyFromSeed(devSeed('sim-dcap/attestation-key'));
  private readonly rootCert: Uint8Array;
  private readonly pckCaCert: Uint8Array;
  private readonly pckCert: Uint8Array;
  private readonly tcbSignerCert: Uint8Array;

  constructor(private readonly opts: DcapServiceOptions = {}) {
    const base = { notBefore: NOT_BEFORE, notAfter: NOT_AFTER };
    this.rootCert = issueCertificate({
      ...base,
      serial: 1n,
      subject: SIM_DCAP_ROOT_CN,
      subjectKey: this.root.publicKey,
      issuer: SIM_DCAP_ROOT_CN,
      issuerKey: this.root,
      ca: true,
    });
    this.pckCaCert = issueCertificate({
      ...base,
      serial: 2n,
      subject: PCK_CA_CN,
      subjectKey: this.pckCa.publicKey,
      issuer: SIM_DCAP_ROOT_CN,
      issuerKey: this.root,
      ca: true,
    });
    this.tcbSignerCert = issueCertificate({
      ...base,
      serial: 3n,
      subject: TCB_SIGNING_CN,
      subjectKey: this.tcbSigner.publicKey,
      issuer: SIM_DCAP_ROOT_CN,
      issuerKey: this.root,
      ca: false,
    });
    this.pckCert = issueCertificate({
      ...base,
      serial: SIM_PCK_SERIAL,
      subject: PCK_CN,
      subjectKey: this.pck.publicKey,
      issuer: PCK_CA_CN,
      issuerKey: this.pckCa,
      ca: false,
      extensions: [
        [SGX_OID.extension, sgxExtension(sha256(utf8('pha-stake/sim-dcap/ppid')).subarray(0, 16)), false],
      ],
    });
  }

  /** The v3 quote for `reportData` and `measurement`. */
  quote(reportData: Uint8Array, measurement: Measurement = DEV_PRUNTIME): Uint8Array {
    const header = concatBytes(
      le16(3),
      le16(2),
      le32(0),
      le16(SIM_QE.isvSvn),
      le16(SIM_PLATFORM.pceSvn),
      fromHex(INTEL_QE_VENDOR_ID),
      new Uint8Array(20),
    );
    const data = new Uint8Array(64);
    data.set(reportData.subarray(0, 64));
    const report = enclaveReport({
      cpuSvn: SIM_PLATFORM.cpuSvn,
      attributes: new Uint8Array([0x07, 0, 0, 0, 0, 0, 0, 0, 0xe7, 0, 0, 0, 0, 0, 0, 0]),
      mrEnclave: measurement.mrEnclave,
      mrSigner: measurement.mrSigner,
      isvProdId: u16le(measurement.isvProdId),
      isvSvn: u16le(measurement.isvSvn),
      reportData: data,
    });
    const attKey = this.attestationKey.publicKey.subarray(1);
    const qeAuthData = sha256(utf8('pha-stake/sim-dcap/qe-auth'));
    const qeReport = enclaveReport({
      cpuSvn: SIM_PLATFORM.cpuSvn,
      attributes: SIM_QE.attributes,
      mrEnclave: sha256(utf8('pha-stake/sim-dcap/qe/mrenclave')),
      mrSigner: SIM_QE.mrSigner,
      isvProdId: SIM_QE.isvProdId,
      isvSvn: SIM_QE.isvSvn,
      reportData: concatBytes(sha256(concatBytes(attKey, qeAuthData)), new Uint8Array(32)),
    });
    const chain = utf8(toPem([this.pckCert, this.pckCaCert, this.rootCert]));
    const auth = concatBytes(
      signP256Raw(this.attestationKey, concatBytes(header, report)),
      attKey,
      qeReport,
      signP256Raw(this.pck, qeReport),
      le16(qeAuthData.length),
      qeAuthData,
      le16(5),
      le32(chain.length),
      chain,
    );
    return concatBytes(header, report, le32(auth.length), auth);
  }

  /** The collateral, issued at `nowSec` and valid for 30 days. */
  collateral(nowSec: bigint, tcbStatus = 'UpToDate', advisoryIds: string[] = []): SgxV30QuoteCollateralValue {
    const issued = `${utcDateTime(nowSec)}Z`;
    const next = `${utcDateTime(nowSec + COLLATERAL_VALIDITY)}Z`;
    const tcbInfo = JSON.stringify({
      id: 'SGX',
      version: 3,
      issueDate: issued,
      nextUpdate: next,
      fmspc: hex(SIM_PLATFORM.fmspc).toUpperCase(),
      pceId: hex(SIM_PLATFORM.pceId).toUpperCase(),
      tcbType: 0,
      tcbEvaluationDataNumber: 16,
      tcbLevels: [
        {
          tcb: {
            sgxtcbcomponents: Array.from(SIM_PLATFORM.cpuSvn, (svn) => ({ svn })),
            pcesvn: SIM_PLATFORM.pceSvn,
          },
          tcbDate: issued,
          tcbStatus,
          ...(advisoryIds.length ? { advisoryIDs: advisoryIds } : {}),
        },
      ],
    });
    const qeIdentity = JSON.stringify({
      id: 'QE',
      version: 2,
      issueDate: issued,
      nextUpdate: next,
      tcbEvaluationDataNumber: 16,
      miscselect: '00000000',
      miscselectMask: 'FFFFFFFF',
      attributes: hex(SIM_QE.attributes).toUpperCase(),
      attributesMask: 'FBFFFFFFFFFFFFFF0000000000000000',
      mrsigner: hex(SIM_QE.mrSigner).toUpperCase(),
      isvprodid: SIM_QE.isvProdId,
      tcbLevels: [{ tcb: { isvsvn: SIM_QE.isvSvn }, tcbDate: issued, tcbStatus: 'UpToDate' }],
    });
    const crl = (issuer: string, key: P256Key, revoked: bigint[]) =>
      hex(
        issueCrl({
          issuer,
          issuerKey: key,
          thisUpdate: nowSec,
          nextUpdate: nowSec + COLLATERAL_VALIDITY,
          revoked,
        }),
      );
    const tcbChain = toPem([this.tcbSignerCert, this.rootCert]);
    return {
      pckCrlIssuerChain: toPem([this.pckCaCert, this.rootCert]),
      rootCaCrl: crl(SIM_DCAP_ROOT_CN, this.root, []),
      pckCrl: crl(PCK_CA_CN, this.pckCa, this.opts.revokedPckSerials ?? []),
      tcbInfoIssuerChain: tcbChain,
      tcbInfo,
      tcbInfoSignature: toHex(signP256Raw(this.tcbSigner, utf8(tcbInfo))),
      qeIdentityIssuerChain: tcbChain,
      qeIdentity,
      qeIdentitySignature: toHex(signP256Raw(this.tcbSigner, utf8(qeIdentity))),
    };
  }

  /** Answers a quote request: `AttestationReport::SgxDcap { quote, collateral: Some(SgxV30(..)) }`. */
  attest(q: QuoteRequest): Extract<AttestationReportValue, { type: 'SgxDcap' }> {
    return {
      type: 'SgxDcap',
      value: {
        quote: toHex(this.quote(q.reportData, q.measurement)),
        collateral: {
          type: 'SgxV30',
          value: this.collateral(q.timestampSec, q.quoteStatus, q.advisoryIds),
        },
      },
    };
  }
}
