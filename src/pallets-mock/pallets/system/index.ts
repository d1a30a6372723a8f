/**
 * frame_system: accounts (nonce, reference counts, balance data), block number and hashes (BlockHash keeps
 * the hashes mortal transactions are checked against: the last BlockHashCount and the genesis hash, pruned
 * in on_finalize as frame_system does), events with phases, `remark`. Deviations: no
 * runtime upgrades (set_code is refused with CallFiltered), no EventTopics.
 *
 * Final Khala runtime (polkadot-sdk release-polkadot-v1.2.0): calls, events, errors and
 * storage are those of Khala's Aug-2023 metadata (checked by metadata-reference.test.ts); the deviations below are all that is known.
 */
import { type DepositedEvent, ext, type Phase } from '../../frame/context.js';
import { encodeDispatchError } from '../../frame/errors.js';
import type { BlockSystem } from '../../frame/executive.js';
import { ensureRoot, ensureSigned, ensureSignedOrRoot } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import {
  bool,
  byteArray,
  bytes,
  compact,
  enumOf,
  lazy,
  newtype,
  option,
  str,
  struct,
  tuple,
  u8,
  u16,
  u32,
  u64,
  vec,
} from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import {
  AccountId,
  AccountInfo,
  BlockNumber,
  DispatchErrorCodec,
  DispatchInfo,
  H256,
  NEW_LOGIC_FLAG,
  Weight,
} from '../../frame/types.js';
import type { AccountId as AccountKey } from '../../primitives/account.js';
import { fromHex, toHex } from '../../primitives/bytes.js';
import { blake2_256 } from '../../primitives/hashing.js';
import { SystemDocs } from './docs.js';

export const SPEC_NAME = 'pha-stake';
export const IMPL_NAME = 'pha-stake-sim';
/** The Khala runtime modelled: spec 1290, its last (khala-parachain's final `RuntimeVersion`). */
export const SPEC_VERSION = 1290;
/** Khala spec 1290's transaction version. */
export const TRANSACTION_VERSION = 6;

/** Runtime APIs the node answers over state_call (blake2_64 ids of the api names, versions). */
export const RUNTIME_APIS: Array<[string, number]> = [
  ['0xdf6acb689907609b', 4], // Core
  ['0x37e397fc7c91f5e4', 2], // Metadata
  ['0x40fe3ad401f8959a', 6], // BlockBuilder
  ['0xd2bc9897eed08f15', 3], // TaggedTransactionQueue
  ['0xbc9d89904f5b923f', 1], // AccountNonceApi
  ['0x37c8bb1350a9a2a8', 4], // TransactionPaymentApi
];

export const Phase_ = enumOf('frame_system::Phase', {
  ApplyExtrinsic: u32,
  Finalization: null,
  Initialization: null,
});
const DigestItemEnum = enumOf(
  'sp_runtime::generic::digest::DigestItem',
  {
    PreRuntime: tuple(byteArray(4), bytes),
    Consensus: tuple(byteArray(4), bytes),
    Seal: tuple(byteArray(4), bytes),
    Other: bytes,
    RuntimeEnvironmentUpdated: null,
  },
  { PreRuntime: 6, Consensus: 4, Seal: 5, Other: 0, RuntimeEnvironmentUpdated: 8 },
);
const engineAndData = [
  { name: null, type: byteArray(4), typeName: 'ConsensusEngineId' },
  { name: null, type: bytes, typeName: 'Vec<u8>' },
];
/**
 * sp_runtime's DigestItem, variants in its declaration order. `PreRuntime(ConsensusEngineId, Vec<u8>)`
 * and its siblings have two unnamed fields in the metadata; their values are `[engine, data]` tuples.
 */
export const DigestItem: typeof DigestItemEnum = {
  ...DigestItemEnum,
  info: {
    ...DigestItemEnum.info,
    def: {
      tag: 'variant',
      variants: [
        { name: 'PreRuntime', index: 6, fields: engineAndData },
        { name: 'Consensus', index: 4, fields: engineAndData },
        { name: 'Seal', index: 5, fields: engineAndData },
        { name: 'Other', index: 0, fields: [{ name: null, type: bytes, typeName: 'Vec<u8>' }] },
        { name: 'RuntimeEnvironmentUpdated', index: 8, fields: [] },
      ],
    },
  },
};
export const Digest = struct('sp_runtime::generic::digest::Digest', { logs: vec(DigestItem) });
const RuntimeEvent = lazy(() => ext().eventCodec);
export const EventRecord = struct(
  {
    path: ['frame_system', 'EventRecord'],
    params: [
      { name: 'E', type: RuntimeEvent },
      { name: 'T', type: H256 },
    ],
  },
  { phase: Phase_, event: RuntimeEvent, topics: vec(H256) },
);
const PerClassWeight = struct(
  { path: ['frame_support', 'dispatch', 'PerDispatchClass'], params: [{ name: 'T', type: Weight }] },
  { normal: Weight, operational: Weight, mandatory: Weight },
);
const WeightsPerClass = struct('frame_system::limits::WeightsPerClass', {
  base_extrinsic: Weight,
  max_extrinsic: option(Weight),
  max_total: option(Weight),
  reserved: option(Weight),
});
const BlockWeights = struct('frame_system::limits::BlockWeights', {
  base_block: Weight,
  max_block: Weight,
  per_class: struct(
    {
      path: ['frame_support', 'dispatch', 'PerDispatchClass'],
      params: [{ name: 'T', type: WeightsPerClass }],
    },
    { normal: WeightsPerClass, operational: WeightsPerClass, mandatory: WeightsPerClass },
  ),
});
const PerClassU32 = struct(
  { path: ['frame_support', 'dispatch', 'PerDispatchClass'], params: [{ name: 'T', type: u32 }] },
  { normal: u32, operational: u32, mandatory: u32 },
);
const ApiList = vec(tuple(byteArray(8), u32));
/** `sp_version::ApisVec`, a `Cow<'static, [([u8; 8], u32)]>`. */
const ApisVec = newtype({ path: ['Cow'], params: [{ name: 'T', type: ApiList }] }, ApiList);
export const RuntimeVersion = struct('sp_version::RuntimeVersion', {
  spec_name: str,
  impl_name: str,
  authoring_version: u32,
  spec_version: u32,
  impl_version: u32,
  apis: ApisVec,
  transaction_version: u32,
  state_version: u8,
});

export const RUNTIME_VERSION = {
  specName: SPEC_NAME,
  implName: IMPL_NAME,
  authoringVersion: 1n,
  specVersion: BigInt(SPEC_VERSION),
  implVersion: 0n,
  apis: RUNTIME_APIS.map(([id, v]) => [id, BigInt(v)] as [string, bigint]),
  transactionVersion: BigInt(TRANSACTION_VERSION),
  stateVersion: 0n,
};

/** 500 ms of compute per 12 s block (Khala's parachain limit), 5 MiB proof size. */
export const MAX_BLOCK_REF_TIME = 500_000_000_000n;
export const BASE_EXTRINSIC_WEIGHT = 98_974_000n;
const w = (refTime: bigint, proofSize = 0n) => ({ refTime, proofSize });

const S = storage('System');
export const Account = S.map('Account', [['Blake2_128Concat', AccountId]], AccountInfo, {
  default: {
    nonce: 0n,
    consumers: 0n,
    providers: 0n,
    sufficients: 0n,
    data: { free: 0n, reserved: 0n, frozen: 0n, flags: NEW_LOGIC_FLAG },
  },
});
export const ExtrinsicCount = S.value('ExtrinsicCount', u32);
export const BlockWeight = S.value('BlockWeight', PerClassWeight, {
  default: { normal: w(0n), operational: w(0n), mandatory: w(0n) },
});
export const AllExtrinsicsLen = S.value('AllExtrinsicsLen', u32);
export const BlockHash = S.map('BlockHash', [['Twox64Concat', BlockNumber]], H256, {
  default: toHex(new Uint8Array(32)),
});
export const ExtrinsicData = S.map('ExtrinsicData', [['Twox64Concat', u32]], bytes, { default: '0x' });
export const Number_ = S.value('Number', BlockNumber, { default: 0n });
export const ParentHash = S.value('ParentHash', H256, { default: toHex(new Uint8Array(32)) });
export const DigestStore = S.value('Digest', Digest, { default: { logs: [] } });
export const Events = S.value('Events', vec(EventRecord), { default: [] });
export const EventCount = S.value('EventCount', u32, { default: 0n });
export const EventTopics = S.map('EventTopics', [['Blake2_128Concat', H256]], vec(tuple(u32, u32)), {
  default: [],
});
export const LastRuntimeUpgrade = S.value(
  'LastRuntimeUpgrade',
  struct('frame_system::LastRuntimeUpgradeInfo', { spec_version: compact(u32), spec_name: str }),
);
export const UpgradedToU32RefCount = S.value('UpgradedToU32RefCount', bool, { default: false });
export const UpgradedToTripleRefCount = S.value('UpgradedToTripleRefCount', bool, { default: false });
export const ExecutionPhase = S.value('ExecutionPhase', Phase_);

export const SystemEvents = events('System', 'frame_system', {
  ExtrinsicSuccess: { dispatch_info: DispatchInfo },
  ExtrinsicFailed: { dispatch_error: DispatchErrorCodec, dispatch_info: DispatchInfo },
  CodeUpdated: {},
  NewAccount: { account: AccountId },
  KilledAccount: { account: AccountId },
  Remarked: { sender: AccountId, hash: H256 },
});

export const SystemErrors = errors('System', 'frame_system', [
  'InvalidSpecName',
  'SpecVersionNeedsToIncrease',
  'FailedToExtractRuntimeVersion',
  'NonDefaultComposite',
  'NonZeroRefCount',
  'CallFiltered',
] as const);

const perClass = (base: bigint, max: bigint | null, total: bigint | null, reserved: bigint | null) => ({
  baseExtrinsic: w(base),
  maxExtrinsic: max === null ? null : w(max),
  maxTotal: total === null ? null : w(total),
  reserved: reserved === null ? null : w(reserved),
});

export const SystemConstants = constants('System', {
  BlockWeights: {
    codec: BlockWeights,
    value: {
      baseBlock: w(390_584_000n),
      maxBlock: w(MAX_BLOCK_REF_TIME, 5_242_880n),
      perClass: {
        normal: perClass(
          BASE_EXTRINSIC_WEIGHT,
          (MAX_BLOCK_REF_TIME * 3n) / 4n,
          (MAX_BLOCK_REF_TIME * 3n) / 4n,
          0n,
        ),
        operational: perClass(
          BASE_EXTRINSIC_WEIGHT,
          MAX_BLOCK_REF_TIME,
          MAX_BLOCK_REF_TIME,
          MAX_BLOCK_REF_TIME / 4n,
        ),
        mandatory: perClass(BASE_EXTRINSIC_WEIGHT, null, null, null),
      },
    },
  },
  BlockLength: {
    codec: struct('frame_system::limits::BlockLength', { max: PerClassU32 }),
    value: { max: { normal: 3_932_160n, operational: 5_242_880n, mandatory: 5_242_880n } },
  },
  BlockHashCount: { codec: u32, value: 1200n },
  DbWeight: {
    codec: struct('sp_weights::RuntimeDbWeight', { read: u64, write: u64 }),
    value: { read: 25_000_000n, write: 100_000_000n },
  },
  Version: { codec: RuntimeVersion, value: RUNTIME_VERSION },
  SS58Prefix: { codec: u16, value: 30n },
});

// ---------------------------------------------------------------------------------------------------
// Account helpers used by Balances and the executive

export function accountNonce(who: AccountKey): bigint {
  return Account.get(who).nonce;
}

export function incNonce(who: AccountKey): void {
  Account.mutate([who], (a) => ({ ...a, nonce: a.nonce + 1n }));
}

export function currentBlock(): bigint {
  return Number_.get();
}

export function depositPhase(): Phase {
  const p = ExecutionPhase.tryGet();
  if (!p) return { type: 'Initialization', value: null };
  return p as Phase;
}

// v1.2.0: `ensure_signed_or_root` — a signed account or Root (a passed referendum) may remark, and
// nothing happens; `remark_with_event` below needs a signer for its event and is BadOrigin under Root.
const remark = call(
  0,
  { remark: bytes },
  (origin) => {
    ensureSignedOrRoot(origin);
  },
  { refTime: 1_000_000n },
);

const refuseCodeChange = () => {
  throw SystemErrors.fail('CallFiltered');
};

export const System: PalletDecl = {
  docs: SystemDocs,
  name: 'System',
  crate: 'frame_system',
  index: 0,
  storage: S.items,
  events: SystemEvents,
  errors: SystemErrors,
  constants: SystemConstants,
  calls: {
    remark,
    set_heap_pages: call(1, { pages: u64 }, (o) => ensureRoot(o)),
    set_code: call(2, { code: bytes }, (o) => {
      ensureRoot(o);
      refuseCodeChange();
    }),
    set_code_without_checks: call(3, { code: bytes }, (o) => {
      ensureRoot(o);
      refuseCodeChange();
    }),
    set_storage: call(4, { items: vec(tuple(bytes, bytes)) }, (o, { items }) => {
      ensureRoot(o);
      for (const [k, v] of items) ext().state.set(k.toLowerCase(), fromHex(v));
    }),
    kill_storage: call(5, { keys: vec(bytes) }, (o, { keys }) => {
      ensureRoot(o);
      for (const k of keys) ext().state.delete(k.toLowerCase());
    }),
    kill_prefix: call(6, { prefix: bytes, subkeys: u32 }, (o, { prefix }) => {
      ensureRoot(o);
      for (const k of ext().state.keysWithPrefix(prefix.toLowerCase())) ext().state.delete(k);
    }),
    remark_with_event: call(7, { remark: bytes }, (o, args) => {
      const sender = ensureSigned(o);
      SystemEvents.emit('Remarked', { sender, hash: toHex(blake2_256(fromHex(args.remark))) });
    }),
  },
  hooks: {
    // frame_system::finalize: keep BlockHashCount hashes (and the genesis hash), prune the oldest.
    onFinalize(n) {
      const toRemove = n - (SystemConstants.get('BlockHashCount') as bigint) - 1n;
      if (toRemove > 0n) BlockHash.remove(toRemove);
    },
  },
  genesis() {
    BlockHash.set(0n, toHex(new Uint8Array(32)));
    UpgradedToU32RefCount.set(true);
    UpgradedToTripleRefCount.set(true);
    LastRuntimeUpgrade.set({ specVersion: BigInt(SPEC_VERSION), specName: SPEC_NAME });
  },
};

// ---------------------------------------------------------------------------------------------------
// What frame_executive drives (the runtime definition gives it to the executive)

const addWeight = (a: { refTime: bigint; proofSize: bigint }, b: { refTime: bigint; proofSize: bigint }) => ({
  refTime: a.refTime + b.refTime,
  proofSize: a.proofSize + b.proofSize,
});

/** frame_system's block bookkeeping: initialize, phases, nonces, note_applied_extrinsic, finalize. */
export const systemBlock: BlockSystem = {
  initialize(init) {
    Events.kill();
    EventCount.kill();
    Number_.set(init.number);
    ParentHash.set(init.parentHash);
    if (init.number > 0n) BlockHash.set(init.number - 1n, init.parentHash);
    DigestStore.set({ logs: (init.digest ?? []) as never });
    BlockWeight.kill();
    AllExtrinsicsLen.kill();
  },
  setPhase(phase) {
    ExecutionPhase.set(phase as never);
  },
  blockNumber: () => Number_.get(),
  accountNonce,
  incNonce,
  noteAppliedExtrinsic(weight, cls, paysFee, error) {
    const dispatchInfo = {
      weight: { refTime: weight.refTime, proofSize: weight.proofSize },
      class: { type: cls, value: null },
      paysFee: { type: paysFee ? 'Yes' : 'No', value: null },
    } as never;
    if (error)
      SystemEvents.emit('ExtrinsicFailed', {
        dispatch_error: encodeDispatchError(error) as never,
        dispatch_info: dispatchInfo,
      });
    else SystemEvents.emit('ExtrinsicSuccess', { dispatch_info: dispatchInfo });
    const key = cls === 'Mandatory' ? 'mandatory' : cls === 'Operational' ? 'operational' : 'normal';
    BlockWeight.mutate((bw) => ({ ...bw, [key]: addWeight(bw[key], weight) }));
  },
  finalize(extrinsicCount: bigint, events: readonly DepositedEvent[]) {
    ExtrinsicCount.set(extrinsicCount);
    ExecutionPhase.kill();
    const records = events.map((e) => ({
      phase: e.phase,
      event: { type: e.pallet, value: { type: e.name, value: e.fields } },
      topics: [],
    }));
    Events.set(records as never);
    EventCount.set(BigInt(records.length));
  },
};
