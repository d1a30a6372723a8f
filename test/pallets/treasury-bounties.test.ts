/**
 * Bounties and ChildBounties through the harness (polkadot-sdk release-polkadot-v1.2.0 semantics, Khala's
 * constants but short periods): a bounty and a child bounty paid out through their whole lifecycle with
 * exact balances, funding from the Treasury at the spend period (SpendFunds), every case of
 * `unassign_curator` and `close_bounty`, unauthorized curator actions refused with typed errors and no
 * storage change, deposits returned exactly, try-state after every block and call.
 */
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/pallets-mock/index.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { bountyAccount } from '../../src/pallets-mock/pallets/bounties/index.js';
import { childBountyAccount } from '../../src/pallets-mock/pallets/child-bounties/index.js';
import { paddedAccount } from '../../src/pallets-mock/primitives/account.js';
import {
  bal,
  CENT,
  council,
  councilMotion,
  goTo,
  id,
  issuance,
  names,
  now,
  ok,
  okAs,
  PHA,
  refused,
  text,
  treasuryFree,
  treasuryRuntime,
} from './treasury-helpers.js';

const DESCRIPTION = 'Fix the pool list'; // 17 bytes
const BOND = PHA + 17n * CENT; // BountyDepositBase + DataDepositPerByte × 17

interface BountyJs {
  value: bigint;
  fee: bigint;
  curatorDeposit: bigint;
  bond: bigint;
  status: { type: string; value: Record<string, unknown> | null };
}
const bounty = (rt: Runtime, i: bigint) => rt.query('Bounties.Bounties', i) as BountyJs | undefined;
const status = (rt: Runtime, i: bigint) => bounty(rt, i)?.status.type;
const child = (rt: Runtime, p: bigint, c: bigint) =>
  rt.query('ChildBounties.ChildBounties', p, c) as BountyJs | undefined;

/** Ferdie puts 10,000 PHA into the Treasury pot. */
function fundPot(rt: Runtime, amount = 10_000n * PHA): void {
  ok(rt, '//Ferdie', 'Balances.transfer_allow_death', { dest: TREASURY_ACCOUNT, value: amount });
}

/** The next block at which the Treasury spends (SpendPeriod 20). */
const nextSpend = (rt: Runtime): bigint => (now(rt) / 20n + 1n) * 20n;

/** Proposes, approves (real Council motion), funds at the spend period and returns the bounty index. */
function fundedBounty(rt: Runtime, value: bigint, proposer = '//Dave'): bigint {
  const index = rt.query('Bounties.BountyCount') as bigint;
  ok(rt, proposer, 'Bounties.propose_bounty', { value, description: text(DESCRIPTION) });
  expect(councilMotion(rt, 'Bounties.approve_bounty', { bounty_id: index })).toBe('Ok');
  goTo(rt, nextSpend(rt));
  expect(status(rt, index)).toBe('Funded');
  return index;
}

/** A funded bounty with Eve as its active curator (fee `fee`). */
function activeBounty(rt: Runtime, value: bigint, fee: bigint): bigint {
  const index = fundedBounty(rt, value);
  okAs(rt, council(), 'Bounties.propose_curator', { bounty_id: index, curator: id('//Eve'), fee });
  ok(rt, '//Eve', 'Bounties.accept_curator', { bounty_id: index });
  return index;
}

describe('bounty accounts', () => {
  it('are the Treasury sub-accounts ("bt", id) and ("cb", id), as into_sub_account_truncating makes them', () => {
    const le = (n: number) => Uint8Array.of(n, 0, 0, 0);
    expect(bountyAccount(3n)).toBe(paddedAccount('modl', 'py/trsry', Uint8Array.of(8, 0x62, 0x74), le(3)));
    expect(childBountyAccount(7n)).toBe(
      paddedAccount('modl', 'py/trsry', Uint8Array.of(8, 0x63, 0x62), le(7)),
    );
  });
});

describe('a bounty through its whole lifecycle', () => {
  it('is proposed, approved by the Council, funded at the spend period, curated, awarded and claimed', () => {
    const rt = treasuryRuntime();
    fundPot(rt);
    const total = issuance(rt);
    const dave0 = bal(rt, '//Dave');

    // Proposed: the bond is reserved.
    const proposed = ok(rt, '//Dave', 'Bounties.propose_bounty', {
      value: 100n * PHA,
      description: text(DESCRIPTION),
    });
    expect(names(proposed)).toEqual(['Balances.Reserved', 'Bounties.BountyProposed']);
    expect(bal(rt, '//Dave')).toEqual({ ...dave0, free: dave0.free - BOND, reserved: BOND });
    expect(bounty(rt, 0n)).toMatchObject({ value: 100n * PHA, bond: BOND, fee: 0n, curatorDeposit: 0n });
    expect(rt.query('Bounties.BountyDescriptions', 0n)).toBe(text(DESCRIPTION));

    // Approved by a Council motion (SpendOrigin: > 1/2 Council).
    expect(councilMotion(rt, 'Bounties.approve_bounty', { bounty_id: 0n })).toBe('Ok');
    expect(status(rt, 0n)).toBe('Approved');
    expect(rt.query('Bounties.BountyApprovals')).toEqual([0n]);

    // Funded at the next spend period: the pot pays the value, the bond comes back exactly.
    const pot0 = treasuryFree(rt);
    rt.events();
    goTo(rt, nextSpend(rt));
    const spend = names(rt.events()).filter(
      (n) => (n.startsWith('Treasury.') || n.startsWith('Bounties.')) && n !== 'Treasury.UpdatedInactive',
    );
    expect(spend).toEqual([
      'Treasury.Spending',
      'Bounties.BountyBecameActive',
      'Treasury.Burnt',
      'Treasury.Rollover',
    ]);
    expect(status(rt, 0n)).toBe('Funded');
    expect(rt.query('Bounties.BountyApprovals')).toEqual([]);
    expect(bal(rt, '//Dave')).toEqual(dave0);
    expect(bal(rt, bountyAccount(0n)).free).toBe(100n * PHA);
    expect(treasuryFree(rt)).toBe(pot0 - 100n * PHA);

    // A curator is proposed with a 10 PHA fee and accepts: deposit 50% of the fee (in [1, 100] PHA).
    okAs(rt, council(), 'Bounties.propose_curator', { bounty_id: 0n, curator: id('//Eve'), fee: 10n * PHA });
    expect(bounty(rt, 0n)?.status).toEqual({ type: 'CuratorProposed', value: { curator: id('//Eve') } });
    const eve0 = bal(rt, '//Eve');
    ok(rt, '//Eve', 'Bounties.accept_curator', { bounty_id: 0n });
    expect(bal(rt, '//Eve')).toEqual({ ...eve0, free: eve0.free - 5n * PHA, reserved: 5n * PHA });
    const accepted = now(rt);
    expect(bounty(rt, 0n)?.status).toEqual({
      type: 'Active',
      value: { curator: id('//Eve'), update_due: accepted + 30n },
    });

    // The curator gives an update: the expiry moves to now + BountyUpdatePeriod.
    goTo(rt, accepted + 4n);
    expect(
      names(ok(rt, '//Eve', 'Bounties.extend_bounty_expiry', { bounty_id: 0n, remark: text('halfway') })),
    ).toEqual(['Bounties.BountyExtended']);
    expect((bounty(rt, 0n)?.status.value as { update_due: bigint }).update_due).toBe(accepted + 34n);

    // Awarded to Ferdie; the claim waits for BountyDepositPayoutDelay.
    const awarded = ok(rt, '//Eve', 'Bounties.award_bounty', { bounty_id: 0n, beneficiary: id('//Ferdie') });
    expect(awarded.at(-1)?.fields).toEqual({ index: 0n, beneficiary: id('//Ferdie') });
    const unlock = now(rt) + 5n;
    refused(rt, '//Ferdie', 'Bounties.claim_bounty', { bounty_id: 0n }, 'Bounties.Premature');
    goTo(rt, unlock);

    // Anyone triggers the claim: fee to the curator with the deposit back, the rest to the beneficiary.
    const ferdie0 = bal(rt, '//Ferdie');
    const eve1 = bal(rt, '//Eve');
    const claimed = ok(rt, '//Charlie', 'Bounties.claim_bounty', { bounty_id: 0n });
    expect(claimed.at(-1)).toEqual({
      pallet: 'Bounties',
      name: 'BountyClaimed',
      fields: { index: 0n, payout: 90n * PHA, beneficiary: id('//Ferdie') },
    });
    expect(bal(rt, '//Eve')).toEqual({ ...eve1, free: eve1.free + 5n * PHA + 10n * PHA, reserved: 0n });
    expect(bal(rt, '//Eve').free).toBe(eve0.free + 10n * PHA);
    expect(bal(rt, '//Ferdie').free).toBe(ferdie0.free + 90n * PHA);
    expect(rt.query('System.Account', bountyAccount(0n))).toMatchObject({ providers: 0n });
    expect(bounty(rt, 0n)).toBeUndefined();
    expect(rt.query('Bounties.BountyDescriptions', 0n)).toBeUndefined();
    expect(issuance(rt)).toBe(total);
  });

  it('refuses unauthorized curator actions with typed errors and leaves storage untouched', () => {
    const rt = treasuryRuntime();
    fundPot(rt);
    const index = fundedBounty(rt, 100n * PHA);
    const b = { bounty_id: index };

    refused(
      rt,
      '//Ferdie',
      'Bounties.propose_curator',
      { ...b, curator: id('//Ferdie'), fee: PHA },
      'BadOrigin',
    );
    refused(
      rt,
      council(1, 3),
      'Bounties.propose_curator',
      { ...b, curator: id('//Ferdie'), fee: PHA },
      'BadOrigin',
    );
    refused(
      rt,
      council(),
      'Bounties.propose_curator',
      { ...b, curator: id('//Eve'), fee: 100n * PHA },
      'Bounties.InvalidFee',
    );
    refused(rt, '//Eve', 'Bounties.accept_curator', b, 'Bounties.UnexpectedStatus');
    okAs(rt, council(), 'Bounties.propose_curator', { ...b, curator: id('//Eve'), fee: 10n * PHA });

    refused(rt, '//Ferdie', 'Bounties.accept_curator', b, 'Bounties.RequireCurator');
    refused(rt, '//Ferdie', 'Bounties.unassign_curator', b, 'BadOrigin');
    refused(
      rt,
      '//Eve',
      'Bounties.award_bounty',
      { ...b, beneficiary: id('//Eve') },
      'Bounties.UnexpectedStatus',
    );
    ok(rt, '//Eve', 'Bounties.accept_curator', b);

    refused(
      rt,
      '//Ferdie',
      'Bounties.award_bounty',
      { ...b, beneficiary: id('//Ferdie') },
      'Bounties.RequireCurator',
    );
    refused(
      rt,
      '//Ferdie',
      'Bounties.extend_bounty_expiry',
      { ...b, remark: '0x' },
      'Bounties.RequireCurator',
    );
    refused(rt, '//Ferdie', 'Bounties.unassign_curator', b, 'Bounties.Premature');
    refused(rt, '//Ferdie', 'Bounties.close_bounty', b, 'BadOrigin');
    refused(rt, council(1, 3), 'Bounties.close_bounty', b, 'BadOrigin');
    refused(rt, '//Eve', 'Bounties.claim_bounty', b, 'Bounties.UnexpectedStatus');
    refused(rt, '//Eve', 'Bounties.accept_curator', { bounty_id: 9n }, 'Bounties.InvalidIndex');

    ok(rt, '//Eve', 'Bounties.award_bounty', { ...b, beneficiary: id('//Ferdie') });
    refused(rt, '//Eve', 'Bounties.unassign_curator', b, 'BadOrigin');
    refused(rt, council(), 'Bounties.close_bounty', b, 'Bounties.PendingPayout');
  });

  it('refuses bad proposals: too small, description too long, bond not affordable', () => {
    const rt = treasuryRuntime();
    refused(
      rt,
      '//Dave',
      'Bounties.propose_bounty',
      { value: 5n * PHA - 1n, description: '0x' },
      'Bounties.InvalidValue',
    );
    const long = `0x${'61'.repeat(16_385)}`;
    refused(
      rt,
      '//Dave',
      'Bounties.propose_bounty',
      { value: 5n * PHA, description: long },
      'Bounties.ReasonTooBig',
    );
    ok(rt, '//Alice', 'Balances.transfer_allow_death', { dest: id('//Poor'), value: PHA });
    refused(
      rt,
      '//Poor',
      'Bounties.propose_bounty',
      { value: 5n * PHA, description: text('x') },
      'Bounties.InsufficientProposersBalance',
    );
    ok(rt, '//Dave', 'Bounties.propose_bounty', { value: 5n * PHA, description: '0x' });
    refused(rt, '//Dave', 'Bounties.approve_bounty', { bounty_id: 0n }, 'BadOrigin');
    okAs(rt, council(), 'Bounties.approve_bounty', { bounty_id: 0n });
    refused(rt, council(), 'Bounties.approve_bounty', { bounty_id: 0n }, 'Bounties.UnexpectedStatus');
    refused(rt, council(), 'Bounties.close_bounty', { bounty_id: 0n }, 'Bounties.UnexpectedStatus');
  });

  it('waits for a spend period whose budget covers it', () => {
    const rt = treasuryRuntime();
    fundPot(rt, 50n * PHA);
    ok(rt, '//Dave', 'Bounties.propose_bounty', { value: 100n * PHA, description: '0x' });
    okAs(rt, council(), 'Bounties.approve_bounty', { bounty_id: 0n });
    goTo(rt, nextSpend(rt));
    expect(status(rt, 0n)).toBe('Approved');
    expect(rt.query('Bounties.BountyApprovals')).toEqual([0n]);
    expect(bal(rt, '//Dave').reserved).toBe(PHA);
    fundPot(rt, 60n * PHA);
    goTo(rt, nextSpend(rt));
    expect(status(rt, 0n)).toBe('Funded');
    expect(bal(rt, '//Dave').reserved).toBe(0n);
  });
});

describe('unassign_curator and close_bounty, case by case', () => {
  it('a proposed curator may decline, and the RejectOrigin may withdraw the proposal', () => {
    const rt = treasuryRuntime();
    fundPot(rt);
    const i = fundedBounty(rt, 100n * PHA);
    okAs(rt, council(), 'Bounties.propose_curator', { bounty_id: i, curator: id('//Eve'), fee: PHA });
    ok(rt, '//Eve', 'Bounties.unassign_curator', { bounty_id: i });
    expect(status(rt, i)).toBe('Funded');
    okAs(rt, council(), 'Bounties.propose_curator', { bounty_id: i, curator: id('//Eve'), fee: PHA });
    okAs(rt, council(), 'Bounties.unassign_curator', { bounty_id: i });
    expect(status(rt, i)).toBe('Funded');
    refused(rt, council(), 'Bounties.unassign_curator', { bounty_id: i }, 'Bounties.UnexpectedStatus');
  });

  it('an active curator who resigns gets the deposit back exactly', () => {
    const rt = treasuryRuntime();
    fundPot(rt);
    const eve0 = bal(rt, '//Eve');
    const i = activeBounty(rt, 100n * PHA, 10n * PHA);
    ok(rt, '//Eve', 'Bounties.unassign_curator', { bounty_id: i });
    expect(bal(rt, '//Eve')).toEqual(eve0);
    expect(bounty(rt, i)).toMatchObject({ curatorDeposit: 0n, status: { type: 'Funded' } });
  });

  it('the RejectOrigin slashes an active curator: the deposit is burned', () => {
    const rt = treasuryRuntime();
    fundPot(rt);
    const eve0 = bal(rt, '//Eve');
    const i = activeBounty(rt, 100n * PHA, 10n * PHA);
    const total = issuance(rt);
    okAs(rt, council(), 'Bounties.unassign_curator', { bounty_id: i });
    expect(bal(rt, '//Eve')).toEqual({ ...eve0, free: eve0.free - 5n * PHA });
    expect(issuance(rt)).toBe(total - 5n * PHA);
  });

  it('anyone removes a curator whose update is overdue, and the curator is slashed', () => {
    const rt = treasuryRuntime();
    fundPot(rt);
    const i = activeBounty(rt, 300n * PHA, 250n * PHA); // deposit 125 PHA, clamped to CuratorDepositMax 100
    expect(bounty(rt, i)?.curatorDeposit).toBe(100n * PHA);
    const due = (bounty(rt, i)?.status.value as { update_due: bigint }).update_due;
    goTo(rt, due);
    refused(rt, '//Ferdie', 'Bounties.unassign_curator', { bounty_id: i }, 'Bounties.Premature');
    goTo(rt, due + 1n);
    const total = issuance(rt);
    ok(rt, '//Ferdie', 'Bounties.unassign_curator', { bounty_id: i });
    expect(bal(rt, '//Eve').reserved).toBe(0n);
    expect(issuance(rt)).toBe(total - 100n * PHA);
    expect(status(rt, i)).toBe('Funded');
  });

  it('a pending payout can only be stopped by the RejectOrigin, slashing the curator', () => {
    const rt = treasuryRuntime();
    fundPot(rt);
    const i = activeBounty(rt, 100n * PHA, 2n * PHA); // deposit 1 PHA (CuratorDepositMin)
    expect(bounty(rt, i)?.curatorDeposit).toBe(PHA);
    ok(rt, '//Eve', 'Bounties.award_bounty', { bounty_id: i, beneficiary: id('//Ferdie') });
    const total = issuance(rt);
    okAs(rt, council(), 'Bounties.unassign_curator', { bounty_id: i });
    expect(issuance(rt)).toBe(total - PHA);
    expect(status(rt, i)).toBe('Funded');
  });

  it('close_bounty rejects a proposal (bond burned) and cancels an active bounty (funds back, deposit back)', () => {
    const rt = treasuryRuntime();
    fundPot(rt);
    const dave0 = bal(rt, '//Dave');
    ok(rt, '//Dave', 'Bounties.propose_bounty', { value: 10n * PHA, description: text(DESCRIPTION) });
    const total = issuance(rt);
    const rejected = okAs(rt, council(), 'Bounties.close_bounty', { bounty_id: 0n });
    expect(rejected.at(-1)).toMatchObject({ name: 'BountyRejected', fields: { index: 0n, bond: BOND } });
    expect(bal(rt, '//Dave')).toEqual({ ...dave0, free: dave0.free - BOND });
    expect(issuance(rt)).toBe(total - BOND);

    const eve0 = bal(rt, '//Eve');
    const i = activeBounty(rt, 100n * PHA, 10n * PHA);
    const pot0 = treasuryFree(rt);
    const canceled = okAs(rt, council(), 'Bounties.close_bounty', { bounty_id: i });
    expect(canceled.at(-1)).toMatchObject({ name: 'BountyCanceled', fields: { index: i } });
    expect(treasuryFree(rt)).toBe(pot0 + 100n * PHA);
    expect(bal(rt, '//Eve')).toEqual(eve0);
    expect(bounty(rt, i)).toBeUndefined();
  });
});

describe('a child bounty through its whole lifecycle', () => {
  it('is split off, curated, awarded and claimed; the parent curator fee is split with the child curator', () => {
    const rt = treasuryRuntime();
    fundPot(rt);
    const total = issuance(rt);
    const eve0 = bal(rt, '//Eve');
    const p = activeBounty(rt, 100n * PHA, 10n * PHA);
    const parentAccount = bountyAccount(p);

    // Only the parent curator adds a child bounty; its value moves out of the parent account.
    const args = { parent_bounty_id: p, value: 30n * PHA, description: text('Translate the pool page') };
    refused(rt, '//Ferdie', 'ChildBounties.add_child_bounty', args, 'Bounties.RequireCurator');
    refused(
      rt,
      '//Eve',
      'ChildBounties.add_child_bounty',
      { ...args, value: PHA - 1n },
      'Bounties.InvalidValue',
    );
    refused(
      rt,
      '//Eve',
      'ChildBounties.add_child_bounty',
      { ...args, value: 200n * PHA },
      'ChildBounties.InsufficientBountyBalance',
    );
    const added = ok(rt, '//Eve', 'ChildBounties.add_child_bounty', args);
    expect(added.at(-1)).toMatchObject({ name: 'Added', fields: { index: p, child_index: 0n } });
    expect(bal(rt, parentAccount).free).toBe(70n * PHA);
    expect(bal(rt, childBountyAccount(0n)).free).toBe(30n * PHA);
    expect(rt.query('ChildBounties.ParentChildBounties', p)).toBe(1n);
    refused(
      rt,
      '//Eve',
      'Bounties.award_bounty',
      { bounty_id: p, beneficiary: id('//Ferdie') },
      'Bounties.HasActiveChildBounty',
    );
    refused(rt, council(), 'Bounties.close_bounty', { bounty_id: p }, 'Bounties.HasActiveChildBounty');

    // The parent curator proposes Dave with a 6 PHA fee; Dave accepts with a 3 PHA deposit.
    const c = { parent_bounty_id: p, child_bounty_id: 0n };
    refused(
      rt,
      '//Ferdie',
      'ChildBounties.propose_curator',
      { ...c, curator: id('//Dave'), fee: 6n * PHA },
      'Bounties.RequireCurator',
    );
    refused(
      rt,
      '//Eve',
      'ChildBounties.propose_curator',
      { ...c, curator: id('//Dave'), fee: 30n * PHA },
      'Bounties.InvalidFee',
    );
    ok(rt, '//Eve', 'ChildBounties.propose_curator', { ...c, curator: id('//Dave'), fee: 6n * PHA });
    expect(rt.query('ChildBounties.ChildrenCuratorFees', p)).toBe(6n * PHA);
    refused(rt, '//Ferdie', 'ChildBounties.accept_curator', c, 'Bounties.RequireCurator');
    const dave0 = bal(rt, '//Dave');
    ok(rt, '//Dave', 'ChildBounties.accept_curator', c);
    expect(bal(rt, '//Dave')).toEqual({ ...dave0, free: dave0.free - 3n * PHA, reserved: 3n * PHA });
    refused(
      rt,
      '//Ferdie',
      'ChildBounties.award_child_bounty',
      { ...c, beneficiary: id('//Ferdie') },
      'Bounties.RequireCurator',
    );
    refused(rt, '//Ferdie', 'ChildBounties.unassign_curator', c, 'Bounties.Premature');
    refused(rt, '//Ferdie', 'ChildBounties.close_child_bounty', c, 'BadOrigin');

    // Awarded by the child curator and claimed after the payout delay.
    const awarded = ok(rt, '//Dave', 'ChildBounties.award_child_bounty', {
      ...c,
      beneficiary: id('//Ferdie'),
    });
    expect(awarded.at(-1)).toMatchObject({ name: 'Awarded', fields: { beneficiary: id('//Ferdie') } });
    refused(rt, '//Ferdie', 'ChildBounties.claim_child_bounty', c, 'Bounties.Premature');
    refused(rt, '//Eve', 'ChildBounties.close_child_bounty', c, 'Bounties.PendingPayout');
    goTo(rt, now(rt) + 5n);
    const ferdie0 = bal(rt, '//Ferdie');
    const claimed = ok(rt, '//Charlie', 'ChildBounties.claim_child_bounty', c);
    expect(claimed.at(-1)).toEqual({
      pallet: 'ChildBounties',
      name: 'Claimed',
      fields: { index: p, child_index: 0n, payout: 24n * PHA, beneficiary: id('//Ferdie') },
    });
    expect(bal(rt, '//Dave')).toEqual({ ...dave0, free: dave0.free + 6n * PHA });
    expect(bal(rt, '//Ferdie').free).toBe(ferdie0.free + 24n * PHA);
    expect(rt.query('ChildBounties.ParentChildBounties', p)).toBe(0n);
    expect(child(rt, p, 0n)).toBeUndefined();

    // The parent is awarded and claimed: its curator gets its fee less the child curator's fee.
    ok(rt, '//Eve', 'Bounties.award_bounty', { bounty_id: p, beneficiary: id('//Ferdie') });
    goTo(rt, now(rt) + 5n);
    const ferdie1 = bal(rt, '//Ferdie');
    const claimedParent = ok(rt, '//Ferdie', 'Bounties.claim_bounty', { bounty_id: p });
    // balance 70, fee 10 → payout 60; curator 10 − 6 = 4; the 6 stays in the parent account, as in Rust.
    expect(claimedParent.at(-1)?.fields).toEqual({
      index: p,
      payout: 60n * PHA,
      beneficiary: id('//Ferdie'),
    });
    expect(bal(rt, '//Ferdie').free).toBe(ferdie1.free + 60n * PHA);
    expect(bal(rt, '//Eve')).toEqual({ ...eve0, free: eve0.free + 4n * PHA });
    expect(bal(rt, parentAccount).free).toBe(6n * PHA);
    expect(rt.query('ChildBounties.ChildrenCuratorFees', p)).toBe(0n);
    expect(issuance(rt)).toBe(total);
  });

  it('unassign and close: the parent curator slashes, the child curator resigns, closing returns the funds', () => {
    const rt = treasuryRuntime();
    fundPot(rt);
    const p = activeBounty(rt, 100n * PHA, 10n * PHA);
    const args = { parent_bounty_id: p, value: 20n * PHA, description: '0x' };
    ok(rt, '//Eve', 'ChildBounties.add_child_bounty', args);
    const c = { parent_bounty_id: p, child_bounty_id: 0n };
    refused(rt, '//Eve', 'ChildBounties.unassign_curator', c, 'Bounties.UnexpectedStatus');

    // The parent curator as child curator reserves nothing.
    ok(rt, '//Eve', 'ChildBounties.propose_curator', { ...c, curator: id('//Eve'), fee: 2n * PHA });
    const eveBefore = bal(rt, '//Eve');
    ok(rt, '//Eve', 'ChildBounties.accept_curator', c);
    expect(bal(rt, '//Eve')).toEqual(eveBefore);
    ok(rt, '//Eve', 'ChildBounties.unassign_curator', c);

    // Dave resigns: deposit back exactly.
    ok(rt, '//Eve', 'ChildBounties.propose_curator', { ...c, curator: id('//Dave'), fee: 4n * PHA });
    const dave0 = bal(rt, '//Dave');
    ok(rt, '//Dave', 'ChildBounties.accept_curator', c);
    ok(rt, '//Dave', 'ChildBounties.unassign_curator', c);
    expect(bal(rt, '//Dave')).toEqual(dave0);

    // The parent curator unassigns Dave: Dave's 2 PHA deposit is burned.
    ok(rt, '//Eve', 'ChildBounties.propose_curator', { ...c, curator: id('//Dave'), fee: 4n * PHA });
    ok(rt, '//Dave', 'ChildBounties.accept_curator', c);
    const total = issuance(rt);
    ok(rt, '//Eve', 'ChildBounties.unassign_curator', c);
    expect(issuance(rt)).toBe(total - 2n * PHA);
    expect(bal(rt, '//Dave')).toEqual({ ...dave0, free: dave0.free - 2n * PHA });

    // Closing sends the child's funds back to the parent bounty.
    const closed = ok(rt, '//Eve', 'ChildBounties.close_child_bounty', c);
    expect(closed.at(-1)).toMatchObject({ name: 'Canceled', fields: { index: p, child_index: 0n } });
    expect(bal(rt, bountyAccount(p)).free).toBe(100n * PHA);
    expect(rt.query('ChildBounties.ParentChildBounties', p)).toBe(0n);
  });

  it('allows MaxActiveChildBountyCount + 1 active child bounties, as Rust’s `<=` check does', () => {
    const rt = treasuryRuntime();
    fundPot(rt);
    const p = activeBounty(rt, 100n * PHA, 10n * PHA);
    const args = { parent_bounty_id: p, value: PHA, description: '0x' };
    for (let k = 0; k < 6; k++) ok(rt, '//Eve', 'ChildBounties.add_child_bounty', args);
    refused(rt, '//Eve', 'ChildBounties.add_child_bounty', args, 'ChildBounties.TooManyChildBounties');
    okAs(rt, council(), 'Bounties.unassign_curator', { bounty_id: p });
    refused(
      rt,
      '//Eve',
      'ChildBounties.close_child_bounty',
      { parent_bounty_id: p, child_bounty_id: 0n },
      'ChildBounties.ParentBountyNotActive',
    );
  });
});
