/**
 * PhalaRegistry (Khala index 86, pallets/phala/src/registry.rs as of Aug 2023): registered pRuntime
 * workers and their attestation, Gatekeepers and the master key, the pRuntime allow-list, the relay-chain
 * genesis allow-list, benchmarks (BenchReport → `initial_score`), worker endpoints.
 *
 * - `register_worker_v2(pruntime_info, attestation)`: verifies the attestation as the final runtime's
 *   `attestation::validate` (runtime-release-v1270; see ./attestation.ts): `SgxIas` reports signed by
 *   Intel's report-signing CA (hidden `IasTrustAnchors`) or, on a dev chain, by the simulated service
 *   whose root key is the hidden `IasRootKey`; `SgxDcap` quotes with their collateral against the
 *   hidden `DcapTrustAnchors` (Intel's SGX Root CA, plus the simulated DCAP root in a dev genesis), any
 *   verifier failure being `InvalidDCAPQuote` with the reason as detail; then `para_id == ParachainId`
 *   (`ParachainIdMismatch`), the relay genesis hash allow-list (`GenesisBlockHashRejected`), bumps
 *   `MaxKnownPRuntimeConsensusVersion`, inserts or refreshes `Workers` (a refresh keeps `initial_score`),
 *   records `WorkerAddedAt` for new workers and tells the worker `Registered` + `BenchStart`.
 * - `register_worker` (legacy, idx 6) runs the same IAS checks over `WorkerRegistrationInfo`.
 * - `force_register_worker` (root) registers with provider Root, confidence level 128, features [1, 4].
 * - Messages on `^phala/registry/event` (BenchReport, MasterPubkey) and `^phala/registry/gk_event`
 *   (RotatedMasterPubkey) arrive through PhalaMq's routing.
 * - GovernanceOrigin is Root or at least half of the Council (Khala's EnsureRootOrHalfCouncil).
 *
 * Genesis (spec/contracts.md §4): the dev Gatekeeper registered (provider Root, CL 128) and in
 * `Gatekeeper`, its master key in `GatekeeperMasterPubkey`, `GatekeeperLaunchedAt = (0, 0)`, the dev
 * pRuntime measurement in `PRuntimeAllowList`, Kusama's genesis hash in the relay allow-list,
 * `BenchmarkDuration = 50`; the launch messages are queued for block 1 as the Rust genesis does.
 *
 * Deviations: the dev network's IAS stand-in uses an ed25519 certificate (Intel's X.509 reports verify
 * too); DCAP verification also checks the CRLs and the QE identity, which the final runtime did not
 * (see ../../sgx-attestation/dcap.ts); the Phat-contract/cluster key registration paths are absent; `BenchReport` with less than one second elapsed fails with
 * `InvalidBenchReport` where Rust would divide by zero.
 */
import { badOrigin, DispatchError } from '../../frame/errors.js';
import { ensureRoot, ensureSigned, type Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import {
  type AnyCodec,
  bool,
  byteArray,
  bytes,
  encode,
  option,
  struct,
  u8,
  u32,
  u64,
  vec,
} from '../../frame/scale.js';
import { AccountId, H256 } from '../../frame/types.js';
import { publicKey } from '../../primitives/account.js';
import { concatBytes, fromHex } from '../../primitives/bytes.js';
import { blake2_256 } from '../../primitives/hashing.js';
import { verifySignature } from '../../primitives/signature.js';
import type { VerifyItem } from '../../primitives/signature-batch.js';
import { INTEL_IAS_REPORT_SIGNING_CA, INTEL_SGX_ROOT_CA } from '../../sgx-attestation/roots.js';
import { pushPalletMessage, queuePalletMessage } from '../phala-mq/index.js';
import {
  Attestation,
  AttestationProvider,
  AttestationReport,
  type AttestationReportValue,
  decodePayload,
  GatekeeperChange,
  GatekeeperLaunch,
  GatekeeperRegistryEvent,
  type MessageValue,
  RegistryEvent,
  Sr25519Public,
  SystemEvent,
  TOPIC,
  WorkerEndpointPayload,
  type WorkerEventValue,
  WorkerRegistrationInfo,
  WorkerRegistrationInfoV2,
} from '../phala-mq/types.js';
import { Number_ } from '../system/index.js';
import { now as nowMs } from '../timestamp/index.js';
import {
  AttestationFailure,
  type ConfidentialReport,
  reportSignatureItems,
  validateDcap,
  validateIasReport,
} from './attestation.js';
import {
  DEV_GATEKEEPER_ECDH_PUBKEY,
  DEV_GATEKEEPER_MASTER_PUBKEY,
  DEV_GATEKEEPER_PUBKEY,
  DEV_PRUNTIME_MEASUREMENT,
  DEV_RELAYCHAIN_GENESIS_HASH,
  GENESIS_BENCHMARK_DURATION,
  KHALA_PARA_ID,
  SIM_DCAP_ROOT_ANCHOR,
  SIM_IAS_ROOT_PUBKEY,
} from './dev-identities.js';
import { PhalaRegistryDocs } from './docs.js';
import {
  BenchmarkDuration,
  Endpoints,
  Gatekeeper,
  GatekeeperLaunchedAt,
  GatekeeperMasterPubkey,
  MasterKeyRotationLock,
  MaxKnownPRuntimeConsensusVersion,
  MinimumPRuntimeVersion,
  PRuntimeAddedAt,
  PRuntimeAllowList,
  PRuntimeConsensusVersion,
  RelaychainGenesisBlockHashAllowList,
  RotationCounter,
  registryStorageItems,
  TopicKey,
  WorkerAddedAt,
  Workers,
} from './storage.js';

export * from './storage.js';

const PALLET = 'PhalaRegistry';

/** Trust anchors of an attestation root (DER subject, DER SubjectPublicKeyInfo). */
const TrustAnchors = vec(struct('pha_stake::sgx::TrustAnchor', { subject: bytes, spki: bytes }));

const RegistryEventsDecl = events(PALLET, 'phala_pallets::registry', {
  GatekeeperAdded: { pubkey: Sr25519Public },
  GatekeeperRemoved: { pubkey: Sr25519Public },
  WorkerAdded: {
    pubkey: Sr25519Public,
    attestation_provider: option(AttestationProvider),
    confidence_level: u8,
  },
  WorkerUpdated: {
    pubkey: Sr25519Public,
    attestation_provider: option(AttestationProvider),
    confidence_level: u8,
  },
  MasterKeyRotated: { rotation_id: u64, master_pubkey: Sr25519Public },
  MasterKeyRotationFailed: { rotation_lock: option(u64), gatekeeper_rotation_id: u64 },
  InitialScoreSet: { pubkey: Sr25519Public, init_score: u32 },
  MinimumPRuntimeVersionChangedTo: { 0: u32, 1: u32, 2: u32 },
  PRuntimeConsensusVersionChangedTo: { 0: u32 },
  GatekeeperLaunched: {},
});

/** Variants whose fields are unnamed in Rust (tuple variants): drop the placeholder names from the type info. */
function unnamedFields(codec: AnyCodec, variants: string[]): AnyCodec {
  const def = codec.info.def;
  if (def.tag !== 'variant') return codec;
  return {
    ...codec,
    info: {
      ...codec.info,
      def: {
        tag: 'variant',
        variants: def.variants.map((v) =>
          variants.includes(v.name) ? { ...v, fields: v.fields.map((f) => ({ ...f, name: null })) } : v,
        ),
      },
    },
  };
}

export const PhalaRegistryEvents = {
  ...RegistryEventsDecl,
  codec: unnamedFields(RegistryEventsDecl.codec, [
    'MinimumPRuntimeVersionChangedTo',
    'PRuntimeConsensusVersionChangedTo',
  ]),
};

export const PhalaRegistryErrors = errors(PALLET, 'phala_pallets::registry', [
  'CannotHandleUnknownMessage',
  'InvalidSender',
  'InvalidPubKey',
  'MalformedSignature',
  'InvalidSignatureLength',
  'InvalidSignature',
  'UnknownContract',
  'InvalidIASSigningCert',
  'InvalidReport',
  'InvalidQuoteStatus',
  'BadIASReport',
  'OutdatedIASReport',
  'UnknownQuoteBodyFormat',
  'InvalidDCAPQuote',
  'InvalidRuntimeInfoHash',
  'InvalidRuntimeInfo',
  'InvalidInput',
  'InvalidBenchReport',
  'WorkerNotFound',
  'NoneAttestationDisabled',
  'InvalidGatekeeper',
  'InvalidMasterPubkey',
  'MasterKeyMismatch',
  'MasterKeyUninitialized',
  'GenesisBlockHashRejected',
  'GenesisBlockHashAlreadyExists',
  'GenesisBlockHashNotFound',
  'PRuntimeRejected',
  'PRuntimeAlreadyExists',
  'PRuntimeNotFound',
  'UnknownCluster',
  'NotImplemented',
  'CannotRemoveLastGatekeeper',
  'MasterKeyInRotation',
  'InvalidRotatedMasterPubkey',
  'InvalidEndpointSigningTime',
  'NotMigrationRoot',
  'ParachainIdMismatch',
  'InvalidConsensusVersion',
  'UnsupportedAttestationType',
] as const);
const fail = PhalaRegistryErrors.fail;

export const PhalaRegistryConstants = constants(PALLET, {
  NoneAttestationEnabled: { codec: bool, value: false },
  VerifyPRuntime: { codec: bool, value: true },
  VerifyRelaychainGenesisBlockHash: { codec: bool, value: true },
  /** Rust Config `ParachainId` (Khala 2004). */
  ParachainId: { codec: u32, value: KHALA_PARA_ID, hidden: true },
  /** Root key of the (simulated) attestation service — Rust's compiled-in `IAS_SERVER_ROOTS`. */
  IasRootKey: { codec: byteArray(32), value: SIM_IAS_ROOT_PUBKEY, hidden: true },
  /** Rust's compiled-in `IAS_SERVER_ROOTS`: Intel's Attestation Report Signing CA. */
  IasTrustAnchors: { codec: TrustAnchors, value: [INTEL_IAS_REPORT_SIGNING_CA], hidden: true },
  /**
   * Rust's compiled-in `DCAP_SERVER_ROOTS` (Intel's SGX Root CA); a dev genesis adds the simulated
   * DCAP service's root beside it, production trusts Intel only.
   */
  DcapTrustAnchors: {
    codec: TrustAnchors,
    value: [INTEL_SGX_ROOT_CA, SIM_DCAP_ROOT_ANCHOR],
    production: [INTEL_SGX_ROOT_CA],
    hidden: true,
  },
});

/** Khala's GovernanceOrigin: Root or at least half of the Council. */
export function ensureGovernance(origin: Origin): void {
  if (origin.kind === 'root') return;
  if (origin.kind === 'collective' && origin.collective === 'Council' && origin.yes * 2 >= origin.of) return;
  throw badOrigin();
}

const nowSec = (): bigint => nowMs() / 1000n;

function pushWorkerEvent(pubkey: string, event: WorkerEventValue): void {
  pushPalletMessage(PALLET, TOPIC.systemEvent, SystemEvent, {
    type: 'WorkerEvent',
    value: { pubkey, event },
  });
}

export function isWorkerRegisteredAfterGkLaunched(worker: string): boolean {
  const added = WorkerAddedAt.tryGet(worker);
  const launched = GatekeeperLaunchedAt.tryGet();
  if (added === undefined || launched === undefined) return false;
  return added > launched[0];
}

/** Sets a worker's benchmark score directly (Rust's `internal_set_benchmark`, for tests and the harness). */
export function internalSetBenchmark(worker: string, score: bigint | null): void {
  const info = Workers.tryGet(worker);
  if (info) Workers.set(worker, { ...info, initialScore: score });
}

// ---------------------------------------------------------------------------------------------------
// Registration

function validateAttestation(
  attestation: AttestationReportValue | null,
  userDataHash: Uint8Array,
): ConfidentialReport {
  if (attestation === null) {
    if (PhalaRegistryConstants.get('NoneAttestationEnabled'))
      return { confidenceLevel: 128n, provider: null, runtimeHash: '0x' };
    throw fail('NoneAttestationDisabled');
  }
  const common = {
    userDataHash,
    nowSec: nowSec(),
    verifyPRuntime: PhalaRegistryConstants.get('VerifyPRuntime'),
    allowList: PRuntimeAllowList.get(),
  };
  try {
    if (attestation.type === 'SgxIas') {
      const ias = attestation.value;
      return validateIasReport({
        ...common,
        report: fromHex(ias.ra_report),
        signature: fromHex(ias.signature),
        rawSigningCert: fromHex(ias.raw_signing_cert),
        rootKey: PhalaRegistryConstants.get('IasRootKey'),
        iasAnchors: PhalaRegistryConstants.get('IasTrustAnchors'),
      });
    }
    const { quote, collateral } = attestation.value;
    if (collateral === null) throw fail('UnsupportedAttestationType');
    return validateDcap({
      ...common,
      quote: fromHex(quote),
      collateral: collateral.value,
      anchors: PhalaRegistryConstants.get('DcapTrustAnchors'),
    });
  } catch (err) {
    if (err instanceof AttestationFailure)
      throw new DispatchError({ type: 'Module', pallet: PALLET, error: err.error }, err.reason);
    throw err;
  }
}

interface RegistrationFields {
  pubkey: string;
  ecdhPubkey: string;
  version: bigint;
  operator: string | null;
  features: bigint[];
  genesisBlockHash: string;
}

function checkRelayGenesis(hash: string): void {
  if (!PhalaRegistryConstants.get('VerifyRelaychainGenesisBlockHash')) return;
  if (!RelaychainGenesisBlockHashAllowList.get().includes(hash)) throw fail('GenesisBlockHashRejected');
}

/**
 * The signatures `register_worker` / `register_worker_v2` would check through `verifySignature` for
 * `attestation` (a simulated-service IAS report's certificate and report signatures), for
 * pre-verification on a thread pool (signature-batch.ts). Runs inside the runtime context (reads
 * `IasRootKey`); none for other attestations.
 */
export function attestationVerifyItems(attestation: AttestationReportValue | null): VerifyItem[] {
  if (attestation?.type !== 'SgxIas') return [];
  const ias = attestation.value;
  return reportSignatureItems(
    fromHex(ias.ra_report),
    fromHex(ias.signature),
    fromHex(ias.raw_signing_cert),
    PhalaRegistryConstants.get('IasRootKey'),
  );
}

/** The common write part of register_worker / register_worker_v2 (after every check passed). */
function upsertWorker(info: RegistrationFields, report: ConfidentialReport): void {
  const { pubkey } = info;
  const now = nowSec();
  const provider = report.provider === null ? null : { type: report.provider, value: null };
  const existing = Workers.tryGet(pubkey);
  if (existing) {
    Workers.set(pubkey, {
      ...existing,
      lastUpdated: now,
      operator: info.operator,
      runtimeVersion: info.version,
      confidenceLevel: report.confidenceLevel,
      features: info.features,
    });
    pushWorkerEvent(pubkey, { type: 'Registered', value: { confidenceLevel: report.confidenceLevel } });
    PhalaRegistryEvents.emit('WorkerUpdated', {
      pubkey,
      attestation_provider: provider as never,
      confidence_level: report.confidenceLevel,
    });
  } else {
    Workers.set(pubkey, {
      pubkey,
      ecdhPubkey: info.ecdhPubkey,
      runtimeVersion: info.version,
      lastUpdated: now,
      operator: info.operator,
      attestationProvider: provider as never,
      confidenceLevel: report.confidenceLevel,
      initialScore: null,
      features: info.features,
    });
    pushWorkerEvent(pubkey, { type: 'Registered', value: { confidenceLevel: report.confidenceLevel } });
    PhalaRegistryEvents.emit('WorkerAdded', {
      pubkey,
      attestation_provider: provider as never,
      confidence_level: report.confidenceLevel,
    });
    WorkerAddedAt.set(pubkey, Number_.get());
  }
  pushWorkerEvent(pubkey, { type: 'BenchStart', value: { duration: BenchmarkDuration.tryGet() ?? 0n } });
}

function registerWorkerV2(
  info: ReturnType<typeof WorkerRegistrationInfoV2.dec>,
  attestation: AttestationReportValue | null,
): void {
  const hash = blake2_256(encode(WorkerRegistrationInfoV2, info));
  const report = validateAttestation(attestation, hash);
  if (info.paraId !== PhalaRegistryConstants.get('ParachainId')) throw fail('ParachainIdMismatch');
  checkRelayGenesis(info.genesisBlockHash);
  const known = MaxKnownPRuntimeConsensusVersion.get();
  if (known.version < info.maxConsensusVersion)
    MaxKnownPRuntimeConsensusVersion.set({ version: info.maxConsensusVersion, count: 1n });
  else if (known.version === info.maxConsensusVersion)
    MaxKnownPRuntimeConsensusVersion.set({ ...known, count: known.count + 1n });
  upsertWorker(info, report);
}

function forceRegisterWorker(pubkey: string, ecdhPubkey: string, operator: string | null): void {
  Workers.set(pubkey, {
    pubkey,
    ecdhPubkey,
    runtimeVersion: 0n,
    lastUpdated: 1n,
    operator,
    attestationProvider: { type: 'Root', value: null } as never,
    confidenceLevel: 128n,
    initialScore: null,
    features: [1n, 4n],
  });
  WorkerAddedAt.set(pubkey, Number_.get());
  pushWorkerEvent(pubkey, { type: 'Registered', value: { confidenceLevel: 128n } });
  PhalaRegistryEvents.emit('WorkerAdded', {
    pubkey,
    attestation_provider: { type: 'Root', value: null } as never,
    confidence_level: 128n,
  });
}

/** The harness's Root path: force registration with a chosen confidence level and benchmark score. */
export function forceRegisterWorkerWith(w: {
  pubkey: string;
  operator: string;
  initialScore: bigint;
  confidenceLevel?: bigint;
}): void {
  forceRegisterWorker(w.pubkey, w.pubkey, w.operator);
  const info = Workers.tryGet(w.pubkey);
  if (!info) return;
  Workers.set(w.pubkey, {
    ...info,
    confidenceLevel: w.confidenceLevel ?? info.confidenceLevel,
    initialScore: w.initialScore,
  });
}

// ---------------------------------------------------------------------------------------------------
// Messages

export function onMessageReceived(message: MessageValue): void {
  if (message.sender.type !== 'Worker') throw fail('InvalidSender');
  const worker = message.sender.value;
  const payload = decodePayload(RegistryEvent, message);
  if (!payload) throw fail('CannotHandleUnknownMessage');
  if (payload.type === 'BenchReport') {
    const now = nowMs();
    const { start_time: start, iterations } = payload.value;
    if (now <= start) throw fail('InvalidBenchReport');
    const secs = (now - start) / 1000n;
    if (secs === 0n) throw fail('InvalidBenchReport');
    const raw = BigInt.asUintN(32, (iterations / secs) * 6n);
    const score = raw < 6000n ? raw : 6000n;
    const info = Workers.tryGet(worker);
    if (info) Workers.set(worker, { ...info, initialScore: score, lastUpdated: now / 1000n });
    pushWorkerEvent(worker, { type: 'BenchScore', value: score });
    PhalaRegistryEvents.emit('InitialScoreSet', { pubkey: worker, init_score: score });
    return;
  }
  const master = payload.value.master_pubkey;
  if (!Gatekeeper.get().includes(worker)) throw fail('InvalidGatekeeper');
  const saved = GatekeeperMasterPubkey.tryGet();
  if (saved !== undefined) {
    if (saved !== master) throw fail('MasterKeyMismatch');
    return;
  }
  GatekeeperMasterPubkey.set(master);
  pushPalletMessage(PALLET, TOPIC.gatekeeperLaunch, GatekeeperLaunch, {
    type: 'MasterPubkeyOnChain',
    value: { masterPubkey: master },
  });
  GatekeeperLaunchedAt.set([Number_.get(), nowSec()]);
  PhalaRegistryEvents.emit('GatekeeperLaunched', {});
}

export function onGkMessageReceived(message: MessageValue): void {
  if (message.sender.type !== 'Gatekeeper') throw fail('InvalidSender');
  const payload = decodePayload(GatekeeperRegistryEvent, message);
  if (!payload) throw fail('CannotHandleUnknownMessage');
  const { rotation_id: rotationId, master_pubkey: masterPubkey } = payload.value;
  const rotating = MasterKeyRotationLock.get();
  if (rotating === null || rotating !== rotationId) {
    PhalaRegistryEvents.emit('MasterKeyRotationFailed', {
      rotation_lock: rotating,
      gatekeeper_rotation_id: rotationId,
    });
    throw fail('InvalidRotatedMasterPubkey');
  }
  GatekeeperMasterPubkey.set(masterPubkey);
  MasterKeyRotationLock.set(null);
  PhalaRegistryEvents.emit('MasterKeyRotated', { rotation_id: rotationId, master_pubkey: masterPubkey });
  pushPalletMessage(PALLET, TOPIC.gatekeeperLaunch, GatekeeperLaunch, {
    type: 'MasterPubkeyRotated',
    value: { masterPubkey },
  });
}

// ---------------------------------------------------------------------------------------------------
// The pallet

const W = (n: bigint) => ({ refTime: n });
const DB_WRITE = 100_000_000n;

export const PhalaRegistry: PalletDecl = {
  docs: PhalaRegistryDocs,
  name: PALLET,
  crate: 'phala_pallets::registry',
  index: 86,
  storage: registryStorageItems,
  events: PhalaRegistryEvents,
  errors: PhalaRegistryErrors,
  constants: PhalaRegistryConstants,
  calls: {
    force_set_benchmark_duration: call(
      0,
      { value: u32 },
      (o, { value }) => {
        ensureGovernance(o);
        BenchmarkDuration.set(value);
      },
      W(10_000n + DB_WRITE),
    ),
    force_register_worker: call(
      1,
      { pubkey: Sr25519Public, ecdh_pubkey: Sr25519Public, operator: option(AccountId) },
      (o, a) => {
        ensureRoot(o);
        forceRegisterWorker(a.pubkey, a.ecdh_pubkey, a.operator);
      },
      W(10_000n + DB_WRITE),
    ),
    force_register_topic_pubkey: call(
      2,
      { topic: bytes, pubkey: bytes },
      (o, a) => {
        ensureRoot(o);
        TopicKey.set(a.topic, a.pubkey);
      },
      W(10_000n + DB_WRITE),
    ),
    register_gatekeeper: call(
      3,
      { gatekeeper: Sr25519Public },
      (o, { gatekeeper }) => {
        ensureGovernance(o);
        if (MasterKeyRotationLock.get() !== null) throw fail('MasterKeyInRotation');
        const gks = Gatekeeper.get();
        if (gks.length > 0 && GatekeeperMasterPubkey.tryGet() === undefined)
          throw fail('MasterKeyUninitialized');
        if (!gks.includes(gatekeeper)) {
          const info = Workers.tryGet(gatekeeper);
          if (!info) throw fail('WorkerNotFound');
          Gatekeeper.set([...gks, gatekeeper]);
          const value = { pubkey: gatekeeper, ecdhPubkey: info.ecdhPubkey };
          if (gks.length === 0)
            pushPalletMessage(PALLET, TOPIC.gatekeeperLaunch, GatekeeperLaunch, {
              type: 'FirstGatekeeper',
              value,
            });
          else
            pushPalletMessage(PALLET, TOPIC.gatekeeperChange, GatekeeperChange, {
              type: 'Registered',
              value,
            });
        }
        PhalaRegistryEvents.emit('GatekeeperAdded', { pubkey: gatekeeper });
      },
      W(10_000n + DB_WRITE),
    ),
    unregister_gatekeeper: call(
      4,
      { gatekeeper: Sr25519Public },
      (o, { gatekeeper }) => {
        ensureGovernance(o);
        if (MasterKeyRotationLock.get() !== null) throw fail('MasterKeyInRotation');
        const gks = Gatekeeper.get();
        if (!gks.includes(gatekeeper)) throw fail('InvalidGatekeeper');
        if (gks.length <= 1) throw fail('CannotRemoveLastGatekeeper');
        Gatekeeper.set(gks.filter((g) => g !== gatekeeper));
        pushPalletMessage(PALLET, TOPIC.gatekeeperChange, GatekeeperChange, {
          type: 'Unregistered',
          value: { pubkey: gatekeeper },
        });
      },
      W(10_000n + DB_WRITE),
    ),
    rotate_master_key: call(
      5,
      {},
      (o) => {
        ensureGovernance(o);
        if (MasterKeyRotationLock.get() !== null) throw fail('MasterKeyInRotation');
        const identities = Gatekeeper.get().map((gk) => {
          const info = Workers.tryGet(gk);
          if (!info) throw fail('WorkerNotFound');
          return { pubkey: info.pubkey, ecdhPubkey: info.ecdhPubkey };
        });
        const rotationId = RotationCounter.get() + 1n;
        RotationCounter.set(rotationId);
        MasterKeyRotationLock.set(rotationId);
        pushPalletMessage(PALLET, TOPIC.gatekeeperLaunch, GatekeeperLaunch, {
          type: 'RotateMasterKey',
          value: { rotationId, gkIdentities: identities },
        });
      },
      W(10_000n + DB_WRITE),
    ),
    register_worker: call(
      6,
      { pruntime_info: WorkerRegistrationInfo, attestation: Attestation },
      (o, a) => {
        ensureSigned(o);
        const hash = blake2_256(encode(WorkerRegistrationInfo, a.pruntime_info));
        const report = validateAttestation(a.attestation as AttestationReportValue, hash);
        checkRelayGenesis(a.pruntime_info.genesisBlockHash);
        upsertWorker(a.pruntime_info, report);
      },
      W(0n),
    ),
    register_worker_v2: call(
      7,
      { pruntime_info: WorkerRegistrationInfoV2, attestation: option(AttestationReport) },
      (o, a) => {
        ensureSigned(o);
        registerWorkerV2(a.pruntime_info, a.attestation);
      },
      W(0n),
    ),
    update_worker_endpoint: call(
      8,
      { endpoint_payload: WorkerEndpointPayload, signature: bytes },
      (o, a) => {
        ensureSigned(o);
        const sig = fromHex(a.signature);
        if (sig.length !== 64) throw fail('InvalidSignatureLength');
        const data = concatBytes(
          new Uint8Array([0xff, 2]),
          encode(WorkerEndpointPayload, a.endpoint_payload),
        );
        if (!verifySignature('Sr25519', sig, data, publicKey(a.endpoint_payload.pubkey)))
          throw fail('InvalidSignature');
        const now = nowMs();
        const t = a.endpoint_payload.signingTime;
        if (!(t < now && now <= t + 4n * 3600n * 1000n)) throw fail('InvalidEndpointSigningTime');
        if (!Workers.contains(a.endpoint_payload.pubkey)) throw fail('InvalidPubKey');
        Endpoints.set(a.endpoint_payload.pubkey, a.endpoint_payload.versionedEndpoints);
      },
      W(0n),
    ),
    add_pruntime: call(
      9,
      { pruntime_hash: bytes },
      (o, { pruntime_hash: h }) => {
        ensureGovernance(o);
        const list = PRuntimeAllowList.get();
        if (list.includes(h)) throw fail('PRuntimeAlreadyExists');
        PRuntimeAllowList.set([...list, h]);
        PRuntimeAddedAt.set(h, Number_.get());
      },
      W(0n),
    ),
    remove_pruntime: call(
      10,
      { pruntime_hash: bytes },
      (o, { pruntime_hash: h }) => {
        ensureGovernance(o);
        const list = PRuntimeAllowList.get();
        if (!list.includes(h)) throw fail('PRuntimeNotFound');
        PRuntimeAllowList.set(list.filter((x) => x !== h));
        PRuntimeAddedAt.remove(h);
      },
      W(0n),
    ),
    add_relaychain_genesis_block_hash: call(
      11,
      { genesis_block_hash: H256 },
      (o, { genesis_block_hash: h }) => {
        ensureGovernance(o);
        const list = RelaychainGenesisBlockHashAllowList.get();
        if (list.includes(h)) throw fail('GenesisBlockHashAlreadyExists');
        RelaychainGenesisBlockHashAllowList.set([...list, h]);
      },
      W(0n),
    ),
    remove_relaychain_genesis_block_hash: call(
      12,
      { genesis_block_hash: H256 },
      (o, { genesis_block_hash: h }) => {
        ensureGovernance(o);
        const list = RelaychainGenesisBlockHashAllowList.get();
        if (!list.includes(h)) throw fail('GenesisBlockHashNotFound');
        RelaychainGenesisBlockHashAllowList.set(list.filter((x) => x !== h));
      },
      W(0n),
    ),
    set_minimum_pruntime_version: call(
      13,
      { major: u32, minor: u32, patch: u32 },
      (o, { major, minor, patch }) => {
        ensureGovernance(o);
        MinimumPRuntimeVersion.set([major, minor, patch]);
        PhalaRegistryEvents.emit('MinimumPRuntimeVersionChangedTo', { 0: major, 1: minor, 2: patch });
      },
      W(0n),
    ),
    set_pruntime_consensus_version: call(
      14,
      { version: u32 },
      (o, { version }) => {
        ensureGovernance(o);
        PRuntimeConsensusVersion.set(version);
        PhalaRegistryEvents.emit('PRuntimeConsensusVersionChangedTo', { 0: version });
      },
      W(0n),
    ),
  },
  genesis() {
    const gk = DEV_GATEKEEPER_PUBKEY;
    Workers.set(gk, {
      pubkey: gk,
      ecdhPubkey: DEV_GATEKEEPER_ECDH_PUBKEY,
      runtimeVersion: 0n,
      lastUpdated: 0n,
      operator: null,
      attestationProvider: { type: 'Root', value: null } as never,
      confidenceLevel: 128n,
      initialScore: null,
      features: [1n, 4n],
    });
    queuePalletMessage(PALLET, TOPIC.systemEvent, SystemEvent, {
      type: 'WorkerEvent',
      value: { pubkey: gk, event: { type: 'Registered', value: { confidenceLevel: 128n } } },
    });
    queuePalletMessage(PALLET, TOPIC.systemEvent, SystemEvent, {
      type: 'WorkerEvent',
      value: { pubkey: gk, event: { type: 'BenchStart', value: { duration: GENESIS_BENCHMARK_DURATION } } },
    });
    BenchmarkDuration.set(GENESIS_BENCHMARK_DURATION);
    Gatekeeper.set([gk]);
    queuePalletMessage(PALLET, TOPIC.gatekeeperLaunch, GatekeeperLaunch, {
      type: 'FirstGatekeeper',
      value: { pubkey: gk, ecdhPubkey: DEV_GATEKEEPER_ECDH_PUBKEY },
    });
    GatekeeperMasterPubkey.set(DEV_GATEKEEPER_MASTER_PUBKEY);
    GatekeeperLaunchedAt.set([0n, 0n]);
    PRuntimeAllowList.set([DEV_PRUNTIME_MEASUREMENT]);
    PRuntimeAddedAt.set(DEV_PRUNTIME_MEASUREMENT, 0n);
    RelaychainGenesisBlockHashAllowList.set([DEV_RELAYCHAIN_GENESIS_HASH]);
  },
  invariants: {
    gatekeepersAreRegisteredWorkers() {
      for (const gk of Gatekeeper.get())
        if (!Workers.contains(gk)) throw new Error(`gatekeeper ${gk} not in Workers`);
    },
    workerKeysMatch() {
      for (const [[key], info] of Workers.entries())
        if (info.pubkey !== key) throw new Error(`Workers[${key}].pubkey = ${info.pubkey}`);
    },
  },
};
