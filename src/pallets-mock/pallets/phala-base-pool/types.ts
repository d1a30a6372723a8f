/**
 * Types and storage of PhalaBasePool (Khala index 96) that the pool pallets share: `BasePool`,
 * `WithdrawInfo`, the `PoolProxy::{StakePool, Vault}` record stored in `Pools`, the delegation-NFT
 * attribute `NftAttr { shares }`, and the pallet's storage items. Declared apart from the calls so
 * PhalaStakePoolv2, PhalaVault and PhalaWrappedBalances can import them without an import cycle.
 * Shapes and hashers are the final Khala runtime's (`compute/base_pool.rs`, `pool_proxy.rs` at
 * runtime-release-v1270): the Aug-2023 metadata's plus `Reimbursements`.
 */
import {
  enumOf,
  lazyVec,
  option,
  struct,
  tuple,
  u32,
  u64,
  u128,
  unit,
  type ValueOf,
  vec,
} from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, BoundedBytes, Permill } from '../../frame/types.js';
import { Sr25519Public } from '../phala-mq/types.js';

const P = (name: string, params: Array<{ name: string; type: typeof AccountId | typeof u128 }>) => ({
  path: name.split('::'),
  params,
});
const AB = [
  { name: 'AccountId', type: AccountId },
  { name: 'Balance', type: u128 },
];

export const WithdrawInfo = struct(
  P('phala_pallets::compute::base_pool::pallet::WithdrawInfo', [{ name: 'AccountId', type: AccountId }]),
  { user: AccountId, start_time: u64, nft_id: u32 },
);
export type WithdrawInfoValue = ValueOf<typeof WithdrawInfo>;

export const BasePoolCodec = struct(P('phala_pallets::compute::base_pool::pallet::BasePool', AB), {
  pid: u64,
  owner: AccountId,
  total_shares: u128,
  total_value: u128,
  withdraw_queue: vec(WithdrawInfo),
  value_subscribers: vec(u64),
  cid: u32,
  pool_account_id: AccountId,
});
export type BasePoolValue = ValueOf<typeof BasePoolCodec>;

export const StakePoolCodec = struct(P('phala_pallets::compute::pool_proxy::StakePool', AB), {
  basepool: BasePoolCodec,
  payout_commission: option(Permill),
  cap: option(u128),
  workers: lazyVec(Sr25519Public, 32),
  cd_workers: lazyVec(Sr25519Public, 32),
  lock_account: AccountId,
  owner_reward_account: AccountId,
});
export type StakePoolValue = ValueOf<typeof StakePoolCodec>;

export const VaultCodec = struct(P('phala_pallets::compute::pool_proxy::Vault', AB), {
  basepool: BasePoolCodec,
  last_share_price_checkpoint: u128,
  commission: option(Permill),
  owner_shares: u128,
  invest_pools: vec(u64),
});
export type VaultValue = ValueOf<typeof VaultCodec>;

export const PoolProxy = enumOf(P('phala_pallets::compute::pool_proxy::PoolProxy', AB), {
  StakePool: StakePoolCodec,
  Vault: VaultCodec,
});
export type PoolProxyValue = ValueOf<typeof PoolProxy>;

/** `NftAttr<Balance> { shares }`: the SCALE value of the `stake-info` property (16 bytes LE). */
export const NftAttr = struct(
  P('phala_pallets::compute::base_pool::pallet::NftAttr', [{ name: 'Balance', type: u128 }]),
  { shares: u128 },
);

const S = storage('PhalaBasePool');
export const basePoolStorageItems = S.items;
export const NextNftId = S.map('NextNftId', [['Twox64Concat', u32]], u32, { default: 0n });
export const LockIterateStartPos = S.value('LockIterateStartPos', option(tuple(u32, u32)), { default: null });
export const PoolCount = S.value('PoolCount', u64, { default: 0n });
export const PoolCollections = S.map('PoolCollections', [['Twox64Concat', u32]], u64);
export const CollectionIndex = S.value('CollectionIndex', u32, { default: 0n });
export const Pools = S.map('Pools', [['Twox64Concat', u64]], PoolProxy);
export const NftLocks = S.map('NftLocks', [['Twox64Concat', tuple(u32, u32)]], unit);
export const PoolContributionWhitelists = S.map(
  'PoolContributionWhitelists',
  [['Twox64Concat', u64]],
  vec(AccountId),
);
/** `DescStr = BoundedVec<u8, ConstU32<4400>>` (0x-hex). */
export const DescStr = BoundedBytes;
export const DESC_MAX_LEN = 4400;
export const PoolDescriptions = S.map('PoolDescriptions', [['Twox64Concat', u64]], DescStr);
/** Claimable reimbursements for past on-chain issues, per (account, pid) (final runtime, Jan 2024). */
export const Reimbursements = S.map('Reimbursements', [['Twox64Concat', tuple(AccountId, u64)]], u128);
