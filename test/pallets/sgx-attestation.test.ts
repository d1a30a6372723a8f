/**
 * Real SGX evidence, verified as the final Khala runtime did (issue 16; crates/sgx-attestation and
 * pallets/phala/src/utils/attestation.rs at runtime-release-v1270). Intel-signed vectors are read from
 * ../shared/reference/sgx-attestation/ (never copied into the project; the suite is skipped, loudly, when
 * they are absent):
 * - the DCAP quote + collateral verify at unix 1699301000 with the report data, pRuntime hash, TCB status
 *   and advisories of the Rust test's snapshots; the IAS report verifies against Intel's report-signing CA
 *   with the RaReport fields and the 432-byte quote body of its snapshots;
 * - on the chain (PhalaRegistry.register_worker_v2, the vector's measurement allowed), the genuine
 *   evidence passes every check up to the report-data commitment, and each tampered variant — quote
 *   header, body, signatures, attestation key, QE report, certificates, collateral, time, a revoked PCK
 *   certificate, a missing collateral, an untrusted root — fails with the runtime's error (and the
 *   verifier's reason as detail) and leaves the state byte for byte unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { base64Decode } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/pallets-mock/frame/scale.js';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import { SIM_PCK_SERIAL, SimulatedDcapService } from '../../src/pallets-mock/offchain/dcap-service.js';
import { PRuntimeWorker } from '../../src/pallets-mock/offchain/pruntime.js';
import { validateDcap } from '../../src/pallets-mock/pallets/phala-registry/attestation.js';
import { DEV_PRUNTIME_MEASUREMENT } from '../../src/pallets-mock/pallets/phala-registry/dev-identities.js';
import { Now } from '../../src/pallets-mock/pallets/timestamp/index.js';
import { bytesEqual, concatBytes, fromHex, toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';
import {
  SgxV30QuoteCollateral,
  type SgxV30QuoteCollateralValue,
} from '../../src/pallets-mock/sgx-attestation/collateral.js';
import { verifyDcapQuote } from '../../src/pallets-mock/sgx-attestation/dcap.js';
import { verifyIasSignature } from '../../src/pallets-mock/sgx-attestation/ias.js';
import {
  INTEL_IAS_REPORT_SIGNING_CA,
  INTEL_SGX_ROOT_CA,
} from '../../src/pallets-mock/sgx-attestation/roots.js';
import { parseRfc3339 } from '../../src/pallets-mock/sgx-attestation/time.js';

const DIR = fileURLToPath(new URL('../../../shared/reference/sgx-attestation/', import.meta.url));
const present = existsSync(`${DIR}dcap_quote`) && existsSync(`${DIR}ias_attestation.json`);
if (!present)
  console.warn(
    `sgx-attestation: Intel-signed vectors not found in ${DIR} — the real-evidence tests are skipped. ` +
      'Place crates/sgx-attestation/sample and its snapshots there to run them.',
  );

const DCAP_NOW = 1_699_301_000n;
const RELAYER = '//Ferdie';
const read = (name: string) => new Uint8Array(readFileSync(`${DIR}${name}`));
const snap = (name: string) =>
  readFileSync(`${DIR}sgx_attestation__${name}.snap`, 'utf8').split('---\n')[2] ?? '';
/** The numbers of a snapshot's byte arrays (one per line, as insta prints them). */
const snapNumbers = (text: string) => Array.from(text.matchAll(/^\s+(\d+),$/gm), (m) => Number(m[1]));
const snapStrings = (text: string) => Array.from(text.matchAll(/"((?:[^"\\]|\\.)*)"/g), (m) => m[1] ?? '');

// ---------------------------------------------------------------------------------------------------
// Chain helpers

function chainAt(unixSec: bigint, allow: string[], profile: 'dev' | 'production' = 'dev'): Runtime {
  const rt = createRuntime({ profile });
  rt.advanceBlocks(1);
  for (const h of allow)
    expect(rt.dispatch('root', 'PhalaRegistry.add_pruntime', { pruntime_hash: h }).ok).toBe(true);
  rt.kernel.enter(() => Now.set(unixSec * 1000n));
  rt.events();
  return rt;
}

const worker = new PRuntimeWorker({ name: 'vector', operator: '//Alice' });
const stateOf = (rt: Runtime) =>
  [...rt.kernel.state.snapshot()]
    .map(([k, v]) => `${k}=${toHex(v)}`)
    .sort()
    .join('\n');

/** Dispatches register_worker_v2; returns the error and detail, asserting a failure leaves no trace. */
function register(rt: Runtime, attestation: unknown): { ok: boolean; error?: string; detail?: string } {
  const before = stateOf(rt);
  const out = rt.dispatch(RELAYER, 'PhalaRegistry.register_worker_v2', {
    pruntime_info: worker.registrationInfo(),
    attestation,
  });
  if (!out.ok) {
    expect(stateOf(rt)).toBe(before);
    expect(rt.events()).toEqual([]);
  }
  return out;
}

const dcapReport = (quote: Uint8Array, collateral: SgxV30QuoteCollateralValue | null) => ({
  type: 'SgxDcap',
  value: { quote: toHex(quote), collateral: collateral && { type: 'SgxV30', value: collateral } },
});

// ---------------------------------------------------------------------------------------------------
// Byte surgery on the vector

const flip = (b: Uint8Array, at: number, mask = 0x01) => {
  const out = b.slice();
  out[at] = (out[at] ?? 0) ^ mask;
  return out;
};
const flipHex = (hex: string, at: number) => toHex(flip(fromHex(hex), at));
const le16 = (x: number) => new Uint8Array([x & 0xff, x >> 8]);
const le32 = (x: number) => new Uint8Array([x & 0xff, (x >> 8) & 0xff, (x >> 16) & 0xff, x >>> 24]);
/** Quote v3 offsets (header 48, report 384, auth data length, then the auth data). */
const Q = {
  reportData: 48 + 320,
  mrEnclave: 48 + 64,
  sig: 436,
  attKey: 500,
  qeReport: 564,
  qeSig: 948,
  qeAuth: 1014,
  certType: 1046,
  certData: 1052,
};

/** The quote with another certification data (type and body), lengths adjusted. */
function withCertData(quote: Uint8Array, certType: number, body: Uint8Array): Uint8Array {
  const auth = concatBytes(quote.subarray(436, Q.certType), le16(certType), le32(body.length), body);
  return concatBytes(quote.subarray(0, 432), le32(auth.length), auth);
}

const pemBlocks = (pem: string) =>
  pem.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\n?/g) ?? [];
/** A PEM certificate with one byte of its DER (counted from the end: the signature) flipped. */
function corruptPem(block: string, fromEnd: number): string {
  const body = block.replace(/-----[A-Z ]+-----|\s/g, '');
  const der = flip(base64Decode(body), base64Decode(body).length - fromEnd);
  const b64 = btoa(String.fromCharCode(...der)).replace(/(.{64})/g, '$1\n');
  return `-----BEGIN CERTIFICATE-----\n${b64.trim()}\n-----END CERTIFICATE-----\n`;
}

// ---------------------------------------------------------------------------------------------------

describe.skipIf(!present)('Intel-signed vectors through the verifier (crates/sgx-attestation)', () => {
  it('the DCAP quote verifies at 1699301000 with the Rust test’s outputs', () => {
    const collateral = decode(SgxV30QuoteCollateral, read('dcap_quote_collateral'));
    const out = verifyDcapQuote(read('dcap_quote'), collateral, DCAP_NOW, [INTEL_SGX_ROOT_CA]);
    expect(Array.from(out.reportData)).toEqual(snapNumbers(snap('dcap__test__could_parse')));
    expect(Array.from(out.pruntimeHash)).toEqual(snapNumbers(snap('dcap__test__could_parse-2')));
    expect(out.tcbStatus).toBe(snapStrings(snap('dcap__test__could_parse-3'))[0]);
    expect(out.advisoryIds).toEqual(snapStrings(snap('dcap__test__could_parse-4')));
    expect(new TextDecoder().decode(out.reportData).replace(/\0+$/, '')).toBe('Hello, world!');
  });

  it('the IAS report verifies against Intel’s report-signing CA with the snapshots’ fields', () => {
    const signed = JSON.parse(readFileSync(`${DIR}ias_attestation.json`, 'utf8')) as Record<string, string>;
    const report = utf8(signed.raReport ?? '');
    const ts = parseRfc3339(`${JSON.parse(signed.raReport ?? '').timestamp}Z`) ?? 0n;
    const args = [base64Decode(signed.signature ?? ''), base64Decode(signed.rawSigningCert ?? '')] as const;
    expect(() => verifyIasSignature(report, ...args, ts, [INTEL_IAS_REPORT_SIGNING_CA])).not.toThrow();
    expect(() =>
      verifyIasSignature(report, ...args, 1_631_441_180n, [INTEL_IAS_REPORT_SIGNING_CA]),
    ).not.toThrow();

    const parsed = JSON.parse(signed.raReport ?? '') as Record<string, unknown>;
    const s2 = snap('ias__test__could_parse-2');
    const field = (name: string) => new RegExp(`${name}: "([^"]*)"`).exec(s2)?.[1];
    expect(parsed.id).toBe(field('id'));
    expect(parsed.timestamp).toBe(field('timestamp'));
    expect(String(parsed.version)).toBe(/version: (\d+)/.exec(s2)?.[1]);
    expect(parsed.epidPseudonym).toBe(field('epid_pseudonym'));
    expect(parsed.isvEnclaveQuoteStatus).toBe(field('isv_enclave_quote_status'));
    expect(parsed.advisoryIDs).toEqual(snapStrings(/advisory_ids: \[([\s\S]*?)\]/.exec(s2)?.[1] ?? ''));
    // The 432-byte EnclaveQuoteBody is the snapshot's fields in their order.
    const body = base64Decode(String(parsed.isvEnclaveQuoteBody));
    expect(body.length).toBe(432);
    expect(Array.from(body)).toEqual(snapNumbers(snap('ias__test__could_parse-3')));
  });

  it('the registry’s validate_dcap gives confidence level 4 (ConfigurationAndSWHardeningNeeded, SA-00289)', () => {
    const collateral = decode(SgxV30QuoteCollateral, read('dcap_quote_collateral'));
    const quote = read('dcap_quote');
    const { pruntimeHash, reportData } = verifyDcapQuote(quote, collateral, DCAP_NOW, [INTEL_SGX_ROOT_CA]);
    const report = validateDcap({
      quote,
      collateral,
      nowSec: DCAP_NOW,
      userDataHash: reportData.subarray(0, 32),
      verifyPRuntime: true,
      allowList: [toHex(pruntimeHash)],
      anchors: [INTEL_SGX_ROOT_CA],
    });
    expect(report).toEqual({ confidenceLevel: 4n, provider: 'Dcap', runtimeHash: toHex(pruntimeHash) });
  });
});

describe.skipIf(!present)('PhalaRegistry.register_worker_v2 with the real DCAP vector', () => {
  const quote = present ? read('dcap_quote') : new Uint8Array();
  const collateral = present
    ? decode(SgxV30QuoteCollateral, read('dcap_quote_collateral'))
    : ({} as SgxV30QuoteCollateralValue);
  const hash = present
    ? toHex(verifyDcapQuote(quote, collateral, DCAP_NOW, [INTEL_SGX_ROOT_CA]).pruntimeHash)
    : '0x';

  it('passes every check up to the report data, which commits to another runtime info', () => {
    for (const profile of ['dev', 'production'] as const) {
      const out = register(chainAt(DCAP_NOW, [hash], profile), dcapReport(quote, collateral));
      expect(out).toMatchObject({ ok: false, error: 'PhalaRegistry.InvalidRuntimeInfoHash' });
    }
    const out = register(chainAt(DCAP_NOW, []), dcapReport(quote, collateral));
    expect(out).toMatchObject({ ok: false, error: 'PhalaRegistry.PRuntimeRejected' });
  });

  const pck = present ? new TextDecoder().decode(quote.subarray(Q.certData)) : '';
  const tcbChain = pemBlocks(collateral.tcbInfoIssuerChain ?? '');
  const variants: Array<[string, () => unknown, string, bigint?]> = [
    ['quote version 2', () => dcapReport(flip(quote, 0, 0x01), collateral), 'CodecError'],
    [
      'attestation key type 3',
      () => dcapReport(flip(quote, 2, 0x01), collateral),
      'UnsupportedDCAPAttestationKeyType',
    ],
    ['quote truncated', () => dcapReport(quote.subarray(0, quote.length - 100), collateral), 'CodecError'],
    [
      'MRENCLAVE byte',
      () => dcapReport(flip(quote, Q.mrEnclave), collateral),
      'IsvEnclaveReportSignatureIsInvalid',
    ],
    [
      'report data byte',
      () => dcapReport(flip(quote, Q.reportData), collateral),
      'IsvEnclaveReportSignatureIsInvalid',
    ],
    [
      'quote signature byte',
      () => dcapReport(flip(quote, Q.sig + 5), collateral),
      'IsvEnclaveReportSignatureIsInvalid',
    ],
    ['attestation key byte', () => dcapReport(flip(quote, Q.attKey + 7), collateral), 'QEReportHashMismatch'],
    ['QE report byte', () => dcapReport(flip(quote, Q.qeReport + 300), collateral), 'RsaSignatureIsInvalid'],
    [
      'QE report signature byte',
      () => dcapReport(flip(quote, Q.qeSig + 3), collateral),
      'RsaSignatureIsInvalid',
    ],
    ['QE auth data byte', () => dcapReport(flip(quote, Q.qeAuth), collateral), 'QEReportHashMismatch'],
    [
      'certification data type 4',
      () => dcapReport(flip(quote, Q.certType, 0x01), collateral),
      'UnsupportedDCAPPckCertFormat',
    ],
    [
      'PCK chain of one certificate',
      () => dcapReport(withCertData(quote, 5, utf8(pemBlocks(pck)[0] ?? '')), collateral),
      'CertificateChainIsTooShort',
    ],
    [
      'PCK certificate signature',
      () =>
        dcapReport(
          withCertData(
            quote,
            5,
            utf8(pck.replace(pemBlocks(pck)[0] ?? '', corruptPem(pemBlocks(pck)[0] ?? '', 3))),
          ),
          collateral,
        ),
      'CertificateChainIsInvalid',
    ],
    [
      'PCK chain without its CA',
      () =>
        dcapReport(
          withCertData(quote, 5, utf8((pemBlocks(pck)[0] ?? '') + (pemBlocks(pck)[2] ?? ''))),
          collateral,
        ),
      'CertificateChainIsInvalid',
    ],
    [
      'TCB info altered',
      () =>
        dcapReport(quote, {
          ...collateral,
          tcbInfo: collateral.tcbInfo.replace('"tcbStatus":"OutOfDate"', '"tcbStatus":"UpToDate"'),
        }),
      'RsaSignatureIsInvalid',
    ],
    [
      'TCB info signature byte',
      () => dcapReport(quote, { ...collateral, tcbInfoSignature: flipHex(collateral.tcbInfoSignature, 10) }),
      'RsaSignatureIsInvalid',
    ],
    [
      'TCB info signature length',
      () => dcapReport(quote, { ...collateral, tcbInfoSignature: collateral.tcbInfoSignature.slice(0, -2) }),
      'KeyLengthIsInvalid',
    ],
    [
      'TCB info not JSON',
      () => dcapReport(quote, { ...collateral, tcbInfo: `${collateral.tcbInfo}}` }),
      'CodecError',
    ],
    [
      'TCB issuer chain of one certificate',
      () => dcapReport(quote, { ...collateral, tcbInfoIssuerChain: tcbChain[0] ?? '' }),
      'CertificateChainIsTooShort',
    ],
    [
      'TCB info signed by another certificate',
      () => dcapReport(quote, { ...collateral, tcbInfoIssuerChain: pck }),
      'RsaSignatureIsInvalid',
    ],
    [
      'TCB signing certificate signature',
      () =>
        dcapReport(quote, {
          ...collateral,
          tcbInfoIssuerChain: corruptPem(tcbChain[0] ?? '', 2) + (tcbChain[1] ?? ''),
        }),
      'CertificateChainIsInvalid',
    ],
    [
      'root CA CRL signature',
      () =>
        dcapReport(quote, {
          ...collateral,
          rootCaCrl:
            collateral.rootCaCrl.slice(0, -4) +
            (collateral.rootCaCrl.endsWith('00') ? '11' : '00') +
            collateral.rootCaCrl.slice(-2),
        }),
      'CertificateChainIsInvalid',
    ],
    [
      'PCK CRL signature',
      () =>
        dcapReport(quote, {
          ...collateral,
          pckCrl:
            collateral.pckCrl.slice(0, -4) +
            (collateral.pckCrl.endsWith('00') ? '11' : '00') +
            collateral.pckCrl.slice(-2),
        }),
      'CertificateChainIsInvalid',
    ],
    [
      'QE identity altered',
      () =>
        dcapReport(quote, {
          ...collateral,
          qeIdentity: collateral.qeIdentity.replace('"isvprodid":1', '"isvprodid":2'),
        }),
      'RsaSignatureIsInvalid',
    ],
    [
      'QE identity signature byte',
      () =>
        dcapReport(quote, {
          ...collateral,
          qeIdentitySignature: flipHex(collateral.qeIdentitySignature, 40),
        }),
      'RsaSignatureIsInvalid',
    ],
    ['TCB info past nextUpdate', () => dcapReport(quote, collateral), 'TCBInfoExpired', 1_703_117_170n],
    [
      'PCK certificate not yet valid',
      () => dcapReport(quote, collateral),
      'CertificateChainIsInvalid',
      1_690_000_000n,
    ],
  ];

  it(`rejects ${variants.length} tampered variants with InvalidDCAPQuote and its reason, leaving no trace`, () => {
    expect(variants.length).toBeGreaterThanOrEqual(20);
    const seen: string[] = [];
    for (const [name, make, reason, at] of variants) {
      const out = register(chainAt(at ?? DCAP_NOW, [hash]), make());
      seen.push(`${name}: ${out.error} ${out.detail ?? ''}`);
      expect(out, name).toMatchObject({ ok: false, error: 'PhalaRegistry.InvalidDCAPQuote' });
      expect(out.detail, name).toMatch(new RegExp(`: ${reason}$`));
    }
    expect(seen).toHaveLength(variants.length);
  });

  it('rejects a DCAP quote without collateral (UnsupportedAttestationType)', () => {
    const out = register(chainAt(DCAP_NOW, [hash]), dcapReport(quote, null));
    expect(out).toMatchObject({ ok: false, error: 'PhalaRegistry.UnsupportedAttestationType' });
  });
});

describe.skipIf(!present)('PhalaRegistry.register_worker_v2 with the real IAS vector', () => {
  const signed = present
    ? (JSON.parse(readFileSync(`${DIR}ias_attestation.json`, 'utf8')) as Record<string, string>)
    : {};
  const report = utf8(signed.raReport ?? '');
  const ts = present ? (parseRfc3339(`${JSON.parse(signed.raReport ?? '{}').timestamp}Z`) ?? 0n) : 0n;
  const body = present
    ? base64Decode(String(JSON.parse(signed.raReport ?? '{}').isvEnclaveQuoteBody))
    : new Uint8Array();
  const hash = toHex(
    concatBytes(
      body.subarray(112, 144),
      body.subarray(304, 306),
      body.subarray(306, 308),
      body.subarray(176, 208),
    ),
  );
  const ias = (r: Uint8Array, sig: Uint8Array, cert: Uint8Array) => ({
    type: 'SgxIas',
    value: { ra_report: toHex(r), signature: toHex(sig), raw_signing_cert: toHex(cert) },
  });
  const sig = present ? base64Decode(signed.signature ?? '') : new Uint8Array();
  const cert = present ? base64Decode(signed.rawSigningCert ?? '') : new Uint8Array();

  it('passes every check up to the report data, on dev and production chains', () => {
    for (const profile of ['dev', 'production'] as const) {
      const out = register(chainAt(ts + 60n, [hash], profile), ias(report, sig, cert));
      expect(out).toMatchObject({ ok: false, error: 'PhalaRegistry.InvalidRuntimeInfoHash' });
    }
  });

  it('rejects tampered reports, signatures, certificates and stale or expired evidence', () => {
    const cases: Array<[string, unknown, string, bigint]> = [
      ['report byte', ias(flip(report, 40), sig, cert), 'InvalidIASSigningCert', ts + 60n],
      ['signature byte', ias(report, flip(sig, 100), cert), 'InvalidIASSigningCert', ts + 60n],
      ['certificate byte', ias(report, sig, flip(cert, cert.length - 20)), 'InvalidIASSigningCert', ts + 60n],
      ['certificate expired (2026-11-21)', ias(report, sig, cert), 'InvalidIASSigningCert', 1_795_305_600n],
      ['report 7,200 s old', ias(report, sig, cert), 'OutdatedIASReport', ts + 7200n],
    ];
    for (const [name, attestation, error, at] of cases) {
      const out = register(chainAt(at, [hash]), attestation);
      expect(out, name).toMatchObject({ ok: false, error: `PhalaRegistry.${error}` });
    }
  });
});

describe('the simulated DCAP service (dev PCK chain declared at genesis)', () => {
  const service = new SimulatedDcapService();
  const nowOf = (rt: Runtime) => (rt.query('Timestamp.Now') as bigint) / 1000n;

  it('registers a worker with provider Dcap on a dev chain; production does not trust the dev root', () => {
    const dev = chainAt(1_767_225_700n, []);
    const args = worker.registration(service, nowOf(dev));
    const out = dev.dispatch(RELAYER, 'PhalaRegistry.register_worker_v2', args);
    expect(out.ok).toBe(true);
    expect(out.ok && out.events.find((e) => e.name === 'WorkerAdded')?.fields).toEqual({
      pubkey: worker.pubkey,
      attestation_provider: { type: 'Dcap', value: null },
      confidence_level: 1n,
    });
    const prod = chainAt(1_767_225_700n, [], 'production');
    expect(prod.query('PhalaRegistry.PRuntimeAllowList')).toContain(DEV_PRUNTIME_MEASUREMENT);
    const refused = register(prod, args.attestation);
    expect(refused).toMatchObject({ ok: false, error: 'PhalaRegistry.InvalidDCAPQuote' });
    expect(refused.detail).toMatch(/CertificateChainIsInvalid$/);
  });

  it('maps TCB status and advisories to confidence levels as the runtime does', () => {
    const cases: Array<[string, string[], bigint | string]> = [
      ['SWHardeningNeeded', [], 2n],
      ['ConfigurationNeeded', ['INTEL-SA-00334'], 3n],
      ['ConfigurationAndSWHardeningNeeded', ['INTEL-SA-00615'], 4n],
      ['OutOfDateConfigurationNeeded', [], 5n],
      ['Revoked', [], 'InvalidQuoteStatus'],
    ];
    for (const [status, advisoryIds, expected] of cases) {
      const rt = chainAt(1_767_225_700n, []);
      const args = worker.registration(service, nowOf(rt), { quoteStatus: status, advisoryIds });
      const out = register(rt, args.attestation);
      if (typeof expected === 'string')
        expect(out).toMatchObject({ ok: false, error: `PhalaRegistry.${expected}` });
      else
        expect(
          (rt.query('PhalaRegistry.Workers', worker.pubkey) as { confidenceLevel: bigint }).confidenceLevel,
        ).toBe(expected);
    }
  });

  it('rejects a revoked PCK certificate, expired collateral, a foreign measurement and another worker’s quote', () => {
    const rt = () => chainAt(1_767_225_700n, []);
    const revoked = new SimulatedDcapService({ revokedPckSerials: [SIM_PCK_SERIAL] });
    const r1 = rt();
    const out1 = register(r1, worker.registration(revoked, nowOf(r1)).attestation);
    expect(out1).toMatchObject({ ok: false, error: 'PhalaRegistry.InvalidDCAPQuote' });
    expect(out1.detail).toMatch(/CertificateChainIsInvalid$/);

    const r2 = rt();
    const stale = worker.registration(service, nowOf(r2) - 31n * 86_400n).attestation;
    expect(register(r2, stale).detail).toMatch(/TCBInfoExpired$/);

    const r3 = rt();
    const measurement = {
      mrEnclave: new Uint8Array(32).fill(7),
      isvProdId: new Uint8Array(2),
      isvSvn: new Uint8Array(2),
      mrSigner: new Uint8Array(32),
    };
    expect(register(r3, worker.registration(service, nowOf(r3), { measurement }).attestation)).toMatchObject({
      ok: false,
      error: 'PhalaRegistry.PRuntimeRejected',
    });

    const r4 = rt();
    const other = new PRuntimeWorker({ name: 'other', operator: '//Bob' });
    expect(register(r4, other.registration(service, nowOf(r4)).attestation)).toMatchObject({
      ok: false,
      error: 'PhalaRegistry.InvalidRuntimeInfoHash',
    });
  });

  it('is deterministic (same keys, same bytes)', () => {
    const a = new SimulatedDcapService().quote(new Uint8Array(64).fill(1));
    const b = new SimulatedDcapService().quote(new Uint8Array(64).fill(1));
    expect(bytesEqual(a, b)).toBe(true);
  });
});
