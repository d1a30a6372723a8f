/**
 * Issue 3 rejections not covered elsewhere, each with its specific error and a byte-identical state
 * afterwards (`err()` compares every committed storage pair before and after):
 * - every owner-only call of PhalaStakePoolv2 / PhalaVault / PhalaBasePool made by someone else (the
 *   ones phala-pools.test.ts already covers — contribute as a vault, start_computing,
 *   claim_owner_rewards, add_staker_to_whitelist — are not repeated);
 * - a contribution one planck over the cap (and exactly up to the cap);
 * - withdrawals of more shares than held, counting the shares already queued (stake pool) and in a
 *   vault;
 * - PhalaMq: a worker message signed by another key, a Gatekeeper message signed by a worker key, a
 *   replayed sequence and a skipped one.
 * The attestation rejections live in phala-registry.test.ts.
 */
import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import { describe, expect, it } from 'vitest';
import { SignedMessageChannel } from '../../src/pallets-mock/offchain/signer.js';
import {
  RegistryEvent,
  TOPIC,
  WorkingInfoUpdateEvent,
} from '../../src/pallets-mock/pallets/phala-mq/types.js';
import {
  DEV_GATEKEEPER_MASTER_SEED,
  devSeed,
} from '../../src/pallets-mock/pallets/phala-registry/dev-identities.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import {
  acct,
  DOLLARS as D,
  err,
  mockRuntime,
  ok,
  setupStakePool,
  setupVault,
  setupWorkers,
  stakePool,
  userShares,
  vault,
  workerKey,
  wpha,
} from './phala-pools-helpers.js';

describe('owner-only pool calls from another account', () => {
  it('fail with UnauthorizedPoolOwner and change nothing', () => {
    const rt = mockRuntime();
    // Worker i's operator is acct i, so acct 2 may add worker 2 — but not to acct 1's pool.
    setupWorkers(rt, 2, true);
    for (const n of [1, 2, 3]) ok(rt, acct(n), 'PhalaWrappedBalances.wrap', { amount: 500n * D });
    const pid = setupStakePool(rt, 1, [1]);
    const vid = setupVault(rt, 1);
    ok(rt, acct(3), 'PhalaStakePoolv2.contribute', { pid, amount: 200n * D, as_vault: null });
    ok(rt, acct(3), 'PhalaVault.contribute', { pid: vid, amount: 100n * D });
    ok(rt, acct(1), 'PhalaStakePoolv2.contribute', { pid, amount: 50n * D, as_vault: vid });
    ok(rt, acct(1), 'PhalaStakePoolv2.start_computing', { pid, worker: workerKey(1), stake: 100n * D });
    ok(rt, acct(1), 'PhalaBasePool.add_staker_to_whitelist', { pid, staker: acct(3) });
    const intruder = acct(2);
    const calls: Array<[string, Record<string, unknown>, string]> = [
      ['PhalaStakePoolv2.add_worker', { pid, pubkey: workerKey(2) }, 'PhalaStakePoolv2'],
      ['PhalaStakePoolv2.remove_worker', { pid, worker: workerKey(1) }, 'PhalaStakePoolv2'],
      ['PhalaStakePoolv2.set_cap', { pid, cap: 1000n * D }, 'PhalaStakePoolv2'],
      ['PhalaStakePoolv2.set_payout_pref', { pid, payout_commission: 100_000n }, 'PhalaStakePoolv2'],
      ['PhalaStakePoolv2.stop_computing', { pid, worker: workerKey(1) }, 'PhalaStakePoolv2'],
      [
        'PhalaStakePoolv2.restart_computing',
        { pid, worker: workerKey(1), stake: 150n * D },
        'PhalaStakePoolv2',
      ],
      ['PhalaStakePoolv2.withdraw', { pid, shares: 10n * D, as_vault: vid }, 'PhalaStakePoolv2'],
      ['PhalaVault.set_payout_pref', { pid: vid, payout_commission: 100_000n }, 'PhalaVault'],
      ['PhalaVault.claim_owner_shares', { vault_pid: vid, target: intruder, shares: 1n }, 'PhalaVault'],
      ['PhalaVault.maybe_gain_owner_shares', { vault_pid: vid }, 'PhalaVault'],
      ['PhalaBasePool.set_pool_description', { pid, description: '0x1234' }, 'PhalaBasePool'],
      ['PhalaBasePool.remove_staker_from_whitelist', { pid, staker: acct(3) }, 'PhalaBasePool'],
    ];
    for (const [name, args, pallet] of calls)
      err(rt, intruder, name, args, `${pallet}.UnauthorizedPoolOwner`);
    // The owner may do each of them (so the failures above were about the caller).
    ok(rt, acct(1), 'PhalaStakePoolv2.set_cap', { pid, cap: 1000n * D });
    ok(rt, acct(1), 'PhalaStakePoolv2.set_payout_pref', { pid, payout_commission: 100_000n });
    ok(rt, acct(1), 'PhalaVault.set_payout_pref', { pid: vid, payout_commission: 100_000n });
    ok(rt, acct(1), 'PhalaBasePool.set_pool_description', { pid, description: '0x1234' });
    ok(rt, acct(1), 'PhalaBasePool.remove_staker_from_whitelist', { pid, staker: acct(3) });
    ok(rt, acct(1), 'PhalaStakePoolv2.stop_computing', { pid, worker: workerKey(1) });
    expect(stakePool(rt, pid).cdWorkers).toEqual([workerKey(1)]);
  });
});

describe('capacity', () => {
  it('a contribution one planck over the cap fails with StakeExceedsCapacity; exactly the cap succeeds', () => {
    const rt = mockRuntime();
    ok(rt, acct(2), 'PhalaWrappedBalances.wrap', { amount: 500n * D });
    const pid = setupStakePool(rt, 1, []);
    ok(rt, acct(2), 'PhalaStakePoolv2.contribute', { pid, amount: 100n * D, as_vault: null });
    ok(rt, acct(1), 'PhalaStakePoolv2.set_cap', { pid, cap: 150n * D });
    err(
      rt,
      acct(2),
      'PhalaStakePoolv2.contribute',
      { pid, amount: 50n * D + 1n, as_vault: null },
      'PhalaStakePoolv2.StakeExceedsCapacity',
    );
    ok(rt, acct(2), 'PhalaStakePoolv2.contribute', { pid, amount: 50n * D, as_vault: null });
    expect(stakePool(rt, pid).basepool.totalValue).toBe(150n * D);
    err(
      rt,
      acct(2),
      'PhalaStakePoolv2.contribute',
      { pid, amount: D / 100n, as_vault: null },
      'PhalaStakePoolv2.StakeExceedsCapacity',
    );
  });
});

describe('withdrawing more shares than held', () => {
  it('stake pool: the limit is NFT shares + shares already queued (InvalidWithdrawalAmount)', () => {
    const rt = mockRuntime();
    setupWorkers(rt, 1);
    ok(rt, acct(3), 'PhalaWrappedBalances.wrap', { amount: 500n * D });
    const pid = setupStakePool(rt, 1, [1]);
    const cid = stakePool(rt, pid).basepool.cid;
    ok(rt, acct(3), 'PhalaStakePoolv2.contribute', { pid, amount: 100n * D, as_vault: null });
    // All stake goes into the worker, so a withdrawal request stays queued.
    ok(rt, acct(1), 'PhalaStakePoolv2.start_computing', { pid, worker: workerKey(1), stake: 100n * D });
    ok(rt, acct(3), 'PhalaStakePoolv2.withdraw', { pid, shares: 60n * D, as_vault: null });
    expect(userShares(rt, cid, acct(3))).toBe(40n * D);
    expect(stakePool(rt, pid).basepool.withdrawQueue.length).toBe(1);
    err(
      rt,
      acct(3),
      'PhalaStakePoolv2.withdraw',
      { pid, shares: 100n * D + 1n, as_vault: null },
      'PhalaStakePoolv2.InvalidWithdrawalAmount',
    );
    // 100 = 40 in the NFT + 60 queued: the new request replaces the old one.
    ok(rt, acct(3), 'PhalaStakePoolv2.withdraw', { pid, shares: 100n * D, as_vault: null });
    expect(userShares(rt, cid, acct(3))).toBe(0n);
    expect(stakePool(rt, pid).basepool.withdrawQueue.length).toBe(1);
  });

  it('vault: more than the NFT holds fails with NoEnoughShareToClaim', () => {
    const rt = mockRuntime();
    setupWorkers(rt, 1);
    ok(rt, acct(3), 'PhalaWrappedBalances.wrap', { amount: 500n * D });
    const pid = setupStakePool(rt, 1, [1]);
    const vid = setupVault(rt, 1);
    ok(rt, acct(3), 'PhalaVault.contribute', { pid: vid, amount: 100n * D });
    ok(rt, acct(1), 'PhalaStakePoolv2.contribute', { pid, amount: 100n * D, as_vault: vid });
    expect(wpha(rt, vault(rt, vid).basepool.poolAccountId)).toBe(0n);
    err(
      rt,
      acct(3),
      'PhalaVault.withdraw',
      { pid: vid, shares: 100n * D + 1n },
      'PhalaVault.NoEnoughShareToClaim',
    );
    err(rt, acct(2), 'PhalaVault.withdraw', { pid: vid, shares: 1n * D }, 'PhalaVault.NoNftToWithdraw');
    ok(rt, acct(3), 'PhalaVault.withdraw', { pid: vid, shares: 100n * D });
    expect(vault(rt, vid).basepool.withdrawQueue.length).toBe(1);
  });
});

describe('PhalaMq messages', () => {
  const key = sr25519PairFromSeed(devSeed('rejections/worker'));
  const sender = { type: 'Worker' as const, value: toHex(key.publicKey) };
  const bench = { type: 'BenchReport' as const, value: { start_time: 0n, iterations: 0n } };
  const gk = { type: 'Gatekeeper' as const, value: null };
  const update = { blockNumber: 1n, timestampMs: 0n, offline: [], recoveredToOnline: [], settle: [] };

  it('wrong signing key, replayed and skipped sequences: specific errors, state unchanged', () => {
    const rt = mockRuntime();
    const sync = (who: string, m: unknown, error: string) =>
      err(rt, who, 'PhalaMq.sync_offchain_message', { signed_message: m }, error);
    // A worker message signed by another key; a Gatekeeper message signed by a worker key.
    const other = sr25519PairFromSeed(devSeed('rejections/other'));
    sync(
      acct(1),
      new SignedMessageChannel(sender, other).push(TOPIC.registryEvent, RegistryEvent, bench),
      'PhalaRegistry.InvalidSignature',
    );
    sync(
      acct(1),
      new SignedMessageChannel(gk, key).push(TOPIC.workingInfoUpdate, WorkingInfoUpdateEvent, update),
      'PhalaRegistry.InvalidSignature',
    );
    // Sequences: 0 is accepted once; a replay of 0 and a skip to 2 fail, 1 then succeeds.
    const ch = new SignedMessageChannel(sender, key);
    const [m0, m1, m2] = [0, 1, 2].map(() => ch.push(TOPIC.registryEvent, RegistryEvent, bench));
    sync(acct(1), m1, 'PhalaMq.BadSequence');
    ok(rt, acct(1), 'PhalaMq.sync_offchain_message', { signed_message: m0 });
    sync(acct(2), m0, 'PhalaMq.BadSequence');
    sync(acct(2), m2, 'PhalaMq.BadSequence');
    ok(rt, acct(2), 'PhalaMq.sync_offchain_message', { signed_message: m1 });
    expect(rt.query('PhalaMq.OffchainIngress', sender)).toBe(2n);
    // The Gatekeeper: its master key's message goes through, a replay of it does not.
    const g0 = new SignedMessageChannel(gk, sr25519PairFromSeed(DEV_GATEKEEPER_MASTER_SEED)).push(
      TOPIC.workingInfoUpdate,
      WorkingInfoUpdateEvent,
      update,
    );
    ok(rt, acct(1), 'PhalaMq.sync_offchain_message', { signed_message: g0 });
    sync(acct(1), g0, 'PhalaMq.BadSequence');
  });
});
