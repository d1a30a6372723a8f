/**
 * W-PHA voting with delegated stake (issue 4; spec governance.md §5.3):
 * - a delegator whose W-PHA sits mostly in a stake pool NFT (valued at the pool's share price, after a
 *   reward raised it) votes more than their free W-PHA; one planck over their net value fails
 *   (VoteAmountLargerThanTotalStakes) with the state unchanged;
 * - the democracy tally moves by the pallet account's aggregated Split vote at 0.1x: turnout += Σaye +
 *   Σnay, ayes += floor(Σaye / 10), nays += floor(Σnay / 10) — floored once on the aggregate (chosen so
 *   that flooring per user would give one planck less);
 * - `unwrap` is blocked while the ledger lock binds (one planck over the available amount fails), the
 *   pallet account carries the `democrac` lock, which nobody may remove while the referendum runs;
 * - after the referendum ends: `unlock` (anyone) clears the users' locks, unwrap works again, and anyone
 *   removes the pallet account's expired Split vote and unlocks it;
 * - Phala's `test_unlock` second half: a new referendum with the same votes, cancelled, `unlock(1, 2)`
 *   clears both users.
 * The first half of `test_vote` / `test_unlock` is in phala-pools.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { WPHA_ACCOUNT } from '../../src/pallets-mock/pallets/phala-wrapped-balances/index.js';
import { bmul, fromInt, sharePrice } from '../../src/primitives/fixed.js';
import { democracyLock, fails, inject, step, tally } from './governance-helpers.js';
import {
  acct,
  DOLLARS as D,
  mockRuntime,
  ok,
  setupStakePool,
  setupWorkers,
  stakePool,
  userShares,
  workerKey,
  wpha,
} from './phala-pools-helpers.js';

const locked = (rt: ReturnType<typeof mockRuntime>, n: number) =>
  (rt.query('PhalaWrappedBalances.StakerAccounts', acct(n)) as { locked: bigint }).locked;

describe('W-PHA voting with delegated stake', () => {
  it('moves the tally by the aggregated split vote at 0.1x, locks unwrap until unlock after the end', () => {
    const rt = mockRuntime();
    setupWorkers(rt, 1);
    const pid = setupStakePool(rt, 1, [1]);
    const cid = stakePool(rt, pid).basepool.cid;
    ok(rt, acct(1), 'PhalaWrappedBalances.wrap', { amount: 300n * D });
    ok(rt, acct(1), 'PhalaStakePoolv2.contribute', { pid, amount: 200n * D, as_vault: null });
    ok(rt, acct(2), 'PhalaWrappedBalances.wrap', { amount: 500n * D });
    ok(rt, acct(2), 'PhalaStakePoolv2.contribute', { pid, amount: 400n * D, as_vault: null });
    // A reward raises the share price, so the delegated W-PHA is worth more than was put in.
    ok(rt, acct(1), 'PhalaStakePoolv2.start_computing', { pid, worker: workerKey(1), stake: 100n * D });
    expect(rt.offchain.settle({ worker: workerKey(1), payoutBits: fromInt(30n) }).ok).toBe(true);
    const bp = stakePool(rt, pid).basepool;
    const price = sharePrice(bp.totalValue, bp.totalShares) as bigint;
    const net1 = wpha(rt, acct(1)) + bmul(userShares(rt, cid, acct(1)), price);
    expect(wpha(rt, acct(1))).toBe(100n * D);
    expect(net1).toBeGreaterThan(300n * D);

    const now = Number(rt.query('System.Number') as bigint);
    const r = inject(rt, now + 3, 2n, 'SimpleMajority', 0);
    const vote = (n: number, aye: bigint, nay: bigint) =>
      ok(rt, acct(n), 'PhalaWrappedBalances.vote', { aye_amount: aye, nay_amount: nay, vote_id: BigInt(r) });
    fails(
      rt,
      acct(1),
      'PhalaWrappedBalances.vote',
      { aye_amount: net1 - 10n * D, nay_amount: 10n * D + 1n, vote_id: BigInt(r) },
      'PhalaWrappedBalances.VoteAmountLargerThanTotalStakes',
    );
    // User 1 votes 250 PHA + 5 planck, far more than its 100 free W-PHA: the NFT counts.
    const a1 = 250n * D + 5n;
    const [a2, n2] = [150n * D + 7n, 40n * D + 9n];
    vote(1, a1, 0n);
    vote(2, a2, n2);
    const [ayes, nays, turnout] = tally(rt, r);
    expect(turnout).toBe(a1 + a2 + n2);
    expect(ayes).toBe((a1 + a2) / 10n);
    expect(nays).toBe(n2 / 10n);
    expect(ayes).toBe(a1 / 10n + a2 / 10n + 1n); // floored once, on the aggregate
    const voting = rt.query('Democracy.VotingOf', WPHA_ACCOUNT) as {
      value: { votes: Array<[bigint, unknown]> };
    };
    expect(voting.value.votes).toEqual([[BigInt(r), { type: 'Split', value: { aye: a1 + a2, nay: n2 } }]]);
    expect(democracyLock(rt, WPHA_ACCOUNT)).toBe(a1 + a2 + n2);
    expect([locked(rt, 1), locked(rt, 2)]).toEqual([a1, a2 + n2]);

    // Unwrap is limited by net value − locked while the vote stands.
    const available = net1 - a1;
    expect(available).toBeLessThan(100n * D);
    fails(
      rt,
      acct(1),
      'PhalaWrappedBalances.unwrap',
      { amount: available + 1n },
      'PhalaWrappedBalances.UnwrapAmountExceedsAvaliableStake',
    );
    fails(
      rt,
      acct(1),
      'PhalaWrappedBalances.unlock',
      { vote_id: BigInt(r), max_iterations: 10n },
      'PhalaWrappedBalances.ReferendumOngoing',
    );
    fails(
      rt,
      acct(3),
      'Democracy.remove_other_vote',
      { target: WPHA_ACCOUNT, index: BigInt(r) },
      'Democracy.NoPermission',
    );

    // The referendum ends (and passes: 40 > 4 on 0.1x weights).
    step(rt, 4);
    const info = rt.query('Democracy.ReferendumInfoOf', BigInt(r)) as { type: string; value: unknown };
    expect(info).toEqual({ type: 'Finished', value: { approved: true, end: BigInt(now + 3) } });
    ok(rt, acct(3), 'PhalaWrappedBalances.unlock', { vote_id: BigInt(r), max_iterations: 10n });
    expect([locked(rt, 1), locked(rt, 2)]).toEqual([0n, 0n]);
    expect(rt.query('PhalaWrappedBalances.VoteAccountMap', BigInt(r), acct(1))).toBeUndefined();
    const pha1 = (rt.query('System.Account', acct(1)) as { data: { free: bigint } }).data.free;
    ok(rt, acct(1), 'PhalaWrappedBalances.unwrap', { amount: 100n * D });
    expect(wpha(rt, acct(1))).toBe(0n);
    expect((rt.query('System.Account', acct(1)) as { data: { free: bigint } }).data.free).toBe(
      pha1 + 100n * D,
    );
    // Split votes expire at once: anyone clears the pallet account's vote and its democracy lock.
    ok(rt, acct(3), 'Democracy.remove_other_vote', { target: WPHA_ACCOUNT, index: BigInt(r) });
    ok(rt, acct(3), 'Democracy.unlock', { target: WPHA_ACCOUNT });
    expect(democracyLock(rt, WPHA_ACCOUNT)).toBe(0n);
  });

  it('test_unlock, second referendum: the same votes, cancelled, unlock(1, 2) clears both', () => {
    const rt = mockRuntime();
    for (const n of [1, 2]) ok(rt, acct(n), 'PhalaWrappedBalances.wrap', { amount: 100n * D });
    const now = Number(rt.query('System.Number') as bigint);
    for (const ref of [0, 1]) {
      const r = inject(rt, now + 100, 2n, 'SimpleMajority', 0);
      expect(r).toBe(ref);
      for (const n of [1, 2])
        ok(rt, acct(n), 'PhalaWrappedBalances.vote', {
          aye_amount: 20n * D,
          nay_amount: 10n * D,
          vote_id: BigInt(r),
        });
      expect(tally(rt, r)).toEqual([4n * D, 2n * D, 60n * D]);
      ok(rt, 'root', 'Democracy.cancel_referendum', { ref_index: BigInt(r) });
      ok(rt, acct(3), 'PhalaWrappedBalances.unlock', { vote_id: BigInt(r), max_iterations: 2n });
      expect([locked(rt, 1), locked(rt, 2)]).toEqual([0n, 0n]);
    }
  });
});
