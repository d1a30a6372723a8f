/**
 * pallet_rmrk_core (Khala index 102, Phala-Network/rmrk-substrate branch polkadot-v0.9.43, commit
 * 4ad68ae, the version Khala ran in Aug 2023): RMRK 2.0 collections and nestable NFTs on top of
 * pallet_uniques. Every RMRK collection is a Uniques class (owner = issuer) and every NFT a Uniques item
 * owned by an account or by the virtual account of its parent NFT
 * (`("RmrkNft/", collection_id, nft_id)` zero-padded to 32 bytes). Also: properties, resources and
 * priorities, pending sends/accept/reject, the `Lock` map (the runtime's Uniques Locker: a locked NFT
 * cannot be transferred, burned or have properties/resources changed), and the TransferHooks that Khala
 * wires to PhalaWrappedBalances (its pre_check refuses any send of a delegation NFT).
 *
 * Khala Config: NestingBudget 200, PropertiesLimit 15, MaxPriorities 25, PartsLimit 25,
 * ResourceSymbolLimit 10, CollectionSymbolLimit 100, MaxResourcesOnMint 100; StringLimit/KeyLimit/
 * ValueLimit are Uniques' (50/32/256).
 *
 * Exports the functions Phala's BasePool uses (spec phala-pallets §3): `createCollection`, `mintNft`,
 * `setProperty`, `getProperty`, `burnNft`, `setNftLock`, `nftOwner`, `nextNftId`, `nftsOf`, plus
 * `sendNft`, `rootOwner`, `propertiesOf` and the virtual-account codec.
 *
 * Deviations from the Rust original:
 * - Khala's BaseCallFilter (only change_collection_issuer, add_basic_resource, accept_resource,
 *   remove_resource, accept_resource_removal and send are callable) is not applied here; it is exported
 *   as `RMRK_CORE_CALLABLE_ON_KHALA` for the runtime's call filter.
 * - Config::TransferHooks is the `RmrkTransferHooks` slot and Uniques' Locker the `UniquesLocker` slot,
 *   both bound by the runtime definition (Khala: PhalaWrappedBalances, RmrkCore's `isNftLocked`). A mock
 *   runtime (a test's bare pallet list) gets RmrkCore as the Uniques Locker, as rmrk-core's mock.rs wires
 *   it. `setTransferHooks` is a test seam that overrides the runtime's hooks process-wide.
 * - `nextNftId` is a helper (one past the highest item id of the class); on chain BasePool keeps its own
 *   `NextNftId` counter and never reuses ids, which a BasePool model should keep doing.
 * - Quirks kept on purpose: lock_collection sets `max = Some(0)`; replace_resource checks no
 *   permission; burning clears at most PropertiesLimit properties and MaxResourcesOnMint resources and
 *   leaves EquippableBases/EquippableSlots; destroy_collection leaves collection-level Properties.
 *
 * Final Khala runtime (Phala-Network/rmrk-substrate on its release-polkadot-v1.2.0 branch): calls, events, errors and
 * storage are those of Khala's Aug-2023 metadata (checked by metadata-reference.test.ts); the deviations below are all that is known.
 */
import { bind, configSlot, configured } from '../../frame/config.js';
import { ext } from '../../frame/context.js';
import { arithmeticError, type DispatchError } from '../../frame/errors.js';
import { ensureSigned } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import {
  type AnyCodec,
  array,
  bool,
  type Codec,
  encode,
  enumOf,
  type FieldInfo,
  newtype,
  option,
  struct,
  type TypeDef,
  tuple,
  u32,
  unit,
  type ValueOf,
  vec,
} from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, MultiAddress, Permill } from '../../frame/types.js';
import {
  type AccountId as AccountKey,
  accountId,
  paddedAccount,
  publicKey,
} from '../../primitives/account.js';
import { lookup } from '../balances/index.js';
import {
  Asset,
  type BytesLike,
  boundedBytes,
  boundedHex,
  boundedVec,
  burnItem,
  Class,
  clearPrefixLimited,
  collectionOwner,
  createCollection as createUniquesCollection,
  destroyCollection,
  destroyWitness,
  itemsOf,
  KeyLimitBytes,
  mintItem,
  OptionU32,
  ownerOf,
  StringLimitBytes,
  transferItem,
  transferOwnership,
  U32_MAX,
  UniquesConstants,
  UniquesErrors,
  UniquesLocker,
  ValueLimitBytes,
  VecU32,
} from '../uniques/index.js';
import { RmrkCoreDocs } from './docs.js';

// ---------------------------------------------------------------------------------------------------
// Types

export const COLLECTION_SYMBOL_LIMIT = 100;
export const PARTS_LIMIT = 25;
export const MAX_PRIORITIES = 25;
export const MAX_RESOURCES_ON_MINT = 100;

/** BoundedVec<u8, CollectionSymbolLimit> (metadata type 375). */
export const SymbolBytes = boundedBytes(COLLECTION_SYMBOL_LIMIT);
/** BoundedVec<PartId, PartsLimit> (369). */
export const BoundedParts = boundedVec(u32, VecU32, PARTS_LIMIT);
/** BoundedVec<ResourceId, MaxPriorities> (376). */
export const BoundedPriorities = boundedVec(u32, VecU32, MAX_PRIORITIES);
/** (u32, u32) (metadata type 40). */
export const U32Pair = tuple(u32, u32);
export const OptionU32Pair = option(U32Pair);

/** Replaces the typeName of variant fields (scale-info keeps the Rust type as written). */
function withVariantTypeNames<T>(codec: Codec<T>, names: Record<string, Array<string | null>>): Codec<T> {
  const def = codec.info.def;
  if (def.tag !== 'variant') return codec;
  const variants = def.variants.map((v) => ({
    ...v,
    fields: v.fields.map((f: FieldInfo, i: number) => ({ ...f, typeName: names[v.name]?.[i] ?? f.typeName })),
  }));
  const next: TypeDef = { tag: 'variant', variants };
  return { info: { ...codec.info, def: next }, enc: codec.enc, dec: codec.dec };
}

const ownerEnum = enumOf(
  {
    path: ['rmrk_traits', 'nft', 'AccountIdOrCollectionNftTuple'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'CollectionId', type: u32 },
      { name: 'NftId', type: u32 },
    ],
  },
  { AccountId: AccountId, CollectionAndNftTuple: U32Pair },
);
/** The owner of an RMRK NFT: an account, or a (collection, nft) parent. JS value of the second is [cid, nid]. */
export type NftOwner = ValueOf<typeof ownerEnum>;
/**
 * AccountIdOrCollectionNftTuple. The second variant has two unnamed fields in Rust; encoding them as a
 * (u32, u32) tuple is byte-identical, and the type info lists the two fields as the metadata does.
 */
export const AccountIdOrCollectionNftTuple: Codec<NftOwner> = {
  info: {
    ...ownerEnum.info,
    def: {
      tag: 'variant',
      variants: [
        { name: 'AccountId', index: 0, fields: [{ name: null, type: AccountId, typeName: 'AccountId' }] },
        {
          name: 'CollectionAndNftTuple',
          index: 1,
          fields: [
            { name: null, type: u32, typeName: 'CollectionId' },
            { name: null, type: u32, typeName: 'NftId' },
          ],
        },
      ],
    },
  },
  enc: ownerEnum.enc,
  dec: ownerEnum.dec,
};

export const RoyaltyInfo = struct(
  {
    path: ['rmrk_traits', 'nft', 'RoyaltyInfo'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'RoyaltyAmount', type: Permill },
    ],
    typeNames: { recipient: 'AccountId', amount: 'RoyaltyAmount' },
  },
  { recipient: AccountId, amount: Permill },
);

export const CollectionInfo = struct(
  {
    path: ['rmrk_traits', 'collection', 'CollectionInfo'],
    params: [
      { name: 'BoundedString', type: StringLimitBytes },
      { name: 'BoundedSymbol', type: SymbolBytes },
      { name: 'AccountId', type: AccountId },
    ],
    typeNames: {
      issuer: 'AccountId',
      metadata: 'BoundedString',
      max: 'Option<u32>',
      symbol: 'BoundedSymbol',
      nfts_count: 'u32',
    },
  },
  { issuer: AccountId, metadata: StringLimitBytes, max: OptionU32, symbol: SymbolBytes, nfts_count: u32 },
);
export type CollectionInfoValue = ValueOf<typeof CollectionInfo>;

export const NftInfo = struct(
  {
    path: ['rmrk_traits', 'nft', 'NftInfo'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'RoyaltyAmount', type: Permill },
      { name: 'BoundedString', type: StringLimitBytes },
      { name: 'CollectionId', type: u32 },
      { name: 'NftId', type: u32 },
    ],
    typeNames: {
      owner: 'AccountIdOrCollectionNftTuple<AccountId, CollectionId, NftId>',
      royalty: 'Option<RoyaltyInfo<AccountId, RoyaltyAmount>>',
      metadata: 'BoundedString',
      equipped: 'Option<(ResourceId, SlotId)>',
      pending: 'bool',
      transferable: 'bool',
    },
  },
  {
    owner: AccountIdOrCollectionNftTuple,
    royalty: option(RoyaltyInfo),
    metadata: StringLimitBytes,
    equipped: OptionU32Pair,
    pending: bool,
    transferable: bool,
  },
);
export type NftInfoValue = ValueOf<typeof NftInfo>;

const stringParam = [{ name: 'BoundedString', type: StringLimitBytes }];
const stringAndParts = [
  { name: 'BoundedString', type: StringLimitBytes },
  { name: 'BoundedParts', type: BoundedParts },
];
const OptionString = option(StringLimitBytes);

export const BasicResource = struct(
  {
    path: ['rmrk_traits', 'resource', 'BasicResource'],
    params: stringParam,
    typeNames: { metadata: 'BoundedString' },
  },
  { metadata: StringLimitBytes },
);
export const ComposableResource = struct(
  {
    path: ['rmrk_traits', 'resource', 'ComposableResource'],
    params: stringAndParts,
    typeNames: {
      parts: 'BoundedParts',
      base: 'BaseId',
      metadata: 'Option<BoundedString>',
      slot: 'Option<(BaseId, SlotId)>',
    },
  },
  { parts: BoundedParts, base: u32, metadata: OptionString, slot: OptionU32Pair },
);
export const SlotResource = struct(
  {
    path: ['rmrk_traits', 'resource', 'SlotResource'],
    params: stringParam,
    typeNames: { base: 'BaseId', metadata: 'Option<BoundedString>', slot: 'SlotId' },
  },
  { base: u32, metadata: OptionString, slot: u32 },
);
export const ResourceTypes = withVariantTypeNames(
  enumOf(
    { path: ['rmrk_traits', 'resource', 'ResourceTypes'], params: stringAndParts },
    { Basic: BasicResource, Composable: ComposableResource, Slot: SlotResource },
  ),
  {
    Basic: ['BasicResource<BoundedString>'],
    Composable: ['ComposableResource<BoundedString, BoundedParts>'],
    Slot: ['SlotResource<BoundedString>'],
  },
);
export type ResourceTypesValue = ValueOf<typeof ResourceTypes>;

export const ResourceInfoMin = struct(
  {
    path: ['rmrk_traits', 'resource', 'ResourceInfoMin'],
    params: stringAndParts,
    typeNames: { id: 'ResourceId', resource: 'ResourceTypes<BoundedString, BoundedParts>' },
  },
  { id: u32, resource: ResourceTypes },
);
export const ResourceInfo = struct(
  {
    path: ['rmrk_traits', 'resource', 'ResourceInfo'],
    params: stringAndParts,
    typeNames: {
      id: 'ResourceId',
      resource: 'ResourceTypes<BoundedString, BoundedParts>',
      pending: 'bool',
      pending_removal: 'bool',
    },
  },
  { id: u32, resource: ResourceTypes, pending: bool, pending_removal: bool },
);
export type ResourceInfoValue = ValueOf<typeof ResourceInfo>;
/** BoundedVec<ResourceInfoMin, MaxResourcesOnMint> (367). */
export const BoundedResourceInfos = boundedVec(ResourceInfoMin, vec(ResourceInfoMin), MAX_RESOURCES_ON_MINT);

export const NftChild = struct(
  {
    path: ['rmrk_traits', 'nft', 'NftChild'],
    params: [
      { name: 'CollectionId', type: u32 },
      { name: 'NftId', type: u32 },
    ],
    typeNames: { collection_id: 'CollectionId', nft_id: 'NftId' },
  },
  { collection_id: u32, nft_id: u32 },
);
export const PropertyInfo = struct(
  {
    path: ['rmrk_traits', 'property', 'PropertyInfo'],
    params: [
      { name: 'BoundedKey', type: KeyLimitBytes },
      { name: 'BoundedValue', type: ValueLimitBytes },
    ],
    typeNames: { key: 'BoundedKey', value: 'BoundedValue' },
  },
  { key: KeyLimitBytes, value: ValueLimitBytes },
);
export type PropertyInfoValue = ValueOf<typeof PropertyInfo>;
/** rmrk_traits::PhantomType<T>: encodes nothing; its scale-info path is ["PhantomType", "phantom_type"]. */
export const PhantomType = newtype(
  { path: ['PhantomType', 'phantom_type'], params: [{ name: 'T', type: PropertyInfo }] },
  array(PropertyInfo, 0),
);

// ---------------------------------------------------------------------------------------------------
// Storage

const S = storage('RmrkCore');
const B = 'Blake2_128Concat' as const;
const T = 'Twox64Concat' as const;
export const Collections = S.map('Collections', [[T, u32]], CollectionInfo, {
  docs: [' Stores collections info'],
});
export const Nfts = S.map(
  'Nfts',
  [
    [T, u32],
    [T, u32],
  ],
  NftInfo,
  { docs: [' Stores nft info'] },
);
export const Priorities = S.map(
  'Priorities',
  [
    [B, u32],
    [B, u32],
    [B, u32],
  ],
  u32,
  { docs: [' Stores priority info'] },
);
/** (parent collection, parent nft) → (child collection, child nft) → (). */
export const Children = S.map(
  'Children',
  [
    [T, U32Pair],
    [T, U32Pair],
  ],
  unit,
  { docs: [' Stores nft children info'] },
);
export const Resources = S.map(
  'Resources',
  [
    [B, u32],
    [B, u32],
    [B, u32],
  ],
  ResourceInfo,
  { docs: [' Stores resource info'] },
);
export const EquippableBases = S.map(
  'EquippableBases',
  [
    [B, u32],
    [B, u32],
    [B, u32],
  ],
  unit,
);
export const EquippableSlots = S.map(
  'EquippableSlots',
  [
    [B, u32],
    [B, u32],
    [B, u32],
    [B, u32],
    [B, u32],
  ],
  unit,
);
/** (collection, Option<nft>, key) → value. */
export const Properties = S.map(
  'Properties',
  [
    [B, u32],
    [B, OptionU32],
    [B, KeyLimitBytes],
  ],
  ValueLimitBytes,
  { docs: [' Arbitrary properties / metadata of an asset.'] },
);
/** (collection, nft) → bool (ValueQuery, default false). */
export const Lock = S.map('Lock', [[T, U32Pair]], bool, { default: false, docs: [' Lock for NFTs'] });
export const DummyStorage = S.value('DummyStorage', tuple(NftChild, PhantomType), {
  docs: [' This storage is not used by the chain.', ' It is need only for PolkadotJS types generation.'],
});

// ---------------------------------------------------------------------------------------------------
// Events, errors, constants

export const RmrkCoreEvents = events('RmrkCore', 'pallet_rmrk_core', {
  CollectionCreated: { issuer: AccountId, collection_id: u32 },
  NftMinted: { owner: AccountIdOrCollectionNftTuple, collection_id: u32, nft_id: u32 },
  NFTBurned: { owner: AccountId, collection_id: u32, nft_id: u32 },
  CollectionDestroyed: { issuer: AccountId, collection_id: u32 },
  NFTSent: {
    sender: AccountId,
    recipient: AccountIdOrCollectionNftTuple,
    collection_id: u32,
    nft_id: u32,
    approval_required: bool,
  },
  NFTAccepted: {
    sender: AccountId,
    recipient: AccountIdOrCollectionNftTuple,
    collection_id: u32,
    nft_id: u32,
  },
  NFTRejected: { sender: AccountId, collection_id: u32, nft_id: u32 },
  IssuerChanged: { old_issuer: AccountId, new_issuer: AccountId, collection_id: u32 },
  PropertySet: { collection_id: u32, maybe_nft_id: OptionU32, key: KeyLimitBytes, value: ValueLimitBytes },
  PropertyRemoved: { collection_id: u32, maybe_nft_id: OptionU32, key: KeyLimitBytes },
  PropertiesRemoved: { collection_id: u32, maybe_nft_id: OptionU32 },
  CollectionLocked: { issuer: AccountId, collection_id: u32 },
  ResourceAdded: { nft_id: u32, resource_id: u32, collection_id: u32 },
  ResourceReplaced: { nft_id: u32, resource_id: u32, collection_id: u32 },
  ResourceAccepted: { nft_id: u32, resource_id: u32, collection_id: u32 },
  ResourceRemoval: { nft_id: u32, resource_id: u32, collection_id: u32 },
  ResourceRemovalAccepted: { nft_id: u32, resource_id: u32, collection_id: u32 },
  PrioritySet: { collection_id: u32, nft_id: u32 },
});

export const RmrkCoreErrors = errors('RmrkCore', 'pallet_rmrk_core', [
  'NoneValue',
  'StorageOverflow',
  'TooLong',
  'NoAvailableCollectionId',
  'NoAvailableResourceId',
  'MetadataNotSet',
  'RecipientNotSet',
  'NoAvailableNftId',
  'NotInRange',
  'RoyaltyNotSet',
  'CollectionUnknown',
  'NoPermission',
  'NoWitness',
  'CollectionNotEmpty',
  'CollectionFullOrLocked',
  'CannotSendToDescendentOrSelf',
  'ResourceAlreadyExists',
  'NftAlreadyExists',
  'EmptyResource',
  'TooManyRecursions',
  'NftIsLocked',
  'CannotAcceptNonOwnedNft',
  'CannotRejectNonOwnedNft',
  'CannotRejectNonPendingNft',
  'ResourceDoesntExist',
  'ResourceNotPending',
  'NonTransferable',
  'CannotSendEquippedItem',
  'CannotAcceptToNewOwner',
  'FailedTransferHooksPreCheck',
  'FailedTransferHooksPostTransfer',
] as const);
export type RmrkCoreError = Parameters<typeof RmrkCoreErrors.fail>[0];
const fail = (name: RmrkCoreError): DispatchError => RmrkCoreErrors.fail(name);
/** pallet_uniques::Error::Locked, which RMRK raises for locked NFTs. */
const locked = (): DispatchError => UniquesErrors.fail('Locked');

export const RmrkCoreConstants = constants('RmrkCore', {
  ResourceSymbolLimit: { codec: u32, value: 10n },
  PartsLimit: { codec: u32, value: BigInt(PARTS_LIMIT) },
  MaxPriorities: { codec: u32, value: BigInt(MAX_PRIORITIES) },
  PropertiesLimit: { codec: u32, value: 15n },
  NestingBudget: { codec: u32, value: 200n },
  CollectionSymbolLimit: { codec: u32, value: BigInt(COLLECTION_SYMBOL_LIMIT), hidden: true },
  MaxResourcesOnMint: { codec: u32, value: BigInt(MAX_RESOURCES_ON_MINT), hidden: true },
});

/** The RmrkCore calls Khala's BaseCallFilter lets through (runtime/khala/src/lib.rs). */
export const RMRK_CORE_CALLABLE_ON_KHALA: readonly string[] = [
  'change_collection_issuer',
  'add_basic_resource',
  'accept_resource',
  'remove_resource',
  'accept_resource_removal',
  'send',
];

// ---------------------------------------------------------------------------------------------------
// Config hooks: Locker (for Uniques) and TransferHooks

/** `Locker::is_locked`: RMRK's `Lock` map. */
export const isNftLocked = (collectionId: bigint, nftId: bigint): boolean => Lock.get([collectionId, nftId]);

/** rmrk_traits::misc::TransferHooks; Khala: PhalaWrappedBalances (pre_check refuses delegation NFTs). */
export interface TransferHooks {
  preCheck(sender: AccountKey, recipient: AccountKey, collectionId: bigint, nftId: bigint): boolean;
  postTransfer(sender: AccountKey, recipient: AccountKey, collectionId: bigint, nftId: bigint): boolean;
}
const ALLOW_ALL: TransferHooks = { preCheck: () => true, postTransfer: () => true };
/** Config::TransferHooks; unbound it is `()`, which allows everything. */
export const RmrkTransferHooks = configSlot<TransferHooks>('RmrkCore.TransferHooks', ALLOW_ALL);
let testHooks: TransferHooks | undefined;

/** Test seam: overrides every runtime's TransferHooks (null restores the runtime's own). */
export function setTransferHooks(hooks: TransferHooks | null): void {
  testHooks = hooks ?? undefined;
}

const transferHooks = (): TransferHooks => testHooks ?? configured(RmrkTransferHooks);

// ---------------------------------------------------------------------------------------------------
// Virtual accounts, budget, root owner

const SALT_RMRK_NFT = 'RmrkNft/';
const SALT_BYTES = new TextEncoder().encode(SALT_RMRK_NFT);

/** `nft_to_account_id`: ("RmrkNft/", collection_id: u32, nft_id: u32) zero-padded to 32 bytes. */
export function nftToAccountId(collectionId: bigint, nftId: bigint): AccountKey {
  return paddedAccount(SALT_BYTES, encode(u32, collectionId), encode(u32, nftId));
}

/** `decode_nft_account_id`: the (collection, nft) of a virtual account, null for a real account. */
export function decodeNftAccountId(account: AccountKey): [bigint, bigint] | null {
  const key = publicKey(account);
  for (let i = 0; i < SALT_BYTES.length; i++) if (key[i] !== SALT_BYTES[i]) return null;
  for (let i = 16; i < 32; i++) if (key[i] !== 0) return null;
  const view = new DataView(key.buffer, key.byteOffset, key.byteLength);
  return [BigInt(view.getUint32(8, true)), BigInt(view.getUint32(12, true))];
}

/** rmrk_traits::budget::Value: a countdown of nesting steps. */
class Budget {
  constructor(private left: bigint) {}
  consume(): boolean {
    if (this.left === 0n) return false;
    this.left -= 1n;
    return true;
  }
}
const nestingBudget = (less = 0n): Budget => {
  const b = RmrkCoreConstants.get('NestingBudget');
  return new Budget(b > less ? b - less : 0n);
};

/** `lookup_root_owner`: the account at the top of the nesting chain and the top NFT. */
function lookupRootOwner(
  collectionId: bigint,
  nftId: bigint,
  budget: Budget,
): [AccountKey, [bigint, bigint]] {
  let c = collectionId;
  let n = nftId;
  for (;;) {
    const parent = ownerOf(c, n);
    if (parent === null) throw fail('NoAvailableNftId');
    const nested = decodeNftAccountId(parent);
    if (nested === null) return [parent, [c, n]];
    if (!budget.consume()) throw fail('TooManyRecursions');
    [c, n] = nested;
  }
}

/** `is_x_descendent_of_y`. */
function isDescendentOf(childC: bigint, childN: bigint, parentC: bigint, parentN: bigint): boolean {
  let c = childC;
  let n = childN;
  for (;;) {
    const parent = ownerOf(c, n);
    if (parent === null) return false;
    const nested = decodeNftAccountId(parent);
    if (nested === null) return false;
    if (nested[0] === parentC && nested[1] === parentN) return true;
    [c, n] = nested;
  }
}

const ownerAccount = (owner: NftOwner): AccountKey =>
  owner.type === 'AccountId' ? owner.value : nftToAccountId(owner.value[0], owner.value[1]);

const sameOwner = (a: NftOwner, b: NftOwner): boolean =>
  a.type === 'AccountId'
    ? b.type === 'AccountId' && a.value === b.value
    : b.type === 'CollectionAndNftTuple' && a.value[0] === b.value[0] && a.value[1] === b.value[1];

/** Normalizes an NftOwner given as JS value (canonical account, bigint tuple). */
function normalizeOwner(owner: NftOwner): NftOwner {
  if (owner.type === 'AccountId') return { type: 'AccountId', value: accountId(owner.value) };
  return { type: 'CollectionAndNftTuple', value: [BigInt(owner.value[0]), BigInt(owner.value[1])] };
}

// ---------------------------------------------------------------------------------------------------
// Argument bounds (uniques::StringLimit/KeyLimit/ValueLimit, CollectionSymbolLimit)

const metadataHex = (v: unknown): string => boundedHex(v, UniquesConstants.get('StringLimit'), 'metadata');
const keyHex = (v: unknown): string => boundedHex(v, UniquesConstants.get('KeyLimit'), 'key');
const valueHex = (v: unknown): string => boundedHex(v, UniquesConstants.get('ValueLimit'), 'value');
const symbolHex = (v: unknown): string =>
  boundedHex(v, RmrkCoreConstants.get('CollectionSymbolLimit'), 'symbol');

// ---------------------------------------------------------------------------------------------------
// Children

const addChild = (parent: [bigint, bigint], child: [bigint, bigint]): void =>
  Children.set(parent, child, null);
const removeChild = (parent: [bigint, bigint], child: [bigint, bigint]): void =>
  Children.remove(parent, child);

/** `iterate_nft_children`. */
export function childrenOf(collectionId: bigint, nftId: bigint): Array<[bigint, bigint]> {
  return Children.keys([collectionId, nftId]).map(([, child]) => child);
}

// ---------------------------------------------------------------------------------------------------
// Properties (Property trait)

/** `property_set`: the issuer sets a property of the collection or of an unlocked NFT it root-owns. */
function propertySet(
  sender: AccountKey,
  collectionId: bigint,
  maybeNftId: bigint | null,
  key: string,
  value: string,
): void {
  const collection = Collections.tryGet(collectionId);
  if (!collection) throw fail('CollectionUnknown');
  if (collection.issuer !== sender) throw fail('NoPermission');
  if (maybeNftId !== null) {
    if (isNftLocked(collectionId, maybeNftId)) throw locked();
    const [root] = lookupRootOwner(collectionId, maybeNftId, nestingBudget());
    if (root !== collection.issuer) throw fail('NoPermission');
  }
  Properties.set(collectionId, maybeNftId, key, value);
}

/** `do_set_property` (root path, used by Phala's BasePool): CollectionUnknown only; emits PropertySet. */
function doSetProperty(collectionId: bigint, maybeNftId: bigint | null, key: string, value: string): void {
  if (!Collections.contains(collectionId)) throw fail('CollectionUnknown');
  Properties.set(collectionId, maybeNftId, key, value);
  RmrkCoreEvents.emit('PropertySet', { collection_id: collectionId, maybe_nft_id: maybeNftId, key, value });
}

/** `do_remove_properties`: clears at most `limit` properties; emits PropertiesRemoved. */
function doRemoveProperties(collectionId: bigint, maybeNftId: bigint | null, limit: bigint): void {
  clearPrefixLimited(Properties, [collectionId, maybeNftId], Number(limit));
  RmrkCoreEvents.emit('PropertiesRemoved', { collection_id: collectionId, maybe_nft_id: maybeNftId });
}

// ---------------------------------------------------------------------------------------------------
// Resources (Resource and Priority traits)

function resourceAdd(
  collectionId: bigint,
  nftId: bigint,
  resource: ResourceTypesValue,
  pending: boolean,
  resourceId: bigint,
): void {
  if (Resources.contains(collectionId, nftId, resourceId)) throw fail('ResourceAlreadyExists');
  if (resource.type === 'Composable') {
    EquippableBases.set(collectionId, nftId, resource.value.base, null);
    const slot = resource.value.slot;
    if (slot !== null) EquippableSlots.set(collectionId, nftId, resourceId, slot[0], slot[1], null);
  } else if (resource.type === 'Slot') {
    EquippableSlots.set(collectionId, nftId, resourceId, resource.value.base, resource.value.slot, null);
  }
  Resources.set(collectionId, nftId, resourceId, {
    id: resourceId,
    pending,
    pendingRemoval: false,
    resource,
  });
  RmrkCoreEvents.emit('ResourceAdded', {
    nft_id: nftId,
    resource_id: resourceId,
    collection_id: collectionId,
  });
}

function removeResourceFromBasesAndSlots(
  res: ResourceInfoValue,
  collectionId: bigint,
  nftId: bigint,
  resourceId: bigint,
): void {
  const r = res.resource;
  if (r.type === 'Slot') EquippableSlots.remove(collectionId, nftId, resourceId, r.value.base, r.value.slot);
  else if (r.type === 'Composable') {
    EquippableBases.remove(collectionId, nftId, r.value.base);
    const slot = r.value.slot;
    if (slot !== null) EquippableSlots.remove(collectionId, nftId, resourceId, slot[0], slot[1]);
  }
  Resources.remove(collectionId, nftId, resourceId);
}

function existingResource(collectionId: bigint, nftId: bigint, resourceId: bigint): ResourceInfoValue {
  const res = Resources.tryGet(collectionId, nftId, resourceId);
  if (!res) throw fail('ResourceDoesntExist');
  return res;
}

const resourceEvent = (collectionId: bigint, nftId: bigint, resourceId: bigint) => ({
  nft_id: nftId,
  resource_id: resourceId,
  collection_id: collectionId,
});

// ---------------------------------------------------------------------------------------------------
// Collections (Collection trait)

function collectionCreate(
  issuer: AccountKey,
  collectionId: bigint,
  metadata: string,
  max: bigint | null,
  symbol: string,
): void {
  createUniquesCollection(collectionId, issuer, issuer);
  Collections.set(collectionId, { issuer, metadata, max, symbol, nftsCount: 0n });
  RmrkCoreEvents.emit('CollectionCreated', { issuer, collection_id: collectionId });
}

function collectionBurn(issuer: AccountKey, collectionId: bigint): void {
  const collection = Collections.tryGet(collectionId);
  if (!collection) throw fail('CollectionUnknown');
  if (collection.nftsCount !== 0n) throw fail('CollectionNotEmpty');
  const witness = destroyWitness(collectionId);
  if (!witness) throw fail('NoWitness');
  if (witness.items !== 0n) throw fail('CollectionNotEmpty');
  Collections.remove(collectionId);
  destroyCollection(collectionId, witness, issuer);
  RmrkCoreEvents.emit('CollectionDestroyed', { issuer, collection_id: collectionId });
}

// ---------------------------------------------------------------------------------------------------
// NFTs (Nft trait)

interface MintArgs {
  sender: AccountKey;
  nftId: bigint;
  collectionId: bigint;
  royaltyRecipient: AccountKey | null;
  royalty: bigint | null;
  metadata: string;
  transferable: boolean;
  resources: ReadonlyArray<{ id: bigint; resource: ResourceTypesValue }> | null;
}

function checkMintable(collectionId: bigint, nftId: bigint): CollectionInfoValue {
  if (Nfts.contains(collectionId, nftId)) throw fail('NftAlreadyExists');
  const collection = Collections.tryGet(collectionId);
  if (!collection) throw fail('CollectionUnknown');
  if (collection.max !== null && collection.nftsCount >= collection.max) throw fail('CollectionFullOrLocked');
  if (collection.nftsCount >= U32_MAX) throw arithmeticError('Overflow');
  return collection;
}

/** `nft_mint` (owner is an account) and `nft_mint_directly_to_nft` (owner is a parent NFT). */
function nftMint(owner: NftOwner, a: MintArgs): void {
  const collection = checkMintable(a.collectionId, a.nftId);
  let rootOwner: AccountKey;
  if (owner.type === 'AccountId') rootOwner = owner.value;
  else [rootOwner] = lookupRootOwner(owner.value[0], owner.value[1], nestingBudget(1n));
  // An NFT minted to someone else (or under someone else's NFT) is pending until accepted.
  const pending = rootOwner !== a.sender;
  const royalty =
    a.royalty === null
      ? null
      : {
          recipient: a.royaltyRecipient ?? (owner.type === 'AccountId' ? owner.value : rootOwner),
          amount: a.royalty,
        };
  Nfts.set(a.collectionId, a.nftId, {
    owner,
    royalty,
    metadata: a.metadata,
    equipped: null,
    pending,
    transferable: a.transferable,
  });
  Collections.set(a.collectionId, { ...collection, nftsCount: collection.nftsCount + 1n });
  if (owner.type === 'CollectionAndNftTuple') addChild(owner.value, [a.collectionId, a.nftId]);
  mintItem(a.collectionId, a.nftId, ownerAccount(owner));
  for (const res of a.resources ?? []) resourceAdd(a.collectionId, a.nftId, res.resource, false, res.id);
  RmrkCoreEvents.emit('NftMinted', { owner, collection_id: a.collectionId, nft_id: a.nftId });
}

/** `nft_burn`: refuses locked NFTs (Uniques.Locked), burns the children recursively. */
function nftBurn(owner: AccountKey, collectionId: bigint, nftId: bigint, budget: Budget): void {
  if (isNftLocked(collectionId, nftId)) throw locked();
  const nft = Nfts.tryGet(collectionId, nftId);
  if (nft?.owner.type === 'CollectionAndNftTuple') removeChild(nft.owner.value, [collectionId, nftId]);
  Nfts.remove(collectionId, nftId);
  doRemoveProperties(collectionId, nftId, RmrkCoreConstants.get('PropertiesLimit'));
  clearPrefixLimited(Resources, [collectionId, nftId], Number(RmrkCoreConstants.get('MaxResourcesOnMint')));
  for (const child of childrenOf(collectionId, nftId)) {
    removeChild([collectionId, nftId], child);
    if (!budget.consume()) throw fail('TooManyRecursions');
    nftBurn(owner, child[0], child[1], budget);
  }
  const collection = Collections.tryGet(collectionId);
  if (!collection) throw fail('CollectionUnknown');
  Collections.set(collectionId, {
    ...collection,
    nftsCount: collection.nftsCount > 0n ? collection.nftsCount - 1n : 0n,
  });
  burnItem(collectionId, nftId);
  RmrkCoreEvents.emit('NFTBurned', { owner, collection_id: collectionId, nft_id: nftId });
}

/** `nft_send`: returns the new Uniques owner account and whether the recipient must accept. */
function nftSend(
  sender: AccountKey,
  collectionId: bigint,
  nftId: bigint,
  newOwner: NftOwner,
): { account: AccountKey; approvalRequired: boolean } {
  const parent = ownerOf(collectionId, nftId);
  if (parent === null) throw fail('NoAvailableNftId');
  const [root] = lookupRootOwner(collectionId, nftId, nestingBudget());
  if (sender !== root) throw fail('NoPermission');
  const sending = Nfts.tryGet(collectionId, nftId);
  if (!sending) throw fail('NoAvailableNftId');
  if (!sending.transferable) throw fail('NonTransferable');
  if (sending.equipped !== null) throw fail('CannotSendEquippedItem');

  let approvalRequired = true;
  let account: AccountKey;
  if (newOwner.type === 'AccountId') {
    approvalRequired = false;
    account = newOwner.value;
  } else {
    const [cid, nid] = newOwner.value;
    if (!Nfts.contains(cid, nid)) throw fail('NoAvailableNftId');
    if (cid === collectionId && nid === nftId) throw fail('CannotSendToDescendentOrSelf');
    if (isDescendentOf(cid, nid, collectionId, nftId)) throw fail('CannotSendToDescendentOrSelf');
    const [recipientRoot] = lookupRootOwner(cid, nid, nestingBudget(1n));
    if (recipientRoot === root) approvalRequired = false;
    account = nftToAccountId(cid, nid);
  }

  if (!transferHooks().preCheck(sender, account, collectionId, nftId))
    throw fail('FailedTransferHooksPreCheck');
  // Without approval the NFT keeps its previous `pending` flag, as in Rust.
  Nfts.set(collectionId, nftId, {
    ...sending,
    owner: newOwner,
    pending: approvalRequired ? true : sending.pending,
  });

  const oldParent = decodeNftAccountId(parent);
  if (oldParent !== null) removeChild(oldParent, [collectionId, nftId]);
  const newParent = decodeNftAccountId(account);
  if (newParent !== null) addChild(newParent, [collectionId, nftId]);

  transferItem(collectionId, nftId, account);
  if (!transferHooks().postTransfer(sender, account, collectionId, nftId))
    throw fail('FailedTransferHooksPostTransfer');
  RmrkCoreEvents.emit('NFTSent', {
    sender,
    recipient: newOwner,
    collection_id: collectionId,
    nft_id: nftId,
    approval_required: approvalRequired,
  });
  return { account, approvalRequired };
}

function nftReject(sender: AccountKey, collectionId: bigint, nftId: bigint): void {
  const budget = nestingBudget();
  const [root] = lookupRootOwner(collectionId, nftId, budget);
  const nft = Nfts.tryGet(collectionId, nftId);
  if (!nft) throw fail('NoAvailableNftId');
  if (!nft.pending) throw fail('CannotRejectNonPendingNft');
  if (sender !== root) throw fail('CannotRejectNonOwnedNft');
  const parentAccount = ownerOf(collectionId, nftId);
  const parent = parentAccount === null ? null : decodeNftAccountId(parentAccount);
  if (parent !== null) removeChild(parent, [collectionId, nftId]);
  nftBurn(sender, collectionId, nftId, budget);
  RmrkCoreEvents.emit('NFTRejected', { sender, collection_id: collectionId, nft_id: nftId });
}

/** Root owner that must sign for an NFT (accept, burn, priorities). */
function requireRootOwner(sender: AccountKey, collectionId: bigint, nftId: bigint): void {
  const [root] = lookupRootOwner(collectionId, nftId, nestingBudget());
  if (root !== sender) throw fail('NoPermission');
}

/** Collection issuer check shared by the resource calls; returns the NFT's root owner. */
function issuerAndRoot(sender: AccountKey, collectionId: bigint, nftId: bigint): AccountKey {
  const collection = Collections.tryGet(collectionId);
  if (!collection) throw fail('CollectionUnknown');
  if (collection.issuer !== sender) throw fail('NoPermission');
  const [root] = lookupRootOwner(collectionId, nftId, nestingBudget());
  if (isNftLocked(collectionId, nftId)) throw locked();
  return root;
}

function setLock(collectionId: bigint, nftId: bigint, status: boolean): boolean {
  if (status) Lock.set([collectionId, nftId], true);
  else Lock.remove([collectionId, nftId]);
  return status;
}

// ---------------------------------------------------------------------------------------------------
// Helpers for other pallets (Phala's BasePool, spec phala-pallets §3). Each runs in its own storage
// layer: a failure leaves nothing behind even if the caller catches it.

const layer = <R>(fn: () => R): R => ext().transactional(fn);

/**
 * `Pallet::create_collection` as Signed(issuer): creates the Uniques class (owner = admin = issuer) and
 * the RMRK collection. Errors: Uniques.InUse.
 */
export function createCollection(
  issuer: AccountKey,
  collectionId: bigint,
  metadata: BytesLike,
  max: bigint | null,
  symbol: BytesLike,
): void {
  layer(() => collectionCreate(issuer, collectionId, metadataHex(metadata), max, symbolHex(symbol)));
}

export interface MintNftOptions {
  /** Signer of the mint (default: the collection's Uniques owner, as BasePool's Signed(pallet_id)). */
  sender?: AccountKey;
  /** Default true (delegation NFTs are minted transferable; TransferHooks refuse their sends). */
  transferable?: boolean;
  metadata?: BytesLike;
  royalty?: { recipient: AccountKey | null; amount: bigint };
}

/**
 * `Pallet::mint_nft(Signed(sender), Some(owner), nft_id, collection_id, …)` then `do_set_property` for
 * each (key, value). The NFT is pending when `owner` is not the sender. Errors: CollectionUnknown,
 * NoPermission, NftAlreadyExists, CollectionFullOrLocked, Uniques.AlreadyExists/MaxSupplyReached.
 */
export function mintNft(
  owner: AccountKey,
  collectionId: bigint,
  nftId: bigint,
  properties: ReadonlyArray<readonly [BytesLike, BytesLike]> = [],
  options: MintNftOptions = {},
): void {
  layer(() => {
    const issuer = collectionOwner(collectionId);
    if (issuer === null) throw fail('CollectionUnknown');
    const sender = options.sender ?? issuer;
    if (issuer !== sender) throw fail('NoPermission');
    nftMint(
      { type: 'AccountId', value: owner },
      {
        sender,
        nftId,
        collectionId,
        royaltyRecipient: options.royalty?.recipient ?? null,
        royalty: options.royalty?.amount ?? null,
        metadata: metadataHex(options.metadata ?? '0x'),
        transferable: options.transferable ?? true,
        resources: null,
      },
    );
    for (const [key, value] of properties) doSetProperty(collectionId, nftId, keyHex(key), valueHex(value));
  });
}

/** `do_set_property`: no permission or lock check (BasePool unlocks around it); emits PropertySet. */
export function setProperty(
  collectionId: bigint,
  nftId: bigint | null,
  key: BytesLike,
  value: BytesLike,
): void {
  layer(() => doSetProperty(collectionId, nftId, keyHex(key), valueHex(value)));
}

/** `do_remove_property`: emits PropertyRemoved. */
export function removeProperty(collectionId: bigint, nftId: bigint | null, key: BytesLike): void {
  const k = keyHex(key);
  Properties.remove(collectionId, nftId, k);
  RmrkCoreEvents.emit('PropertyRemoved', { collection_id: collectionId, maybe_nft_id: nftId, key: k });
}

/** A property value (0x-hex), or null. */
export function getProperty(collectionId: bigint, nftId: bigint | null, key: BytesLike): string | null {
  return Properties.tryGet(collectionId, nftId, keyHex(key)) ?? null;
}

/** `query_properties`: every property of a collection (nftId null) or NFT, in storage order. */
export function propertiesOf(collectionId: bigint, nftId: bigint | null): PropertyInfoValue[] {
  return Properties.entries(collectionId, nftId).map(([[, , key], value]) => ({ key, value }));
}

/**
 * `nft_burn(owner, collection_id, nft_id, budget)`: Uniques.Locked for a locked NFT (call
 * `setNftLock(…, false)` first, as BasePool's burn_nft does), then burns it and its children.
 * `owner` only names the NFTBurned event's owner; it defaults to the root owner.
 */
export function burnNft(collectionId: bigint, nftId: bigint, owner?: AccountKey): void {
  layer(() => {
    const budget = nestingBudget();
    const who = owner ?? lookupRootOwner(collectionId, nftId, budget)[0];
    nftBurn(who, collectionId, nftId, budget);
  });
}

/** `set_lock((collection_id, nft_id), locked)`; a locked NFT cannot be sent, burned or changed. */
export function setNftLock(collectionId: bigint, nftId: bigint, isLocked: boolean): boolean {
  return setLock(collectionId, nftId, isLocked);
}

/** `nft_send` for a signer: the same checks and hooks as the `send` call. */
export function sendNft(sender: AccountKey, collectionId: bigint, nftId: bigint, newOwner: NftOwner): void {
  layer(() => nftSend(sender, collectionId, nftId, normalizeOwner(newOwner)));
}

/** The Uniques owner of an NFT (the parent's virtual account when nested), or null. */
export function nftOwner(collectionId: bigint, nftId: bigint): AccountKey | null {
  return ownerOf(collectionId, nftId);
}

/** The RMRK record of an NFT, or null. */
export function nftInfo(collectionId: bigint, nftId: bigint): NftInfoValue | null {
  return Nfts.tryGet(collectionId, nftId) ?? null;
}

/** The account at the top of the NFT's nesting chain (NoAvailableNftId / TooManyRecursions). */
export function rootOwner(collectionId: bigint, nftId: bigint): AccountKey {
  return lookupRootOwner(collectionId, nftId, nestingBudget())[0];
}

/** One past the highest item id the collection's Uniques class holds (0 when empty); see header. */
export function nextNftId(collectionId: bigint): bigint {
  let next = 0n;
  for (const [, item] of Asset.keys(collectionId)) if (item >= next) next = item + 1n;
  return next;
}

/** `Uniques::owned_in_collection(collection, owner)`: NFT ids directly owned, in storage order. */
export function nftsOf(owner: AccountKey, collectionId: bigint): bigint[] {
  return itemsOf(owner, collectionId);
}

export const collectionInfo = (collectionId: bigint): CollectionInfoValue | null =>
  Collections.tryGet(collectionId) ?? null;

// ---------------------------------------------------------------------------------------------------
// Calls

const W = { refTime: 60_000_000n, proofSize: 8_000n };
const resources = option(BoundedResourceInfos);

function mintCall(sender: AccountKey, collectionId: bigint): void {
  const owner = collectionOwner(collectionId);
  if (owner === null) throw fail('CollectionUnknown');
  if (owner !== sender) throw fail('NoPermission');
}

/** add_basic_resource / add_composable_resource / add_slot_resource: one body, three resource kinds. */
function addResourceCall<R extends AnyCodec>(
  index: number,
  kind: 'Basic' | 'Composable' | 'Slot',
  resource: R,
) {
  return call(
    index,
    { collection_id: u32, nft_id: u32, resource, resource_id: u32 },
    (o, a) => {
      const sender = ensureSigned(o);
      const root = issuerAndRoot(sender, a.collection_id, a.nft_id);
      resourceAdd(
        a.collection_id,
        a.nft_id,
        { type: kind, value: a.resource } as ResourceTypesValue,
        root !== sender,
        a.resource_id,
      );
    },
    W,
  );
}

export const RmrkCore: PalletDecl = {
  docs: RmrkCoreDocs,
  name: 'RmrkCore',
  crate: 'pallet_rmrk_core',
  index: 102,
  storage: S.items,
  mockConfig: [bind(UniquesLocker, isNftLocked)],
  events: RmrkCoreEvents,
  errors: RmrkCoreErrors,
  constants: RmrkCoreConstants,
  calls: {
    mint_nft: call(
      0,
      {
        owner: option(AccountId),
        nft_id: u32,
        collection_id: u32,
        royalty_recipient: option(AccountId),
        royalty: option(Permill),
        metadata: StringLimitBytes,
        transferable: bool,
        resources,
      },
      (o, a) => {
        const sender = ensureSigned(o);
        mintCall(sender, a.collection_id);
        const owner = a.owner === null ? sender : accountId(a.owner);
        nftMint(
          { type: 'AccountId', value: owner },
          {
            sender,
            nftId: a.nft_id,
            collectionId: a.collection_id,
            royaltyRecipient: a.royalty_recipient === null ? null : accountId(a.royalty_recipient),
            royalty: a.royalty,
            metadata: metadataHex(a.metadata),
            transferable: a.transferable,
            resources: a.resources,
          },
        );
      },
      W,
    ),
    mint_nft_directly_to_nft: call(
      1,
      {
        owner: U32Pair,
        nft_id: u32,
        collection_id: u32,
        royalty_recipient: option(AccountId),
        royalty: option(Permill),
        metadata: StringLimitBytes,
        transferable: bool,
        resources,
      },
      (o, a) => {
        const sender = ensureSigned(o);
        mintCall(sender, a.collection_id);
        nftMint(
          { type: 'CollectionAndNftTuple', value: [BigInt(a.owner[0]), BigInt(a.owner[1])] },
          {
            sender,
            nftId: a.nft_id,
            collectionId: a.collection_id,
            royaltyRecipient: a.royalty_recipient === null ? null : accountId(a.royalty_recipient),
            royalty: a.royalty,
            metadata: metadataHex(a.metadata),
            transferable: a.transferable,
            resources: a.resources,
          },
        );
      },
      W,
    ),
    create_collection: call(
      2,
      { collection_id: u32, metadata: StringLimitBytes, max: OptionU32, symbol: SymbolBytes },
      (o, a) =>
        collectionCreate(
          ensureSigned(o),
          a.collection_id,
          metadataHex(a.metadata),
          a.max,
          symbolHex(a.symbol),
        ),
      W,
    ),
    burn_nft: call(
      3,
      { collection_id: u32, nft_id: u32 },
      (o, a) => {
        const sender = ensureSigned(o);
        const budget = nestingBudget();
        const [root] = lookupRootOwner(a.collection_id, a.nft_id, budget);
        if (sender !== root) throw fail('NoPermission');
        nftBurn(root, a.collection_id, a.nft_id, budget);
      },
      W,
    ),
    destroy_collection: call(
      4,
      { collection_id: u32 },
      (o, a) => collectionBurn(ensureSigned(o), a.collection_id),
      W,
    ),
    send: call(
      5,
      { collection_id: u32, nft_id: u32, new_owner: AccountIdOrCollectionNftTuple },
      (o, a) => {
        nftSend(ensureSigned(o), a.collection_id, a.nft_id, normalizeOwner(a.new_owner));
      },
      W,
    ),
    accept_nft: call(
      6,
      { collection_id: u32, nft_id: u32, new_owner: AccountIdOrCollectionNftTuple },
      (o, a) => {
        const sender = ensureSigned(o);
        const newOwner = normalizeOwner(a.new_owner);
        requireRootOwner(sender, a.collection_id, a.nft_id);
        const owner = ownerOf(a.collection_id, a.nft_id);
        if (owner === null) throw fail('NoAvailableNftId');
        const parent = decodeNftAccountId(owner);
        const current: NftOwner =
          parent === null
            ? { type: 'AccountId', value: owner }
            : { type: 'CollectionAndNftTuple', value: parent };
        if (!sameOwner(current, newOwner)) throw fail('CannotAcceptToNewOwner');
        // nft_accept
        const nft = Nfts.tryGet(a.collection_id, a.nft_id);
        if (!nft) throw fail('NoAvailableNftId');
        Nfts.set(a.collection_id, a.nft_id, { ...nft, pending: false });
        RmrkCoreEvents.emit('NFTAccepted', {
          sender,
          recipient: newOwner,
          collection_id: a.collection_id,
          nft_id: a.nft_id,
        });
      },
      W,
    ),
    reject_nft: call(
      7,
      { collection_id: u32, nft_id: u32 },
      (o, a) => nftReject(ensureSigned(o), a.collection_id, a.nft_id),
      W,
    ),
    change_collection_issuer: call(
      8,
      { collection_id: u32, new_issuer: MultiAddress },
      (o, a) => {
        const sender = ensureSigned(o);
        const collection = Collections.tryGet(a.collection_id);
        if (!collection) throw fail('CollectionUnknown');
        if (collection.issuer !== sender) throw fail('NoPermission');
        const newIssuer = lookup(a.new_issuer);
        Collections.set(a.collection_id, { ...collection, issuer: newIssuer });
        transferOwnership(sender, a.collection_id, newIssuer);
        RmrkCoreEvents.emit('IssuerChanged', {
          old_issuer: sender,
          new_issuer: newIssuer,
          collection_id: a.collection_id,
        });
      },
      W,
    ),
    set_property: call(
      9,
      { collection_id: u32, maybe_nft_id: OptionU32, key: KeyLimitBytes, value: ValueLimitBytes },
      (o, a) => {
        const sender = ensureSigned(o);
        const key = keyHex(a.key);
        const value = valueHex(a.value);
        propertySet(sender, a.collection_id, a.maybe_nft_id, key, value);
        RmrkCoreEvents.emit('PropertySet', {
          collection_id: a.collection_id,
          maybe_nft_id: a.maybe_nft_id,
          key,
          value,
        });
      },
      W,
    ),
    lock_collection: call(
      10,
      { collection_id: u32 },
      (o, a) => {
        const sender = ensureSigned(o);
        const collection = Collections.tryGet(a.collection_id);
        if (!collection) throw fail('CollectionUnknown');
        if (collection.issuer !== sender) throw fail('NoPermission');
        // As in Phala's fork: the collection's max becomes Some(0), so nothing more can be minted.
        Collections.set(a.collection_id, { ...collection, max: 0n });
        RmrkCoreEvents.emit('CollectionLocked', { issuer: sender, collection_id: a.collection_id });
      },
      W,
    ),
    add_basic_resource: addResourceCall(11, 'Basic', BasicResource),
    add_composable_resource: addResourceCall(12, 'Composable', ComposableResource),
    add_slot_resource: addResourceCall(13, 'Slot', SlotResource),
    replace_resource: call(
      14,
      { collection_id: u32, nft_id: u32, resource: ResourceTypes, resource_id: u32 },
      (o, a) => {
        ensureSigned(o);
        // As in Rust (polkadot-v0.9.43): no permission check.
        const res = existingResource(a.collection_id, a.nft_id, a.resource_id);
        Resources.set(a.collection_id, a.nft_id, a.resource_id, { ...res, resource: a.resource });
        RmrkCoreEvents.emit('ResourceReplaced', resourceEvent(a.collection_id, a.nft_id, a.resource_id));
      },
      W,
    ),
    accept_resource: call(
      15,
      { collection_id: u32, nft_id: u32, resource_id: u32 },
      (o, a) => {
        const sender = ensureSigned(o);
        requireRootOwner(sender, a.collection_id, a.nft_id);
        if (isNftLocked(a.collection_id, a.nft_id)) throw locked();
        const res = existingResource(a.collection_id, a.nft_id, a.resource_id);
        if (!res.pending) throw fail('ResourceNotPending');
        Resources.set(a.collection_id, a.nft_id, a.resource_id, { ...res, pending: false });
        RmrkCoreEvents.emit('ResourceAccepted', resourceEvent(a.collection_id, a.nft_id, a.resource_id));
      },
      W,
    ),
    remove_resource: call(
      16,
      { collection_id: u32, nft_id: u32, resource_id: u32 },
      (o, a) => {
        const sender = ensureSigned(o);
        const collection = Collections.tryGet(a.collection_id);
        if (!collection) throw fail('CollectionUnknown');
        const [root] = lookupRootOwner(a.collection_id, a.nft_id, nestingBudget());
        if (collection.issuer !== sender) throw fail('NoPermission');
        const res = existingResource(a.collection_id, a.nft_id, a.resource_id);
        if (sender !== root)
          Resources.set(a.collection_id, a.nft_id, a.resource_id, { ...res, pendingRemoval: true });
        else removeResourceFromBasesAndSlots(res, a.collection_id, a.nft_id, a.resource_id);
        RmrkCoreEvents.emit('ResourceRemoval', resourceEvent(a.collection_id, a.nft_id, a.resource_id));
      },
      W,
    ),
    accept_resource_removal: call(
      17,
      { collection_id: u32, nft_id: u32, resource_id: u32 },
      (o, a) => {
        const sender = ensureSigned(o);
        requireRootOwner(sender, a.collection_id, a.nft_id);
        const res = existingResource(a.collection_id, a.nft_id, a.resource_id);
        if (!res.pendingRemoval) throw fail('ResourceNotPending');
        removeResourceFromBasesAndSlots(res, a.collection_id, a.nft_id, a.resource_id);
        RmrkCoreEvents.emit(
          'ResourceRemovalAccepted',
          resourceEvent(a.collection_id, a.nft_id, a.resource_id),
        );
      },
      W,
    ),
    set_priority: call(
      18,
      { collection_id: u32, nft_id: u32, priorities: BoundedPriorities },
      (o, a) => {
        const sender = ensureSigned(o);
        requireRootOwner(sender, a.collection_id, a.nft_id);
        if (isNftLocked(a.collection_id, a.nft_id)) throw locked();
        clearPrefixLimited(
          Priorities,
          [a.collection_id, a.nft_id],
          Number(RmrkCoreConstants.get('MaxPriorities')),
        );
        a.priorities.forEach((resourceId, index) => {
          Priorities.set(a.collection_id, a.nft_id, resourceId, BigInt(index));
        });
        RmrkCoreEvents.emit('PrioritySet', { collection_id: a.collection_id, nft_id: a.nft_id });
      },
      W,
    ),
  },
  invariants: {
    collectionsBackedByUniques() {
      const counts = new Map<bigint, bigint>();
      for (const [collectionId] of Nfts.keys())
        counts.set(collectionId, (counts.get(collectionId) ?? 0n) + 1n);
      for (const [[collectionId], info] of Collections.entries()) {
        if (!Class.contains(collectionId)) throw new Error(`collection ${collectionId} has no Uniques class`);
        const n = counts.get(collectionId) ?? 0n;
        if (info.nftsCount !== n)
          throw new Error(`collection ${collectionId}: nfts_count ${info.nftsCount} ≠ ${n} NFTs`);
        counts.delete(collectionId);
      }
      for (const collectionId of counts.keys()) throw new Error(`NFTs in unknown collection ${collectionId}`);
    },
    nftsBackedByUniques() {
      for (const [[collectionId, nftId], info] of Nfts.entries()) {
        const owner = ownerOf(collectionId, nftId);
        if (owner === null) throw new Error(`NFT (${collectionId}, ${nftId}) has no Uniques item`);
        if (owner !== ownerAccount(info.owner))
          throw new Error(`NFT (${collectionId}, ${nftId}): Uniques owner ${owner} ≠ RMRK owner`);
      }
    },
    childrenMatchOwners() {
      let links = 0;
      for (const [parent, child] of Children.keys()) {
        links++;
        const owner = Nfts.tryGet(child[0], child[1])?.owner;
        if (
          owner?.type !== 'CollectionAndNftTuple' ||
          owner.value[0] !== parent[0] ||
          owner.value[1] !== parent[1]
        )
          throw new Error(`Children (${parent}) → (${child}) does not match the child's owner`);
      }
      let nested = 0;
      for (const [, info] of Nfts.entries()) if (info.owner.type === 'CollectionAndNftTuple') nested++;
      if (links !== nested) throw new Error(`${links} Children links ≠ ${nested} nested NFTs`);
    },
  },
};
