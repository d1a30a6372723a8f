/**
 * The kernel and the base pallets through the scenario harness (`createRuntime`, spec/contracts.md §3)
 * and through the Executive's signed-extrinsic path (contracts §1: fees paid before dispatch, kept on
 * failure, 100% to the Treasury).
 *
 * What it proves:
 * - Balances: allow-death transfers reap the sender (KilledAccount, then DustLost; the dust leaves total
 *   issuance), keep-alive refuses with Token.NotExpendable, a new account needs ED (Token.BelowMinimum),
 *   transfer_all (both liveness modes), Root-only force_transfer / force_set_balance (mint and burn move
 *   total issuance), locks set with `setLock` freeze funds (Token.Frozen) and — as consumers — keep the
 *   account from being reaped (Token.OnlyProvider / ConsumerRemaining); fungible's error precedence
 *   (withdraw checks before deposit checks).
 * - Utility: batch stops at the first failure and keeps earlier calls (BatchInterrupted), batch_all is
 *   all-or-nothing, force_batch continues (ItemFailed, BatchCompletedWithErrors); TooManyCalls.
 * - Sudo exists only in the dev profile and only its key may use it.
 * - System.remark takes a signer or Root (ensure_signed_or_root, v1.2.0) and changes nothing;
 *   remark_with_event needs a signer (its Remarked event names the sender), so Root is BadOrigin.
 * - Bad input through `dispatch` returns a typed error ('InvalidArgument', 'InvalidCall', 'BadOrigin'),
 *   never throws, and leaves every storage byte and the event journal unchanged.
 * - Signed extrinsics: fee withdrawn before dispatch, kept when the call fails, credited to the
 *   Treasury, TransactionFeePaid + ExtrinsicSuccess/ExtrinsicFailed (with the module error index), nonce
 *   bumped even on failure, stale/future nonce and unaffordable fees are InvalidTransaction with no state
 *   change, validateSigned agrees with applySigned.
 * - `tryState()` holds after every block of every test.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Executive, InvalidTransaction } from '../../src/pallets-mock/frame/executive.js';
import { storagePrefix } from '../../src/pallets-mock/frame/storage.js';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import { removeLock, setLock, TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { Account as SystemAccount } from '../../src/pallets-mock/pallets/system/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import {
  callValue,
  changedKeys,
  ED,
  expectedFee,
  free,
  info,
  issuance,
  names,
  PHA,
  signedXt,
  snapshot,
  U128_MAX,
} from './helpers/kernel.js';

const ALICE = accountId('//Alice');
const BOB = accountId('//Bob');
const CHARLIE = accountId('//Charlie');
const DAVE = accountId('//Dave');
const EVE = accountId('//Eve');
const FERDIE = accountId('//Ferdie');
const TREASURY = TREASURY_ACCOUNT;

const runtimes: Runtime[] = [];
/** Alice 1000 PHA, Bob 1000 PHA, Dave ED + 5, the Treasury ED; Charlie, Eve and Ferdie do not exist. */
function setup(opts: Parameters<typeof createRuntime>[0] = {}): Runtime {
  const rt = createRuntime({
    balances: [
      [ALICE, 1000n * PHA],
      [BOB, 1000n * PHA],
      [DAVE, ED + 5n],
      [TREASURY, ED],
    ],
    ...opts,
  });
  runtimes.push(rt);
  rt.tryState();
  rt.events();
  return rt;
}

afterEach(() => {
  for (const rt of runtimes.splice(0)) {
    rt.tryState();
    rt.advanceBlocks(2);
    rt.tryState();
  }
});

const transfer = (dest: string, value: bigint, name = 'transfer_allow_death') => ({
  type: 'Balances',
  value: { type: name, value: { dest, value } },
});

/** Dispatches and asserts failure with `error`, no events and not one changed storage byte. */
function expectRejected(
  rt: Runtime,
  origin: string,
  call: string,
  args: Record<string, unknown>,
  error: string,
): void {
  const before = snapshot(rt);
  rt.events();
  let out: ReturnType<Runtime['dispatch']> | undefined;
  expect(() => {
    out = rt.dispatch(origin, call, args);
  }).not.toThrow();
  expect(out).toMatchObject({ ok: false, error, events: [] });
  expect(changedKeys(before, snapshot(rt))).toEqual([]);
  expect(rt.events()).toEqual([]);
}

function ok(out: ReturnType<Runtime['dispatch']>) {
  if (!out.ok) throw new Error(`expected success, got ${out.error} (${out.detail ?? ''})`);
  return out.events;
}

describe('Balances', () => {
  it('transfer_allow_death reaps a sender left below ED: KilledAccount, DustLost, dust burned', () => {
    const rt = setup();
    const before = issuance(rt);
    const events = ok(rt.dispatch(DAVE, 'Balances.transfer_allow_death', { dest: BOB, value: ED }));
    expect(names(events)).toEqual(['System.KilledAccount', 'Balances.DustLost', 'Balances.Transfer']);
    expect(events[0]?.fields).toEqual({ account: DAVE });
    expect(events[1]?.fields).toEqual({ account: DAVE, amount: 5n });
    expect(events[2]?.fields).toEqual({ from: DAVE, to: BOB, amount: ED });
    expect(issuance(rt)).toBe(before - 5n);
    expect(rt.kernel.state.get(SystemAccount.key(DAVE))).toBeUndefined();
    expect(info(rt, DAVE).providers).toBe(0n);
    expect(free(rt, BOB)).toBe(1000n * PHA + ED);
  });

  it('creates the destination with NewAccount and Endowed', () => {
    const rt = setup();
    const events = ok(rt.dispatch(ALICE, 'Balances.transfer_allow_death', { dest: EVE, value: ED }));
    expect(names(events)).toEqual(['System.NewAccount', 'Balances.Endowed', 'Balances.Transfer']);
    expect(events[1]?.fields).toEqual({ account: EVE, free_balance: ED });
    expect(info(rt, EVE)).toMatchObject({ nonce: 0n, providers: 1n, data: { free: ED } });
  });

  it('transfer_keep_alive refuses to take an account below ED (Token.NotExpendable) and may leave exactly ED', () => {
    const rt = setup();
    expectRejected(rt, DAVE, 'Balances.transfer_keep_alive', { dest: BOB, value: 6n }, 'Token.NotExpendable');
    expectRejected(
      rt,
      ALICE,
      'Balances.transfer_keep_alive',
      { dest: BOB, value: 1000n * PHA },
      'Token.NotExpendable',
    );
    ok(rt.dispatch(DAVE, 'Balances.transfer_keep_alive', { dest: BOB, value: 5n }));
    expect(free(rt, DAVE)).toBe(ED);
  });

  it('a new account needs at least ED (Token.BelowMinimum); an existing one takes any amount', () => {
    const rt = setup();
    expectRejected(
      rt,
      ALICE,
      'Balances.transfer_allow_death',
      { dest: EVE, value: ED - 1n },
      'Token.BelowMinimum',
    );
    expectRejected(rt, ALICE, 'Balances.transfer_keep_alive', { dest: EVE, value: 1n }, 'Token.BelowMinimum');
    ok(rt.dispatch(ALICE, 'Balances.transfer_allow_death', { dest: BOB, value: 1n }));
    expect(free(rt, BOB)).toBe(1000n * PHA + 1n);
  });

  it('checks the sender before the destination, as fungible::Mutate::transfer does', () => {
    const rt = setup();
    // Eve does not exist: she has nothing to send, whatever the destination would accept.
    expectRejected(
      rt,
      EVE,
      'Balances.transfer_allow_death',
      { dest: FERDIE, value: 1n },
      'Token.FundsUnavailable',
    );
    expectRejected(
      rt,
      DAVE,
      'Balances.transfer_allow_death',
      { dest: EVE, value: ED * 2n },
      'Token.FundsUnavailable',
    );
    expectRejected(
      rt,
      DAVE,
      'Balances.transfer_keep_alive',
      { dest: EVE, value: ED - 1n },
      'Token.NotExpendable',
    );
  });

  it('a transfer to oneself is checked like any other and changes nothing', () => {
    const rt = setup();
    expectRejected(
      rt,
      ALICE,
      'Balances.transfer_allow_death',
      { dest: ALICE, value: 2000n * PHA },
      'Token.FundsUnavailable',
    );
    expectRejected(
      rt,
      DAVE,
      'Balances.transfer_keep_alive',
      { dest: DAVE, value: ED },
      'Token.NotExpendable',
    );
    const before = snapshot(rt);
    ok(rt.dispatch(ALICE, 'Balances.transfer_allow_death', { dest: ALICE, value: PHA }));
    expect(changedKeys(before, snapshot(rt))).toEqual([]);
  });

  it('a zero transfer succeeds with a Transfer event and no state change', () => {
    const rt = setup();
    const before = snapshot(rt);
    const events = ok(rt.dispatch(EVE, 'Balances.transfer_allow_death', { dest: FERDIE, value: 0n }));
    expect(names(events)).toEqual(['Balances.Transfer']);
    expect(changedKeys(before, snapshot(rt))).toEqual([]);
  });

  it('transfer_all moves everything (reaping) or everything above ED (keep_alive)', () => {
    const rt = setup();
    ok(rt.dispatch(ALICE, 'Balances.transfer_all', { dest: CHARLIE, keep_alive: false }));
    expect(info(rt, ALICE).providers).toBe(0n);
    expect(free(rt, CHARLIE)).toBe(1000n * PHA);
    ok(rt.dispatch(BOB, 'Balances.transfer_all', { dest: CHARLIE, keep_alive: true }));
    expect(free(rt, BOB)).toBe(ED);
    expect(free(rt, CHARLIE)).toBe(2000n * PHA - ED);
    // From an account that does not exist: nothing to move, still Ok.
    expect(names(ok(rt.dispatch(EVE, 'Balances.transfer_all', { dest: BOB, keep_alive: false })))).toEqual([
      'Balances.Transfer',
    ]);
  });

  it('force_transfer is Root only', () => {
    const rt = setup();
    const args = { source: BOB, dest: CHARLIE, value: 10n * PHA };
    expectRejected(rt, ALICE, 'Balances.force_transfer', args, 'BadOrigin');
    expectRejected(rt, BOB, 'Balances.force_transfer', args, 'BadOrigin');
    expectRejected(rt, 'none', 'Balances.force_transfer', args, 'BadOrigin');
    ok(rt.dispatch('root', 'Balances.force_transfer', args));
    expect(free(rt, BOB)).toBe(990n * PHA);
    expect(free(rt, CHARLIE)).toBe(10n * PHA);
  });

  it('force_set_balance is Root only and mints or burns the difference', () => {
    const rt = setup();
    expectRejected(rt, ALICE, 'Balances.force_set_balance', { who: BOB, new_free: 1n }, 'BadOrigin');
    const start = issuance(rt);
    const events = ok(rt.dispatch('root', 'Balances.force_set_balance', { who: BOB, new_free: 1500n * PHA }));
    expect(names(events)).toEqual(['Balances.BalanceSet']);
    expect(events[0]?.fields).toEqual({ who: BOB, free: 1500n * PHA });
    expect(issuance(rt)).toBe(start + 500n * PHA);
    // Below ED wipes the account out; the whole balance leaves the issuance (no dust event).
    const wipe = ok(rt.dispatch('root', 'Balances.force_set_balance', { who: BOB, new_free: ED - 1n }));
    expect(names(wipe)).toEqual(['System.KilledAccount', 'Balances.BalanceSet']);
    expect(wipe[1]?.fields).toEqual({ who: BOB, free: 0n });
    expect(issuance(rt)).toBe(start - 1000n * PHA);
    // Creating an account from nothing.
    expect(names(ok(rt.dispatch('root', 'Balances.force_set_balance', { who: EVE, new_free: ED })))).toEqual([
      'System.NewAccount',
      'Balances.Endowed',
      'Balances.BalanceSet',
    ]);
    expect(issuance(rt)).toBe(start - 1000n * PHA + ED);
    // Overflowing the issuance is refused.
    expectRejected(
      rt,
      'root',
      'Balances.force_set_balance',
      { who: EVE, new_free: U128_MAX },
      'Arithmetic.Overflow',
    );
  });

  it('locks freeze funds (Token.Frozen) and keep the account alive as a consumer', () => {
    const rt = setup();
    rt.kernel.enter(() => setLock('democrac', BOB, 600n * PHA));
    expect(info(rt, BOB)).toMatchObject({ consumers: 1n, data: { frozen: 600n * PHA } });
    rt.tryState();
    expectRejected(
      rt,
      BOB,
      'Balances.transfer_allow_death',
      { dest: ALICE, value: 400n * PHA + 1n },
      'Token.Frozen',
    );
    expectRejected(
      rt,
      BOB,
      'Balances.transfer_keep_alive',
      { dest: ALICE, value: 401n * PHA },
      'Token.Frozen',
    );
    ok(rt.dispatch(BOB, 'Balances.transfer_allow_death', { dest: ALICE, value: 400n * PHA }));
    expect(free(rt, BOB)).toBe(600n * PHA);
    // transfer_all keeps the frozen part even when death is allowed.
    ok(rt.dispatch(ALICE, 'Balances.transfer_allow_death', { dest: BOB, value: 100n * PHA }));
    ok(rt.dispatch(BOB, 'Balances.transfer_all', { dest: ALICE, keep_alive: false }));
    expect(free(rt, BOB)).toBe(600n * PHA);
    // A larger lock replaces the one with the same id; removing it thaws everything.
    rt.kernel.enter(() => setLock('democrac', BOB, 100n * PHA));
    expect(info(rt, BOB).data.frozen).toBe(100n * PHA);
    rt.kernel.enter(() => removeLock('democrac', BOB));
    expect(info(rt, BOB)).toMatchObject({ consumers: 0n, data: { frozen: 0n } });
    expect(rt.query('Balances.Locks', BOB)).toEqual([]);
  });

  it('an account with a lock cannot be reaped: Token.OnlyProvider for transfers, ConsumerRemaining for Root', () => {
    const rt = setup();
    rt.kernel.enter(() => setLock('phala/sp', DAVE, 1n));
    expectRejected(
      rt,
      DAVE,
      'Balances.transfer_allow_death',
      { dest: BOB, value: 10n },
      'Token.OnlyProvider',
    );
    expectRejected(rt, DAVE, 'Balances.transfer_keep_alive', { dest: BOB, value: 10n }, 'Token.OnlyProvider');
    expectRejected(
      rt,
      'root',
      'Balances.force_set_balance',
      { who: DAVE, new_free: 0n },
      'ConsumerRemaining',
    );
    // transfer_all with death allowed keeps ED, as reducible_balance does for an account with consumers.
    ok(rt.dispatch(DAVE, 'Balances.transfer_all', { dest: BOB, keep_alive: false }));
    expect(free(rt, DAVE)).toBe(ED);
    expect(rt.query('Balances.Locks', DAVE)).toHaveLength(1);
  });
});

describe('Utility', () => {
  const calls = [transfer(BOB, PHA), transfer(EVE, 1n), transfer(CHARLIE, ED)];

  it('batch stops at the first failure and keeps the calls before it', () => {
    const rt = setup();
    const events = ok(rt.dispatch(ALICE, 'Utility.batch', { calls }));
    expect(names(events)).toEqual(['Balances.Transfer', 'Utility.ItemCompleted', 'Utility.BatchInterrupted']);
    expect(events[2]?.fields).toEqual({
      index: 1n,
      error: { type: 'Token', value: { type: 'BelowMinimum', value: null } },
    });
    expect(free(rt, BOB)).toBe(1001n * PHA);
    expect(info(rt, CHARLIE).providers).toBe(0n);
  });

  it('batch_all is all or nothing and fails with the inner error', () => {
    const rt = setup();
    expectRejected(rt, ALICE, 'Utility.batch_all', { calls }, 'Token.BelowMinimum');
    // A nested batch's effects roll back with it.
    expectRejected(
      rt,
      ALICE,
      'Utility.batch_all',
      {
        calls: [
          { type: 'Utility', value: { type: 'batch', value: { calls: [transfer(BOB, PHA)] } } },
          transfer(CHARLIE, 2000n * PHA),
        ],
      },
      'Token.FundsUnavailable',
    );
    const events = ok(
      rt.dispatch(ALICE, 'Utility.batch_all', { calls: [transfer(BOB, PHA), transfer(CHARLIE, ED)] }),
    );
    expect(names(events)).toEqual([
      'Balances.Transfer',
      'Utility.ItemCompleted',
      'System.NewAccount',
      'Balances.Endowed',
      'Balances.Transfer',
      'Utility.ItemCompleted',
      'Utility.BatchCompleted',
    ]);
  });

  it('force_batch goes on past failures', () => {
    const rt = setup();
    const events = ok(rt.dispatch(ALICE, 'Utility.force_batch', { calls }));
    expect(names(events)).toEqual([
      'Balances.Transfer',
      'Utility.ItemCompleted',
      'Utility.ItemFailed',
      'System.NewAccount',
      'Balances.Endowed',
      'Balances.Transfer',
      'Utility.ItemCompleted',
      'Utility.BatchCompletedWithErrors',
    ]);
    expect(free(rt, CHARLIE)).toBe(ED);
    expect(names(ok(rt.dispatch(ALICE, 'Utility.force_batch', { calls: [] })))).toEqual([
      'Utility.BatchCompleted',
    ]);
  });

  it('nested calls keep the batch origin; module errors carry the pallet index', () => {
    const rt = setup();
    const setBalance = {
      type: 'Balances',
      value: { type: 'force_set_balance', value: { who: EVE, new_free: PHA } },
    };
    const signedBatch = ok(rt.dispatch(ALICE, 'Utility.batch', { calls: [setBalance] }));
    expect(signedBatch.at(-1)?.fields).toEqual({ index: 0n, error: { type: 'BadOrigin', value: null } });
    ok(rt.dispatch('root', 'Utility.batch', { calls: [setBalance] }));
    expect(free(rt, EVE)).toBe(PHA);
    const sudo = { type: 'Sudo', value: { type: 'sudo', value: { call: setBalance } } };
    const interrupted = ok(rt.dispatch(BOB, 'Utility.batch', { calls: [sudo] }));
    expect(interrupted.at(-1)?.fields).toEqual({
      index: 0n,
      error: { type: 'Module', value: { index: 200n, error: '0x00000000' } },
    });
  });

  it('refuses more calls than batched_calls_limit', () => {
    const rt = setup({ config: { 'Utility.batched_calls_limit': 2 } });
    expectRejected(
      rt,
      ALICE,
      'Utility.batch',
      { calls: [transfer(BOB, 1n), transfer(BOB, 1n), transfer(BOB, 1n)] },
      'Utility.TooManyCalls',
    );
    ok(rt.dispatch(ALICE, 'Utility.batch', { calls: [transfer(BOB, 1n), transfer(BOB, 1n)] }));
  });
});

describe('Sudo', () => {
  const call = { type: 'Balances', value: { type: 'force_set_balance', value: { who: EVE, new_free: PHA } } };

  it('exists in the dev profile and only the key (//Alice) may use it', () => {
    const rt = setup();
    expect(rt.query('Sudo.Key')).toBe(ALICE);
    expectRejected(rt, BOB, 'Sudo.sudo', { call }, 'Sudo.RequireSudo');
    const events = ok(rt.dispatch(ALICE, 'Sudo.sudo', { call }));
    expect(names(events).slice(-2)).toEqual(['Balances.BalanceSet', 'Sudo.Sudid']);
    expect(events.at(-1)?.fields).toEqual({ sudo_result: { type: 'Ok', value: null } });
    // A failing inner call is reported in Sudid, the sudo call itself succeeds.
    const failing = ok(rt.dispatch(ALICE, 'Sudo.sudo', { call: transfer(BOB, PHA) }));
    expect(failing.at(-1)?.fields).toEqual({
      sudo_result: { type: 'Err', value: { type: 'BadOrigin', value: null } },
    });
    const as = ok(rt.dispatch(ALICE, 'Sudo.sudo_as', { who: BOB, call: transfer(CHARLIE, ED) }));
    expect(names(as).slice(-1)).toEqual(['Sudo.SudoAsDone']);
    expect(free(rt, CHARLIE)).toBe(ED);
    ok(rt.dispatch(ALICE, 'Sudo.set_key', { new: BOB }));
    expect(rt.query('Sudo.Key')).toBe(BOB);
    expectRejected(rt, ALICE, 'Sudo.sudo', { call }, 'Sudo.RequireSudo');
  });

  it('is absent from the production profile', () => {
    const rt = setup({ profile: 'production' });
    expect(rt.kernel.pallet('Sudo')).toBeUndefined();
    expectRejected(rt, ALICE, 'Sudo.sudo', { call }, 'InvalidCall');
    expect(() => rt.query('Sudo.Key')).toThrow(/unknown storage item/);
  });
});

describe('System remarks', () => {
  const text = '0x6869'; // "hi"

  it('remark is ensure_signed_or_root: a signer or Root may remark, nothing else happens; None is BadOrigin', () => {
    const rt = setup();
    const before = snapshot(rt);
    expect(ok(rt.dispatch('root', 'System.remark', { remark: text }))).toEqual([]);
    expect(ok(rt.dispatch(ALICE, 'System.remark', { remark: text }))).toEqual([]);
    expect(changedKeys(before, snapshot(rt))).toEqual([]);
    expectRejected(rt, 'none', 'System.remark', { remark: text }, 'BadOrigin');
  });

  it('remark_with_event needs a signer for its Remarked event: Root and None are BadOrigin', () => {
    const rt = setup();
    const events = ok(rt.dispatch(ALICE, 'System.remark_with_event', { remark: text }));
    expect(names(events)).toEqual(['System.Remarked']);
    expect(events[0]?.fields.sender).toBe(ALICE);
    expectRejected(rt, 'root', 'System.remark_with_event', { remark: text }, 'BadOrigin');
    expectRejected(rt, 'none', 'System.remark_with_event', { remark: text }, 'BadOrigin');
  });
});

describe('bad input through dispatch', () => {
  it('returns typed errors, never throws, and changes nothing', () => {
    const rt = setup();
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      [ALICE, 'Balances.transfer_allow_death', { dest: BOB, value: U128_MAX + 1n }, 'InvalidArgument'],
      [ALICE, 'Balances.transfer_allow_death', { dest: BOB, value: -1n }, 'InvalidArgument'],
      [ALICE, 'Balances.transfer_allow_death', { dest: BOB, value: 1.5 }, 'InvalidArgument'],
      [ALICE, 'Balances.transfer_allow_death', { dest: BOB, value: 'lots' }, 'InvalidArgument'],
      [ALICE, 'Balances.transfer_allow_death', { dest: BOB }, 'InvalidArgument'],
      [ALICE, 'Balances.transfer_allow_death', { value: 1n }, 'InvalidArgument'],
      [ALICE, 'Balances.transfer_allow_death', { dest: 'not-an-account', value: 1n }, 'InvalidArgument'],
      [ALICE, 'Balances.transfer_allow_death', { dest: '0x1234', value: 1n }, 'InvalidArgument'],
      [
        ALICE,
        'Balances.transfer_allow_death',
        { dest: { type: 'Nope', value: BOB }, value: 1n },
        'InvalidArgument',
      ],
      [ALICE, 'Balances.transfer_all', { dest: BOB, keep_alive: 'yes' }, 'InvalidArgument'],
      [ALICE, 'Utility.batch', { calls: 'all of them' }, 'InvalidArgument'],
      [
        ALICE,
        'Utility.batch',
        { calls: [{ type: 'Nope', value: { type: 'x', value: {} } }] },
        'InvalidArgument',
      ],
      [ALICE, 'Utility.batch', { calls: [transfer(BOB, U128_MAX + 1n)] }, 'InvalidArgument'],
      [ALICE, 'Nope.transfer', { dest: BOB, value: 1n }, 'InvalidCall'],
      [ALICE, 'Balances.nope', { dest: BOB, value: 1n }, 'InvalidCall'],
      [ALICE, 'Balances', {}, 'InvalidCall'],
      [ALICE, '', {}, 'InvalidCall'],
      ['root', 'Balances.transfer_allow_death', { dest: BOB, value: 1n }, 'BadOrigin'],
      ['none', 'Balances.transfer_allow_death', { dest: BOB, value: 1n }, 'BadOrigin'],
      ['nobody', 'Balances.transfer_allow_death', { dest: BOB, value: 1n }, 'BadOrigin'],
      [ALICE, 'Balances.force_set_balance', { who: ALICE, new_free: U128_MAX }, 'BadOrigin'],
      [ALICE, 'System.set_storage', { items: [] }, 'BadOrigin'],
      ['root', 'System.set_code', { code: '0x00' }, 'System.CallFiltered'],
      [ALICE, 'Timestamp.set', { now: 1n }, 'BadOrigin'],
    ];
    for (const [origin, call, args, error] of cases) expectRejected(rt, origin, call, args, error);
    expect(rt.dispatch(ALICE, 'Balances.transfer_allow_death', { dest: BOB, value: 1n }).ok).toBe(true);
  });
});

describe('signed extrinsics through the Executive', () => {
  function withExecutive(opts: Parameters<typeof createRuntime>[0] = {}) {
    const rt = setup(opts);
    return { rt, ex: new Executive(rt.kernel) };
  }
  const keepAlive = (rt: Runtime, dest: string, value: bigint) =>
    callValue(rt, 'Balances.transfer_keep_alive', { dest, value });

  it('withdraws the fee before dispatch and credits it all to the Treasury', () => {
    const { rt, ex } = withExecutive();
    const xt = signedXt(rt, ALICE, keepAlive(rt, BOB, PHA));
    const fee = expectedFee(49_000_000n, xt.len);
    const start = issuance(rt);
    const validated = ex.validateSigned(xt);
    expect(validated.fee).toBe(fee);
    const out = ex.applySigned(xt);
    expect(out).toEqual({ ok: true, error: undefined, fee });
    expect(free(rt, ALICE)).toBe(999n * PHA - fee);
    expect(info(rt, ALICE).nonce).toBe(1n);
    expect(free(rt, TREASURY)).toBe(ED + fee);
    expect(issuance(rt)).toBe(start);
    const events = rt.events();
    expect(names(events)).toEqual([
      'Balances.Withdraw',
      'Balances.Transfer',
      'Balances.Deposit',
      'Treasury.Deposit',
      'TransactionPayment.TransactionFeePaid',
      'System.ExtrinsicSuccess',
    ]);
    expect(events[0]?.fields).toEqual({ who: ALICE, amount: fee });
    expect(events[2]?.fields).toEqual({ who: TREASURY, amount: fee });
    expect(events[3]?.fields).toEqual({ value: fee });
    expect(events[4]?.fields).toEqual({ who: ALICE, actual_fee: fee, tip: 0n });
    expect(events[5]?.fields).toEqual({
      dispatch_info: {
        weight: { refTime: 49_000_000n, proofSize: 3_593n },
        class: { type: 'Normal', value: null },
        paysFee: { type: 'Yes', value: null },
      },
    });
  });

  it('the call sees the balance after the fee (transfer_all moves what is left)', () => {
    const { rt, ex } = withExecutive({
      balances: [
        [CHARLIE, 10n * PHA],
        [TREASURY, ED],
      ],
    });
    const xt = signedXt(
      rt,
      CHARLIE,
      callValue(rt, 'Balances.transfer_all', { dest: EVE, keep_alive: false }),
    );
    const fee = expectedFee(59_000_000n, xt.len);
    expect(ex.applySigned(xt).ok).toBe(true);
    expect(free(rt, EVE)).toBe(10n * PHA - fee);
    expect(info(rt, CHARLIE).providers).toBe(0n); // reaped, nonce with it
    expect(free(rt, TREASURY)).toBe(ED + fee);
  });

  it('keeps the fee and bumps the nonce when the call fails; ExtrinsicFailed carries the error', () => {
    const { rt, ex } = withExecutive();
    // Everything but ED would be fine without a fee; with the fee already gone it is NotExpendable.
    const xt = signedXt(rt, BOB, keepAlive(rt, ALICE, 1000n * PHA - ED));
    const fee = expectedFee(49_000_000n, xt.len);
    const before = snapshot(rt);
    const out = ex.applySigned(xt);
    expect(out.ok).toBe(false);
    expect(out.error?.path).toBe('Token.NotExpendable');
    expect(out.fee).toBe(fee);
    expect(info(rt, BOB)).toMatchObject({ nonce: 1n, data: { free: 1000n * PHA - fee } });
    expect(free(rt, ALICE)).toBe(1000n * PHA);
    expect(free(rt, TREASURY)).toBe(ED + fee);
    const events = rt.events();
    expect(names(events)).toEqual([
      'Balances.Withdraw',
      'Balances.Deposit',
      'Treasury.Deposit',
      'TransactionPayment.TransactionFeePaid',
      'System.ExtrinsicFailed',
    ]);
    expect(events[4]?.fields.dispatch_error).toEqual({
      type: 'Token',
      value: { type: 'NotExpendable', value: null },
    });
    // Only the signer, the Treasury and the block's bookkeeping changed.
    const touched = changedKeys(before, snapshot(rt));
    expect(touched).toEqual(expect.arrayContaining([SystemAccount.key(BOB), SystemAccount.key(TREASURY)]));
    const allowed = [
      SystemAccount.key(BOB),
      SystemAccount.key(TREASURY),
      storagePrefix('System', 'BlockWeight'),
      storagePrefix('System', 'ExecutionPhase'),
    ];
    expect(touched.filter((k) => !allowed.includes(k))).toEqual([]);
  });

  it('ExtrinsicFailed carries the module error index of the metadata', () => {
    const { rt, ex } = withExecutive();
    const sudo = callValue(rt, 'Sudo.sudo', { call: transfer(BOB, 1n) });
    const xt = signedXt(rt, BOB, sudo);
    const out = ex.applySigned(xt);
    expect(out.error?.path).toBe('Sudo.RequireSudo');
    // A failed Pays::No call pays its fee (sudo's own weight; the inner call is not counted).
    expect(out.fee).toBe(expectedFee(10_000_000n, xt.len));
    const failed = rt.events().find((e) => e.name === 'ExtrinsicFailed');
    const { index, error } = rt.kernel.moduleErrorIndex('Sudo', 'RequireSudo');
    expect(failed?.fields.dispatch_error).toEqual({ type: 'Module', value: { index: BigInt(index), error } });
    expect(index).toBe(200);
    expect(info(rt, BOB).nonce).toBe(1n);
    const limit = withExecutive({ config: { 'Utility.batched_calls_limit': 0 } });
    const batch = callValue(limit.rt, 'Utility.batch', { calls: [transfer(BOB, 1n)] });
    limit.ex.applySigned(signedXt(limit.rt, ALICE, batch));
    const tooMany = limit.rt.events().find((e) => e.name === 'ExtrinsicFailed');
    expect(tooMany?.fields.dispatch_error).toEqual({
      type: 'Module',
      value: { index: 3n, error: '0x00000000' },
    });
  });

  it('a successful Pays::No call (sudo by the key) pays only its tip', () => {
    const { rt, ex } = withExecutive();
    const xt = signedXt(rt, ALICE, callValue(rt, 'Sudo.sudo', { call: transfer(BOB, 1n) }), { tip: 1_000n });
    const out = ex.applySigned(xt);
    expect(out).toMatchObject({ ok: true, fee: 1_000n });
    expect(free(rt, ALICE)).toBe(1000n * PHA - 1_000n);
    expect(free(rt, TREASURY)).toBe(ED + 1_000n);
    const paid = rt.events().find((e) => e.name === 'TransactionFeePaid');
    expect(paid?.fields).toEqual({ who: ALICE, actual_fee: 1_000n, tip: 1_000n });
  });

  it('includes the tip in the fee', () => {
    const { rt, ex } = withExecutive();
    const xt = signedXt(rt, ALICE, keepAlive(rt, BOB, 1n), { tip: 12_345n });
    expect(ex.applySigned(xt).fee).toBe(expectedFee(49_000_000n, xt.len, 12_345n));
  });

  it('stale and future nonces are InvalidTransaction and change nothing', () => {
    const { rt, ex } = withExecutive();
    ex.applySigned(signedXt(rt, ALICE, keepAlive(rt, BOB, 1n)));
    rt.events();
    const before = snapshot(rt);
    const kinds: string[] = [];
    for (const nonce of [0n, 2n, 7n]) {
      try {
        ex.applySigned(signedXt(rt, ALICE, keepAlive(rt, BOB, 1n), { nonce }));
      } catch (err) {
        expect(err).toBeInstanceOf(InvalidTransaction);
        kinds.push((err as InvalidTransaction).kind);
      }
      // Validation (the pool's view): a stale nonce is refused, a future one is valid but `ahead`.
      const validate = () => ex.validateSigned(signedXt(rt, ALICE, keepAlive(rt, BOB, 1n), { nonce }));
      if (nonce === 0n) expect(validate).toThrow(InvalidTransaction);
      else expect(validate().ahead).toBe(true);
    }
    expect(kinds).toEqual(['Stale', 'Future', 'Future']);
    expect(changedKeys(before, snapshot(rt))).toEqual([]);
    expect(rt.events()).toEqual([]);
  });

  it("an unaffordable fee is InvalidTransaction('Payment') with no state change, in validate and apply", () => {
    const { rt, ex } = withExecutive();
    ex.applySigned(signedXt(rt, ALICE, keepAlive(rt, BOB, 1n))); // a non-zero extrinsic index
    rt.events();
    const before = snapshot(rt);
    // Eve has nothing; Dave would drop below ED paying the fee (fees are withdrawn keep-alive).
    for (const who of [EVE, DAVE]) {
      const xt = signedXt(rt, who, keepAlive(rt, BOB, 1n));
      for (const run of [() => ex.validateSigned(xt), () => ex.applySigned(xt)]) {
        let caught: unknown;
        try {
          run();
        } catch (err) {
          caught = err;
        }
        expect(caught).toBeInstanceOf(InvalidTransaction);
        expect((caught as InvalidTransaction).kind).toBe('Payment');
      }
    }
    expect(changedKeys(before, snapshot(rt))).toEqual([]);
    expect(rt.events()).toEqual([]);
  });

  it('burns the fee when the Treasury account cannot be created (resolve_creating), without throwing', () => {
    const { rt, ex } = withExecutive({ balances: [[ALICE, 1000n * PHA]] });
    // Genesis endows the Treasury with ED; Root removes it to reach the resolve_creating path.
    ok(rt.dispatch('root', 'Balances.force_set_balance', { who: TREASURY, new_free: 0n }));
    const start = issuance(rt);
    const xt = signedXt(rt, ALICE, keepAlive(rt, BOB, PHA));
    const fee = expectedFee(49_000_000n, xt.len);
    expect(fee).toBeLessThan(ED);
    const out = ex.applySigned(xt);
    expect(out).toMatchObject({ ok: true, fee });
    expect(info(rt, TREASURY).providers).toBe(0n);
    expect(issuance(rt)).toBe(start - fee);
    rt.tryState();
    // Once the Treasury exists, fees go to it.
    ok(rt.dispatch(ALICE, 'Balances.transfer_allow_death', { dest: TREASURY, value: ED }));
    const second = ex.applySigned(signedXt(rt, ALICE, keepAlive(rt, BOB, PHA)));
    expect(free(rt, TREASURY)).toBe(ED + second.fee);
  });
});
