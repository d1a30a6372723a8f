/**
 * Types shared across pallets, with the scale-info paths of the Substrate version Khala ran in 2023
 * (sp_core, sp_runtime, sp_weights, frame_support, frame_system, pallet_balances).
 */
import { ext } from './context.js';
import {
  type AnyCodec,
  accountId32,
  byteArray,
  bytes,
  type Codec,
  compact,
  enumOf,
  lazy,
  newtype,
  struct,
  u8,
  u32,
  u64,
  u128,
  unit,
  type ValueOf,
  vec,
} from './scale.js';

export const Balance = u128;
export const BlockNumber = u32;
export const Moment = u64;
export const AccountId = accountId32;
export const H256 = newtype('primitive_types::H256', byteArray(32), '[u8; 32]');

export const Permill = newtype('sp_arithmetic::per_things::Permill', u32, 'u32');
export const Perbill = newtype('sp_arithmetic::per_things::Perbill', u32, 'u32');

/** `Compact<()>`, which encodes to nothing: Khala's AccountIndex is `()` (it has no Indices pallet). */
const CompactUnit: Codec<null> = {
  info: { path: [], params: [], def: { tag: 'compact', type: unit } },
  enc() {},
  dec: () => null,
};

const MultiAddressEnum = enumOf(
  {
    path: ['sp_runtime', 'multiaddress', 'MultiAddress'],
    params: [
      { name: 'AccountId', type: accountId32 },
      { name: 'AccountIndex', type: unit },
    ],
  },
  {
    Id: accountId32,
    Index: CompactUnit,
    Raw: bytes,
    Address32: byteArray(32),
    Address20: byteArray(20),
  },
);

/** MultiAddress; a bare account-like string on input means `Id(account)`. */
export const MultiAddress: Codec<ValueOf<typeof MultiAddressEnum> | string> = {
  info: MultiAddressEnum.info,
  enc(w, v) {
    MultiAddressEnum.enc(w, typeof v === 'string' ? { type: 'Id', value: v } : v);
  },
  dec: (r) => MultiAddressEnum.dec(r),
};

/** `BoundedVec<T, S>`: a Vec with a length bound the metadata does not show (bounded_collections). */
export function boundedVec<T>(inner: Codec<T>): Codec<T[]> {
  return newtype(
    {
      path: ['bounded_collections', 'bounded_vec', 'BoundedVec'],
      params: [
        { name: 'T', type: inner },
        { name: 'S', type: null },
      ],
    },
    vec(inner),
    'Vec<T>',
  );
}

/** `WeakBoundedVec<T, S>` (Balances.Locks): the bound is only enforced on insertion. */
export function weakBoundedVec<T>(inner: Codec<T>): Codec<T[]> {
  return newtype(
    {
      path: ['bounded_collections', 'weak_bounded_vec', 'WeakBoundedVec'],
      params: [
        { name: 'T', type: inner },
        { name: 'S', type: null },
      ],
    },
    vec(inner),
    'Vec<T>',
  );
}

/** `BoundedVec<u8, S>`: bytes (0x-hex), as names, metadata and attribute keys are declared. */
export const BoundedBytes = newtype(
  {
    path: ['bounded_collections', 'bounded_vec', 'BoundedVec'],
    params: [
      { name: 'T', type: u8 },
      { name: 'S', type: null },
    ],
  },
  bytes,
  'Vec<T>',
);

export const Weight = struct('sp_weights::weight_v2::Weight', {
  ref_time: compact(u64),
  proof_size: compact(u64),
});

export const DispatchClass = enumOf('frame_support::dispatch::DispatchClass', {
  Normal: null,
  Operational: null,
  Mandatory: null,
});
export const Pays = enumOf('frame_support::dispatch::Pays', { Yes: null, No: null });
export const DispatchInfo = struct('frame_support::dispatch::DispatchInfo', {
  weight: Weight,
  class: DispatchClass,
  pays_fee: Pays,
});

export const ModuleErrorCodec = struct('sp_runtime::ModuleError', { index: u8, error: byteArray(4) });
export const TokenErrorCodec = enumOf('sp_runtime::TokenError', {
  FundsUnavailable: null,
  OnlyProvider: null,
  BelowMinimum: null,
  CannotCreate: null,
  UnknownAsset: null,
  Frozen: null,
  Unsupported: null,
  CannotCreateHold: null,
  NotExpendable: null,
});
export const ArithmeticErrorCodec = enumOf('sp_arithmetic::ArithmeticError', {
  Underflow: null,
  Overflow: null,
  DivisionByZero: null,
});
export const TransactionalErrorCodec = enumOf('sp_runtime::TransactionalError', {
  LimitReached: null,
  NoLayer: null,
});
export const DispatchErrorCodec = enumOf('sp_runtime::DispatchError', {
  Other: null,
  CannotLookup: null,
  BadOrigin: null,
  Module: ModuleErrorCodec,
  ConsumerRemaining: null,
  NoProviders: null,
  TooManyConsumers: null,
  Token: TokenErrorCodec,
  Arithmetic: ArithmeticErrorCodec,
  Transactional: TransactionalErrorCodec,
  Exhausted: null,
  Corruption: null,
  Unavailable: null,
});

export const ExtraFlags = newtype('pallet_balances::types::ExtraFlags', u128, 'u128');
export const AccountData = struct(
  { path: ['pallet_balances', 'types', 'AccountData'], params: [{ name: 'Balance', type: u128 }] },
  { free: u128, reserved: u128, frozen: u128, flags: ExtraFlags },
);
export const AccountInfo = struct(
  {
    path: ['frame_system', 'AccountInfo'],
    params: [
      { name: 'Index', type: u32 },
      { name: 'AccountData', type: AccountData },
    ],
  },
  { nonce: u32, consumers: u32, providers: u32, sufficients: u32, data: AccountData },
);

/** The new-logic bit pallet_balances sets in `flags` (IS_NEW_LOGIC). */
export const NEW_LOGIC_FLAG = 1n << 127n;

/** The running runtime's RuntimeCall and RuntimeEvent (recursive: Utility and Sudo carry calls). */
export const RuntimeCall: AnyCodec = lazy(() => ext().callCodec);
export const BoxedCalls = vec(RuntimeCall);
