/**
 * The simulated attestation service (Intel IAS stand-in). It holds an ed25519 root key (trusted by the
 * chain through `PhalaRegistry.IasRootKey`) and a signing key certified by the root, and answers a
 * quote with an IAS-shaped report: JSON `RaReport` (id, timestamp, version 4, epidPseudonym, advisoryURL,
 * advisoryIDs, isvEnclaveQuoteStatus, isvEnclaveQuoteBody = base64 of the 432-byte enclave quote body
 * with MRENCLAVE, ISVPRODID, ISVSVN, MRSIGNER and REPORTDATA at their real offsets), the signing key's
 * signature over the exact report bytes, and its certificate. See pallets/phala-registry/attestation.ts
 * for the checks the chain runs; the report format is the only simulated part.
 */
import { base64Encode, ed25519PairFromSeed, ed25519Sign } from '@polkadot/util-crypto';
import { encode } from '../frame/scale.js';
import type { AttestationReportValue } from '../pallets/phala-mq/types.js';
import {
  certSigningPayload,
  iasTimestamp,
  QUOTE_BODY,
  SimIasCert,
} from '../pallets/phala-registry/attestation.js';
import { DEV_PRUNTIME, devSeed, SIM_IAS_ROOT_SEED } from '../pallets/phala-registry/dev-identities.js';
import { concatBytes, toHex, utf8 } from '../primitives/bytes.js';
import { blake2_256 } from '../primitives/hashing.js';

export type IasAttestation = Extract<AttestationReportValue, { type: 'SgxIas' }>;

export interface Measurement {
  mrEnclave: Uint8Array;
  isvProdId: Uint8Array;
  isvSvn: Uint8Array;
  mrSigner: Uint8Array;
}

/** What a worker asks an attestation service (simulated IAS or DCAP) for. */
export interface AttestationService {
  attest(q: QuoteRequest): AttestationReportValue;
}

export interface QuoteRequest {
  /** REPORTDATA (up to 64 bytes; zero-padded). */
  reportData: Uint8Array;
  /** Report time (unix seconds); for DCAP, when the collateral is issued. */
  timestampSec: bigint;
  /** IAS quote status, or the DCAP TCB status. */
  quoteStatus?: string;
  advisoryIds?: string[];
  measurement?: Measurement;
}

/** Builds the 432-byte `EnclaveQuoteBody`. */
export function quoteBody(m: Measurement, reportData: Uint8Array): Uint8Array {
  const body = new Uint8Array(QUOTE_BODY.length);
  body.set([2, 0], 0); // version
  body.set([1, 0], 2); // sign_type: linkable
  body.set(m.mrEnclave.subarray(0, 32), QUOTE_BODY.mrEnclave);
  body.set(m.mrSigner.subarray(0, 32), QUOTE_BODY.mrSigner);
  body.set(m.isvProdId.subarray(0, 2), QUOTE_BODY.isvProdId);
  body.set(m.isvSvn.subarray(0, 2), QUOTE_BODY.isvSvn);
  body.set(reportData.subarray(0, 64), QUOTE_BODY.reportData);
  return body;
}

export class SimulatedAttestationService {
  private readonly root: { publicKey: Uint8Array; secretKey: Uint8Array };
  private readonly signer: { publicKey: Uint8Array; secretKey: Uint8Array };
  readonly rawSigningCert: Uint8Array;

  constructor(
    opts: { rootSeed?: Uint8Array; signingSeed?: Uint8Array; notBefore?: bigint; notAfter?: bigint } = {},
  ) {
    this.root = ed25519PairFromSeed(opts.rootSeed ?? SIM_IAS_ROOT_SEED);
    this.signer = ed25519PairFromSeed(opts.signingSeed ?? devSeed('sim-ias/signing'));
    this.rawSigningCert = this.certify(
      this.signer.publicKey,
      opts.notBefore ?? 0n,
      opts.notAfter ?? 4_102_444_800n,
    );
  }

  get rootPublicKey(): string {
    return toHex(this.root.publicKey);
  }

  /** A certificate for `subject`, signed by this service's root. */
  certify(subject: Uint8Array, notBefore: bigint, notAfter: bigint): Uint8Array {
    const subjectHex = toHex(subject);
    const issuerSignature = toHex(
      ed25519Sign(certSigningPayload(subjectHex, notBefore, notAfter), this.root),
    );
    return encode(SimIasCert, { subject: subjectHex, notBefore, notAfter, issuerSignature });
  }

  /** The report JSON bytes for a quote. */
  reportBytes(q: QuoteRequest): Uint8Array {
    const data = new Uint8Array(64);
    data.set(q.reportData.subarray(0, 64));
    const body = quoteBody(q.measurement ?? DEV_PRUNTIME, data);
    const id = BigInt(toHex(blake2_256(concatBytes(body, utf8(q.timestampSec.toString()))).subarray(0, 16)));
    const report = {
      id: id.toString(),
      timestamp: iasTimestamp(q.timestampSec),
      version: 4,
      epidPseudonym: base64Encode(blake2_256(body)),
      advisoryURL: 'https://security-center.intel.com',
      advisoryIDs: q.advisoryIds ?? [],
      isvEnclaveQuoteStatus: q.quoteStatus ?? 'OK',
      isvEnclaveQuoteBody: base64Encode(body),
    };
    return utf8(JSON.stringify(report));
  }

  /** Answers a quote: `AttestationReport::SgxIas { ra_report, signature, raw_signing_cert }`. */
  attest(q: QuoteRequest): IasAttestation {
    const report = this.reportBytes(q);
    return this.sign(report);
  }

  /** Signs arbitrary report bytes with the certified key (for tests of tampered reports). */
  sign(report: Uint8Array, cert: Uint8Array = this.rawSigningCert): IasAttestation {
    return {
      type: 'SgxIas',
      value: {
        ra_report: toHex(report),
        signature: toHex(ed25519Sign(report, this.signer)),
        raw_signing_cert: toHex(cert),
      },
    };
  }
}
