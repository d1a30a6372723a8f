/**
 * pallet_assets at Khala index 89, as Khala ran it in 2023 (substrate polkadot-v0.9.43; AssetId u32,
 * AssetIdParameter Compact<u32>, CreateOrigin = any signed account, ForceOrigin = Root, no Freezer, no
 * callbacks, Extra = ()). Fungible asset classes with an owner/issuer/admin/freezer team, per-account
 * balances with a minimum balance (accounts below it are reaped and their dust goes with the debit),
 * frozen accounts and asset classes, delegated transfers (approvals), metadata, deposit-held accounts
 * (touch/refund) and the four-step destruction. W-PHA is asset 10000. Deposits are reserved in PHA with
 * the Balances helpers. Other pallets use the exported helpers (fungibles::Inspect/Mutate equivalents).
 *
 * A sufficient asset account holds a System sufficient reference, any other a consumer reference (with
 * one consumer slot kept free, as v0.9.43 does; Khala's MaxConsumers = 16).
 *
 * Deviation from the final Khala runtime (polkadot-sdk release-polkadot-v1.2.0): its pallet_assets also
 * has `touch_other`, `refund_other` and `block` (substrate#13843: Touched/Blocked events, the Blocked
 * account status, deposits paid by another account); they are not modelled yet, so the shapes stay the
 * Aug-2023 metadata's (checked by metadata-reference.test.ts).
 *
 * Deviations from the Rust pallet:
 * - `refund(allow_burn = true)` burns the account's balance out of `supply` (later upstream fix; v0.9.43
 *   left supply untouched), and `destroy_accounts` returns the deposit of touched accounts (upstream fix;
 *   v0.9.43 left it reserved). Both keep supply = Σ balances.
 * - `transferAsset` (the helper) has the `transfer` call's dust rule: when the source falls below
 *   min_balance the remainder goes to the destination with the amount (fungibles::Mutate::transfer in
 *   v0.9.43 dropped it without lowering supply).
 * - `transfer_ownership` moves the deposits with unreserve → transfer → reserve (Balances events
 *   Unreserved/Transfer/Reserved instead of ReserveRepatriated): Balances has no repatriate_reserved.
 * - Zero amounts follow v0.9.43: mint/burn of 0 skip every check and still emit Issued/Burned of 0; a
 *   transfer of 0 does nothing. touch/refund emit no event (Touched/Refunded are not in Khala's metadata).
 * - Khala's call filter (create, force_create, set_metadata, force_set_metadata blocked) belongs to the
 *   runtime's BaseCallFilter and is not applied here. Weights are approximations of SubstrateWeight.
 * - Invariants: like upstream try_state (orphans, supply, account/sufficient/approval counters) plus
 *   "an account below min_balance holds a deposit". Root's `force_asset_status` may raise min_balance
 *   above existing holdings (the Rust pallet allows it; upstream only logs it); that invariant then
 *   names the account.
 */
import { arithmeticError, DispatchError, tokenError } from '../../frame/errors.js';
import { ensureRoot, ensureSigned, type Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import {
  bool,
  bytes,
  compact,
  enumOf,
  struct,
  toBytes,
  u8,
  u32,
  u128,
  unit,
  type ValueOf,
} from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, BoundedBytes, MultiAddress } from '../../frame/types.js';
import type { AccountId as Who } from '../../primitives/account.js';
import { toHex } from '../../primitives/bytes.js';
import { CENTS, DOLLARS, lookup, reserve, transfer, U128_MAX, unreserve } from '../balances/index.js';
import { Account as SystemAccount, SystemEvents } from '../system/index.js';
import { AssetsDocs } from './docs.js';

export const U32_MAX = (1n << 32n) - 1n;
/** frame_system MaxConsumers of Khala (not a metadata constant, so not declared by System). */
export const MAX_CONSUMERS = 16n;
/** The W-PHA asset id (PhalaWrappedBalances WPhaAssetId). */
export const WPHA_ASSET_ID = 10000n;

// ---------------------------------------------------------------------------------------------------
// Types (pallet_assets::types)

export const AssetStatus = enumOf('pallet_assets::types::AssetStatus', {
  Live: null,
  Frozen: null,
  Destroying: null,
});
export const AssetDetails = struct(
  {
    path: ['pallet_assets', 'types', 'AssetDetails'],
    params: [
      { name: 'Balance', type: u128 },
      { name: 'AccountId', type: AccountId },
      { name: 'DepositBalance', type: u128 },
    ],
    typeNames: {
      owner: 'AccountId',
      issuer: 'AccountId',
      admin: 'AccountId',
      freezer: 'AccountId',
      supply: 'Balance',
      deposit: 'DepositBalance',
      min_balance: 'Balance',
      is_sufficient: 'bool',
      accounts: 'u32',
      sufficients: 'u32',
      approvals: 'u32',
      status: 'AssetStatus',
    },
  },
  {
    owner: AccountId,
    issuer: AccountId,
    admin: AccountId,
    freezer: AccountId,
    supply: u128,
    deposit: u128,
    min_balance: u128,
    is_sufficient: bool,
    accounts: u32,
    sufficients: u32,
    approvals: u32,
    status: AssetStatus,
  },
);
export const ExistenceReason = enumOf(
  { path: ['pallet_assets', 'types', 'ExistenceReason'], params: [{ name: 'Balance', type: u128 }] },
  { Consumer: null, Sufficient: null, DepositHeld: u128, DepositRefunded: null },
);
export const AssetAccount = struct(
  {
    path: ['pallet_assets', 'types', 'AssetAccount'],
    params: [
      { name: 'Balance', type: u128 },
      { name: 'DepositBalance', type: u128 },
      { name: 'Extra', type: unit },
    ],
    typeNames: {
      balance: 'Balance',
      is_frozen: 'bool',
      reason: 'ExistenceReason<DepositBalance>',
      extra: 'Extra',
    },
  },
  { balance: u128, is_frozen: bool, reason: ExistenceReason, extra: unit },
);
export const Approval = struct(
  {
    path: ['pallet_assets', 'types', 'Approval'],
    params: [
      { name: 'Balance', type: u128 },
      { name: 'DepositBalance', type: u128 },
    ],
    typeNames: { amount: 'Balance', deposit: 'DepositBalance' },
  },
  { amount: u128, deposit: u128 },
);
/** Names and symbols: `BoundedVec<u8, StringLimit>`. */
const BoundedString = BoundedBytes;
export const AssetMetadata = struct(
  {
    path: ['pallet_assets', 'types', 'AssetMetadata'],
    params: [
      { name: 'DepositBalance', type: u128 },
      { name: 'BoundedString', type: BoundedString },
    ],
    typeNames: {
      deposit: 'DepositBalance',
      name: 'BoundedString',
      symbol: 'BoundedString',
      decimals: 'u8',
      is_frozen: 'bool',
    },
  },
  { deposit: u128, name: BoundedString, symbol: BoundedString, decimals: u8, is_frozen: bool },
);

export type AssetDetailsValue = ValueOf<typeof AssetDetails>;
export type AssetAccountValue = ValueOf<typeof AssetAccount>;
export type ExistenceReasonValue = ValueOf<typeof ExistenceReason>;
export type AssetStatusName = ValueOf<typeof AssetStatus>['type'];
export type AssetMetadataValue = ValueOf<typeof AssetMetadata>;

// ---------------------------------------------------------------------------------------------------
// Storage, events, errors, constants

const S = storage('Assets');
export const Asset = S.map('Asset', [['Blake2_128Concat', u32]], AssetDetails, {
  docs: ['Details of an asset.'],
});
export const Account = S.map(
  'Account',
  [
    ['Blake2_128Concat', u32],
    ['Blake2_128Concat', AccountId],
  ],
  AssetAccount,
  { docs: ['The holdings of a specific account for a specific asset.'] },
);
export const Approvals = S.map(
  'Approvals',
  [
    ['Blake2_128Concat', u32],
    ['Blake2_128Concat', AccountId],
    ['Blake2_128Concat', AccountId],
  ],
  Approval,
  {
    docs: [
      'Approved balance transfers. First balance is the amount approved for transfer. Second',
      'is the amount of `T::Currency` reserved for storing this.',
      'First key is the asset ID, second key is the owner and third key is the delegate.',
    ],
  },
);
export const EMPTY_METADATA: AssetMetadataValue = {
  deposit: 0n,
  name: '0x',
  symbol: '0x',
  decimals: 0n,
  isFrozen: false,
};
export const Metadata = S.map('Metadata', [['Blake2_128Concat', u32]], AssetMetadata, {
  default: EMPTY_METADATA,
  docs: ['Metadata of an asset.'],
});

const id32 = u32;
export const AssetsEvents = events('Assets', 'pallet_assets', {
  Created: { asset_id: id32, creator: AccountId, owner: AccountId },
  Issued: { asset_id: id32, owner: AccountId, amount: u128 },
  Transferred: { asset_id: id32, from: AccountId, to: AccountId, amount: u128 },
  Burned: { asset_id: id32, owner: AccountId, balance: u128 },
  TeamChanged: { asset_id: id32, issuer: AccountId, admin: AccountId, freezer: AccountId },
  OwnerChanged: { asset_id: id32, owner: AccountId },
  Frozen: { asset_id: id32, who: AccountId },
  Thawed: { asset_id: id32, who: AccountId },
  AssetFrozen: { asset_id: id32 },
  AssetThawed: { asset_id: id32 },
  AccountsDestroyed: { asset_id: id32, accounts_destroyed: u32, accounts_remaining: u32 },
  ApprovalsDestroyed: { asset_id: id32, approvals_destroyed: u32, approvals_remaining: u32 },
  DestructionStarted: { asset_id: id32 },
  Destroyed: { asset_id: id32 },
  ForceCreated: { asset_id: id32, owner: AccountId },
  MetadataSet: { asset_id: id32, name: bytes, symbol: bytes, decimals: u8, is_frozen: bool },
  MetadataCleared: { asset_id: id32 },
  ApprovedTransfer: { asset_id: id32, source: AccountId, delegate: AccountId, amount: u128 },
  ApprovalCancelled: { asset_id: id32, owner: AccountId, delegate: AccountId },
  TransferredApproved: {
    asset_id: id32,
    owner: AccountId,
    delegate: AccountId,
    destination: AccountId,
    amount: u128,
  },
  AssetStatusChanged: { asset_id: id32 },
  AssetMinBalanceChanged: { asset_id: id32, new_min_balance: u128 },
});

export const AssetsErrors = errors('Assets', 'pallet_assets', [
  'BalanceLow',
  'NoAccount',
  'NoPermission',
  'Unknown',
  'Frozen',
  'InUse',
  'BadWitness',
  'MinBalanceZero',
  'UnavailableConsumer',
  'BadMetadata',
  'Unapproved',
  'WouldDie',
  'AlreadyExists',
  'NoDeposit',
  'WouldBurn',
  'LiveAsset',
  'AssetNotLive',
  'IncorrectStatus',
  'NotFrozen',
  'CallbackFailed',
] as const);

export const AssetsConstants = constants('Assets', {
  RemoveItemsLimit: { codec: u32, value: 1000n },
  AssetDeposit: { codec: u128, value: CENTS },
  AssetAccountDeposit: { codec: u128, value: DOLLARS },
  /** deposit(1, 68) = 15 + 68 cents. */
  MetadataDepositBase: { codec: u128, value: 83n * CENTS },
  MetadataDepositPerByte: { codec: u128, value: CENTS },
  ApprovalDeposit: { codec: u128, value: CENTS },
  StringLimit: { codec: u32, value: 50n },
});

const fail = AssetsErrors.fail;
const LIVE = { type: 'Live', value: null } as const;
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const satSub = (a: bigint, b: bigint): bigint => (a > b ? a - b : 0n);

// ---------------------------------------------------------------------------------------------------
// System reference counting (frame_system inc/dec_consumers and inc/dec_sufficients)

function canAccrueConsumers(who: Who, n: bigint): boolean {
  const info = SystemAccount.get(who);
  return info.providers > 0n && info.consumers + n <= MAX_CONSUMERS;
}

function incConsumers(who: Who): void {
  const info = SystemAccount.get(who);
  SystemAccount.set(who, { ...info, consumers: info.consumers + 1n });
}

function decConsumers(who: Who): void {
  const info = SystemAccount.tryGet(who);
  if (!info || info.consumers === 0n) return;
  SystemAccount.set(who, { ...info, consumers: info.consumers - 1n });
}

function incSufficients(who: Who): void {
  const info = SystemAccount.get(who);
  SystemAccount.set(who, { ...info, sufficients: info.sufficients + 1n });
  if (info.providers + info.sufficients === 0n) SystemEvents.emit('NewAccount', { account: who });
}

function decSufficients(who: Who): void {
  const info = SystemAccount.tryGet(who);
  if (!info) return;
  if (info.providers === 0n && info.sufficients <= 1n) {
    SystemAccount.remove(who);
    SystemEvents.emit('KilledAccount', { account: who });
    return;
  }
  if (info.sufficients > 0n) SystemAccount.set(who, { ...info, sufficients: info.sufficients - 1n });
}

// ---------------------------------------------------------------------------------------------------
// Reads (fungibles::Inspect)

/** The asset's details, or undefined when no such asset exists. */
export const assetDetails = (id: bigint): AssetDetailsValue | undefined => Asset.tryGet(id);
/** Balance of `who` in asset `id` (0 without an asset account). */
export const assetBalance = (id: bigint, who: Who): bigint => Account.tryGet(id, who)?.balance ?? 0n;
/** Total supply of asset `id` (0 for an unknown asset). */
export const assetSupply = (id: bigint): bigint => Asset.tryGet(id)?.supply ?? 0n;
/** The asset's minimum balance (0 for an unknown asset). */
export const assetMinBalance = (id: bigint): bigint => Asset.tryGet(id)?.minBalance ?? 0n;
/** The asset's metadata (the empty default when none is set). */
export const assetMetadata = (id: bigint): AssetMetadataValue => Metadata.get(id);

function requireAsset(id: bigint): AssetDetailsValue {
  const d = Asset.tryGet(id);
  if (!d) throw fail('Unknown');
  return d;
}

function requireLive(id: bigint): AssetDetailsValue {
  const d = requireAsset(id);
  if (d.status.type !== 'Live') throw fail('AssetNotLive');
  return d;
}

/**
 * How much of `who`'s balance may leave it (Pallet::reducible_balance): all of it, or all but
 * min_balance when the account must stay alive. Throws Unknown / AssetNotLive / NoAccount / Frozen.
 */
export function reducibleAssetBalance(id: bigint, who: Who, keepAlive: boolean): bigint {
  const d = requireLive(id);
  const account = Account.tryGet(id, who);
  if (!account) throw fail('NoAccount');
  if (account.isFrozen) throw fail('Frozen');
  const amount = keepAlive ? satSub(account.balance, d.minBalance) : account.balance;
  return min(amount, d.supply);
}

/** DepositConsequence of crediting `amount` (can_increase); undefined on success. */
function canIncrease(
  id: bigint,
  who: Who,
  amount: bigint,
  increaseSupply: boolean,
): DispatchError | undefined {
  const d = Asset.tryGet(id);
  if (!d) return tokenError('UnknownAsset');
  if (increaseSupply && d.supply + amount > U128_MAX) return arithmeticError('Overflow');
  const account = Account.tryGet(id, who);
  if (account) {
    if (account.balance + amount > U128_MAX) return arithmeticError('Overflow');
    return undefined;
  }
  if (amount < d.minBalance) return tokenError('BelowMinimum');
  if (!d.isSufficient && !canAccrueConsumers(who, 1n)) return tokenError('CannotCreate');
  if (d.isSufficient && d.sufficients + 1n > U32_MAX) return arithmeticError('Overflow');
  return undefined;
}

/** WithdrawConsequence of debiting `amount` (can_decrease): the dust that goes with it, or an error. */
function canDecrease(id: bigint, who: Who, amount: bigint, keepAlive: boolean): bigint | DispatchError {
  const d = Asset.tryGet(id);
  if (!d) return tokenError('UnknownAsset');
  if (d.supply < amount) return arithmeticError('Underflow');
  if (d.status.type === 'Frozen') return tokenError('Frozen');
  if (amount === 0n) return 0n;
  const account = Account.tryGet(id, who);
  if (!account) return tokenError('FundsUnavailable');
  if (account.isFrozen) return tokenError('Frozen');
  if (account.balance < amount) return tokenError('FundsUnavailable');
  const rest = account.balance - amount;
  if (rest >= d.minBalance) return 0n;
  if (keepAlive) return tokenError('OnlyProvider');
  return rest;
}

interface DebitFlags {
  keepAlive: boolean;
  bestEffort: boolean;
}

/** The amount to debit (prep_debit): at least `amount` unless best effort, plus any dust. */
function prepDebit(id: bigint, target: Who, amount: bigint, f: DebitFlags): bigint {
  const actual = min(reducibleAssetBalance(id, target, f.keepAlive), amount);
  if (!f.bestEffort && actual < amount) throw fail('BalanceLow');
  const conseq = canDecrease(id, target, actual, f.keepAlive);
  if (typeof conseq !== 'bigint') throw conseq;
  return actual + conseq;
}

// ---------------------------------------------------------------------------------------------------
// Account life cycle (new_account / dead_account). `checkNewAccount` validates, `openAccount` writes.

function checkNewAccount(who: Who, d: AssetDetailsValue, deposit: bigint | undefined): void {
  if (d.accounts + 1n > U32_MAX) throw arithmeticError('Overflow');
  if (deposit !== undefined || d.isSufficient) return;
  // inc_consumers, then keep one more consumer reference available.
  if (!canAccrueConsumers(who, 2n)) throw fail('UnavailableConsumer');
}

function openAccount(who: Who, d: AssetDetailsValue, deposit: bigint | undefined): ExistenceReasonValue {
  d.accounts += 1n;
  if (deposit !== undefined) return { type: 'DepositHeld', value: deposit };
  if (d.isSufficient) {
    incSufficients(who);
    d.sufficients += 1n;
    return { type: 'Sufficient', value: null };
  }
  incConsumers(who);
  return { type: 'Consumer', value: null };
}

/** Releases the account's reference; a deposit-held account stays unless forced. */
function closeAccount(who: Who, d: AssetDetailsValue, reason: ExistenceReasonValue, force: boolean): boolean {
  switch (reason.type) {
    case 'Consumer':
      decConsumers(who);
      break;
    case 'Sufficient':
      d.sufficients = satSub(d.sufficients, 1n);
      decSufficients(who);
      break;
    case 'DepositHeld':
      if (!force) return false;
      break;
    case 'DepositRefunded':
      break;
  }
  d.accounts = satSub(d.accounts, 1n);
  return true;
}

// ---------------------------------------------------------------------------------------------------
// Balance changes (increase_balance / decrease_balance / transfer_and_die)

/** Credits `amount` (increase_balance); `check` may veto (before any write) and adjust the details. */
function increaseBalance(id: bigint, who: Who, amount: bigint, check: (d: AssetDetailsValue) => void): void {
  if (amount === 0n) return;
  const err = canIncrease(id, who, amount, true);
  if (err) throw err;
  const d = requireLive(id);
  check(d);
  const account = Account.tryGet(id, who);
  if (account) {
    Account.set(id, who, { ...account, balance: account.balance + amount });
  } else {
    if (amount < d.minBalance) throw tokenError('BelowMinimum');
    checkNewAccount(who, d, undefined);
    const reason = openAccount(who, d, undefined);
    Account.set(id, who, { balance: amount, isFrozen: false, reason, extra: null });
  }
  Asset.set(id, d);
}

/** Debits `amount` plus any dust (decrease_balance); returns what was debited. */
function decreaseBalance(
  id: bigint,
  target: Who,
  amount: bigint,
  f: DebitFlags,
  check: (actual: bigint, d: AssetDetailsValue) => void,
): bigint {
  if (amount === 0n) return 0n;
  requireLive(id);
  const actual = prepDebit(id, target, amount, f);
  const d = requireAsset(id);
  check(actual, d);
  const account = Account.tryGet(id, target);
  if (!account) throw fail('NoAccount');
  // Writes.
  const balance = account.balance - actual;
  if (balance < d.minBalance && closeAccount(target, d, account.reason, false)) Account.remove(id, target);
  else Account.set(id, target, { ...account, balance });
  Asset.set(id, d);
  return actual;
}

/** Moves `amount` (plus the source's dust) from `source` to `dest` (transfer_and_die); returns the credit. */
function doTransfer(
  id: bigint,
  source: Who,
  dest: Who,
  amount: bigint,
  keepAlive: boolean,
  needAdmin: Who | undefined,
): bigint {
  if (amount === 0n) return 0n;
  requireLive(id);
  const debit = prepDebit(id, source, amount, { keepAlive, bestEffort: false });
  const credit = debit;
  const err = canIncrease(id, dest, credit, false);
  if (err) throw err;
  const sourceAccount = Account.tryGet(id, source);
  if (!sourceAccount) throw fail('NoAccount');
  const d = requireAsset(id);
  if (needAdmin !== undefined && needAdmin !== d.admin) throw fail('NoPermission');
  if (source !== dest) {
    const destAccount = Account.tryGet(id, dest);
    if (!destAccount) checkNewAccount(dest, d, undefined);
    // Writes.
    if (destAccount) Account.set(id, dest, { ...destAccount, balance: destAccount.balance + credit });
    else {
      const reason = openAccount(dest, d, undefined);
      Account.set(id, dest, { balance: credit, isFrozen: false, reason, extra: null });
    }
    const balance = sourceAccount.balance - debit;
    if (balance < d.minBalance && closeAccount(source, d, sourceAccount.reason, false))
      Account.remove(id, source);
    else Account.set(id, source, { ...sourceAccount, balance });
    Asset.set(id, d);
  }
  AssetsEvents.emit('Transferred', { asset_id: id, from: source, to: dest, amount: credit });
  return credit;
}

// ---------------------------------------------------------------------------------------------------
// Helpers for other pallets (fungibles::Mutate) and genesis

/**
 * Mints `amount` into `who` (fungibles::Mutate::mint_into): Token.BelowMinimum when a new account would
 * hold less than min_balance, Token.CannotCreate when a non-sufficient asset finds no provider,
 * Token.UnknownAsset, Assets.AssetNotLive. Emits Issued.
 */
export function mintInto(id: bigint, who: Who, amount: bigint): void {
  increaseBalance(id, who, amount, (d) => {
    d.supply += amount;
  });
  AssetsEvents.emit('Issued', { asset_id: id, owner: who, amount });
}

/**
 * Burns from `who` (fungibles::Mutate::burn_from): exactly `amount` (Token.FundsUnavailable when it is not
 * reducible) or, with `bestEffort`, as much as possible up to it. If the rest would fall below min_balance
 * it is burned too (unless `keepAlive`). Returns the amount burned; emits Burned.
 */
export function burnFrom(
  id: bigint,
  who: Who,
  amount: bigint,
  opts: { bestEffort?: boolean; keepAlive?: boolean } = {},
): bigint {
  const keepAlive = opts.keepAlive ?? false;
  // fungibles::Inspect::reducible_balance: 0 where the pallet's version errs (unknown, frozen, no account).
  let reducible = 0n;
  try {
    reducible = reducibleAssetBalance(id, who, keepAlive);
  } catch (err) {
    if (!(err instanceof DispatchError)) throw err;
  }
  const actual = min(reducible, amount);
  if (actual !== amount && !opts.bestEffort) throw tokenError('FundsUnavailable');
  const burned = decreaseBalance(id, who, actual, { keepAlive, bestEffort: true }, (debit, d) => {
    d.supply -= debit;
  });
  AssetsEvents.emit('Burned', { asset_id: id, owner: who, balance: burned });
  return burned;
}

/**
 * Transfers `amount` of asset `id` (the transfer call's rules, no admin check): Assets.BalanceLow when the
 * source cannot spend it (keepAlive keeps min_balance), Token.BelowMinimum for a new destination below
 * min_balance, Assets.Frozen / AssetNotLive / NoAccount. Returns the amount credited (amount + dust);
 * emits Transferred.
 */
export function transferAsset(id: bigint, from: Who, to: Who, amount: bigint, keepAlive: boolean): bigint {
  return doTransfer(id, from, to, amount, keepAlive, undefined);
}

/**
 * Creates an asset without deposit, the owner holding every team role (genesis; the force_create call
 * adds the ForceCreated event). Throws Assets.InUse / Assets.MinBalanceZero.
 */
export function createAsset(id: bigint, owner: Who, minBalance: bigint, isSufficient: boolean): void {
  if (Asset.contains(id)) throw fail('InUse');
  if (minBalance === 0n) throw fail('MinBalanceZero');
  Asset.set(id, {
    owner,
    issuer: owner,
    admin: owner,
    freezer: owner,
    supply: 0n,
    deposit: 0n,
    minBalance,
    isSufficient,
    accounts: 0n,
    sufficients: 0n,
    approvals: 0n,
    status: LIVE,
  });
}

/**
 * Sets metadata, keeping any deposit already held (genesis; the force_set_metadata call adds the
 * MetadataSet event). Name and symbol: 0x-hex, text or bytes. Throws Assets.BadMetadata / Assets.Unknown.
 */
export function setAssetMetadata(
  id: bigint,
  name: string | Uint8Array,
  symbol: string | Uint8Array,
  decimals: bigint,
  isFrozen: boolean,
): AssetMetadataValue {
  const n = boundedString(name, 'name');
  const s = boundedString(symbol, 'symbol');
  if (!Asset.contains(id)) throw fail('Unknown');
  const deposit = Metadata.tryGet(id)?.deposit ?? 0n;
  const metadata = { deposit, name: n, symbol: s, decimals, isFrozen };
  Metadata.set(id, metadata);
  return metadata;
}

// ---------------------------------------------------------------------------------------------------
// Call bodies

function boundedString(v: unknown, what: string): string {
  const b = toBytes(v, what);
  if (BigInt(b.length) > AssetsConstants.get('StringLimit')) throw fail('BadMetadata');
  return toHex(b);
}

/** ForceOrigin (Root) or the signed account (None / other origins: BadOrigin). */
function forceOrSigned(origin: Origin): Who | undefined {
  if (origin.kind === 'root') return undefined;
  return ensureSigned(origin);
}

function doCreate(origin: Origin, id: bigint, adminAddress: unknown, minBalance: bigint): void {
  const owner = ensureSigned(origin);
  const admin = lookup(adminAddress);
  if (Asset.contains(id)) throw fail('InUse');
  if (minBalance === 0n) throw fail('MinBalanceZero');
  const deposit = AssetsConstants.get('AssetDeposit');
  if (deposit > 0n) reserve(owner, deposit);
  Asset.set(id, {
    owner,
    issuer: admin,
    admin,
    freezer: admin,
    supply: 0n,
    deposit,
    minBalance,
    isSufficient: false,
    accounts: 0n,
    sufficients: 0n,
    approvals: 0n,
    status: LIVE,
  });
  AssetsEvents.emit('Created', { asset_id: id, creator: owner, owner: admin });
}

function doStartDestroy(id: bigint, checkOwner: Who | undefined): void {
  const d = requireAsset(id);
  if (checkOwner !== undefined && d.owner !== checkOwner) throw fail('NoPermission');
  Asset.set(id, { ...d, status: { type: 'Destroying', value: null } });
  AssetsEvents.emit('DestructionStarted', { asset_id: id });
}

function requireDestroying(id: bigint): AssetDetailsValue {
  const d = requireAsset(id);
  if (d.status.type !== 'Destroying') throw fail('IncorrectStatus');
  return d;
}

function doDestroyAccounts(id: bigint): void {
  const d = requireDestroying(id);
  const limit = Number(AssetsConstants.get('RemoveItemsLimit'));
  const batch = Account.entries(id).slice(0, limit);
  for (const [[, who], account] of batch) {
    if (account.reason.type === 'DepositHeld' && account.reason.value > 0n)
      unreserve(who, account.reason.value);
    closeAccount(who, d, account.reason, true);
    Account.remove(id, who);
  }
  Asset.set(id, d);
  AssetsEvents.emit('AccountsDestroyed', {
    asset_id: id,
    accounts_destroyed: BigInt(batch.length),
    accounts_remaining: d.accounts,
  });
}

function doDestroyApprovals(id: bigint): void {
  const d = requireDestroying(id);
  const limit = Number(AssetsConstants.get('RemoveItemsLimit'));
  const batch = Approvals.entries(id).slice(0, limit);
  for (const [[, owner, delegate], approval] of batch) {
    if (approval.deposit > 0n) unreserve(owner, approval.deposit);
    Approvals.remove(id, owner, delegate);
    d.approvals = satSub(d.approvals, 1n);
  }
  Asset.set(id, d);
  AssetsEvents.emit('ApprovalsDestroyed', {
    asset_id: id,
    approvals_destroyed: BigInt(batch.length),
    approvals_remaining: d.approvals,
  });
}

function doFinishDestroy(id: bigint): void {
  const d = requireDestroying(id);
  if (d.accounts !== 0n) throw fail('InUse');
  if (d.approvals !== 0n) throw fail('InUse');
  const metadataDeposit = Metadata.tryGet(id)?.deposit ?? 0n;
  Metadata.remove(id);
  Asset.remove(id);
  if (d.deposit + metadataDeposit > 0n) unreserve(d.owner, d.deposit + metadataDeposit);
  AssetsEvents.emit('Destroyed', { asset_id: id });
}

function doMint(id: bigint, beneficiary: Who, amount: bigint, checkIssuer: Who): void {
  increaseBalance(id, beneficiary, amount, (d) => {
    if (checkIssuer !== d.issuer) throw fail('NoPermission');
    d.supply += amount;
  });
  AssetsEvents.emit('Issued', { asset_id: id, owner: beneficiary, amount });
}

function doBurn(id: bigint, who: Who, amount: bigint, checkAdmin: Who): void {
  const status = requireAsset(id).status.type;
  if (status !== 'Live' && status !== 'Frozen') throw fail('AssetNotLive');
  const actual = decreaseBalance(id, who, amount, { keepAlive: false, bestEffort: true }, (debit, d) => {
    if (checkAdmin !== d.admin) throw fail('NoPermission');
    d.supply -= debit;
  });
  AssetsEvents.emit('Burned', { asset_id: id, owner: who, balance: actual });
}

function setAccountFrozen(origin: Origin, id: bigint, whoAddress: unknown, frozen: boolean): void {
  const caller = ensureSigned(origin);
  const d = requireAsset(id);
  if (d.status.type !== 'Live' && d.status.type !== 'Frozen') throw fail('AssetNotLive');
  if (caller !== (frozen ? d.freezer : d.admin)) throw fail('NoPermission');
  const who = lookup(whoAddress);
  const account = Account.tryGet(id, who);
  if (!account) throw fail('NoAccount');
  Account.set(id, who, { ...account, isFrozen: frozen });
  AssetsEvents.emit(frozen ? 'Frozen' : 'Thawed', { asset_id: id, who });
}

function doFreezeAsset(origin: Origin, id: bigint): void {
  const caller = ensureSigned(origin);
  const d = requireAsset(id);
  if (d.status.type !== 'Live') throw fail('AssetNotLive');
  if (caller !== d.freezer) throw fail('NoPermission');
  Asset.set(id, { ...d, status: { type: 'Frozen', value: null } });
  AssetsEvents.emit('AssetFrozen', { asset_id: id });
}

function doThawAsset(origin: Origin, id: bigint): void {
  const caller = ensureSigned(origin);
  const d = requireAsset(id);
  if (caller !== d.admin) throw fail('NoPermission');
  if (d.status.type !== 'Frozen') throw fail('NotFrozen');
  Asset.set(id, { ...d, status: LIVE });
  AssetsEvents.emit('AssetThawed', { asset_id: id });
}

/** Moves reserved PHA to another account's reserve (stand-in for repatriate_reserved(.., Reserved)). */
function moveReserved(from: Who, to: Who, amount: bigint): void {
  if (amount === 0n) return;
  const stuck = unreserve(from, amount);
  const moved = amount - stuck;
  if (moved === 0n) return;
  transfer(from, to, moved, false);
  reserve(to, moved);
}

function doTransferOwnership(origin: Origin, id: bigint, ownerAddress: unknown): void {
  const caller = ensureSigned(origin);
  const owner = lookup(ownerAddress);
  const d = requireAsset(id);
  if (d.status.type !== 'Live') throw fail('LiveAsset');
  if (caller !== d.owner) throw fail('NoPermission');
  if (d.owner === owner) return;
  moveReserved(d.owner, owner, d.deposit + (Metadata.tryGet(id)?.deposit ?? 0n));
  Asset.set(id, { ...d, owner });
  AssetsEvents.emit('OwnerChanged', { asset_id: id, owner });
}

function doSetTeam(
  origin: Origin,
  id: bigint,
  a: { issuer: unknown; admin: unknown; freezer: unknown },
): void {
  const caller = ensureSigned(origin);
  const issuer = lookup(a.issuer);
  const admin = lookup(a.admin);
  const freezer = lookup(a.freezer);
  const d = requireAsset(id);
  if (d.status.type !== 'Live') throw fail('AssetNotLive');
  if (caller !== d.owner) throw fail('NoPermission');
  Asset.set(id, { ...d, issuer, admin, freezer });
  AssetsEvents.emit('TeamChanged', { asset_id: id, issuer, admin, freezer });
}

function doSetMetadata(
  origin: Origin,
  id: bigint,
  nameIn: unknown,
  symbolIn: unknown,
  decimals: bigint,
): void {
  const from = ensureSigned(origin);
  const name = boundedString(nameIn, 'name');
  const symbol = boundedString(symbolIn, 'symbol');
  const d = requireLive(id);
  if (from !== d.owner) throw fail('NoPermission');
  const old = Metadata.tryGet(id);
  if (old?.isFrozen) throw fail('NoPermission');
  const oldDeposit = old?.deposit ?? 0n;
  const length = BigInt((name.length - 2) / 2 + (symbol.length - 2) / 2);
  const newDeposit =
    AssetsConstants.get('MetadataDepositPerByte') * length + AssetsConstants.get('MetadataDepositBase');
  if (newDeposit > oldDeposit) reserve(from, newDeposit - oldDeposit);
  else if (oldDeposit > newDeposit) unreserve(from, oldDeposit - newDeposit);
  Metadata.set(id, { deposit: newDeposit, name, symbol, decimals, isFrozen: false });
  AssetsEvents.emit('MetadataSet', { asset_id: id, name, symbol, decimals, is_frozen: false });
}

function doClearMetadata(id: bigint, checkOwner: Who | undefined): void {
  const d = requireAsset(id);
  if (checkOwner !== undefined) {
    if (d.status.type !== 'Live') throw fail('AssetNotLive');
    if (checkOwner !== d.owner) throw fail('NoPermission');
  }
  const metadata = Metadata.tryGet(id);
  if (!metadata) throw fail('Unknown');
  Metadata.remove(id);
  if (metadata.deposit > 0n) unreserve(d.owner, metadata.deposit);
  AssetsEvents.emit('MetadataCleared', { asset_id: id });
}

interface ForceStatus {
  owner: unknown;
  issuer: unknown;
  admin: unknown;
  freezer: unknown;
  min_balance: bigint;
  is_sufficient: boolean;
  is_frozen: boolean;
}

function doForceAssetStatus(origin: Origin, id: bigint, a: ForceStatus): void {
  ensureRoot(origin);
  const d = requireAsset(id);
  if (d.status.type === 'Destroying') throw fail('AssetNotLive');
  Asset.set(id, {
    ...d,
    owner: lookup(a.owner),
    issuer: lookup(a.issuer),
    admin: lookup(a.admin),
    freezer: lookup(a.freezer),
    minBalance: BigInt(a.min_balance),
    isSufficient: a.is_sufficient,
    status: a.is_frozen ? { type: 'Frozen', value: null } : LIVE,
  });
  AssetsEvents.emit('AssetStatusChanged', { asset_id: id });
}

function doApproveTransfer(id: bigint, owner: Who, delegate: Who, amount: bigint): void {
  const d = requireLive(id);
  const existing = Approvals.tryGet(id, owner, delegate);
  const approval = existing ?? { amount: 0n, deposit: 0n };
  if (!existing) d.approvals += 1n;
  const required = AssetsConstants.get('ApprovalDeposit');
  const topUp = approval.deposit < required ? required - approval.deposit : 0n;
  if (topUp > 0n) reserve(owner, topUp);
  const total = approval.amount + amount;
  Approvals.set(id, owner, delegate, {
    amount: total > U128_MAX ? U128_MAX : total,
    deposit: approval.deposit + topUp,
  });
  Asset.set(id, d);
  AssetsEvents.emit('ApprovedTransfer', { asset_id: id, source: owner, delegate, amount });
}

function removeApproval(id: bigint, d: AssetDetailsValue, owner: Who, delegate: Who): void {
  const approval = Approvals.tryGet(id, owner, delegate);
  if (!approval) throw fail('Unknown');
  Approvals.remove(id, owner, delegate);
  if (approval.deposit > 0n) unreserve(owner, approval.deposit);
  Asset.set(id, { ...d, approvals: satSub(d.approvals, 1n) });
  AssetsEvents.emit('ApprovalCancelled', { asset_id: id, owner, delegate });
}

function doTransferApproved(id: bigint, owner: Who, delegate: Who, destination: Who, amount: bigint): void {
  requireLive(id);
  const approval = Approvals.tryGet(id, owner, delegate);
  if (!approval) throw fail('Unapproved');
  if (approval.amount < amount) throw fail('Unapproved');
  const remaining = approval.amount - amount;
  doTransfer(id, owner, destination, amount, false, undefined);
  if (remaining === 0n) {
    Approvals.remove(id, owner, delegate);
    if (approval.deposit > 0n) unreserve(owner, approval.deposit);
    const d = Asset.tryGet(id);
    if (d) Asset.set(id, { ...d, approvals: satSub(d.approvals, 1n) });
  } else {
    Approvals.set(id, owner, delegate, { ...approval, amount: remaining });
  }
}

function doTouch(id: bigint, who: Who): void {
  if (Account.contains(id, who)) throw fail('AlreadyExists');
  const deposit = AssetsConstants.get('AssetAccountDeposit');
  const d = requireLive(id);
  checkNewAccount(who, d, deposit);
  if (deposit > 0n) reserve(who, deposit);
  const reason = openAccount(who, d, deposit);
  Asset.set(id, d);
  Account.set(id, who, { balance: 0n, isFrozen: false, reason, extra: null });
}

function doRefund(id: bigint, who: Who, allowBurn: boolean): void {
  const account = Account.tryGet(id, who);
  if (!account || account.reason.type !== 'DepositHeld') throw fail('NoDeposit');
  const deposit = account.reason.value;
  const d = requireAsset(id);
  if (d.status.type !== 'Live') throw fail('AssetNotLive');
  if (account.balance !== 0n && !allowBurn) throw fail('WouldBurn');
  if (account.isFrozen) throw fail('Frozen');
  if (deposit > 0n) unreserve(who, deposit);
  closeAccount(who, d, { type: 'DepositRefunded', value: null }, false);
  d.supply = satSub(d.supply, account.balance);
  Account.remove(id, who);
  Asset.set(id, d);
}

function doSetMinBalance(origin: Origin, id: bigint, minBalance: bigint): void {
  const caller = ensureSigned(origin);
  const d = requireAsset(id);
  if (caller !== d.owner) throw fail('NoPermission');
  if (d.isSufficient) throw fail('NoPermission');
  if (!(minBalance < d.minBalance || d.accounts === 0n)) throw fail('NoPermission');
  Asset.set(id, { ...d, minBalance });
  AssetsEvents.emit('AssetMinBalanceChanged', { asset_id: id, new_min_balance: minBalance });
}

// ---------------------------------------------------------------------------------------------------
// Declaration

const AssetId = compact(u32);
const Amount = compact(u128);
const big = (v: bigint): bigint => BigInt(v);
const w = (refTime: bigint, proofSize = 3_675n) => ({ refTime, proofSize });
const DESTROY_ITEM_WEIGHT = 15_000_000n;

export const Assets: PalletDecl = {
  docs: AssetsDocs,
  name: 'Assets',
  crate: 'pallet_assets',
  index: 89,
  storage: S.items,
  events: AssetsEvents,
  errors: AssetsErrors,
  constants: AssetsConstants,
  calls: {
    create: call(
      0,
      { id: AssetId, admin: MultiAddress, min_balance: u128 },
      (o, a) => doCreate(o, big(a.id), a.admin, big(a.min_balance)),
      w(31_000_000n),
    ),
    force_create: call(
      1,
      { id: AssetId, owner: MultiAddress, is_sufficient: bool, min_balance: Amount },
      (o, a) => {
        ensureRoot(o);
        const owner = lookup(a.owner);
        createAsset(big(a.id), owner, big(a.min_balance), a.is_sufficient);
        AssetsEvents.emit('ForceCreated', { asset_id: big(a.id), owner });
      },
      w(13_000_000n),
    ),
    start_destroy: call(
      2,
      { id: AssetId },
      (o, a) => doStartDestroy(big(a.id), forceOrSigned(o)),
      w(15_000_000n),
    ),
    destroy_accounts: call(
      3,
      { id: AssetId },
      (o, a) => {
        ensureSigned(o);
        doDestroyAccounts(big(a.id));
      },
      w(18_000_000n + 1_000n * DESTROY_ITEM_WEIGHT, 3_675n + 1_000n * 2_609n),
    ),
    destroy_approvals: call(
      4,
      { id: AssetId },
      (o, a) => {
        ensureSigned(o);
        doDestroyApprovals(big(a.id));
      },
      w(18_000_000n + 1_000n * DESTROY_ITEM_WEIGHT, 3_675n + 1_000n * 2_589n),
    ),
    finish_destroy: call(
      5,
      { id: AssetId },
      (o, a) => {
        ensureSigned(o);
        doFinishDestroy(big(a.id));
      },
      w(17_000_000n),
    ),
    mint: call(
      6,
      { id: AssetId, beneficiary: MultiAddress, amount: Amount },
      (o, a) => {
        const issuer = ensureSigned(o);
        doMint(big(a.id), lookup(a.beneficiary), big(a.amount), issuer);
      },
      w(28_000_000n),
    ),
    burn: call(
      7,
      { id: AssetId, who: MultiAddress, amount: Amount },
      (o, a) => {
        const admin = ensureSigned(o);
        doBurn(big(a.id), lookup(a.who), big(a.amount), admin);
      },
      w(35_000_000n),
    ),
    transfer: call(
      8,
      { id: AssetId, target: MultiAddress, amount: Amount },
      (o, a) => {
        const source = ensureSigned(o);
        doTransfer(big(a.id), source, lookup(a.target), big(a.amount), false, undefined);
      },
      w(48_000_000n, 6_208n),
    ),
    transfer_keep_alive: call(
      9,
      { id: AssetId, target: MultiAddress, amount: Amount },
      (o, a) => {
        const source = ensureSigned(o);
        doTransfer(big(a.id), source, lookup(a.target), big(a.amount), true, undefined);
      },
      w(42_000_000n, 6_208n),
    ),
    force_transfer: call(
      10,
      { id: AssetId, source: MultiAddress, dest: MultiAddress, amount: Amount },
      (o, a) => {
        const admin = ensureSigned(o);
        doTransfer(big(a.id), lookup(a.source), lookup(a.dest), big(a.amount), false, admin);
      },
      w(47_000_000n, 6_208n),
    ),
    freeze: call(
      11,
      { id: AssetId, who: MultiAddress },
      (o, a) => setAccountFrozen(o, big(a.id), a.who, true),
      w(17_000_000n),
    ),
    thaw: call(
      12,
      { id: AssetId, who: MultiAddress },
      (o, a) => setAccountFrozen(o, big(a.id), a.who, false),
      w(17_000_000n),
    ),
    freeze_asset: call(13, { id: AssetId }, (o, a) => doFreezeAsset(o, big(a.id)), w(15_000_000n)),
    thaw_asset: call(14, { id: AssetId }, (o, a) => doThawAsset(o, big(a.id)), w(15_000_000n)),
    transfer_ownership: call(
      15,
      { id: AssetId, owner: MultiAddress },
      (o, a) => doTransferOwnership(o, big(a.id), a.owner),
      w(16_000_000n),
    ),
    set_team: call(
      16,
      { id: AssetId, issuer: MultiAddress, admin: MultiAddress, freezer: MultiAddress },
      (o, a) => doSetTeam(o, big(a.id), a),
      w(15_000_000n),
    ),
    set_metadata: call(
      17,
      { id: AssetId, name: bytes, symbol: bytes, decimals: u8 },
      (o, a) => doSetMetadata(o, big(a.id), a.name, a.symbol, big(a.decimals)),
      w(31_000_000n),
    ),
    clear_metadata: call(
      18,
      { id: AssetId },
      (o, a) => doClearMetadata(big(a.id), ensureSigned(o)),
      w(31_000_000n),
    ),
    force_set_metadata: call(
      19,
      { id: AssetId, name: bytes, symbol: bytes, decimals: u8, is_frozen: bool },
      (o, a) => {
        ensureRoot(o);
        const m = setAssetMetadata(big(a.id), a.name, a.symbol, big(a.decimals), a.is_frozen);
        AssetsEvents.emit('MetadataSet', {
          asset_id: big(a.id),
          name: m.name,
          symbol: m.symbol,
          decimals: m.decimals,
          is_frozen: m.isFrozen,
        });
      },
      w(15_000_000n),
    ),
    force_clear_metadata: call(
      20,
      { id: AssetId },
      (o, a) => {
        ensureRoot(o);
        doClearMetadata(big(a.id), undefined);
      },
      w(30_000_000n),
    ),
    force_asset_status: call(
      21,
      {
        id: AssetId,
        owner: MultiAddress,
        issuer: MultiAddress,
        admin: MultiAddress,
        freezer: MultiAddress,
        min_balance: Amount,
        is_sufficient: bool,
        is_frozen: bool,
      },
      (o, a) => doForceAssetStatus(o, big(a.id), a),
      w(14_000_000n),
    ),
    approve_transfer: call(
      22,
      { id: AssetId, delegate: MultiAddress, amount: Amount },
      (o, a) => {
        const owner = ensureSigned(o);
        doApproveTransfer(big(a.id), owner, lookup(a.delegate), big(a.amount));
      },
      w(34_000_000n),
    ),
    cancel_approval: call(
      23,
      { id: AssetId, delegate: MultiAddress },
      (o, a) => {
        const owner = ensureSigned(o);
        const delegate = lookup(a.delegate);
        const id = big(a.id);
        removeApproval(id, requireLive(id), owner, delegate);
      },
      w(35_000_000n),
    ),
    force_cancel_approval: call(
      24,
      { id: AssetId, owner: MultiAddress, delegate: MultiAddress },
      (o, a) => {
        const id = big(a.id);
        const d = requireLive(id);
        const caller = forceOrSigned(o);
        if (caller !== undefined && caller !== d.admin) throw fail('NoPermission');
        removeApproval(id, d, lookup(a.owner), lookup(a.delegate));
      },
      w(35_000_000n),
    ),
    transfer_approved: call(
      25,
      { id: AssetId, owner: MultiAddress, destination: MultiAddress, amount: Amount },
      (o, a) => {
        const delegate = ensureSigned(o);
        doTransferApproved(big(a.id), lookup(a.owner), delegate, lookup(a.destination), big(a.amount));
      },
      w(67_000_000n, 6_208n),
    ),
    touch: call(26, { id: AssetId }, (o, a) => doTouch(big(a.id), ensureSigned(o)), w(28_000_000n)),
    refund: call(
      27,
      { id: AssetId, allow_burn: bool },
      (o, a) => doRefund(big(a.id), ensureSigned(o), a.allow_burn),
      w(28_000_000n),
    ),
    set_min_balance: call(
      28,
      { id: AssetId, min_balance: u128 },
      (o, a) => doSetMinBalance(o, big(a.id), big(a.min_balance)),
      w(15_000_000n),
    ),
  },
  invariants: {
    noOrphans() {
      for (const [[id]] of Metadata.entries())
        if (!Asset.contains(id)) throw new Error(`metadata of unknown asset ${id}`);
      for (const [id] of Approvals.keys())
        if (!Asset.contains(id)) throw new Error(`approval of unknown asset ${id}`);
      for (const [id] of Account.keys())
        if (!Asset.contains(id)) throw new Error(`account of unknown asset ${id}`);
    },
    supplyIsSumOfBalances() {
      for (const [[id], d] of Asset.entries()) {
        let sum = 0n;
        for (const [, account] of Account.entries(id)) sum += account.balance;
        if (d.status.type === 'Destroying' ? sum > d.supply : sum !== d.supply)
          throw new Error(`asset ${id}: supply ${d.supply} ≠ Σ balances ${sum}`);
      }
    },
    countersMatchEntries() {
      for (const [[id], d] of Asset.entries()) {
        const accounts = Account.entries(id);
        const sufficients = accounts.filter(([, a]) => a.reason.type === 'Sufficient').length;
        const approvals = Approvals.keys(id).length;
        if (d.accounts !== BigInt(accounts.length))
          throw new Error(`asset ${id}: accounts ${d.accounts} ≠ ${accounts.length} entries`);
        if (d.sufficients !== BigInt(sufficients))
          throw new Error(`asset ${id}: sufficients ${d.sufficients} ≠ ${sufficients} sufficient entries`);
        if (d.approvals !== BigInt(approvals))
          throw new Error(`asset ${id}: approvals ${d.approvals} ≠ ${approvals} entries`);
      }
    },
    accountsAboveMinBalance() {
      for (const [[id, who], account] of Account.entries()) {
        const d = Asset.tryGet(id);
        if (!d || account.reason.type === 'DepositHeld') continue;
        if (account.reason.type === 'DepositRefunded')
          throw new Error(`asset ${id}: ${who} kept after refund`);
        if (account.balance < d.minBalance)
          throw new Error(`asset ${id}: ${who} holds ${account.balance} < min_balance ${d.minBalance}`);
      }
    },
  },
};
