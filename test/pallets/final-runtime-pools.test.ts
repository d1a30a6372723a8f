/**
 * The pool pallets of the final Khala runtime (phala-blockchain runtime-release-v1270, 7dd69475) against
 * the Rust tests' recorded events (`pallets/phala/src/snapshots/*.snap`, values as facts):
 * - test_withdraw, steps withdraw1–withdraw9: every PhalaBasePool / PhalaStakePoolv2 / PhalaVault event
 *   with its values, including `WithdrawalQueued.withdrawing_nft_id` and `Withdrawal.burnt_shares`
 *   (withdraw7 burns 100 000 dust shares: amount 0, shares 0, burnt_shares 100 000).
 * - vault_partial_force_withdraw and vault_force_withdraw_after_3x_grace_period: `PhalaVault.ForceShutdown
 *   { pid, reason }` with `NoEnoughReleasingStake` / `Waiting3xGracePeriod`, then the partial fill.
 * - set_payout_pref: an unchanged commission is `CommissionNotChanged`; a change pays the old commission
 *   out (OwnerSharesGained) before VaultCommissionSet.
 * - Reimbursements: `set_reimbursements` (MigrationAccountId; `add` sums), `claim_reimbursement` pays from
 *   the subsidy wallet once; the removed migration calls are gone from the runtime.
 */
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { PALLET_ID_ACCOUNT } from '../../src/pallets-mock/pallets/phala-base-pool/index.js';
import { SUBSIDY_ACCOUNT } from '../../src/pallets-mock/pallets/phala-computation/index.js';
import {
  acct,
  COOL_DOWN,
  DOLLARS,
  err,
  mockRuntime,
  ok,
  pha,
  setupStakePool,
  setupVault,
  setupWorkers,
  vault,
  workerKey,
} from './phala-pools-helpers.js';

const D = DOLLARS;
const MIGRATION_ACCOUNT = '0x9e6399cd577e8ac536bdc017675f747b2d1893ad9cc8c69fd17eef73d4e6e51e';
const POOL_PALLETS = ['PhalaBasePool', 'PhalaStakePoolv2', 'PhalaVault'];

/** The pool pallets' events since the last call, as [name, fields]. */
const poolEvents = (rt: Runtime): Array<[string, Record<string, unknown>]> =>
  rt
    .events()
    .filter((e) => POOL_PALLETS.includes(e.pallet))
    .map((e) => [`${e.pallet}.${e.name}`, e.fields]);

const wrap = (rt: Runtime, n: number, amount: bigint) =>
  ok(rt, acct(n), 'PhalaWrappedBalances.wrap', { amount });
const contribute = (rt: Runtime, n: number, pid: bigint, amount: bigint, asVault: bigint | null = null) =>
  ok(rt, acct(n), 'PhalaStakePoolv2.contribute', { pid, amount, as_vault: asVault });
const withdraw = (rt: Runtime, n: number, pid: bigint, shares: bigint, asVault: bigint | null = null) =>
  ok(rt, acct(n), 'PhalaStakePoolv2.withdraw', { pid, shares, as_vault: asVault });
const start = (rt: Runtime, pid: bigint, w: number, stake: bigint) =>
  ok(rt, acct(1), 'PhalaStakePoolv2.start_computing', { pid, worker: workerKey(w), stake });
const nftCreated = (pid: bigint, cid: bigint, nftId: bigint, shares: bigint) =>
  ['PhalaBasePool.NftCreated', { pid, cid, nft_id: nftId, owner: PALLET_ID_ACCOUNT, shares }] as const;
const queued = (
  pid: bigint,
  user: string,
  shares: bigint,
  nftId: bigint,
  asVault: bigint | null,
  split: bigint,
) =>
  [
    'PhalaBasePool.WithdrawalQueued',
    { pid, user, shares, nft_id: nftId, as_vault: asVault, withdrawing_nft_id: split },
  ] as const;
const withdrawal = (pid: bigint, user: string, amount: bigint, shares: bigint, burnt = 0n) =>
  ['PhalaBasePool.Withdrawal', { pid, user, amount, shares, burnt_shares: burnt }] as const;

describe('test_withdraw (snapshots withdraw1–withdraw9)', () => {
  it('emits the final runtime’s events with their values at every step', () => {
    const rt = mockRuntime();
    wrap(rt, 1, 500n * D);
    wrap(rt, 2, 500n * D);
    wrap(rt, 3, 500n * D);
    wrap(rt, 99, 5000n * D);
    rt.advanceBlocks(1);
    setupWorkers(rt, 2);
    const pid = setupStakePool(rt, 1, [1, 2]);
    contribute(rt, 2, pid, 300n * D);
    contribute(rt, 1, pid, 300n * D);
    contribute(rt, 3, pid, 300n * D);
    start(rt, pid, 1, 400n * D);
    start(rt, pid, 2, 300n * D);
    rt.events();

    withdraw(rt, 2, pid, 300n * D);
    expect(poolEvents(rt), 'withdraw1').toEqual([
      nftCreated(0n, 10000n, 3n, 300n * D),
      queued(0n, acct(2), 300n * D, 0n, null, 3n),
      withdrawal(0n, acct(2), 200n * D, 200n * D),
    ]);

    contribute(rt, 99, pid, 300n * D);
    expect(poolEvents(rt), 'withdraw2').toEqual([
      ['PhalaBasePool.NftCreated', { pid: 0n, cid: 10000n, nft_id: 4n, owner: acct(99), shares: 300n * D }],
      withdrawal(0n, acct(2), 100n * D, 100n * D),
      [
        'PhalaStakePoolv2.Contribution',
        { pid: 0n, user: acct(99), amount: 300n * D, shares: 300n * D, as_vault: null },
      ],
    ]);

    withdraw(rt, 1, pid, 200n * D);
    expect(poolEvents(rt), 'withdraw3').toEqual([
      nftCreated(0n, 10000n, 5n, 200n * D),
      queued(0n, acct(1), 200n * D, 1n, null, 5n),
      withdrawal(0n, acct(1), 200n * D, 200n * D),
    ]);

    const v1 = setupVault(rt, 99);
    expect(v1).toBe(1n);
    ok(rt, acct(1), 'PhalaVault.contribute', { pid: v1, amount: 300n * D });
    ok(rt, acct(99), 'PhalaVault.contribute', { pid: v1, amount: 300n * D });
    contribute(rt, 99, pid, 500n * D, v1);
    rt.events();
    ok(rt, acct(1), 'PhalaVault.withdraw', { pid: v1, shares: 200n * D });
    expect(poolEvents(rt), 'withdraw4').toEqual([
      nftCreated(1n, 10001n, 2n, 200n * D),
      queued(1n, acct(1), 200n * D, 0n, null, 2n),
      withdrawal(1n, acct(1), 100n * D, 100n * D),
    ]);

    withdraw(rt, 3, pid, 200n * D);
    expect(poolEvents(rt), 'withdraw5').toEqual([
      nftCreated(0n, 10000n, 7n, 200n * D),
      queued(0n, acct(3), 200n * D, 2n, null, 7n),
      withdrawal(0n, acct(3), 200n * D, 200n * D),
    ]);

    const v1Account = vault(rt, v1).basepool.poolAccountId;
    withdraw(rt, 99, pid, 400n * D, v1);
    expect(poolEvents(rt), 'withdraw6').toEqual([
      nftCreated(0n, 10000n, 8n, 400n * D),
      queued(0n, v1Account, 400n * D, 6n, v1, 8n),
      withdrawal(0n, v1Account, 300n * D, 300n * D),
    ]);

    const v2 = setupVault(rt, 99);
    ok(rt, acct(99), 'PhalaVault.contribute', { pid: v2, amount: 300_000_000_100_000n });
    rt.events();
    ok(rt, acct(99), 'PhalaVault.withdraw', { pid: v2, shares: 100_000n });
    expect(poolEvents(rt), 'withdraw7: the dust request is burnt').toEqual([
      nftCreated(2n, 10002n, 1n, 100_000n),
      queued(2n, acct(99), 100_000n, 0n, null, 1n),
      withdrawal(2n, acct(99), 0n, 0n, 100_000n),
    ]);

    contribute(rt, 99, pid, 299_990_000_000_000n, v2);
    rt.events();
    ok(rt, acct(99), 'PhalaVault.withdraw', { pid: v2, shares: 300n * D });
    expect(poolEvents(rt), 'withdraw8').toEqual([
      ['PhalaVault.OwnerSharesGained', { pid: 2n, shares: 100n, checkout_price: 1_000_000_000_333n }],
      nftCreated(2n, 10002n, 2n, 300n * D),
      queued(2n, acct(99), 300n * D, 0n, null, 2n),
      withdrawal(2n, acct(99), 10_000_099_999n, 10_000_099_996n),
    ]);

    ok(rt, acct(4), 'PhalaVault.check_and_maybe_force_withdraw', { vault_pid: v1 });
    expect(poolEvents(rt), 'withdraw9').toEqual([withdrawal(1n, acct(1), 100n * D, 100n * D)]);
  });
});

describe('vault force shutdown (ForceShutdown { pid, reason })', () => {
  /** Both Rust tests: acct1 puts 200 into vault 1, which invests 200 in pool 0, then asks it all back. */
  function invested(workers: number[]): { rt: Runtime; vid: bigint; pid: bigint } {
    const rt = mockRuntime();
    wrap(rt, 1, 500n * D);
    rt.advanceBlocks(1);
    setupWorkers(rt, workers.length);
    const pid = setupStakePool(rt, 1, workers);
    const vid = setupVault(rt, 99);
    ok(rt, acct(1), 'PhalaVault.contribute', { pid: vid, amount: 200n * D });
    contribute(rt, 99, pid, 200n * D, vid);
    for (const w of workers) start(rt, pid, w, (200n * D) / BigInt(workers.length));
    ok(rt, acct(1), 'PhalaVault.withdraw', { pid: vid, shares: 200n * D });
    return { rt, vid, pid };
  }

  it('vault_partial_force_withdraw: NoEnoughReleasingStake after 7 d + 1 s, then a partial fill', () => {
    const { rt, vid, pid } = invested([1, 2]);
    rt.advanceTime(COOL_DOWN + 1);
    rt.events();
    ok(rt, acct(1), 'PhalaVault.check_and_maybe_force_withdraw', { vault_pid: vid });
    const account = vault(rt, vid).basepool.poolAccountId;
    expect(poolEvents(rt)).toEqual([
      nftCreated(0n, 10000n, 1n, 200n * D),
      queued(0n, account, 200n * D, 0n, vid, 1n),
      ['PhalaVault.ForceShutdown', { pid: vid, reason: { type: 'NoEnoughReleasingStake', value: null } }],
    ]);
    expect(rt.query('PhalaVault.VaultLocks', vid)).toBeNull();
    ok(rt, acct(1), 'PhalaStakePoolv2.stop_computing', { pid, worker: workerKey(1) });
    rt.advanceTime(COOL_DOWN);
    ok(rt, acct(1), 'PhalaStakePoolv2.reclaim_pool_worker', { pid, worker: workerKey(1) });
    rt.events();
    ok(rt, acct(1), 'PhalaVault.check_and_maybe_force_withdraw', { vault_pid: vid });
    expect(poolEvents(rt)).toEqual([withdrawal(1n, acct(1), 100n * D, 100n * D)]);
    expect(rt.query('PhalaVault.VaultLocks', vid)).toBeNull();
  });

  it('vault_force_withdraw_after_3x_grace_period: Waiting3xGracePeriod after 21 d + 1 s', () => {
    const { rt, vid } = invested([1]);
    rt.advanceTime(3 * COOL_DOWN + 1);
    rt.events();
    ok(rt, acct(1), 'PhalaVault.check_and_maybe_force_withdraw', { vault_pid: vid });
    const account = vault(rt, vid).basepool.poolAccountId;
    expect(poolEvents(rt)).toEqual([
      nftCreated(0n, 10000n, 1n, 200n * D),
      queued(0n, account, 200n * D, 0n, vid, 1n),
      ['PhalaVault.ForceShutdown', { pid: vid, reason: { type: 'Waiting3xGracePeriod', value: null } }],
    ]);
    expect(rt.query('PhalaVault.VaultLocks', vid)).toBeNull();
    // Locked: a second check neither shuts down again nor emits anything.
    ok(rt, acct(1), 'PhalaVault.check_and_maybe_force_withdraw', { vault_pid: vid });
    expect(poolEvents(rt)).toEqual([]);
  });
});

describe('vault commission changes (commission paid out before a rate change)', () => {
  it('refuses an unchanged commission and settles owner shares at the old rate first', () => {
    const rt = mockRuntime();
    wrap(rt, 1, 500n * D);
    wrap(rt, 2, 500n * D);
    setupWorkers(rt, 1);
    const pid = setupStakePool(rt, 1, [1]);
    const vid = setupVault(rt, 2);
    ok(rt, acct(2), 'PhalaVault.set_payout_pref', { pid: vid, payout_commission: 100_000n });
    err(
      rt,
      acct(2),
      'PhalaVault.set_payout_pref',
      { pid: vid, payout_commission: 100_000n },
      'PhalaVault.CommissionNotChanged',
    );
    ok(rt, acct(1), 'PhalaVault.contribute', { pid: vid, amount: 100n * D });
    contribute(rt, 2, pid, 100n * D, vid);
    start(rt, pid, 1, 100n * D);
    expect(rt.offchain.settle({ worker: workerKey(1), payoutBits: 100n << 64n }).ok).toBe(true);
    rt.events();
    ok(rt, acct(2), 'PhalaVault.set_payout_pref', { pid: vid, payout_commission: null });
    const evs = poolEvents(rt);
    expect(evs.map(([n]) => n)).toEqual(['PhalaVault.OwnerSharesGained', 'PhalaVault.VaultCommissionSet']);
    const gained = evs[0]?.[1] as { shares: bigint };
    expect(gained.shares).toBeGreaterThan(0n);
    expect(vault(rt, vid).ownerShares).toBe(gained.shares);
    expect(vault(rt, vid).commission).toBeNull();
  });
});

describe('PhalaBasePool reimbursements', () => {
  it('set by the migration account (add sums), claimed once from the subsidy wallet', () => {
    const rt = mockRuntime([[MIGRATION_ACCOUNT, 10n * D]]);
    const input = [
      [acct(2), 0n, 5n * D],
      [acct(3), 1n, 7n * D],
    ];
    err(
      rt,
      acct(1),
      'PhalaBasePool.set_reimbursements',
      { input, add: false },
      'PhalaBasePool.NotMigrationRoot',
    );
    ok(rt, MIGRATION_ACCOUNT, 'PhalaBasePool.set_reimbursements', { input, add: false });
    ok(rt, MIGRATION_ACCOUNT, 'PhalaBasePool.set_reimbursements', {
      input: [[acct(2), 0n, 1n * D]],
      add: true,
    });
    expect(rt.query('PhalaBasePool.Reimbursements', [acct(2), 0n])).toBe(6n * D);
    ok(rt, MIGRATION_ACCOUNT, 'PhalaBasePool.set_reimbursements', {
      input: [[acct(3), 1n, 2n * D]],
      add: false,
    });
    expect(rt.query('PhalaBasePool.Reimbursements', [acct(3), 1n])).toBe(2n * D);

    const subsidy = pha(rt, SUBSIDY_ACCOUNT);
    const before = pha(rt, acct(4));
    ok(rt, acct(2), 'PhalaBasePool.claim_reimbursement', { pid: 0n, target: acct(4) });
    expect(pha(rt, acct(4))).toBe(before + 6n * D);
    expect(pha(rt, SUBSIDY_ACCOUNT)).toBe(subsidy - 6n * D);
    expect(rt.query('PhalaBasePool.Reimbursements', [acct(2), 0n])).toBeUndefined();
    err(
      rt,
      acct(2),
      'PhalaBasePool.claim_reimbursement',
      { pid: 0n, target: acct(4) },
      'PhalaBasePool.NoReimbursementToClaim',
    );
  });

  it('the Aug-2023 migration calls are gone', () => {
    const rt = mockRuntime();
    for (const call of [
      'PhalaBasePool.reset_lock_iter_pos',
      'PhalaBasePool.remove_unused_lock',
      'PhalaStakePoolv2.backfill_add_missing_reward',
      'PhalaStakePoolv2.reset_iter_pos',
      'PhalaStakePoolv2.fix_missing_worker_lock',
      'PhalaVault.refresh_vault_lock_and_check',
      'PhalaWrappedBalances.backfill_vote_lock',
      'Balances.transfer',
      'Balances.set_balance_deprecated',
    ]) {
      const out = rt.dispatch(MIGRATION_ACCOUNT, call, {});
      expect(out.ok ? 'ok' : out.error, call).toBe('InvalidCall');
    }
  });
});
