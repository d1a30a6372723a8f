/**
 * pallet_uniques (Khala index 101, substrate branch polkadot-v0.9.43, the version Khala ran in Aug 2023):
 * collections ("classes") of non-fungible items with an owner/issuer/admin/freezer team, items with
 * owner, delegate approval and freeze flag, collection/item metadata, attributes, max supply, prices
 * and ownership acceptance. Storage prefixes keep the legacy names the chain stores (Class, Asset,
 * ClassAccount, ClassMetadataOf, InstanceMetadataOf). Khala's Config: CollectionId = ItemId = u32,
 * CreateOrigin = any signed account, ForceOrigin = Root, every deposit 0, Locker = RmrkCore (its
 * `Lock` map blocks transfers; bound to the `UniquesLocker` slot by the runtime definition).
 *
 * Also exports the pallet-internal functions other pallets call (do_create_collection, do_mint,
 * do_burn, do_transfer as `createCollection`, `mintItem`, `burnItem`, `transferItem`) and `ownerOf` /
 * `itemsOf` (owned_in_collection).
 *
 * Deviations from the Rust original:
 * - Khala's BaseCallFilter (only freeze, thaw, set_team, set_accept_ownership are callable) is not
 *   applied here; it is exported as `UNIQUES_CALLABLE_ON_KHALA` for the runtime's call filter.
 * - Deposits move through Balances.reserve/unreserve; `repatriate_reserved` (transfer_ownership) is
 *   modelled as unreserve + transfer + reserve, which nets the same balances but emits other events.
 *   With Khala's zero deposits none of this ever runs.
 * - frame_system's inc/dec_consumers are applied to System.Account directly (MaxConsumers = 16) because
 *   the System module exports no helper for them. transfer_ownership keeps the v0.9.43 consumer leak
 *   (it removes the new owner's OwnershipAcceptance without dec_consumers).
 * - BoundedVec bounds are checked on decode and, for calls dispatched as JS values, on entry
 *   (CodecError → DispatchError::Other), where Substrate would fail to decode the extrinsic.
 *
 * Final Khala runtime (polkadot-sdk release-polkadot-v1.2.0): calls, events, errors and
 * storage are those of Khala's Aug-2023 metadata (checked by metadata-reference.test.ts); the deviations below are all that is known.
 */
import { configSlot, configured } from '../../frame/config.js';
import { ext } from '../../frame/context.js';
import { arithmeticError, DispatchError } from '../../frame/errors.js';
import { ensureRoot, ensureSigned, type Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import {
  bool,
  bytes,
  type Codec,
  CodecError,
  compact,
  option,
  struct,
  toBytes,
  tuple,
  u8,
  u32,
  u128,
  unit,
  type ValueOf,
  vec,
} from '../../frame/scale.js';
import { type StorageMap, storage } from '../../frame/storage.js';
import { AccountId, MultiAddress } from '../../frame/types.js';
import type { AccountId as AccountKey } from '../../primitives/account.js';
import { toHex } from '../../primitives/bytes.js';
import { lookup, reserve, transfer as transferBalance, unreserve } from '../balances/index.js';
import { Account as SystemAccount } from '../system/index.js';
import { UniquesDocs } from './docs.js';

export const U32_MAX = (1n << 32n) - 1n;
/** frame_system::Config::MaxConsumers on Khala. */
const MAX_CONSUMERS = 16n;

// ---------------------------------------------------------------------------------------------------
// Bounded vectors (bounded_collections::bounded_vec::BoundedVec<T, S>)

const BOUNDED_VEC = ['bounded_collections', 'bounded_vec', 'BoundedVec'];

/** Byte input accepted for BoundedVec<u8, _>: 0x-hex, other text as UTF-8, or bytes. */
export type BytesLike = string | Uint8Array;

/** Normalizes a byte argument to 0x-hex, refusing more than `bound` bytes. */
export function boundedHex(value: unknown, bound: number | bigint, what: string): string {
  const b = toBytes(value, what);
  if (b.length > Number(bound))
    throw new CodecError(`${what}: ${b.length} bytes exceed the bound of ${bound}`);
  return toHex(b);
}

/** BoundedVec<u8, S>: shown as 0x-hex; longer input fails to encode or decode. */
export function boundedBytes(bound: number): Codec<string> {
  return {
    info: {
      path: BOUNDED_VEC,
      params: [
        { name: 'T', type: u8 },
        { name: 'S', type: null },
      ],
      def: { tag: 'composite', fields: [{ name: null, type: bytes, typeName: 'Vec<T>' }] },
    },
    enc: (w, v) => bytes.enc(w, boundedHex(v, bound, 'BoundedVec<u8>')),
    dec(r) {
      const v = bytes.dec(r);
      if ((v.length - 2) / 2 > bound) throw new CodecError(`BoundedVec<u8>: more than ${bound} bytes`);
      return v;
    },
  };
}

/** BoundedVec<T, S> over the given Vec<T> codec (shared so the registry reuses its type). */
export function boundedVec<T>(inner: Codec<T>, seq: Codec<T[]>, bound: number): Codec<T[]> {
  return {
    info: {
      path: BOUNDED_VEC,
      params: [
        { name: 'T', type: inner },
        { name: 'S', type: null },
      ],
      def: { tag: 'composite', fields: [{ name: null, type: seq, typeName: 'Vec<T>' }] },
    },
    enc(w, v) {
      if (Array.isArray(v) && v.length > bound) throw new CodecError(`BoundedVec: more than ${bound} items`);
      seq.enc(w, v);
    },
    dec(r) {
      const v = seq.dec(r);
      if (v.length > bound) throw new CodecError(`BoundedVec: more than ${bound} items`);
      return v;
    },
  };
}

/** Khala: uniques::StringLimit = 50, KeyLimit = 32, ValueLimit = 256 (shared with RmrkCore). */
export const STRING_LIMIT = 50;
export const KEY_LIMIT = 32;
export const VALUE_LIMIT = 256;
/** BoundedVec<u8, StringLimit> (metadata type 148). */
export const StringLimitBytes = boundedBytes(STRING_LIMIT);
/** BoundedVec<u8, KeyLimit> (metadata type 151). */
export const KeyLimitBytes = boundedBytes(KEY_LIMIT);
/** BoundedVec<u8, ValueLimit> (metadata type 152). */
export const ValueLimitBytes = boundedBytes(VALUE_LIMIT);
/** Vec<u32> (metadata type 149), shared by redeposit, Redeposited and RMRK's bounded id lists. */
export const VecU32 = vec(u32);
export const OptionU32 = option(u32);
export const OptionAccountId = option(AccountId);

// ---------------------------------------------------------------------------------------------------
// Types

const accountAndDeposit = [
  { name: 'AccountId', type: AccountId },
  { name: 'DepositBalance', type: u128 },
];

export const CollectionDetails = struct(
  {
    path: ['pallet_uniques', 'types', 'CollectionDetails'],
    params: accountAndDeposit,
    typeNames: {
      owner: 'AccountId',
      issuer: 'AccountId',
      admin: 'AccountId',
      freezer: 'AccountId',
      total_deposit: 'DepositBalance',
      free_holding: 'bool',
      items: 'u32',
      item_metadatas: 'u32',
      attributes: 'u32',
      is_frozen: 'bool',
    },
  },
  {
    owner: AccountId,
    issuer: AccountId,
    admin: AccountId,
    freezer: AccountId,
    total_deposit: u128,
    free_holding: bool,
    items: u32,
    item_metadatas: u32,
    attributes: u32,
    is_frozen: bool,
  },
);
export type CollectionDetailsValue = ValueOf<typeof CollectionDetails>;

export const ItemDetails = struct(
  {
    path: ['pallet_uniques', 'types', 'ItemDetails'],
    params: accountAndDeposit,
    typeNames: {
      owner: 'AccountId',
      approved: 'Option<AccountId>',
      is_frozen: 'bool',
      deposit: 'DepositBalance',
    },
  },
  { owner: AccountId, approved: OptionAccountId, is_frozen: bool, deposit: u128 },
);
export type ItemDetailsValue = ValueOf<typeof ItemDetails>;

const metadataMeta = (name: string) => ({
  path: ['pallet_uniques', 'types', name],
  params: [
    { name: 'DepositBalance', type: u128 },
    { name: 'StringLimit', type: null },
  ],
  typeNames: { deposit: 'DepositBalance', data: 'BoundedVec<u8, StringLimit>', is_frozen: 'bool' },
});
export const CollectionMetadata = struct(metadataMeta('CollectionMetadata'), {
  deposit: u128,
  data: StringLimitBytes,
  is_frozen: bool,
});
export const ItemMetadata = struct(metadataMeta('ItemMetadata'), {
  deposit: u128,
  data: StringLimitBytes,
  is_frozen: bool,
});

export const DestroyWitness = struct(
  {
    path: ['pallet_uniques', 'types', 'DestroyWitness'],
    typeNames: { items: 'u32', item_metadatas: 'u32', attributes: 'u32' },
  },
  { items: compact(u32), item_metadatas: compact(u32), attributes: compact(u32) },
);
export type DestroyWitnessValue = ValueOf<typeof DestroyWitness>;

// ---------------------------------------------------------------------------------------------------
// Storage

const S = storage('Uniques');
const B = 'Blake2_128Concat' as const;
/** Details of a collection (Rust: `Collection`, storage prefix "Class"). */
export const Class = S.map('Class', [[B, u32]], CollectionDetails, { docs: [' Details of a collection.'] });
export const OwnershipAcceptance = S.map('OwnershipAcceptance', [[B, AccountId]], u32);
/** (owner, collection, item) → (): items held by an account. */
export const Account = S.map(
  'Account',
  [
    [B, AccountId],
    [B, u32],
    [B, u32],
  ],
  unit,
);
/** (owner, collection) → (): collections owned by an account (Rust: `CollectionAccount`). */
export const ClassAccount = S.map(
  'ClassAccount',
  [
    [B, AccountId],
    [B, u32],
  ],
  unit,
);
/** (collection, item) → ItemDetails (Rust: `Item`, storage prefix "Asset"). */
export const Asset = S.map(
  'Asset',
  [
    [B, u32],
    [B, u32],
  ],
  ItemDetails,
);
export const ClassMetadataOf = S.map('ClassMetadataOf', [[B, u32]], CollectionMetadata);
export const InstanceMetadataOf = S.map(
  'InstanceMetadataOf',
  [
    [B, u32],
    [B, u32],
  ],
  ItemMetadata,
);
export const Attribute = S.map(
  'Attribute',
  [
    [B, u32],
    [B, OptionU32],
    [B, KeyLimitBytes],
  ],
  tuple(ValueLimitBytes, u128),
);
export const ItemPriceOf = S.map(
  'ItemPriceOf',
  [
    [B, u32],
    [B, u32],
  ],
  tuple(u128, OptionAccountId),
);
export const CollectionMaxSupply = S.map('CollectionMaxSupply', [[B, u32]], u32);

// ---------------------------------------------------------------------------------------------------
// Events, errors, constants

export const UniquesEvents = events('Uniques', 'pallet_uniques', {
  Created: { collection: u32, creator: AccountId, owner: AccountId },
  ForceCreated: { collection: u32, owner: AccountId },
  Destroyed: { collection: u32 },
  Issued: { collection: u32, item: u32, owner: AccountId },
  Transferred: { collection: u32, item: u32, from: AccountId, to: AccountId },
  Burned: { collection: u32, item: u32, owner: AccountId },
  Frozen: { collection: u32, item: u32 },
  Thawed: { collection: u32, item: u32 },
  CollectionFrozen: { collection: u32 },
  CollectionThawed: { collection: u32 },
  OwnerChanged: { collection: u32, new_owner: AccountId },
  TeamChanged: { collection: u32, issuer: AccountId, admin: AccountId, freezer: AccountId },
  ApprovedTransfer: { collection: u32, item: u32, owner: AccountId, delegate: AccountId },
  ApprovalCancelled: { collection: u32, item: u32, owner: AccountId, delegate: AccountId },
  ItemStatusChanged: { collection: u32 },
  CollectionMetadataSet: { collection: u32, data: StringLimitBytes, is_frozen: bool },
  CollectionMetadataCleared: { collection: u32 },
  MetadataSet: { collection: u32, item: u32, data: StringLimitBytes, is_frozen: bool },
  MetadataCleared: { collection: u32, item: u32 },
  Redeposited: { collection: u32, successful_items: VecU32 },
  AttributeSet: { collection: u32, maybe_item: OptionU32, key: KeyLimitBytes, value: ValueLimitBytes },
  AttributeCleared: { collection: u32, maybe_item: OptionU32, key: KeyLimitBytes },
  OwnershipAcceptanceChanged: { who: AccountId, maybe_collection: OptionU32 },
  CollectionMaxSupplySet: { collection: u32, max_supply: u32 },
  ItemPriceSet: { collection: u32, item: u32, price: u128, whitelisted_buyer: OptionAccountId },
  ItemPriceRemoved: { collection: u32, item: u32 },
  ItemBought: { collection: u32, item: u32, price: u128, seller: AccountId, buyer: AccountId },
});

export const UniquesErrors = errors('Uniques', 'pallet_uniques', [
  'NoPermission',
  'UnknownCollection',
  'AlreadyExists',
  'WrongOwner',
  'BadWitness',
  'InUse',
  'Frozen',
  'WrongDelegate',
  'NoDelegate',
  'Unapproved',
  'Unaccepted',
  'Locked',
  'MaxSupplyReached',
  'MaxSupplyAlreadySet',
  'MaxSupplyTooSmall',
  'UnknownItem',
  'NotForSale',
  'BidTooLow',
] as const);
export type UniquesError = Parameters<typeof UniquesErrors.fail>[0];
const fail = (name: UniquesError): DispatchError => UniquesErrors.fail(name);

export const UniquesConstants = constants('Uniques', {
  CollectionDeposit: { codec: u128, value: 0n },
  ItemDeposit: { codec: u128, value: 0n },
  MetadataDepositBase: { codec: u128, value: 0n },
  AttributeDepositBase: { codec: u128, value: 0n },
  DepositPerByte: { codec: u128, value: 0n },
  StringLimit: { codec: u32, value: BigInt(STRING_LIMIT) },
  KeyLimit: { codec: u32, value: BigInt(KEY_LIMIT) },
  ValueLimit: { codec: u32, value: BigInt(VALUE_LIMIT) },
});

/** The Uniques calls Khala's BaseCallFilter lets through (runtime/khala/src/lib.rs). */
export const UNIQUES_CALLABLE_ON_KHALA: readonly string[] = [
  'freeze',
  'thaw',
  'set_team',
  'set_accept_ownership',
];

// ---------------------------------------------------------------------------------------------------
// Locker (Config::Locker; Khala: RmrkCore)

export type Locker = (collection: bigint, item: bigint) => boolean;
/** Config::Locker; unbound it is `()`, which locks nothing. */
export const UniquesLocker = configSlot<Locker>('Uniques.Locker', () => false);

export const isLocked = (collection: bigint, item: bigint): boolean =>
  configured(UniquesLocker)(collection, item);

// ---------------------------------------------------------------------------------------------------
// Small helpers

const sat32 = (v: bigint): bigint => (v > U32_MAX ? U32_MAX : v < 0n ? 0n : v);
const satSub = (a: bigint, b: bigint): bigint => (a > b ? a - b : 0n);

function reserveDeposit(who: AccountKey, amount: bigint): void {
  if (amount > 0n) reserve(who, amount);
}
function unreserveDeposit(who: AccountKey, amount: bigint): void {
  if (amount > 0n) unreserve(who, amount);
}
function repatriateReserved(from: AccountKey, to: AccountKey, amount: bigint): void {
  if (amount === 0n || from === to) return;
  unreserve(from, amount);
  transferBalance(from, to, amount, false);
  reserve(to, amount);
}

/** frame_system::inc_consumers. */
function incConsumers(who: AccountKey): void {
  const info = SystemAccount.get(who);
  if (info.providers === 0n) throw new DispatchError({ type: 'NoProviders' });
  if (info.consumers >= MAX_CONSUMERS) throw new DispatchError({ type: 'TooManyConsumers' });
  SystemAccount.set(who, { ...info, consumers: info.consumers + 1n });
}

/** frame_system::dec_consumers (saturating, no-op for a missing account). */
function decConsumers(who: AccountKey): void {
  const info = SystemAccount.tryGet(who);
  if (!info || info.consumers === 0n) return;
  SystemAccount.set(who, { ...info, consumers: info.consumers - 1n });
}

/** `T::ForceOrigin::try_origin(origin).map(|_| None).or_else(ensure_signed)`: Root → null. */
function forceOrSigned(origin: Origin): AccountKey | null {
  if (origin.kind === 'root') return null;
  return ensureSigned(origin);
}

const limit = (name: 'StringLimit' | 'KeyLimit' | 'ValueLimit'): bigint => UniquesConstants.get(name);

/**
 * `clear_prefix(prefix, limit)`: removes at most `limit` entries (all when null) under the leading keys,
 * in key order, as frame_support does for the limited clears RMRK makes.
 */
export function clearPrefixLimited<K extends unknown[], V>(
  map: StorageMap<K, V>,
  prefix: readonly unknown[],
  limit: number | null = null,
): number {
  const keys = map.keys(...prefix);
  const doomed = limit === null ? keys : keys.slice(0, limit);
  for (const key of doomed) map.remove(...key);
  return doomed.length;
}

// ---------------------------------------------------------------------------------------------------
// Queries

export const collectionDetails = (collection: bigint): CollectionDetailsValue | undefined =>
  Class.tryGet(collection);
export const itemDetails = (collection: bigint, item: bigint): ItemDetailsValue | undefined =>
  Asset.tryGet(collection, item);

/** `Pallet::owner`: the owner of an item, or null when it does not exist. */
export function ownerOf(collection: bigint, item: bigint): AccountKey | null {
  return Asset.tryGet(collection, item)?.owner ?? null;
}

/** `Pallet::collection_owner`. */
export function collectionOwner(collection: bigint): AccountKey | null {
  return Class.tryGet(collection)?.owner ?? null;
}

/** `owned_in_collection(collection, who)`: item ids in storage (hashed key) order, as the chain iterates. */
export function itemsOf(who: AccountKey, collection: bigint): bigint[] {
  return Account.keys(who, collection).map(([, , item]) => item);
}

/** `get_destroy_witness`. */
export function destroyWitness(collection: bigint): DestroyWitnessValue | null {
  const d = Class.tryGet(collection);
  return d ? { items: d.items, itemMetadatas: d.itemMetadatas, attributes: d.attributes } : null;
}

// ---------------------------------------------------------------------------------------------------
// Pallet functions (functions.rs)

export interface CreateCollectionOptions {
  /** Reserved from `owner` (default CollectionDeposit). */
  deposit?: bigint;
  freeHolding?: boolean;
  /** Emit ForceCreated { collection, owner } instead of Created { collection, creator: owner, owner: admin }. */
  forced?: boolean;
}

/** `do_create_collection`: InUse if the id is taken; reserves the deposit; emits Created (or ForceCreated). */
export function createCollection(
  collection: bigint,
  owner: AccountKey,
  admin: AccountKey = owner,
  options: CreateCollectionOptions = {},
): void {
  if (Class.contains(collection)) throw fail('InUse');
  const deposit = options.deposit ?? UniquesConstants.get('CollectionDeposit');
  reserveDeposit(owner, deposit);
  Class.set(collection, {
    owner,
    issuer: admin,
    admin,
    freezer: admin,
    totalDeposit: deposit,
    freeHolding: options.freeHolding ?? false,
    items: 0n,
    itemMetadatas: 0n,
    attributes: 0n,
    isFrozen: false,
  });
  ClassAccount.set(owner, collection, null);
  if (options.forced) UniquesEvents.emit('ForceCreated', { collection, owner });
  else UniquesEvents.emit('Created', { collection, creator: owner, owner: admin });
}

/** `do_destroy_collection`: checks owner (when given) and the witness, then removes everything. */
export function destroyCollection(
  collection: bigint,
  witness: DestroyWitnessValue,
  checkOwner: AccountKey | null,
): DestroyWitnessValue {
  const details = Class.tryGet(collection);
  if (!details) throw fail('UnknownCollection');
  if (checkOwner !== null && details.owner !== checkOwner) throw fail('NoPermission');
  if (details.items !== witness.items) throw fail('BadWitness');
  if (details.itemMetadatas !== witness.itemMetadatas) throw fail('BadWitness');
  if (details.attributes !== witness.attributes) throw fail('BadWitness');
  for (const [[, item], d] of Asset.entries(collection)) {
    Asset.remove(collection, item);
    Account.remove(d.owner, collection, item);
  }
  clearPrefixLimited(InstanceMetadataOf, [collection]);
  clearPrefixLimited(ItemPriceOf, [collection]);
  ClassMetadataOf.remove(collection);
  clearPrefixLimited(Attribute, [collection]);
  ClassAccount.remove(details.owner, collection);
  unreserveDeposit(details.owner, details.totalDeposit);
  CollectionMaxSupply.remove(collection);
  Class.remove(collection);
  UniquesEvents.emit('Destroyed', { collection });
  return { items: details.items, itemMetadatas: details.itemMetadatas, attributes: details.attributes };
}

/**
 * `do_mint`: AlreadyExists, UnknownCollection, `check` (the caller's permission test), MaxSupplyReached,
 * then reserves the item deposit from the collection owner and records the item. Emits Issued.
 */
export function mintItem(
  collection: bigint,
  item: bigint,
  owner: AccountKey,
  check: (details: CollectionDetailsValue) => void = () => {},
): void {
  if (Asset.contains(collection, item)) throw fail('AlreadyExists');
  const details = Class.tryGet(collection);
  if (!details) throw fail('UnknownCollection');
  check(details);
  const max = CollectionMaxSupply.tryGet(collection);
  if (max !== undefined && details.items >= max) throw fail('MaxSupplyReached');
  if (details.items >= U32_MAX) throw arithmeticError('Overflow');
  const deposit = details.freeHolding ? 0n : UniquesConstants.get('ItemDeposit');
  reserveDeposit(details.owner, deposit);
  Class.set(collection, {
    ...details,
    items: details.items + 1n,
    totalDeposit: details.totalDeposit + deposit,
  });
  Account.set(owner, collection, item, null);
  Asset.set(collection, item, { owner, approved: null, isFrozen: false, deposit });
  UniquesEvents.emit('Issued', { collection, item, owner });
}

/** `do_burn`: UnknownCollection (collection or item), `check`, returns the deposit. Emits Burned. */
export function burnItem(
  collection: bigint,
  item: bigint,
  check: (collection: CollectionDetailsValue, item: ItemDetailsValue) => void = () => {},
): void {
  const details = Class.tryGet(collection);
  if (!details) throw fail('UnknownCollection');
  const itemDetails = Asset.tryGet(collection, item);
  if (!itemDetails) throw fail('UnknownCollection');
  check(details, itemDetails);
  unreserveDeposit(details.owner, itemDetails.deposit);
  Class.set(collection, {
    ...details,
    totalDeposit: satSub(details.totalDeposit, itemDetails.deposit),
    items: satSub(details.items, 1n),
  });
  Asset.remove(collection, item);
  Account.remove(itemDetails.owner, collection, item);
  ItemPriceOf.remove(collection, item);
  UniquesEvents.emit('Burned', { collection, item, owner: itemDetails.owner });
}

/**
 * `do_transfer`: UnknownCollection, Frozen (collection), Locked (the runtime's Locker, i.e. RmrkCore's
 * Lock), UnknownCollection (item), Frozen (item), `check`; clears the approval and the price.
 * Emits Transferred.
 */
export function transferItem(
  collection: bigint,
  item: bigint,
  dest: AccountKey,
  check: (collection: CollectionDetailsValue, item: ItemDetailsValue) => void = () => {},
): void {
  const details = Class.tryGet(collection);
  if (!details) throw fail('UnknownCollection');
  if (details.isFrozen) throw fail('Frozen');
  if (isLocked(collection, item)) throw fail('Locked');
  const itemDetails = Asset.tryGet(collection, item);
  if (!itemDetails) throw fail('UnknownCollection');
  if (itemDetails.isFrozen) throw fail('Frozen');
  check(details, itemDetails);
  const from = itemDetails.owner;
  Account.remove(from, collection, item);
  Account.set(dest, collection, item, null);
  Asset.set(collection, item, { ...itemDetails, owner: dest, approved: null });
  ItemPriceOf.remove(collection, item);
  UniquesEvents.emit('Transferred', { collection, item, from, to: dest });
}

/** `do_set_price`. */
export function setPrice(
  collection: bigint,
  item: bigint,
  sender: AccountKey,
  price: bigint | null,
  whitelistedBuyer: AccountKey | null,
): void {
  const details = Asset.tryGet(collection, item);
  if (!details) throw fail('UnknownItem');
  if (details.owner !== sender) throw fail('NoPermission');
  if (price !== null) {
    ItemPriceOf.set(collection, item, [price, whitelistedBuyer]);
    UniquesEvents.emit('ItemPriceSet', { collection, item, price, whitelisted_buyer: whitelistedBuyer });
  } else {
    ItemPriceOf.remove(collection, item);
    UniquesEvents.emit('ItemPriceRemoved', { collection, item });
  }
}

/** `do_buy_item`: pays the seller (keep-alive transfer), then transfers the item. */
export function buyItem(collection: bigint, item: bigint, buyer: AccountKey, bidPrice: bigint): void {
  const details = Asset.tryGet(collection, item);
  if (!details) throw fail('UnknownItem');
  if (details.owner === buyer) throw fail('NoPermission');
  const priceInfo = ItemPriceOf.tryGet(collection, item);
  if (!priceInfo) throw fail('NotForSale');
  const [price, onlyBuyer] = priceInfo;
  if (bidPrice < price) throw fail('BidTooLow');
  if (onlyBuyer !== null && onlyBuyer !== buyer) throw fail('NoPermission');
  transferBalance(buyer, details.owner, price, true);
  transferItem(collection, item, buyer);
  UniquesEvents.emit('ItemBought', { collection, item, price, seller: details.owner, buyer });
}

// ---------------------------------------------------------------------------------------------------
// Calls

function withCollection(collection: bigint): CollectionDetailsValue {
  const d = Class.tryGet(collection);
  if (!d) throw fail('UnknownCollection');
  return d;
}

function frozenMetadata(collection: bigint, maybeItem: bigint | null): boolean {
  if (maybeItem === null) return ClassMetadataOf.tryGet(collection)?.isFrozen ?? false;
  return InstanceMetadataOf.tryGet(collection, maybeItem)?.isFrozen ?? false;
}

/** Reserves or unreserves the difference when a deposit of the collection owner goes from `old` to `next`. */
function settleDeposit(owner: AccountKey, old: bigint, next: bigint): void {
  if (next > old) reserveDeposit(owner, next - old);
  else if (next < old) unreserveDeposit(owner, old - next);
}

const W = { refTime: 40_000_000n, proofSize: 3_643n };

export const Uniques: PalletDecl = {
  docs: UniquesDocs,
  name: 'Uniques',
  crate: 'pallet_uniques',
  index: 101,
  storage: S.items,
  events: UniquesEvents,
  errors: UniquesErrors,
  constants: UniquesConstants,
  calls: {
    create: call(
      0,
      { collection: u32, admin: MultiAddress },
      (o, a) => {
        const owner = ensureSigned(o);
        const admin = lookup(a.admin);
        createCollection(a.collection, owner, admin);
      },
      W,
    ),
    force_create: call(
      1,
      { collection: u32, owner: MultiAddress, free_holding: bool },
      (o, a) => {
        ensureRoot(o);
        const owner = lookup(a.owner);
        createCollection(a.collection, owner, owner, {
          deposit: 0n,
          freeHolding: a.free_holding,
          forced: true,
        });
      },
      W,
    ),
    destroy: call(
      2,
      { collection: u32, witness: DestroyWitness },
      (o, a) => {
        const checkOwner = forceOrSigned(o);
        destroyCollection(a.collection, a.witness, checkOwner);
      },
      { refTime: 2_000_000_000n, proofSize: 3_643n },
    ),
    mint: call(
      3,
      { collection: u32, item: u32, owner: MultiAddress },
      (o, a) => {
        const origin = ensureSigned(o);
        const owner = lookup(a.owner);
        mintItem(a.collection, a.item, owner, (d) => {
          if (d.issuer !== origin) throw fail('NoPermission');
        });
      },
      W,
    ),
    burn: call(
      4,
      { collection: u32, item: u32, check_owner: option(MultiAddress) },
      (o, a) => {
        const origin = ensureSigned(o);
        const checkOwner = a.check_owner === null ? null : lookup(a.check_owner);
        burnItem(a.collection, a.item, (d, item) => {
          if (d.admin !== origin && item.owner !== origin) throw fail('NoPermission');
          if (checkOwner !== null && checkOwner !== item.owner) throw fail('WrongOwner');
        });
      },
      W,
    ),
    transfer: call(
      5,
      { collection: u32, item: u32, dest: MultiAddress },
      (o, a) => {
        const origin = ensureSigned(o);
        const dest = lookup(a.dest);
        transferItem(a.collection, a.item, dest, (d, item) => {
          if (item.owner !== origin && d.admin !== origin && item.approved !== origin)
            throw fail('NoPermission');
        });
      },
      W,
    ),
    redeposit: call(
      6,
      { collection: u32, items: VecU32 },
      (o, a) => {
        const origin = ensureSigned(o);
        const details = withCollection(a.collection);
        if (details.owner !== origin) throw fail('NoPermission');
        const deposit = details.freeHolding ? 0n : UniquesConstants.get('ItemDeposit');
        let total = details.totalDeposit;
        const successful: bigint[] = [];
        for (const item of a.items) {
          const itemDetails = Asset.tryGet(a.collection, item);
          if (!itemDetails) continue;
          const old = itemDetails.deposit;
          if (old > deposit) unreserveDeposit(details.owner, old - deposit);
          else if (deposit > old) {
            try {
              ext().transactional(() => reserveDeposit(details.owner, deposit - old));
            } catch {
              continue;
            }
          } else continue;
          total = satSub(total + deposit, old);
          Asset.set(a.collection, item, { ...itemDetails, deposit });
          successful.push(item);
        }
        Class.set(a.collection, { ...details, totalDeposit: total });
        UniquesEvents.emit('Redeposited', { collection: a.collection, successful_items: successful });
      },
      W,
    ),
    freeze: call(
      7,
      { collection: u32, item: u32 },
      (o, a) => {
        const origin = ensureSigned(o);
        const item = Asset.tryGet(a.collection, a.item);
        if (!item) throw fail('UnknownCollection');
        const details = withCollection(a.collection);
        if (details.freezer !== origin) throw fail('NoPermission');
        Asset.set(a.collection, a.item, { ...item, isFrozen: true });
        UniquesEvents.emit('Frozen', { collection: a.collection, item: a.item });
      },
      W,
    ),
    thaw: call(
      8,
      { collection: u32, item: u32 },
      (o, a) => {
        const origin = ensureSigned(o);
        const item = Asset.tryGet(a.collection, a.item);
        if (!item) throw fail('UnknownCollection');
        const details = withCollection(a.collection);
        // As in Rust: thawing needs the Admin, not the Freezer.
        if (details.admin !== origin) throw fail('NoPermission');
        Asset.set(a.collection, a.item, { ...item, isFrozen: false });
        UniquesEvents.emit('Thawed', { collection: a.collection, item: a.item });
      },
      W,
    ),
    freeze_collection: call(
      9,
      { collection: u32 },
      (o, a) => {
        const origin = ensureSigned(o);
        const details = withCollection(a.collection);
        if (origin !== details.freezer) throw fail('NoPermission');
        Class.set(a.collection, { ...details, isFrozen: true });
        UniquesEvents.emit('CollectionFrozen', { collection: a.collection });
      },
      W,
    ),
    thaw_collection: call(
      10,
      { collection: u32 },
      (o, a) => {
        const origin = ensureSigned(o);
        const details = withCollection(a.collection);
        if (origin !== details.admin) throw fail('NoPermission');
        Class.set(a.collection, { ...details, isFrozen: false });
        UniquesEvents.emit('CollectionThawed', { collection: a.collection });
      },
      W,
    ),
    transfer_ownership: call(
      11,
      { collection: u32, owner: MultiAddress },
      (o, a) => transferOwnership(ensureSigned(o), a.collection, lookup(a.owner)),
      W,
    ),
    set_team: call(
      12,
      { collection: u32, issuer: MultiAddress, admin: MultiAddress, freezer: MultiAddress },
      (o, a) => {
        const origin = ensureSigned(o);
        const issuer = lookup(a.issuer);
        const admin = lookup(a.admin);
        const freezer = lookup(a.freezer);
        const details = withCollection(a.collection);
        if (origin !== details.owner) throw fail('NoPermission');
        Class.set(a.collection, { ...details, issuer, admin, freezer });
        UniquesEvents.emit('TeamChanged', { collection: a.collection, issuer, admin, freezer });
      },
      W,
    ),
    approve_transfer: call(
      13,
      { collection: u32, item: u32, delegate: MultiAddress },
      (o, a) => {
        const check = forceOrSigned(o);
        const delegate = lookup(a.delegate);
        const details = withCollection(a.collection);
        const item = Asset.tryGet(a.collection, a.item);
        if (!item) throw fail('UnknownCollection');
        if (check !== null && check !== details.admin && check !== item.owner) throw fail('NoPermission');
        Asset.set(a.collection, a.item, { ...item, approved: delegate });
        UniquesEvents.emit('ApprovedTransfer', {
          collection: a.collection,
          item: a.item,
          owner: item.owner,
          delegate,
        });
      },
      W,
    ),
    cancel_approval: call(
      14,
      { collection: u32, item: u32, maybe_check_delegate: option(MultiAddress) },
      (o, a) => {
        const check = forceOrSigned(o);
        const details = withCollection(a.collection);
        const item = Asset.tryGet(a.collection, a.item);
        if (!item) throw fail('UnknownCollection');
        if (check !== null && check !== details.admin && check !== item.owner) throw fail('NoPermission');
        const checkDelegate = a.maybe_check_delegate === null ? null : lookup(a.maybe_check_delegate);
        const old = item.approved;
        if (old === null) throw fail('NoDelegate');
        if (checkDelegate !== null && checkDelegate !== old) throw fail('WrongDelegate');
        Asset.set(a.collection, a.item, { ...item, approved: null });
        UniquesEvents.emit('ApprovalCancelled', {
          collection: a.collection,
          item: a.item,
          owner: item.owner,
          delegate: old,
        });
      },
      W,
    ),
    force_item_status: call(
      15,
      {
        collection: u32,
        owner: MultiAddress,
        issuer: MultiAddress,
        admin: MultiAddress,
        freezer: MultiAddress,
        free_holding: bool,
        is_frozen: bool,
      },
      (o, a) => {
        ensureRoot(o);
        const details = withCollection(a.collection);
        const newOwner = lookup(a.owner);
        const issuer = lookup(a.issuer);
        const admin = lookup(a.admin);
        const freezer = lookup(a.freezer);
        Class.set(a.collection, {
          ...details,
          owner: newOwner,
          issuer,
          admin,
          freezer,
          freeHolding: a.free_holding,
          isFrozen: a.is_frozen,
        });
        ClassAccount.remove(details.owner, a.collection);
        ClassAccount.set(newOwner, a.collection, null);
        UniquesEvents.emit('ItemStatusChanged', { collection: a.collection });
      },
      W,
    ),
    set_attribute: call(
      16,
      { collection: u32, maybe_item: OptionU32, key: KeyLimitBytes, value: ValueLimitBytes },
      (o, a) => {
        const checkOwner = forceOrSigned(o);
        const key = boundedHex(a.key, limit('KeyLimit'), 'key');
        const value = boundedHex(a.value, limit('ValueLimit'), 'value');
        const details = withCollection(a.collection);
        if (checkOwner !== null && checkOwner !== details.owner) throw fail('NoPermission');
        if (frozenMetadata(a.collection, a.maybe_item)) throw fail('Frozen');
        const attribute = Attribute.tryGet(a.collection, a.maybe_item, key);
        const attributes = attribute === undefined ? sat32(details.attributes + 1n) : details.attributes;
        const oldDeposit = attribute?.[1] ?? 0n;
        let deposit = 0n;
        if (!details.freeHolding && checkOwner !== null) {
          const len = BigInt((key.length - 2) / 2 + (value.length - 2) / 2);
          deposit =
            UniquesConstants.get('DepositPerByte') * len + UniquesConstants.get('AttributeDepositBase');
        }
        settleDeposit(details.owner, oldDeposit, deposit);
        Attribute.set(a.collection, a.maybe_item, key, [value, deposit]);
        Class.set(a.collection, {
          ...details,
          attributes,
          totalDeposit: satSub(details.totalDeposit, oldDeposit) + deposit,
        });
        UniquesEvents.emit('AttributeSet', {
          collection: a.collection,
          maybe_item: a.maybe_item,
          key,
          value,
        });
      },
      W,
    ),
    clear_attribute: call(
      17,
      { collection: u32, maybe_item: OptionU32, key: KeyLimitBytes },
      (o, a) => {
        const checkOwner = forceOrSigned(o);
        const key = boundedHex(a.key, limit('KeyLimit'), 'key');
        const details = withCollection(a.collection);
        if (checkOwner !== null && checkOwner !== details.owner) throw fail('NoPermission');
        if (frozenMetadata(a.collection, a.maybe_item)) throw fail('Frozen');
        const attribute = Attribute.tryGet(a.collection, a.maybe_item, key);
        if (attribute === undefined) return;
        const deposit = attribute[1];
        Attribute.remove(a.collection, a.maybe_item, key);
        unreserveDeposit(details.owner, deposit);
        Class.set(a.collection, {
          ...details,
          attributes: satSub(details.attributes, 1n),
          totalDeposit: satSub(details.totalDeposit, deposit),
        });
        UniquesEvents.emit('AttributeCleared', { collection: a.collection, maybe_item: a.maybe_item, key });
      },
      W,
    ),
    set_metadata: call(
      18,
      { collection: u32, item: u32, data: StringLimitBytes, is_frozen: bool },
      (o, a) => {
        const checkOwner = forceOrSigned(o);
        const data = boundedHex(a.data, limit('StringLimit'), 'data');
        const details = withCollection(a.collection);
        if (checkOwner !== null && checkOwner !== details.owner) throw fail('NoPermission');
        const metadata = InstanceMetadataOf.tryGet(a.collection, a.item);
        if (checkOwner !== null && (metadata?.isFrozen ?? false)) throw fail('Frozen');
        const itemMetadatas =
          metadata === undefined ? sat32(details.itemMetadatas + 1n) : details.itemMetadatas;
        const oldDeposit = metadata?.deposit ?? 0n;
        let deposit = 0n;
        if (!details.freeHolding && checkOwner !== null) {
          const len = BigInt((data.length - 2) / 2);
          deposit =
            UniquesConstants.get('DepositPerByte') * len + UniquesConstants.get('MetadataDepositBase');
        }
        settleDeposit(details.owner, oldDeposit, deposit);
        InstanceMetadataOf.set(a.collection, a.item, { deposit, data, isFrozen: a.is_frozen });
        Class.set(a.collection, {
          ...details,
          itemMetadatas,
          totalDeposit: satSub(details.totalDeposit, oldDeposit) + deposit,
        });
        UniquesEvents.emit('MetadataSet', {
          collection: a.collection,
          item: a.item,
          data,
          is_frozen: a.is_frozen,
        });
      },
      W,
    ),
    clear_metadata: call(
      19,
      { collection: u32, item: u32 },
      (o, a) => {
        const checkOwner = forceOrSigned(o);
        const details = withCollection(a.collection);
        if (checkOwner !== null && checkOwner !== details.owner) throw fail('NoPermission');
        const metadata = InstanceMetadataOf.tryGet(a.collection, a.item);
        if (checkOwner !== null && (metadata?.isFrozen ?? false)) throw fail('Frozen');
        if (metadata === undefined) throw fail('UnknownCollection');
        unreserveDeposit(details.owner, metadata.deposit);
        InstanceMetadataOf.remove(a.collection, a.item);
        Class.set(a.collection, {
          ...details,
          itemMetadatas: satSub(details.itemMetadatas, 1n),
          totalDeposit: satSub(details.totalDeposit, metadata.deposit),
        });
        UniquesEvents.emit('MetadataCleared', { collection: a.collection, item: a.item });
      },
      W,
    ),
    set_collection_metadata: call(
      20,
      { collection: u32, data: StringLimitBytes, is_frozen: bool },
      (o, a) => {
        const checkOwner = forceOrSigned(o);
        const data = boundedHex(a.data, limit('StringLimit'), 'data');
        const details = withCollection(a.collection);
        if (checkOwner !== null && checkOwner !== details.owner) throw fail('NoPermission');
        const metadata = ClassMetadataOf.tryGet(a.collection);
        if (checkOwner !== null && (metadata?.isFrozen ?? false)) throw fail('Frozen');
        const oldDeposit = metadata?.deposit ?? 0n;
        let deposit = 0n;
        if (checkOwner !== null && !details.freeHolding) {
          const len = BigInt((data.length - 2) / 2);
          deposit =
            UniquesConstants.get('DepositPerByte') * len + UniquesConstants.get('MetadataDepositBase');
        }
        settleDeposit(details.owner, oldDeposit, deposit);
        Class.set(a.collection, {
          ...details,
          totalDeposit: satSub(details.totalDeposit, oldDeposit) + deposit,
        });
        ClassMetadataOf.set(a.collection, { deposit, data, isFrozen: a.is_frozen });
        UniquesEvents.emit('CollectionMetadataSet', {
          collection: a.collection,
          data,
          is_frozen: a.is_frozen,
        });
      },
      W,
    ),
    clear_collection_metadata: call(
      21,
      { collection: u32 },
      (o, a) => {
        const checkOwner = forceOrSigned(o);
        const details = withCollection(a.collection);
        if (checkOwner !== null && checkOwner !== details.owner) throw fail('NoPermission');
        const metadata = ClassMetadataOf.tryGet(a.collection);
        if (checkOwner !== null && (metadata?.isFrozen ?? false)) throw fail('Frozen');
        if (metadata === undefined) throw fail('UnknownCollection');
        unreserveDeposit(details.owner, metadata.deposit);
        ClassMetadataOf.remove(a.collection);
        Class.set(a.collection, { ...details, totalDeposit: satSub(details.totalDeposit, metadata.deposit) });
        UniquesEvents.emit('CollectionMetadataCleared', { collection: a.collection });
      },
      W,
    ),
    set_accept_ownership: call(
      22,
      { maybe_collection: OptionU32 },
      (o, a) => {
        const who = ensureSigned(o);
        const exists = OwnershipAcceptance.contains(who);
        if (!exists && a.maybe_collection !== null) incConsumers(who);
        else if (exists && a.maybe_collection === null) decConsumers(who);
        if (a.maybe_collection !== null) OwnershipAcceptance.set(who, a.maybe_collection);
        else OwnershipAcceptance.remove(who);
        UniquesEvents.emit('OwnershipAcceptanceChanged', { who, maybe_collection: a.maybe_collection });
      },
      W,
    ),
    set_collection_max_supply: call(
      23,
      { collection: u32, max_supply: u32 },
      (o, a) => {
        const checkOwner = forceOrSigned(o);
        if (CollectionMaxSupply.contains(a.collection)) throw fail('MaxSupplyAlreadySet');
        const details = withCollection(a.collection);
        if (checkOwner !== null && checkOwner !== details.owner) throw fail('NoPermission');
        if (details.items > a.max_supply) throw fail('MaxSupplyTooSmall');
        CollectionMaxSupply.set(a.collection, a.max_supply);
        UniquesEvents.emit('CollectionMaxSupplySet', { collection: a.collection, max_supply: a.max_supply });
      },
      W,
    ),
    set_price: call(
      24,
      { collection: u32, item: u32, price: option(u128), whitelisted_buyer: option(MultiAddress) },
      (o, a) => {
        const origin = ensureSigned(o);
        const buyer = a.whitelisted_buyer === null ? null : lookup(a.whitelisted_buyer);
        setPrice(a.collection, a.item, origin, a.price, buyer);
      },
      W,
    ),
    buy_item: call(
      25,
      { collection: u32, item: u32, bid_price: u128 },
      (o, a) => buyItem(a.collection, a.item, ensureSigned(o), a.bid_price),
      { refTime: 80_000_000n, proofSize: 7_000n },
    ),
  },
  invariants: {
    classItemsMatchAssets() {
      const counts = new Map<bigint, bigint>();
      for (const [collection, item] of Asset.keys()) {
        if (!Class.contains(collection)) throw new Error(`Asset (${collection}, ${item}) has no Class`);
        counts.set(collection, (counts.get(collection) ?? 0n) + 1n);
      }
      for (const [[collection], d] of Class.entries()) {
        const n = counts.get(collection) ?? 0n;
        if (d.items !== n) throw new Error(`Class ${collection}: items ${d.items} ≠ ${n} Asset entries`);
        const max = CollectionMaxSupply.tryGet(collection);
        if (max !== undefined && d.items > max)
          throw new Error(`Class ${collection}: ${d.items} items > max ${max}`);
      }
    },
    accountIndexMatchesAssets() {
      let indexed = 0;
      for (const [owner, collection, item] of Account.keys()) {
        indexed++;
        const d = Asset.tryGet(collection, item);
        if (!d || d.owner !== owner)
          throw new Error(`Account (${owner}, ${collection}, ${item}) without that Asset owner`);
      }
      const assets = Asset.keys().length;
      if (indexed !== assets) throw new Error(`${indexed} Account entries ≠ ${assets} Asset entries`);
    },
    classAccountMatchesOwners() {
      let indexed = 0;
      for (const [owner, collection] of ClassAccount.keys()) {
        indexed++;
        if (Class.tryGet(collection)?.owner !== owner)
          throw new Error(`ClassAccount (${owner}, ${collection}) is stale`);
      }
      const classes = Class.keys().length;
      if (indexed !== classes) throw new Error(`${indexed} ClassAccount entries ≠ ${classes} Class entries`);
    },
    metadataAndAttributeCounts() {
      for (const [[collection], d] of Class.entries()) {
        const metadatas = BigInt(InstanceMetadataOf.keys(collection).length);
        if (d.itemMetadatas !== metadatas)
          throw new Error(`Class ${collection}: item_metadatas ${d.itemMetadatas} ≠ ${metadatas}`);
        const attributes = BigInt(Attribute.keys(collection).length);
        if (d.attributes !== attributes)
          throw new Error(`Class ${collection}: attributes ${d.attributes} ≠ ${attributes}`);
      }
    },
  },
};

/** `transfer_ownership` body (RmrkCore's change_collection_issuer calls it with the issuer's origin). */
export function transferOwnership(origin: AccountKey, collection: bigint, owner: AccountKey): void {
  if (OwnershipAcceptance.tryGet(owner) !== collection) throw fail('Unaccepted');
  const details = withCollection(collection);
  if (origin !== details.owner) throw fail('NoPermission');
  if (details.owner === owner) return;
  repatriateReserved(details.owner, owner, details.totalDeposit);
  ClassAccount.remove(details.owner, collection);
  ClassAccount.set(owner, collection, null);
  Class.set(collection, { ...details, owner });
  OwnershipAcceptance.remove(owner);
  UniquesEvents.emit('OwnerChanged', { collection, new_owner: owner });
}
