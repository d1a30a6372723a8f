/**
 * pallet_assets (Assets, index 89): calls through a minimal kernel (System + Balances + Assets), the
 * helpers other pallets use (W-PHA style asset 10000), invariants after every step, and the pallet's
 * metadata against the real Khala metadata when ../shared/reference is present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { Metadata as PjsMetadata, TypeRegistry } from '@polkadot/types';
import { beforeEach, describe, expect, it } from 'vitest';
import { DispatchError } from '../../src/pallets-mock/frame/errors.js';
import { buildMetadata } from '../../src/pallets-mock/frame/metadata.js';
import type { Origin } from '../../src/pallets-mock/frame/origin.js';
import { type CallValue, type DispatchOutcome, Kernel } from '../../src/pallets-mock/frame/runtime.js';
import { decode, encode } from '../../src/pallets-mock/frame/scale.js';
import {
  Account,
  Approvals,
  Asset,
  Assets,
  AssetsConstants,
  assetBalance,
  assetSupply,
  burnFrom,
  createAsset,
  Metadata,
  mintInto,
  setAssetMetadata,
  transferAsset,
  WPHA_ASSET_ID,
} from '../../src/pallets-mock/pallets/assets/index.js';
import { Balances, balanceOf, CENTS, DOLLARS } from '../../src/pallets-mock/pallets/balances/index.js';
import { System, Account as SystemAccount } from '../../src/pallets-mock/pallets/system/index.js';
import { accountId, paddedAccount } from '../../src/pallets-mock/primitives/account.js';
import { toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';

const ALICE = accountId('//Alice');
const BOB = accountId('//Bob');
const CHARLIE = accountId('//Charlie');
/** No PHA: can hold only sufficient assets. */
const DAVE = accountId('//Dave');
/** Little PHA: deposits beyond 0.5 PHA fail. */
const EVE = accountId('//Eve');
const WPHA_ACCOUNT = paddedAccount('wpha/');
const PHA = DOLLARS;
const W = WPHA_ASSET_ID;
const REFERENCE = '../shared/reference/khala-metadata-v14.scale';

let kernel: Kernel;

function newKernel(): Kernel {
  const k = new Kernel(
    { crate: 'pha_stake_runtime', pallets: [System, Balances, Assets] },
    { profile: 'dev' },
  );
  k.buildGenesis({
    profile: 'dev',
    balances: [
      ['//Alice', 1_000_000n * PHA],
      ['//Bob', 1_000_000n * PHA],
      ['//Charlie', 1_000n * PHA],
      ['//Eve', PHA / 2n],
    ],
  });
  return k;
}

const addr = (who: string) => ({ type: 'Id', value: who });
const q = <T>(fn: () => T): T => kernel.enter(fn);

/** Dispatches Assets.<name>(args), round-tripping the call through the runtime's RuntimeCall codec. */
function tx(origin: string, name: string, args: Record<string, unknown>): DispatchOutcome {
  const o: Origin =
    origin === 'root'
      ? { kind: 'root' }
      : origin === 'none'
        ? { kind: 'none' }
        : { kind: 'signed', who: origin };
  const raw = { type: 'Assets', value: { type: name, value: args } };
  const call = q(() => decode(kernel.callCodec, encode(kernel.callCodec, raw))) as CallValue;
  const out = kernel.dispatch(o, call);
  kernel.tryState();
  return out;
}

function ok(out: DispatchOutcome): DispatchOutcome {
  if (!out.ok) throw new Error(`expected success, got ${out.error.path}`);
  return out;
}

function err(out: DispatchOutcome): string {
  if (out.ok) throw new Error('expected the call to fail');
  return out.error.path;
}

/** Runs a helper in the runtime; returns its DispatchError path or 'ok'. */
function helper(fn: () => unknown): string {
  try {
    q(fn);
    kernel.tryState();
    return 'ok';
  } catch (e) {
    if (e instanceof DispatchError) return e.path;
    throw e;
  }
}

/** Runs a helper in the runtime that must succeed, then checks the invariants. */
function run<T>(fn: () => T): T {
  const out = q(fn);
  kernel.tryState();
  return out;
}

const names = (out: DispatchOutcome) => out.events.map((e) => `${e.pallet}.${e.name}`);
const reserved = (who: string) => q(() => balanceOf(who).reserved);
const details = (id: bigint) => q(() => Asset.tryGet(id));
const holding = (id: bigint, who: string) => q(() => Account.tryGet(id, who));
const balance = (id: bigint, who: string) => q(() => assetBalance(id, who));
const system = (who: string) => q(() => SystemAccount.tryGet(who));

/** Asset 1: owner Alice, team Bob, min balance 10, not sufficient. */
function createAsset1(): void {
  ok(tx(ALICE, 'create', { id: 1n, admin: addr(BOB), min_balance: 10n }));
}

beforeEach(() => {
  kernel = newKernel();
});

describe('create', () => {
  it('reserves AssetDeposit from the creator and gives the team to the admin', () => {
    const out = ok(tx(ALICE, 'create', { id: 1n, admin: addr(BOB), min_balance: 10n }));
    expect(names(out)).toEqual(['Balances.Reserved', 'Assets.Created']);
    expect(out.events[1]?.fields).toEqual({ asset_id: 1n, creator: ALICE, owner: BOB });
    expect(reserved(ALICE)).toBe(CENTS);
    expect(details(1n)).toEqual({
      owner: ALICE,
      issuer: BOB,
      admin: BOB,
      freezer: BOB,
      supply: 0n,
      deposit: CENTS,
      minBalance: 10n,
      isSufficient: false,
      accounts: 0n,
      sufficients: 0n,
      approvals: 0n,
      status: { type: 'Live', value: null },
    });
  });

  it('refuses taken ids, a zero min balance, a creator without funds and unsigned origins', () => {
    createAsset1();
    expect(err(tx(BOB, 'create', { id: 1n, admin: addr(BOB), min_balance: 1n }))).toBe('Assets.InUse');
    expect(err(tx(BOB, 'create', { id: 2n, admin: addr(BOB), min_balance: 0n }))).toBe(
      'Assets.MinBalanceZero',
    );
    expect(err(tx(DAVE, 'create', { id: 2n, admin: addr(DAVE), min_balance: 1n }))).toBe(
      'Balances.InsufficientBalance',
    );
    expect(err(tx('root', 'create', { id: 2n, admin: addr(BOB), min_balance: 1n }))).toBe('BadOrigin');
    expect(details(2n)).toBeUndefined();
  });

  it('force_create needs Root and takes no deposit', () => {
    const args = { id: 5n, owner: addr(CHARLIE), is_sufficient: true, min_balance: 3n };
    expect(err(tx(ALICE, 'force_create', args))).toBe('BadOrigin');
    const out = ok(tx('root', 'force_create', args));
    expect(names(out)).toEqual(['Assets.ForceCreated']);
    expect(details(5n)).toMatchObject({ owner: CHARLIE, issuer: CHARLIE, deposit: 0n, isSufficient: true });
    expect(reserved(CHARLIE)).toBe(0n);
  });
});

describe('mint, transfer and burn', () => {
  beforeEach(createAsset1);

  it('mints only by the issuer and only at or above the minimum balance for a new account', () => {
    expect(err(tx(ALICE, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 100n }))).toBe(
      'Assets.NoPermission',
    );
    expect(err(tx(BOB, 'mint', { id: 1n, beneficiary: addr(CHARLIE), amount: 9n }))).toBe(
      'Token.BelowMinimum',
    );
    expect(err(tx(BOB, 'mint', { id: 2n, beneficiary: addr(CHARLIE), amount: 9n }))).toBe(
      'Token.UnknownAsset',
    );
    const out = ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 100n }));
    expect(out.events.map((e) => e.fields)).toEqual([{ asset_id: 1n, owner: ALICE, amount: 100n }]);
    expect(holding(1n, ALICE)).toEqual({
      balance: 100n,
      isFrozen: false,
      reason: { type: 'Consumer', value: null },
      extra: null,
    });
    expect(system(ALICE)?.consumers).toBe(1n);
    // An existing account may receive less than the minimum.
    ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 1n }));
    expect(details(1n)).toMatchObject({ supply: 101n, accounts: 1n });
  });

  it('a non-sufficient asset needs a PHA provider on the receiving account', () => {
    expect(err(tx(BOB, 'mint', { id: 1n, beneficiary: addr(DAVE), amount: 100n }))).toBe(
      'Token.CannotCreate',
    );
    ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 100n }));
    expect(err(tx(ALICE, 'transfer', { id: 1n, target: addr(DAVE), amount: 50n }))).toBe(
      'Token.CannotCreate',
    );
  });

  it('reaps a source left below the minimum and sends the dust with the transfer', () => {
    ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 100n }));
    expect(err(tx(ALICE, 'transfer', { id: 1n, target: addr(CHARLIE), amount: 101n }))).toBe(
      'Assets.BalanceLow',
    );
    expect(err(tx(ALICE, 'transfer_keep_alive', { id: 1n, target: addr(CHARLIE), amount: 95n }))).toBe(
      'Assets.BalanceLow',
    );
    const out = ok(tx(ALICE, 'transfer', { id: 1n, target: addr(CHARLIE), amount: 95n }));
    expect(out.events.map((e) => e.fields)).toEqual([
      { asset_id: 1n, from: ALICE, to: CHARLIE, amount: 100n },
    ]);
    expect(holding(1n, ALICE)).toBeUndefined();
    expect(balance(1n, CHARLIE)).toBe(100n);
    expect(system(ALICE)?.consumers).toBe(0n);
    expect(system(CHARLIE)?.consumers).toBe(1n);
    expect(details(1n)).toMatchObject({ supply: 100n, accounts: 1n });
    // keep-alive transfer within the reducible balance
    ok(tx(CHARLIE, 'transfer_keep_alive', { id: 1n, target: addr(ALICE), amount: 90n }));
    expect(balance(1n, CHARLIE)).toBe(10n);
    expect(err(tx(DAVE, 'transfer', { id: 1n, target: addr(ALICE), amount: 1n }))).toBe('Assets.NoAccount');
  });

  it('burns by the admin, as much as possible, taking the remainder below the minimum too', () => {
    ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(CHARLIE), amount: 100n }));
    expect(err(tx(ALICE, 'burn', { id: 1n, who: addr(CHARLIE), amount: 10n }))).toBe('Assets.NoPermission');
    ok(tx(BOB, 'burn', { id: 1n, who: addr(CHARLIE), amount: 50n }));
    expect(balance(1n, CHARLIE)).toBe(50n);
    const out = ok(tx(BOB, 'burn', { id: 1n, who: addr(CHARLIE), amount: 45n }));
    expect(out.events.map((e) => e.fields)).toEqual([{ asset_id: 1n, owner: CHARLIE, balance: 50n }]);
    expect(holding(1n, CHARLIE)).toBeUndefined();
    expect(details(1n)).toMatchObject({ supply: 0n, accounts: 0n });
    expect(err(tx(BOB, 'burn', { id: 1n, who: addr(CHARLIE), amount: 1n }))).toBe('Assets.NoAccount');
  });

  it('force_transfer is for the admin', () => {
    ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 100n }));
    const args = { id: 1n, source: addr(ALICE), dest: addr(CHARLIE), amount: 40n };
    expect(err(tx(ALICE, 'force_transfer', args))).toBe('Assets.NoPermission');
    ok(tx(BOB, 'force_transfer', args));
    expect([balance(1n, ALICE), balance(1n, CHARLIE)]).toEqual([60n, 40n]);
  });

  it('a failed call leaves storage and events untouched', () => {
    ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 100n }));
    ok(tx(EVE, 'create', { id: 7n, admin: addr(EVE), min_balance: 1n }));
    for (const [origin, name, args, error] of [
      [ALICE, 'transfer', { id: 1n, target: addr(DAVE), amount: 50n }, 'Token.CannotCreate'],
      [
        EVE,
        'set_metadata',
        { id: 7n, name: toHex(utf8('Eve')), symbol: '0x45', decimals: 12n },
        'Balances.InsufficientBalance',
      ],
      [DAVE, 'touch', { id: 7n }, 'Balances.InsufficientBalance'],
    ] as const) {
      const before = kernel.state.snapshot();
      const journal = kernel.journal.length;
      expect(err(tx(origin, name, args))).toBe(error);
      expect(kernel.state.snapshot()).toEqual(before);
      expect(kernel.journal.length).toBe(journal);
    }
  });
});

describe('frozen accounts and assets', () => {
  beforeEach(() => {
    createAsset1();
    ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 100n }));
    ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(CHARLIE), amount: 100n }));
  });

  it('a frozen account cannot send but can receive; the admin thaws it', () => {
    expect(err(tx(ALICE, 'freeze', { id: 1n, who: addr(ALICE) }))).toBe('Assets.NoPermission');
    expect(err(tx(BOB, 'freeze', { id: 1n, who: addr(DAVE) }))).toBe('Assets.NoAccount');
    expect(names(ok(tx(BOB, 'freeze', { id: 1n, who: addr(ALICE) })))).toEqual(['Assets.Frozen']);
    expect(holding(1n, ALICE)?.isFrozen).toBe(true);
    expect(err(tx(ALICE, 'transfer', { id: 1n, target: addr(CHARLIE), amount: 1n }))).toBe('Assets.Frozen');
    ok(tx(CHARLIE, 'transfer', { id: 1n, target: addr(ALICE), amount: 10n }));
    expect(balance(1n, ALICE)).toBe(110n);
    expect(names(ok(tx(BOB, 'thaw', { id: 1n, who: addr(ALICE) })))).toEqual(['Assets.Thawed']);
    ok(tx(ALICE, 'transfer', { id: 1n, target: addr(CHARLIE), amount: 10n }));
  });

  it('a frozen asset stops transfers and minting until the admin thaws it', () => {
    expect(err(tx(ALICE, 'freeze_asset', { id: 1n }))).toBe('Assets.NoPermission');
    ok(tx(BOB, 'freeze_asset', { id: 1n }));
    expect(details(1n)?.status.type).toBe('Frozen');
    expect(err(tx(ALICE, 'transfer', { id: 1n, target: addr(CHARLIE), amount: 1n }))).toBe(
      'Assets.AssetNotLive',
    );
    expect(err(tx(BOB, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 1n }))).toBe(
      'Assets.AssetNotLive',
    );
    expect(err(tx(BOB, 'freeze_asset', { id: 1n }))).toBe('Assets.AssetNotLive');
    ok(tx(BOB, 'thaw_asset', { id: 1n }));
    expect(err(tx(BOB, 'thaw_asset', { id: 1n }))).toBe('Assets.NotFrozen');
    ok(tx(ALICE, 'transfer', { id: 1n, target: addr(CHARLIE), amount: 1n }));
  });
});

describe('approvals', () => {
  beforeEach(() => {
    createAsset1();
    ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 100n }));
  });

  it('a delegate spends up to the approved amount; the deposit returns with the last unit', () => {
    const before = reserved(ALICE);
    const out = ok(tx(ALICE, 'approve_transfer', { id: 1n, delegate: addr(CHARLIE), amount: 30n }));
    expect(out.events.at(-1)?.fields).toEqual({
      asset_id: 1n,
      source: ALICE,
      delegate: CHARLIE,
      amount: 30n,
    });
    ok(tx(ALICE, 'approve_transfer', { id: 1n, delegate: addr(CHARLIE), amount: 20n }));
    const deposit = AssetsConstants.decls.ApprovalDeposit?.value;
    expect(reserved(ALICE)).toBe(before + CENTS);
    expect(deposit).toBe(CENTS);
    expect(q(() => Approvals.tryGet(1n, ALICE, CHARLIE))).toEqual({ amount: 50n, deposit: CENTS });
    expect(details(1n)?.approvals).toBe(1n);

    const spend = (amount: bigint) =>
      tx(CHARLIE, 'transfer_approved', { id: 1n, owner: addr(ALICE), destination: addr(BOB), amount });
    expect(err(spend(51n))).toBe('Assets.Unapproved');
    expect(
      err(tx(BOB, 'transfer_approved', { id: 1n, owner: addr(ALICE), destination: addr(BOB), amount: 1n })),
    ).toBe('Assets.Unapproved');
    expect(names(ok(spend(30n)))).toEqual(['Assets.Transferred']);
    expect(q(() => Approvals.tryGet(1n, ALICE, CHARLIE))?.amount).toBe(20n);
    ok(spend(20n));
    expect(q(() => Approvals.tryGet(1n, ALICE, CHARLIE))).toBeUndefined();
    expect(reserved(ALICE)).toBe(before);
    expect(details(1n)?.approvals).toBe(0n);
    expect([balance(1n, ALICE), balance(1n, BOB)]).toEqual([50n, 50n]);
  });

  it('the owner cancels, the admin force-cancels', () => {
    const before = reserved(ALICE);
    ok(tx(ALICE, 'approve_transfer', { id: 1n, delegate: addr(CHARLIE), amount: 30n }));
    expect(names(ok(tx(ALICE, 'cancel_approval', { id: 1n, delegate: addr(CHARLIE) })))).toEqual([
      'Balances.Unreserved',
      'Assets.ApprovalCancelled',
    ]);
    expect(err(tx(ALICE, 'cancel_approval', { id: 1n, delegate: addr(CHARLIE) }))).toBe('Assets.Unknown');
    ok(tx(ALICE, 'approve_transfer', { id: 1n, delegate: addr(CHARLIE), amount: 30n }));
    const force = { id: 1n, owner: addr(ALICE), delegate: addr(CHARLIE) };
    expect(err(tx(CHARLIE, 'force_cancel_approval', force))).toBe('Assets.NoPermission');
    ok(tx(BOB, 'force_cancel_approval', force));
    expect(reserved(ALICE)).toBe(before);
    expect(details(1n)?.approvals).toBe(0n);
  });
});

describe('W-PHA style asset 10000 (sufficient, min balance 1e8) through the helpers', () => {
  const MIN = 100_000_000n;
  beforeEach(() => {
    expect(helper(() => createAsset(W, WPHA_ACCOUNT, MIN, true))).toBe('ok');
  });

  it('genesis helpers write the asset and its metadata without events or deposits', () => {
    const journal = kernel.journal.length;
    const metadata = run(() => setAssetMetadata(W, 'Wrapped PHA', 'W-PHA', 12n, false));
    expect(metadata).toEqual({
      deposit: 0n,
      name: toHex(utf8('Wrapped PHA')),
      symbol: toHex(utf8('W-PHA')),
      decimals: 12n,
      isFrozen: false,
    });
    expect(kernel.journal.length).toBe(journal);
    expect(details(W)).toMatchObject({
      owner: WPHA_ACCOUNT,
      minBalance: MIN,
      isSufficient: true,
      deposit: 0n,
    });
    expect(helper(() => createAsset(W, ALICE, 1n, false))).toBe('Assets.InUse');
    expect(helper(() => createAsset(W + 1n, ALICE, 0n, false))).toBe('Assets.MinBalanceZero');
    expect(helper(() => setAssetMetadata(W + 1n, 'x', 'x', 0n, false))).toBe('Assets.Unknown');
    expect(helper(() => setAssetMetadata(W, 'x'.repeat(51), 'x', 0n, false))).toBe('Assets.BadMetadata');
  });

  it('mintInto refuses a new account below min_balance and opens sufficient accounts without PHA', () => {
    expect(helper(() => mintInto(W, DAVE, MIN - 1n))).toBe('Token.BelowMinimum');
    expect(helper(() => mintInto(W + 1n, DAVE, MIN))).toBe('Token.UnknownAsset');
    expect(system(DAVE)).toBeUndefined();
    expect(helper(() => mintInto(W, DAVE, MIN))).toBe('ok');
    expect(balance(W, DAVE)).toBe(MIN);
    expect(q(() => assetSupply(W))).toBe(MIN);
    expect(system(DAVE)).toMatchObject({ providers: 0n, sufficients: 1n, consumers: 0n });
    expect(holding(W, DAVE)?.reason).toEqual({ type: 'Sufficient', value: null });
    expect(details(W)).toMatchObject({ accounts: 1n, sufficients: 1n });
    // topping up an existing account has no minimum
    expect(helper(() => mintInto(W, DAVE, 1n))).toBe('ok');
    expect(q(() => assetSupply(W))).toBe(MIN + 1n);
  });

  it('transferAsset keeps or reaps the source; burnFrom burns exactly or fails', () => {
    expect(helper(() => mintInto(W, DAVE, 3n * MIN))).toBe('ok');
    expect(helper(() => transferAsset(W, DAVE, EVE, 2n * MIN + 1n, true))).toBe('Assets.BalanceLow');
    expect(helper(() => transferAsset(W, DAVE, EVE, MIN / 2n, false))).toBe('Token.BelowMinimum');
    const credited = run(() => transferAsset(W, DAVE, EVE, 2n * MIN + 1n, false));
    // Dave's remainder (< min) goes to Eve; Dave's sufficient-only account is gone.
    expect(credited).toBe(3n * MIN);
    expect(holding(W, DAVE)).toBeUndefined();
    expect(system(DAVE)).toBeUndefined();
    expect(balance(W, EVE)).toBe(3n * MIN);
    expect(system(EVE)?.sufficients).toBe(1n);

    expect(helper(() => burnFrom(W, EVE, 3n * MIN + 1n))).toBe('Token.FundsUnavailable');
    expect(run(() => burnFrom(W, EVE, MIN))).toBe(MIN);
    expect(run(() => burnFrom(W, EVE, MIN + 1n))).toBe(2n * MIN);
    expect(holding(W, EVE)).toBeUndefined();
    expect(q(() => assetSupply(W))).toBe(0n);
    expect(system(EVE)?.sufficients).toBe(0n);
    expect(helper(() => burnFrom(W, EVE, 1n))).toBe('Token.FundsUnavailable');
    expect(run(() => burnFrom(W, EVE, 1n, { bestEffort: true }))).toBe(0n);
  });

  it('a frozen W-PHA account can be neither debited by helpers nor transfer', () => {
    expect(helper(() => mintInto(W, ALICE, 2n * MIN))).toBe('ok');
    ok(tx(WPHA_ACCOUNT, 'freeze', { id: W, who: addr(ALICE) }));
    expect(helper(() => burnFrom(W, ALICE, MIN))).toBe('Token.FundsUnavailable');
    expect(helper(() => transferAsset(W, ALICE, BOB, MIN, false))).toBe('Assets.Frozen');
    expect(err(tx(ALICE, 'transfer', { id: W, target: addr(BOB), amount: MIN }))).toBe('Assets.Frozen');
  });
});

describe('metadata, team, ownership and minimum balance', () => {
  beforeEach(createAsset1);

  it('set_metadata reserves base + per-byte deposit; clear_metadata returns it', () => {
    const name = toHex(utf8('Wrapped PHA'));
    const symbol = toHex(utf8('W-PHA'));
    const before = reserved(ALICE);
    expect(err(tx(BOB, 'set_metadata', { id: 1n, name, symbol, decimals: 12n }))).toBe('Assets.NoPermission');
    expect(
      err(tx(ALICE, 'set_metadata', { id: 1n, name: `0x${'41'.repeat(51)}`, symbol, decimals: 12n })),
    ).toBe('Assets.BadMetadata');
    const out = ok(tx(ALICE, 'set_metadata', { id: 1n, name, symbol, decimals: 12n }));
    expect(out.events.at(-1)?.fields).toEqual({
      asset_id: 1n,
      name,
      symbol,
      decimals: 12n,
      is_frozen: false,
    });
    const deposit = 83n * CENTS + 16n * CENTS;
    expect(reserved(ALICE)).toBe(before + deposit);
    expect(q(() => Metadata.get(1n))).toEqual({ deposit, name, symbol, decimals: 12n, isFrozen: false });
    // a shorter name lowers the deposit
    ok(tx(ALICE, 'set_metadata', { id: 1n, name: toHex(utf8('WPHA')), symbol, decimals: 12n }));
    expect(reserved(ALICE)).toBe(before + 83n * CENTS + 9n * CENTS);
    ok(tx(ALICE, 'clear_metadata', { id: 1n }));
    expect(reserved(ALICE)).toBe(before);
    expect(q(() => Metadata.contains(1n))).toBe(false);
    expect(err(tx(ALICE, 'clear_metadata', { id: 1n }))).toBe('Assets.Unknown');
    // Root sets frozen metadata without deposit; then the owner may not change it
    const force = { id: 1n, name, symbol, decimals: 12n, is_frozen: true };
    expect(err(tx(ALICE, 'force_set_metadata', force))).toBe('BadOrigin');
    ok(tx('root', 'force_set_metadata', force));
    expect(err(tx(ALICE, 'set_metadata', { id: 1n, name, symbol, decimals: 12n }))).toBe(
      'Assets.NoPermission',
    );
    ok(tx('root', 'force_clear_metadata', { id: 1n }));
  });

  it('set_team and transfer_ownership are for the owner; ownership moves the deposits', () => {
    expect(
      err(tx(BOB, 'set_team', { id: 1n, issuer: addr(BOB), admin: addr(BOB), freezer: addr(BOB) })),
    ).toBe('Assets.NoPermission');
    ok(tx(ALICE, 'set_team', { id: 1n, issuer: addr(CHARLIE), admin: addr(ALICE), freezer: addr(BOB) }));
    expect(details(1n)).toMatchObject({ issuer: CHARLIE, admin: ALICE, freezer: BOB });
    ok(tx(ALICE, 'set_metadata', { id: 1n, name: '0x41', symbol: '0x42', decimals: 0n }));
    const deposit = CENTS + 83n * CENTS + 2n * CENTS;
    expect(reserved(ALICE)).toBe(deposit);
    expect(err(tx(BOB, 'transfer_ownership', { id: 1n, owner: addr(BOB) }))).toBe('Assets.NoPermission');
    const out = ok(tx(ALICE, 'transfer_ownership', { id: 1n, owner: addr(BOB) }));
    expect(out.events.at(-1)?.fields).toEqual({ asset_id: 1n, owner: BOB });
    expect([reserved(ALICE), reserved(BOB)]).toEqual([0n, deposit]);
    expect(details(1n)?.owner).toBe(BOB);
  });

  it('set_min_balance: lower any time, higher only without accounts, never for sufficient assets', () => {
    ok(tx(ALICE, 'set_min_balance', { id: 1n, min_balance: 20n }));
    expect(details(1n)?.minBalance).toBe(20n);
    ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(CHARLIE), amount: 20n }));
    expect(err(tx(ALICE, 'set_min_balance', { id: 1n, min_balance: 21n }))).toBe('Assets.NoPermission');
    expect(err(tx(BOB, 'set_min_balance', { id: 1n, min_balance: 5n }))).toBe('Assets.NoPermission');
    const out = ok(tx(ALICE, 'set_min_balance', { id: 1n, min_balance: 5n }));
    expect(out.events[0]?.fields).toEqual({ asset_id: 1n, new_min_balance: 5n });
    ok(tx('root', 'force_create', { id: 2n, owner: addr(ALICE), is_sufficient: true, min_balance: 1n }));
    expect(err(tx(ALICE, 'set_min_balance', { id: 2n, min_balance: 2n }))).toBe('Assets.NoPermission');
  });
});

describe('touch and refund', () => {
  beforeEach(createAsset1);

  it('touch opens a deposit-held account that may hold less than the minimum; refund returns it', () => {
    const deposit = AssetsConstants.decls.AssetAccountDeposit?.value as bigint;
    expect(deposit).toBe(PHA);
    ok(tx(CHARLIE, 'touch', { id: 1n }));
    expect(err(tx(CHARLIE, 'touch', { id: 1n }))).toBe('Assets.AlreadyExists');
    expect(reserved(CHARLIE)).toBe(deposit);
    expect(holding(1n, CHARLIE)?.reason).toEqual({ type: 'DepositHeld', value: deposit });
    expect(system(CHARLIE)?.consumers).toBe(0n);
    ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 100n }));
    ok(tx(ALICE, 'transfer', { id: 1n, target: addr(CHARLIE), amount: 3n }));
    expect(balance(1n, CHARLIE)).toBe(3n);
    // a deposit-held account survives being emptied
    ok(tx(CHARLIE, 'transfer', { id: 1n, target: addr(ALICE), amount: 3n }));
    expect(holding(1n, CHARLIE)?.balance).toBe(0n);
    ok(tx(ALICE, 'transfer', { id: 1n, target: addr(CHARLIE), amount: 4n }));
    expect(err(tx(CHARLIE, 'refund', { id: 1n, allow_burn: false }))).toBe('Assets.WouldBurn');
    ok(tx(CHARLIE, 'refund', { id: 1n, allow_burn: true }));
    expect(holding(1n, CHARLIE)).toBeUndefined();
    expect(reserved(CHARLIE)).toBe(0n);
    expect(details(1n)).toMatchObject({ supply: 96n, accounts: 1n });
    expect(err(tx(ALICE, 'refund', { id: 1n, allow_burn: false }))).toBe('Assets.NoDeposit');
    expect(err(tx(EVE, 'touch', { id: 1n }))).toBe('Balances.InsufficientBalance');
  });
});

describe('destruction', () => {
  it('start_destroy → destroy_accounts → destroy_approvals → finish_destroy returns every deposit', () => {
    createAsset1();
    ok(tx(BOB, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 100n }));
    ok(tx(CHARLIE, 'touch', { id: 1n }));
    ok(tx(ALICE, 'approve_transfer', { id: 1n, delegate: addr(BOB), amount: 5n }));
    ok(tx(ALICE, 'set_metadata', { id: 1n, name: '0x41', symbol: '0x41', decimals: 0n }));
    expect(err(tx(ALICE, 'destroy_accounts', { id: 1n }))).toBe('Assets.IncorrectStatus');
    expect(err(tx(BOB, 'start_destroy', { id: 1n }))).toBe('Assets.NoPermission');
    ok(tx(BOB, 'freeze_asset', { id: 1n }));
    ok(tx(ALICE, 'start_destroy', { id: 1n }));
    expect(err(tx(BOB, 'mint', { id: 1n, beneficiary: addr(ALICE), amount: 1n }))).toBe(
      'Assets.AssetNotLive',
    );
    expect(err(tx(ALICE, 'finish_destroy', { id: 1n }))).toBe('Assets.InUse');
    const accounts = ok(tx(BOB, 'destroy_accounts', { id: 1n }));
    expect(accounts.events.at(-1)?.fields).toEqual({
      asset_id: 1n,
      accounts_destroyed: 2n,
      accounts_remaining: 0n,
    });
    expect(system(ALICE)?.consumers).toBe(0n);
    expect(err(tx(ALICE, 'finish_destroy', { id: 1n }))).toBe('Assets.InUse');
    const approvals = ok(tx(BOB, 'destroy_approvals', { id: 1n }));
    expect(approvals.events.at(-1)?.fields).toEqual({
      asset_id: 1n,
      approvals_destroyed: 1n,
      approvals_remaining: 0n,
    });
    expect(names(ok(tx(BOB, 'finish_destroy', { id: 1n })))).toEqual([
      'Balances.Unreserved',
      'Assets.Destroyed',
    ]);
    expect(details(1n)).toBeUndefined();
    expect(q(() => Metadata.contains(1n))).toBe(false);
    expect([reserved(ALICE), reserved(CHARLIE)]).toEqual([0n, 0n]);
  });

  it('Root may start destruction; unknown assets are Unknown', () => {
    ok(tx('root', 'force_create', { id: 3n, owner: addr(ALICE), is_sufficient: false, min_balance: 1n }));
    expect(err(tx('none', 'start_destroy', { id: 3n }))).toBe('BadOrigin');
    ok(tx('root', 'start_destroy', { id: 3n }));
    expect(err(tx('root', 'start_destroy', { id: 4n }))).toBe('Assets.Unknown');
    ok(tx(ALICE, 'finish_destroy', { id: 3n }));
  });
});

describe('declaration against the Khala metadata', () => {
  it.skipIf(!existsSync(REFERENCE))('storage, calls, events, errors and constants match', () => {
    const view = (bytes: Uint8Array) => {
      const registry = new TypeRegistry();
      const metadata = new PjsMetadata(registry, bytes);
      registry.setMetadata(metadata);
      const v14 = metadata.asV14;
      const lookup = v14.lookup;
      const pallet = v14.pallets.find((p) => p.name.toString() === 'Assets');
      if (!pallet) throw new Error('no Assets pallet');
      const ty = (id: { toNumber(): number }) => lookup.getTypeDef(id.toNumber()).type;
      const variants = (id: { toNumber(): number } | undefined) =>
        id === undefined
          ? []
          : lookup.getSiType(id.toNumber()).def.asVariant.variants.map((v) => ({
              index: v.index.toNumber(),
              name: v.name.toString(),
              fields: v.fields.map((f) => [f.name.unwrapOr('').toString(), ty(f.type)]),
            }));
      return {
        index: pallet.index.toNumber(),
        storage: pallet.storage.unwrap().items.map((it) => {
          const m = it.type.asMap;
          return {
            name: it.name.toString(),
            modifier: it.modifier.toString(),
            hashers: m.hashers.map((h) => h.toString()),
            key: ty(m.key),
            value: ty(m.value),
            fallback: it.fallback.toHex(),
          };
        }),
        calls: variants(pallet.calls.unwrapOr(undefined)?.type),
        events: variants(pallet.events.unwrapOr(undefined)?.type),
        errors: variants(pallet.errors.unwrapOr(undefined)?.type).map((v) => `${v.index}:${v.name}`),
        constants: pallet.constants.map((c) => [c.name.toString(), ty(c.type), c.value.toHex()]),
      };
    };
    const ours = view(buildMetadata(kernel));
    const khala = view(new Uint8Array(readFileSync(REFERENCE)));
    expect(ours).toEqual(khala);
  });
});
