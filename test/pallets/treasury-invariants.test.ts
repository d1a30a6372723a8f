/**
 * The try-state invariants of Bounties, ChildBounties, Tips and Vesting catch corrupted storage (the
 * other pallet tests run them after every block and call): each check is fed a state that breaks it.
 */
import { describe, expect, it } from 'vitest';
import { setLock } from '../../src/pallets-mock/pallets/balances/index.js';
import { BountyApprovals } from '../../src/pallets-mock/pallets/bounties/index.js';
import { ParentChildBounties } from '../../src/pallets-mock/pallets/child-bounties/index.js';
import { Reasons } from '../../src/pallets-mock/pallets/tips/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { treasuryRuntime } from './treasury-helpers.js';

function broken(write: () => void): string {
  const rt = treasuryRuntime();
  rt.tryState();
  rt.kernel.enter(write);
  try {
    rt.tryState();
    return 'held';
  } catch (err) {
    return (err as Error).message;
  }
}

describe('try-state invariants', () => {
  it('Bounties: an approval without an approved bounty', () => {
    expect(broken(() => BountyApprovals.set([7n]))).toMatch(/Bounties\.approvalsAreApprovedBounties/);
  });
  it('ChildBounties: a count without child bounties', () => {
    expect(broken(() => ParentChildBounties.set(0n, 2n))).toMatch(/ChildBounties\.activeCountsMatch/);
  });
  it('Tips: a reason without a tip', () => {
    expect(broken(() => Reasons.set(`0x${'ab'.repeat(32)}`, '0x01'))).toMatch(/Tips\.reasonsMatchTips/);
  });
  it('Vesting: a vesting lock without schedules', () => {
    expect(broken(() => setLock('vesting ', accountId('//Dave'), 5n, 'Misc'))).toMatch(
      /Vesting\.lockCoversSchedules/,
    );
  });
});
