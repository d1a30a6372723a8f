/**
 * SCALE types of Phala's message queue and of the messages the pallets, pRuntime workers and the
 * Gatekeeper exchange (crates/phala-mq/src/types.rs, crates/phala-types/src/lib.rs `messaging`,
 * pallets/phala/src/registry.rs `RegistryEvent`). One declaration serves the pallets (metadata,
 * storage, dispatch) and the off-chain models (src/pallets-mock/offchain), so both sides encode the
 * exact bytes the real components exchange.
 *
 * JS shapes follow the codec contract: sr25519 public keys, H256 and byte strings are 0x-hex,
 * integers bigint, enums `{ type, value }`, struct keys camelCase.
 */
import {
  byteArray,
  bytes,
  type Codec,
  decode,
  encode,
  encodeToHex,
  enumOf,
  newtype,
  option,
  str,
  struct,
  tuple,
  u8,
  u32,
  u64,
  u128,
  u256,
  type ValueOf,
  vec,
} from '../../frame/scale.js';
import { AccountId, H256 } from '../../frame/types.js';
import { fromHex, toHex, utf8 } from '../../primitives/bytes.js';
import { SgxV30QuoteCollateral } from '../../sgx-attestation/collateral.js';

/** `sp_core::sr25519::Public` (WorkerPublicKey, EcdhPublicKey, MasterPublicKey), as 0x-hex. */
export const Sr25519Public = newtype('sp_core::sr25519::Public', byteArray(32), '[u8; 32]');
export type PublicKeyHex = string;

// ---------------------------------------------------------------------------------------------------
// phala_mq

/** `phala_mq::types::MessageOrigin`: variants 0–6 and `Reserved` at 255 (the 0xff signing prefix). */
export const MessageOrigin = enumOf(
  'phala_mq::types::MessageOrigin',
  {
    Pallet: bytes,
    Contract: H256,
    Worker: Sr25519Public,
    AccountId: H256,
    MultiLocation: bytes,
    Gatekeeper: null,
    Cluster: H256,
    Reserved: null,
  },
  { Reserved: 255 },
);
export type MessageOriginValue = ValueOf<typeof MessageOrigin>;

/** `phala_mq::types::Topic` (a `Path` = Vec<u8>), as 0x-hex. */
export const Topic = newtype('phala_mq::types::Topic', bytes, 'Path');

export const Message = struct('phala_mq::types::Message', {
  sender: MessageOrigin,
  destination: Topic,
  payload: bytes,
});
export type MessageValue = ValueOf<typeof Message>;

export const SignedMessage = struct('phala_mq::types::SignedMessage', {
  message: Message,
  sequence: u64,
  signature: bytes,
});
export type SignedMessageValue = ValueOf<typeof SignedMessage>;

const SigningPayload = tuple(Message, u64);

/** Bytes a SignedMessage's signature covers: SCALE(message, sequence) (`data_be_signed`, no wrapping for MqMessage). */
export function messageSigningPayload(message: MessageValue, sequence: bigint): Uint8Array {
  return encode(SigningPayload, [message, sequence]);
}

const RESERVED_TOPIC_BYTES = new Set(Array.from(utf8("~!@#$%&*_+-=|<>?,./;:'")));
/** `Topic::is_valid`: non-empty and not starting with a reserved byte. */
export function topicIsValid(topicHex: string): boolean {
  const b = fromHex(topicHex);
  return b.length > 0 && !RESERVED_TOPIC_BYTES.has(b[0] as number);
}
/** `Topic::is_offchain`: valid and not starting with `^` (on-chain only). */
export function topicIsOffchain(topicHex: string): boolean {
  const b = fromHex(topicHex);
  return b.length > 0 && !RESERVED_TOPIC_BYTES.has(b[0] as number) && b[0] !== 0x5e;
}
/** `MessageOrigin::is_offchain`. */
export function originIsOffchain(o: MessageOriginValue): boolean {
  return o.type === 'Cluster' || o.type === 'Contract' || o.type === 'Worker' || o.type === 'Gatekeeper';
}

/** Hex of UTF-8 names and paths already seen: the runtime's few topics and pallet names, every block. */
const utf8Hexes = new Map<string, string>();
const UTF8_HEXES_MAX = 256;

function utf8Hex(text: string): string {
  let hex = utf8Hexes.get(text);
  if (hex === undefined) {
    hex = toHex(utf8(text));
    if (utf8Hexes.size >= UTF8_HEXES_MAX) utf8Hexes.clear();
    utf8Hexes.set(text, hex);
  }
  return hex;
}

export const topic = (path: string): string => utf8Hex(path);
export const palletOrigin = (name: string): MessageOriginValue => ({ type: 'Pallet', value: utf8Hex(name) });

/** Builds a Message carrying `payload` encoded with `codec`. */
export function mkMessage<T>(
  sender: MessageOriginValue,
  path: string,
  codec: Codec<T>,
  payload: T,
): MessageValue {
  return { sender, destination: topic(path), payload: encodeToHex(codec, payload) };
}

/** Decodes a message payload (`DecodedMessage`); undefined when the bytes do not decode. */
export function decodePayload<T>(codec: Codec<T>, message: MessageValue): T | undefined {
  try {
    return decode(codec, fromHex(message.payload));
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// phala_types::messaging — topics

export const TOPIC = {
  systemEvent: 'phala/system/event',
  workingReport: 'phala/mining/report',
  workingInfoUpdate: '^phala/mining/update',
  gatekeeperEvent: 'phala/gatekeeper/event',
  gatekeeperLaunch: 'phala/gatekeeper/launch',
  gatekeeperChange: 'phala/gatekeeper/change',
  registryEvent: '^phala/registry/event',
  gatekeeperRegistryEvent: '^phala/registry/gk_event',
} as const;

/** U64F64 fixed point as raw u128 bits (`U64F64Bits`). */
export const U64F64Bits = u128;

export const TokenomicParameters = struct('phala_types::messaging::TokenomicParameters', {
  pha_rate: U64F64Bits,
  rho: U64F64Bits,
  budget_per_block: U64F64Bits,
  v_max: U64F64Bits,
  cost_k: U64F64Bits,
  cost_b: U64F64Bits,
  slash_rate: U64F64Bits,
  treasury_ratio: U64F64Bits,
  heartbeat_window: u32,
  rig_k: U64F64Bits,
  rig_b: U64F64Bits,
  re: U64F64Bits,
  k: U64F64Bits,
  kappa: U64F64Bits,
});
export type TokenomicParametersValue = ValueOf<typeof TokenomicParameters>;

export const WorkerInfoMsg = struct('phala_types::messaging::WorkerInfo', { confidence_level: u8 });

export const WorkerEvent = enumOf('phala_types::messaging::WorkerEvent', {
  Registered: WorkerInfoMsg,
  BenchStart: { duration: u32 },
  BenchScore: u32,
  Started: { session_id: u32, init_v: U64F64Bits, init_p: u32 },
  Stopped: null,
  EnterUnresponsive: null,
  ExitUnresponsive: null,
});
export type WorkerEventValue = ValueOf<typeof WorkerEvent>;

export const WorkerEventWithKey = struct('phala_types::messaging::WorkerEventWithKey', {
  pubkey: Sr25519Public,
  event: WorkerEvent,
});

export const HeartbeatChallenge = struct('phala_types::messaging::HeartbeatChallenge', {
  seed: u256,
  online_target: u256,
});

/** Topic `phala/system/event`. */
export const SystemEvent = enumOf('phala_types::messaging::SystemEvent', {
  WorkerEvent: WorkerEventWithKey,
  HeartbeatChallenge: HeartbeatChallenge,
});
export type SystemEventValue = ValueOf<typeof SystemEvent>;

/** Topic `phala/mining/report`. */
export const WorkingReportEvent = enumOf('phala_types::messaging::WorkingReportEvent', {
  Heartbeat: { session_id: u32, challenge_block: u32, challenge_time: u64, iterations: u64 },
  HeartbeatV2: {
    session_id: u32,
    challenge_block: u32,
    challenge_time: u64,
    iterations: u64,
    n_clusters: u32,
    n_contracts: u32,
  },
});
export type WorkingReportEventValue = ValueOf<typeof WorkingReportEvent>;

export const SettleInfo = struct('phala_types::messaging::SettleInfo', {
  pubkey: Sr25519Public,
  v: U64F64Bits,
  payout: U64F64Bits,
  treasury: U64F64Bits,
});
export type SettleInfoValue = ValueOf<typeof SettleInfo>;

/** Topic `^phala/mining/update` (BlockNumber = u32). */
export const WorkingInfoUpdateEvent = struct('phala_types::messaging::WorkingInfoUpdateEvent', {
  block_number: u32,
  timestamp_ms: u64,
  offline: vec(Sr25519Public),
  recovered_to_online: vec(Sr25519Public),
  settle: vec(SettleInfo),
});
export type WorkingInfoUpdateEventValue = ValueOf<typeof WorkingInfoUpdateEvent>;

const RandomNumberEvent = struct('phala_types::messaging::RandomNumberEvent', {
  block_number: u32,
  random_number: byteArray(32),
  last_random_number: byteArray(32),
});
/** Topic `phala/gatekeeper/event`. */
export const GatekeeperEvent = enumOf('phala_types::messaging::GatekeeperEvent', {
  NewRandomNumber: RandomNumberEvent,
  TokenomicParametersChanged: TokenomicParameters,
  _RepairV: null,
  _PhalaLaunched: null,
  _UnrespFix: null,
});

const NewGatekeeperEvent = struct('phala_types::messaging::NewGatekeeperEvent', {
  pubkey: Sr25519Public,
  ecdh_pubkey: Sr25519Public,
});
const MasterPubkeyEvent = struct('phala_types::messaging::MasterPubkeyEvent', {
  master_pubkey: Sr25519Public,
});
const WorkerIdentity = struct('phala_types::WorkerIdentity', {
  pubkey: Sr25519Public,
  ecdh_pubkey: Sr25519Public,
});
/** Topic `phala/gatekeeper/launch`. */
export const GatekeeperLaunch = enumOf('phala_types::messaging::GatekeeperLaunch', {
  FirstGatekeeper: NewGatekeeperEvent,
  MasterPubkeyOnChain: MasterPubkeyEvent,
  RotateMasterKey: struct('phala_types::messaging::RotateMasterKeyEvent', {
    rotation_id: u64,
    gk_identities: vec(WorkerIdentity),
  }),
  MasterPubkeyRotated: MasterPubkeyEvent,
});
/** Topic `phala/gatekeeper/change`. */
export const GatekeeperChange = enumOf('phala_types::messaging::GatekeeperChange', {
  Registered: NewGatekeeperEvent,
  Unregistered: struct('phala_types::messaging::RemoveGatekeeperEvent', { pubkey: Sr25519Public }),
});

/** Topic `^phala/registry/event` (registry.rs `RegistryEvent`). */
export const RegistryEvent = enumOf('phala_pallets::registry::pallet::RegistryEvent', {
  BenchReport: { start_time: u64, iterations: u64 },
  MasterPubkey: { master_pubkey: Sr25519Public },
});
export type RegistryEventValue = ValueOf<typeof RegistryEvent>;

/** Topic `^phala/registry/gk_event`. */
export const GatekeeperRegistryEvent = enumOf('phala_pallets::registry::pallet::GatekeeperRegistryEvent', {
  RotatedMasterPubkey: { rotation_id: u64, master_pubkey: Sr25519Public },
});

// ---------------------------------------------------------------------------------------------------
// Registration types (phala_types)

/** `phala_types::AttestationProvider` of the final runtime (runtime-release-v1270): Dcap added. */
export const AttestationProvider = enumOf('phala_types::AttestationProvider', {
  Root: null,
  Ias: null,
  Dcap: null,
});

export const WorkerRegistrationInfoV2 = struct(
  { path: ['phala_types', 'WorkerRegistrationInfoV2'], params: [{ name: 'AccountId', type: AccountId }] },
  {
    version: u32,
    machine_id: bytes,
    pubkey: Sr25519Public,
    ecdh_pubkey: Sr25519Public,
    genesis_block_hash: H256,
    features: vec(u32),
    operator: option(AccountId),
    para_id: u32,
    max_consensus_version: u32,
  },
);
export type WorkerRegistrationInfoV2Value = ValueOf<typeof WorkerRegistrationInfoV2>;

export const WorkerRegistrationInfo = struct(
  { path: ['phala_types', 'WorkerRegistrationInfo'], params: [{ name: 'AccountId', type: AccountId }] },
  {
    version: u32,
    machine_id: bytes,
    pubkey: Sr25519Public,
    ecdh_pubkey: Sr25519Public,
    genesis_block_hash: H256,
    features: vec(u32),
    operator: option(AccountId),
  },
);

const iasFields = { ra_report: bytes, signature: bytes, raw_signing_cert: bytes };
/** `phala_types::Collateral`: the collateral a DCAP quote is verified with. */
export const Collateral = enumOf('phala_types::Collateral', { SgxV30: SgxV30QuoteCollateral });
/** `phala_types::AttestationReport` of the final runtime (runtime-release-v1270): IAS and DCAP. */
export const AttestationReport = enumOf('phala_types::AttestationReport', {
  SgxIas: iasFields,
  SgxDcap: { quote: bytes, collateral: option(Collateral) },
});
export type AttestationReportValue = ValueOf<typeof AttestationReport>;
/** Legacy `register_worker` attestation. */
export const Attestation = enumOf('phala_pallets::utils::attestation_legacy::Attestation', {
  SgxIas: iasFields,
});

export const VersionedWorkerEndpoints = enumOf('phala_types::VersionedWorkerEndpoints', { V1: vec(str) });
export const WorkerEndpointPayload = struct('phala_types::WorkerEndpointPayload', {
  pubkey: Sr25519Public,
  versioned_endpoints: VersionedWorkerEndpoints,
  signing_time: u64,
});
