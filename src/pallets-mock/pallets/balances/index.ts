/**
 * pallet_balances (Khala, 2023 "new logic"): free and reserved balance in System.Account, named locks that
 * overlay as a maximum (`frozen`), the existential deposit with reaping (dust below ED is burned with
 * DustLost), and the transfer calls. Errors follow the fungible implementation the transfer calls use:
 * Token.FundsUnavailable, Token.Frozen, Token.NotExpendable, Token.BelowMinimum, Arithmetic.Overflow.
 * Calls are those of polkadot-sdk release-polkadot-v1.2.0 (the final Khala runtime): the deprecated
 * `set_balance_deprecated` (1) and `transfer` (7) were removed there (polkadot-sdk#1226).
 * Lock reasons are stored but, as in v1.2.0, `frozen` is the maximum of all locks whatever their reasons,
 * so a `Misc` lock bars fees as well as transfers.
 * Deviations: no holds/freezes (Khala's MaxHolds/MaxFreezes are 0), no vesting.
 */
import { arithmeticError, cannotLookup, DispatchError, tokenError } from '../../frame/errors.js';
import { ensureRoot, ensureSigned } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { bool, byteArray, compact, enumOf, struct, u32, u128, unit, vec } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import {
  AccountData,
  AccountId,
  boundedVec,
  MultiAddress,
  NEW_LOGIC_FLAG,
  weakBoundedVec,
} from '../../frame/types.js';
import { type AccountId as Account, accountId, palletAccount } from '../../primitives/account.js';
import { toHex, utf8 } from '../../primitives/bytes.js';
import { Account as SystemAccount, SystemEvents } from '../system/index.js';
import { BalancesDocs } from './docs.js';

export const U128_MAX = (1n << 128n) - 1n;
export const DOLLARS = 1_000_000_000_000n;
export const CENTS = DOLLARS / 100n;

const Reasons = enumOf('pallet_balances::types::Reasons', { Fee: null, Misc: null, All: null });
export const BalanceLock = struct(
  { path: ['pallet_balances', 'types', 'BalanceLock'], params: [{ name: 'Balance', type: u128 }] },
  { id: byteArray(8), amount: u128, reasons: Reasons },
);
const ReserveData = struct(
  {
    path: ['pallet_balances', 'types', 'ReserveData'],
    params: [
      { name: 'ReserveIdentifier', type: byteArray(8) },
      { name: 'Balance', type: u128 },
    ],
  },
  { id: byteArray(8), amount: u128 },
);
/** Khala's HoldIdentifier and FreezeIdentifier are `()`. */
const IdAmount = struct(
  {
    path: ['pallet_balances', 'types', 'IdAmount'],
    params: [
      { name: 'Id', type: unit },
      { name: 'Balance', type: u128 },
    ],
  },
  { id: unit, amount: u128 },
);

const S = storage('Balances');
export const TotalIssuance = S.value('TotalIssuance', u128, { default: 0n });
export const InactiveIssuance = S.value('InactiveIssuance', u128, { default: 0n });
const AccountStore = S.map('Account', [['Blake2_128Concat', AccountId]], AccountData, {
  default: { free: 0n, reserved: 0n, frozen: 0n, flags: NEW_LOGIC_FLAG },
});
export const Locks = S.map('Locks', [['Blake2_128Concat', AccountId]], weakBoundedVec(BalanceLock), {
  default: [],
});
export const Reserves = S.map('Reserves', [['Blake2_128Concat', AccountId]], boundedVec(ReserveData), {
  default: [],
});
S.map('Holds', [['Blake2_128Concat', AccountId]], boundedVec(IdAmount), { default: [] });
S.map('Freezes', [['Blake2_128Concat', AccountId]], boundedVec(IdAmount), { default: [] });
void AccountStore; // Khala keeps balances in System.Account; the item exists only for the metadata.

export const BalancesEvents = events('Balances', 'pallet_balances', {
  Endowed: { account: AccountId, free_balance: u128 },
  DustLost: { account: AccountId, amount: u128 },
  Transfer: { from: AccountId, to: AccountId, amount: u128 },
  BalanceSet: { who: AccountId, free: u128 },
  Reserved: { who: AccountId, amount: u128 },
  Unreserved: { who: AccountId, amount: u128 },
  ReserveRepatriated: {
    from: AccountId,
    to: AccountId,
    amount: u128,
    destination_status: enumOf('frame_support::traits::tokens::misc::BalanceStatus', {
      Free: null,
      Reserved: null,
    }),
  },
  Deposit: { who: AccountId, amount: u128 },
  Withdraw: { who: AccountId, amount: u128 },
  Slashed: { who: AccountId, amount: u128 },
  Minted: { who: AccountId, amount: u128 },
  Burned: { who: AccountId, amount: u128 },
  Suspended: { who: AccountId, amount: u128 },
  Restored: { who: AccountId, amount: u128 },
  Upgraded: { who: AccountId },
  Issued: { amount: u128 },
  Rescinded: { amount: u128 },
  Locked: { who: AccountId, amount: u128 },
  Unlocked: { who: AccountId, amount: u128 },
  Frozen: { who: AccountId, amount: u128 },
  Thawed: { who: AccountId, amount: u128 },
});

export const BalancesErrors = errors('Balances', 'pallet_balances', [
  'VestingBalance',
  'LiquidityRestrictions',
  'InsufficientBalance',
  'ExistentialDeposit',
  'Expendability',
  'ExistingVestingSchedule',
  'DeadAccount',
  'TooManyReserves',
  'TooManyHolds',
  'TooManyFreezes',
] as const);

export const BalancesConstants = constants('Balances', {
  ExistentialDeposit: { codec: u128, value: CENTS },
  MaxLocks: { codec: u32, value: 50n },
  MaxReserves: { codec: u32, value: 50n },
  MaxHolds: { codec: u32, value: 0n },
  MaxFreezes: { codec: u32, value: 0n },
});

export const existentialDeposit = (): bigint => BalancesConstants.get('ExistentialDeposit');
export const TREASURY_ACCOUNT = palletAccount('py/trsry');

// ---------------------------------------------------------------------------------------------------
// Account data

export interface Balance {
  free: bigint;
  reserved: bigint;
  frozen: bigint;
}

export function balanceOf(who: Account): Balance {
  const { free, reserved, frozen } = SystemAccount.get(who).data;
  return { free, reserved, frozen };
}
export const freeBalance = (who: Account): bigint => SystemAccount.get(who).data.free;
export const totalBalance = (who: Account): bigint => {
  const d = SystemAccount.get(who).data;
  return d.free + d.reserved;
};

/**
 * Free balance that may leave the account: free − frozen, and − ED when it must stay alive — because the
 * caller asks to (Preserve) or because consumers need the account (Expendable but !can_dec_provider).
 */
export function reducibleBalance(who: Account, keepAlive: boolean): bigint {
  const info = SystemAccount.get(who);
  const { free, reserved, frozen } = info.data;
  const mustLive = keepAlive || cannotBeReaped(info);
  const untouchable =
    mustLive && reserved === 0n ? (frozen > existentialDeposit() ? frozen : existentialDeposit()) : frozen;
  return free > untouchable ? free - untouchable : 0n;
}

/** Consumers (locks, non-sufficient assets) need the balance provider (!can_dec_provider). */
const cannotBeReaped = (info: { consumers: bigint; sufficients: bigint }): boolean =>
  info.consumers > 0n && info.sufficients === 0n;

/**
 * Writes new balance data, creating or reaping the account as System does: an account whose total falls
 * below ED is removed and its dust burned (DustLost).
 */
function writeAccount(who: Account, free: bigint, reserved: bigint): void {
  const info = SystemAccount.get(who);
  const existed = info.providers > 0n;
  const ed = existentialDeposit();
  if (free + reserved < ed) {
    if (!existed) {
      if (free + reserved > 0n) throw tokenError('BelowMinimum');
      return;
    }
    // The balance is the account's provider; with consumers left it cannot go. Transfers and withdrawals
    // refuse earlier with Token.OnlyProvider (see checkWithdraw); other writes fail as System's
    // dec_providers does.
    if (cannotBeReaped(info)) throw new DispatchError({ type: 'ConsumerRemaining' });
    const dust = free + reserved;
    if (dust > 0n) TotalIssuance.mutate((t) => t - dust);
    Locks.remove(who);
    if (info.sufficients > 0n) {
      // Still alive through a sufficient asset: only the balance provider goes.
      SystemAccount.set(who, {
        ...info,
        providers: 0n,
        data: { ...info.data, free: 0n, reserved: 0n, frozen: 0n },
      });
    } else {
      SystemAccount.remove(who);
      SystemEvents.emit('KilledAccount', { account: who });
    }
    // try_mutate_account emits DustLost after the account store (and System's KilledAccount).
    if (dust > 0n) BalancesEvents.emit('DustLost', { account: who, amount: dust });
    return;
  }
  if (!existed) {
    SystemAccount.set(who, {
      ...info,
      providers: 1n,
      data: { free, reserved, frozen: info.data.frozen, flags: NEW_LOGIC_FLAG },
    });
    if (info.sufficients === 0n) SystemEvents.emit('NewAccount', { account: who });
    BalancesEvents.emit('Endowed', { account: who, free_balance: free });
    return;
  }
  SystemAccount.set(who, { ...info, data: { ...info.data, free, reserved } });
}

function credit(who: Account, amount: bigint): void {
  const { free, reserved } = balanceOf(who);
  if (free + amount > U128_MAX) throw arithmeticError('Overflow');
  writeAccount(who, free + amount, reserved);
}

/**
 * can_withdraw(..).into_result(keep_alive), in its order: FundsUnavailable, OnlyProvider (the account
 * would die but consumers need it), Frozen, NotExpendable. Returns the balance left.
 */
function checkWithdraw(who: Account, amount: bigint, keepAlive: boolean): bigint {
  const info = SystemAccount.get(who);
  const { free, reserved, frozen } = info.data;
  if (amount === 0n) return free;
  if (amount > free) throw tokenError('FundsUnavailable');
  const after = free - amount;
  const dies = after + reserved < existentialDeposit();
  if (dies && cannotBeReaped(info)) throw tokenError('OnlyProvider');
  if (after < frozen) throw tokenError('Frozen');
  if (keepAlive && dies) throw tokenError('NotExpendable');
  return after;
}

function debit(who: Account, amount: bigint, keepAlive: boolean): void {
  const after = checkWithdraw(who, amount, keepAlive);
  writeAccount(who, after, balanceOf(who).reserved);
}

/**
 * Moves free balance (fungible::Mutate::transfer): the sender's withdrawal is checked before the
 * destination's deposit, a transfer to oneself is checked but changes nothing. Throws before writing
 * anything on failure.
 */
export function transfer(from: Account, to: Account, amount: bigint, keepAlive: boolean): void {
  if (amount === 0n) {
    BalancesEvents.emit('Transfer', { from, to, amount });
    return;
  }
  checkWithdraw(from, amount, keepAlive);
  const destination = balanceOf(to);
  if (destination.free + amount > U128_MAX) throw arithmeticError('Overflow');
  if (
    destination.free + destination.reserved === 0n &&
    SystemAccount.get(to).providers === 0n &&
    amount < existentialDeposit()
  )
    throw tokenError('BelowMinimum');
  if (from !== to) {
    debit(from, amount, keepAlive);
    credit(to, amount);
  }
  BalancesEvents.emit('Transfer', { from, to, amount });
}

/** Withdraws for a fee or a burn (Currency::withdraw); emits Withdraw. */
export function withdraw(who: Account, amount: bigint, keepAlive: boolean): void {
  debit(who, amount, keepAlive);
  BalancesEvents.emit('Withdraw', { who, amount });
}

/** Deposits into an existing or new account (Currency::deposit_creating); emits Deposit. */
export function deposit(who: Account, amount: bigint): void {
  if (amount === 0n) return;
  credit(who, amount);
  BalancesEvents.emit('Deposit', { who, amount });
}

export function reserve(who: Account, amount: bigint): void {
  const { free, reserved, frozen } = balanceOf(who);
  if (amount > free || free - amount < frozen) throw BalancesErrors.fail('InsufficientBalance');
  writeAccount(who, free - amount, reserved + amount);
  BalancesEvents.emit('Reserved', { who, amount });
}

/** Unreserves up to `amount`; returns what could not be unreserved. */
export function unreserve(who: Account, amount: bigint): bigint {
  const { free, reserved } = balanceOf(who);
  const actual = amount < reserved ? amount : reserved;
  if (actual === 0n) return amount;
  writeAccount(who, free + actual, reserved - actual);
  BalancesEvents.emit('Unreserved', { who, amount: actual });
  return amount - actual;
}

/** Slashes up to `amount` of reserved balance and hands it to `to` (Treasury for slashed deposits). */
export function slashReserved(who: Account, amount: bigint, to: Account): bigint {
  const { free, reserved } = balanceOf(who);
  const actual = amount < reserved ? amount : reserved;
  if (actual === 0n) return 0n;
  writeAccount(who, free, reserved - actual);
  BalancesEvents.emit('Slashed', { who, amount: actual });
  credit(to, actual);
  BalancesEvents.emit('Deposit', { who: to, amount: actual });
  return actual;
}

/**
 * ReservableCurrency::repatriate_reserved to the beneficiary's free balance, best effort: moves up to
 * `amount` of `from`'s reserve (ReserveRepatriated); the beneficiary must exist. Returns what was not moved.
 */
export function repatriateReserved(from: Account, to: Account, amount: bigint): bigint {
  if (from === to) return unreserve(from, amount);
  if (amount === 0n) return 0n;
  if (SystemAccount.get(to).providers === 0n) throw BalancesErrors.fail('DeadAccount');
  const { free, reserved } = balanceOf(from);
  const actual = amount < reserved ? amount : reserved;
  writeAccount(from, free, reserved - actual);
  credit(to, actual);
  BalancesEvents.emit('ReserveRepatriated', {
    from,
    to,
    amount: actual,
    destination_status: { type: 'Free', value: null },
  });
  return amount - actual;
}

export type LockReasons = 'Fee' | 'Misc' | 'All';
export const lockId = (id: string): string => toHex(utf8(id.padEnd(8, ' ').slice(0, 8)));

/** LockableCurrency::set_lock: replaces lock `id`; frozen becomes the maximum of all locks. */
export function setLock(id: string, who: Account, amount: bigint, reasons: LockReasons = 'All'): void {
  const hex = id.startsWith('0x') ? id : lockId(id);
  const locks = Locks.get(who).filter((l) => l.id !== hex);
  if (amount > 0n) locks.push({ id: hex, amount, reasons: { type: reasons, value: null } });
  applyLocks(who, locks);
}

export function removeLock(id: string, who: Account): void {
  const hex = id.startsWith('0x') ? id : lockId(id);
  applyLocks(
    who,
    Locks.get(who).filter((l) => l.id !== hex),
  );
}

function applyLocks(
  who: Account,
  locks: Array<{ id: string; amount: bigint; reasons: { type: LockReasons; value: null } }>,
): void {
  if (locks.length > Number(BalancesConstants.get('MaxLocks')))
    throw BalancesErrors.fail('LiquidityRestrictions');
  const frozen = locks.reduce((m, l) => (l.amount > m ? l.amount : m), 0n);
  const info = SystemAccount.get(who);
  const hadLocks = Locks.contains(who);
  if (locks.length) Locks.set(who, locks);
  else Locks.remove(who);
  if (info.providers === 0n) return;
  const consumers =
    info.consumers + (locks.length && !hadLocks ? 1n : 0n) - (!locks.length && hadLocks ? 1n : 0n);
  SystemAccount.set(who, { ...info, consumers, data: { ...info.data, frozen } });
}

/** Root minting or burning: sets free balance and adjusts total issuance by the difference. */
export function forceSetFree(who: Account, newFree: bigint): void {
  const { free, reserved } = balanceOf(who);
  const ed = existentialDeposit();
  const target = newFree + reserved < ed ? 0n : newFree;
  const issuance = TotalIssuance.get();
  if (target > free) {
    if (issuance + (target - free) > U128_MAX) throw arithmeticError('Overflow');
    TotalIssuance.set(issuance + (target - free));
  } else TotalIssuance.set(issuance - (free - target));
  writeAccount(who, target, reserved);
  BalancesEvents.emit('BalanceSet', { who, free: target });
}

/** Genesis endowment: adds free balance and issuance without events (GenesisConfig::build). */
export function genesisEndow(who: Account, amount: bigint): void {
  const info = SystemAccount.get(who);
  SystemAccount.set(who, {
    ...info,
    providers: 1n,
    data: { ...info.data, free: info.data.free + amount, flags: NEW_LOGIC_FLAG },
  });
  TotalIssuance.set(TotalIssuance.get() + amount);
}

/** Resolves a MultiAddress (Id or Address32) to an account (StaticLookup). */
export function lookup(address: unknown): Account {
  const a = address as { type?: string; value?: unknown };
  if ((a?.type === 'Id' || a?.type === 'Address32') && typeof a.value === 'string') return accountId(a.value);
  throw cannotLookup();
}

const TRANSFER_WEIGHT = { refTime: 59_000_000n, proofSize: 3_593n };

export const Balances: PalletDecl = {
  docs: BalancesDocs,
  name: 'Balances',
  crate: 'pallet_balances',
  index: 40,
  storage: S.items,
  events: BalancesEvents,
  errors: BalancesErrors,
  constants: BalancesConstants,
  calls: {
    transfer_allow_death: call(
      0,
      { dest: MultiAddress, value: compact(u128) },
      (o, a) => transfer(ensureSigned(o), lookup(a.dest), a.value, false),
      TRANSFER_WEIGHT,
    ),
    force_transfer: call(
      2,
      { source: MultiAddress, dest: MultiAddress, value: compact(u128) },
      (o, a) => {
        ensureRoot(o);
        transfer(lookup(a.source), lookup(a.dest), a.value, false);
      },
      TRANSFER_WEIGHT,
    ),
    transfer_keep_alive: call(
      3,
      { dest: MultiAddress, value: compact(u128) },
      (o, a) => transfer(ensureSigned(o), lookup(a.dest), a.value, true),
      { refTime: 49_000_000n, proofSize: 3_593n },
    ),
    transfer_all: call(
      4,
      { dest: MultiAddress, keep_alive: bool },
      (o, a) => {
        const from = ensureSigned(o);
        transfer(from, lookup(a.dest), reducibleBalance(from, a.keep_alive), a.keep_alive);
      },
      TRANSFER_WEIGHT,
    ),
    force_unreserve: call(5, { who: MultiAddress, amount: u128 }, (o, a) => {
      ensureRoot(o);
      unreserve(lookup(a.who), a.amount);
    }),
    upgrade_accounts: call(6, { who: vec(AccountId) }, (o, a) => {
      ensureSigned(o);
      for (const who of a.who) BalancesEvents.emit('Upgraded', { who });
    }),
    force_set_balance: call(8, { who: MultiAddress, new_free: compact(u128) }, (o, a) => {
      ensureRoot(o);
      forceSetFree(lookup(a.who), a.new_free);
    }),
  },
  genesis(config) {
    for (const [who, amount] of config.balances) genesisEndow(accountId(who), amount);
  },
  invariants: {
    totalIssuanceIsSumOfBalances() {
      let sum = 0n;
      for (const [, info] of SystemAccount.entries()) sum += info.data.free + info.data.reserved;
      const issuance = TotalIssuance.get();
      if (sum !== issuance) throw new Error(`TotalIssuance ${issuance} ≠ Σ(free + reserved) ${sum}`);
    },
    accountsAboveExistentialDeposit() {
      const ed = existentialDeposit();
      for (const [[who], info] of SystemAccount.entries()) {
        if (info.providers > 0n && info.data.free + info.data.reserved < ed)
          throw new Error(`${who} lives with ${info.data.free + info.data.reserved} < ED`);
      }
    },
    frozenIsMaxOfLocks() {
      for (const [[who], locks] of Locks.entries()) {
        const max = locks.reduce((m, l) => (l.amount > m ? l.amount : m), 0n);
        const frozen = SystemAccount.get(who).data.frozen;
        if (frozen !== max) throw new Error(`${who}: frozen ${frozen} ≠ max lock ${max}`);
      }
    },
  },
};
