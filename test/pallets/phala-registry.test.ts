/**
 * PhalaRegistry.register_worker_v2 against the simulated attestation service: a valid report registers
 * the worker (WorkerAdded, confidence level from the quote status, BenchStart), and each broken
 * attestation fails with the real error and leaves no trace — quote signed by an unknown key
 * (InvalidIASSigningCert), a tampered report (InvalidIASSigningCert), measurement not allowed
 * (PRuntimeRejected), a stale report ≥ 7,200 s (OutdatedIASReport), report_data not committing to the
 * pruntime_info (InvalidRuntimeInfoHash), unknown quote status (InvalidQuoteStatus), no attestation
 * (NoneAttestationDisabled), wrong para id / relay genesis. Also BenchReport → initial_score and the
 * allow-list calls.
 */
import { describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import { SimulatedAttestationService } from '../../src/pallets-mock/offchain/attestation-service.js';
import { PRuntimeWorker } from '../../src/pallets-mock/offchain/pruntime.js';
import { parseRfc3339 } from '../../src/pallets-mock/pallets/phala-registry/attestation.js';
import {
  DEV_PRUNTIME,
  DEV_PRUNTIME_MEASUREMENT,
  devSeed,
} from '../../src/pallets-mock/pallets/phala-registry/dev-identities.js';
import { fromHex, toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';

const RELAYER = '//Ferdie';
const ias = new SimulatedAttestationService();
const nowSec = (rt: Runtime) => (rt.query('Timestamp.Now') as bigint) / 1000n;

function setup() {
  const rt = createRuntime();
  rt.advanceBlocks(1);
  rt.events();
  const worker = new PRuntimeWorker({ name: 'w1', operator: '//Alice' });
  return { rt, worker };
}

function expectRejected(rt: Runtime, worker: PRuntimeWorker, args: Record<string, unknown>, error: string) {
  const out = rt.dispatch(RELAYER, 'PhalaRegistry.register_worker_v2', args);
  expect(out).toMatchObject({ ok: false, error: `PhalaRegistry.${error}` });
  expect(rt.query('PhalaRegistry.Workers', worker.pubkey)).toBeUndefined();
  expect(rt.events()).toEqual([]);
}

describe('register_worker_v2 with the simulated attestation service', () => {
  it('registers a worker with a valid report', () => {
    const { rt, worker } = setup();
    const out = rt.dispatch(
      RELAYER,
      'PhalaRegistry.register_worker_v2',
      worker.registration(ias, nowSec(rt)),
    );
    expect(out.ok).toBe(true);
    expect(out.events.find((e) => e.name === 'WorkerAdded')?.fields).toEqual({
      pubkey: worker.pubkey,
      attestation_provider: { type: 'Ias', value: null },
      confidence_level: 1n,
    });
    expect(rt.query('PhalaRegistry.Workers', worker.pubkey)).toMatchObject({
      pubkey: worker.pubkey,
      confidenceLevel: 1n,
      initialScore: null,
      attestationProvider: { type: 'Ias', value: null },
    });
    expect(rt.query('PhalaRegistry.WorkerAddedAt', worker.pubkey)).toBe(2n);
    rt.tryState();
  });

  it('maps quote status and advisories to confidence levels', () => {
    const cases: Array<[string, string[], bigint]> = [
      ['SW_HARDENING_NEEDED', [], 2n],
      ['CONFIGURATION_NEEDED', ['INTEL-SA-00334'], 3n],
      ['CONFIGURATION_AND_SW_HARDENING_NEEDED', ['INTEL-SA-00334', 'INTEL-SA-00615'], 4n],
      ['GROUP_OUT_OF_DATE', ['INTEL-SA-00615'], 5n],
    ];
    for (const [status, advisoryIds, level] of cases) {
      const { rt, worker } = setup();
      const args = worker.registration(ias, nowSec(rt), { quoteStatus: status, advisoryIds });
      expect(rt.dispatch(RELAYER, 'PhalaRegistry.register_worker_v2', args).ok).toBe(true);
      expect(
        (rt.query('PhalaRegistry.Workers', worker.pubkey) as { confidenceLevel: bigint }).confidenceLevel,
      ).toBe(level);
    }
  });

  it('rejects a quote signed by a key the root never certified', () => {
    const { rt, worker } = setup();
    const rogue = new SimulatedAttestationService({
      rootSeed: devSeed('rogue-root'),
      signingSeed: devSeed('rogue'),
    });
    expectRejected(rt, worker, worker.registration(rogue, nowSec(rt)), 'InvalidIASSigningCert');
  });

  it('rejects a report altered after signing', () => {
    const { rt, worker } = setup();
    const args = worker.registration(ias, nowSec(rt), { quoteStatus: 'GROUP_OUT_OF_DATE' });
    const report = new TextDecoder().decode(fromHex(args.attestation.value.ra_report));
    const forged = toHex(utf8(report.replace('GROUP_OUT_OF_DATE', 'OK')));
    expectRejected(
      rt,
      worker,
      { ...args, attestation: { type: 'SgxIas', value: { ...args.attestation.value, ra_report: forged } } },
      'InvalidIASSigningCert',
    );
  });

  it('rejects an expired signing certificate', () => {
    const { rt, worker } = setup();
    const expired = new SimulatedAttestationService({ notAfter: nowSec(rt) - 1n });
    expectRejected(rt, worker, worker.registration(expired, nowSec(rt)), 'InvalidIASSigningCert');
  });

  it('rejects a measurement not in PRuntimeAllowList', () => {
    const { rt, worker } = setup();
    const measurement = { ...DEV_PRUNTIME, isvSvn: new Uint8Array([1, 0]) };
    expectRejected(rt, worker, worker.registration(ias, nowSec(rt), { measurement }), 'PRuntimeRejected');
  });

  it('rejects a report 7,200 s old or older and accepts 7,199 s', () => {
    const { rt, worker } = setup();
    expectRejected(rt, worker, worker.registration(ias, nowSec(rt) - 7200n), 'OutdatedIASReport');
    const ok = rt.dispatch(
      RELAYER,
      'PhalaRegistry.register_worker_v2',
      worker.registration(ias, nowSec(rt) - 7199n),
    );
    expect(ok.ok).toBe(true);
  });

  it('rejects report_data that does not commit to the pruntime_info', () => {
    const { rt, worker } = setup();
    const args = worker.registration(ias, nowSec(rt));
    const other = new PRuntimeWorker({ name: 'w1', operator: '//Bob' });
    expectRejected(
      rt,
      worker,
      { ...args, pruntime_info: other.registrationInfo() },
      'InvalidRuntimeInfoHash',
    );
  });

  it('rejects an unknown quote status, a missing attestation, a foreign para id and relay chain', () => {
    const { rt, worker } = setup();
    expectRejected(
      rt,
      worker,
      worker.registration(ias, nowSec(rt), { quoteStatus: 'SIGNATURE_INVALID' }),
      'InvalidQuoteStatus',
    );
    expectRejected(
      rt,
      worker,
      { pruntime_info: worker.registrationInfo(), attestation: null },
      'NoneAttestationDisabled',
    );
    const polkadot = new PRuntimeWorker({ name: 'w1', operator: '//Alice', paraId: 2035n });
    expectRejected(rt, polkadot, polkadot.registration(ias, nowSec(rt)), 'ParachainIdMismatch');
    const otherRelay = new PRuntimeWorker({
      name: 'w1',
      operator: '//Alice',
      genesisBlockHash: toHex(new Uint8Array(32)),
    });
    expectRejected(rt, otherRelay, otherRelay.registration(ias, nowSec(rt)), 'GenesisBlockHashRejected');
  });

  it('re-registration refreshes the report but keeps initial_score', () => {
    const { rt, worker } = setup();
    expect(
      rt.dispatch(RELAYER, 'PhalaRegistry.register_worker_v2', worker.registration(ias, nowSec(rt))).ok,
    ).toBe(true);
    rt.offchain.registerWorker({ pubkey: worker.pubkey, operator: '//Alice', initialScore: 700 });
    const again = rt.dispatch(
      RELAYER,
      'PhalaRegistry.register_worker_v2',
      worker.registration(ias, nowSec(rt), { quoteStatus: 'SW_HARDENING_NEEDED' }),
    );
    expect(again.events.map((e) => e.name)).toContain('WorkerUpdated');
    expect(rt.query('PhalaRegistry.Workers', worker.pubkey)).toMatchObject({
      confidenceLevel: 2n,
      initialScore: 700n,
    });
  });
});

describe('registry governance calls', () => {
  it('add_pruntime / remove_pruntime with their errors', () => {
    const rt = createRuntime();
    const h = '0x1234';
    expect(rt.dispatch('//Alice', 'PhalaRegistry.add_pruntime', { pruntime_hash: h })).toMatchObject({
      error: 'BadOrigin',
    });
    expect(rt.dispatch('root', 'PhalaRegistry.add_pruntime', { pruntime_hash: h }).ok).toBe(true);
    expect(rt.dispatch('root', 'PhalaRegistry.add_pruntime', { pruntime_hash: h })).toMatchObject({
      error: 'PhalaRegistry.PRuntimeAlreadyExists',
    });
    expect(rt.query('PhalaRegistry.PRuntimeAllowList')).toEqual([DEV_PRUNTIME_MEASUREMENT, h]);
    expect(rt.dispatch('root', 'PhalaRegistry.remove_pruntime', { pruntime_hash: h }).ok).toBe(true);
    expect(rt.dispatch('root', 'PhalaRegistry.remove_pruntime', { pruntime_hash: h })).toMatchObject({
      error: 'PhalaRegistry.PRuntimeNotFound',
    });
    expect(
      rt.dispatch('root', 'PhalaRegistry.remove_pruntime', { pruntime_hash: DEV_PRUNTIME_MEASUREMENT }).ok,
    ).toBe(true);
    const worker = new PRuntimeWorker({ name: 'w9' });
    expect(
      rt.dispatch(RELAYER, 'PhalaRegistry.register_worker_v2', worker.registration(ias, nowSec(rt))),
    ).toMatchObject({ error: 'PhalaRegistry.PRuntimeRejected' });
  });

  it('genesis: Gatekeeper, master key, launch time, allow-lists, benchmark duration', () => {
    const rt = createRuntime();
    expect(rt.query('PhalaRegistry.Gatekeeper')).toHaveLength(1);
    expect(rt.query('PhalaRegistry.GatekeeperMasterPubkey')).toMatch(/^0x[0-9a-f]{64}$/);
    expect(rt.query('PhalaRegistry.GatekeeperLaunchedAt')).toEqual([0n, 0n]);
    expect(rt.query('PhalaRegistry.BenchmarkDuration')).toBe(50n);
    expect(rt.query('PhalaRegistry.RelaychainGenesisBlockHashAllowList')).toHaveLength(1);
  });

  it('parses RFC 3339 timestamps exactly', () => {
    expect(parseRfc3339('1970-01-01T00:00:00Z')).toBe(0n);
    expect(parseRfc3339('2021-09-12T18:06:20.402478Z')).toBe(1631469980n);
    expect(parseRfc3339('2024-02-29T12:00:00Z')).toBe(1709208000n);
    expect(parseRfc3339('2023-02-29T12:00:00Z')).toBeUndefined();
    expect(parseRfc3339('2021-09-12T18:06:20.402478ZZ')).toBeUndefined();
  });
});
