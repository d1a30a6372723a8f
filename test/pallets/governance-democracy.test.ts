/**
 * Democracy against the reference scenarios of spec/governance.md §3 and §4 (polkadot-sdk democracy
 * tests restated as data), on the harness with the pallet tests' mock constants. Every block is
 * followed by tryState; every failing call is checked to leave storage untouched.
 */
import { describe, expect, it } from 'vitest';
import { approved } from '../../src/primitives/threshold.js';
import {
  acct,
  aye,
  balance42,
  democracyLock,
  fails,
  free,
  goTo,
  inject,
  mockRuntime,
  nay,
  ok,
  reserved,
  setBalanceProposal,
  step,
  tally,
} from './governance-helpers.js';

const SMA = 'SuperMajorityApprove';

describe('adaptive quorum biasing (§3)', () => {
  const t = (ayes: bigint, nays: bigint, turnout: bigint) => ({ ayes, nays, turnout });
  it('reproduces the worked examples with electorate 210', () => {
    expect(approved(SMA, t(60n, 50n, 110n), 210n)).toBe(false);
    expect(approved(SMA, t(100n, 50n, 150n), 210n)).toBe(true);
    expect(approved(SMA, t(110n, 100n, 210n), 210n)).toBe(true);
    expect(approved(SMA, t(1n, 0n, 10n), 210n)).toBe(true);
    expect(approved(SMA, t(0n, 1n, 10n), 210n)).toBe(false);
    expect(approved(SMA, t(250n, 100n, 150n), 210n)).toBe(true);
    expect(approved(SMA, t(0n, 0n, 0n), 210n)).toBe(false);
    expect(approved('SimpleMajority', t(0n, 0n, 0n), 210n)).toBe(false);
    expect(approved(SMA, t(0n, 0n, 9n), 210n)).toBe(false);
  });
  it('requires the tabulated aye shares at 1%, 25%, 100% turnout (strict, ties fail)', () => {
    const E = 10n ** 10n; // se = 100000
    // 1%: sv = 10000 → nays·10 < ayes (> 90.91% aye)
    expect(approved(SMA, t(10n * 1000n, 1000n, E / 100n), E)).toBe(false);
    expect(approved(SMA, t(10n * 1000n + 1n, 1000n, E / 100n), E)).toBe(true);
    // 25%: sv = 50000 → nays·2 < ayes (> 66.67%)
    expect(approved(SMA, t(2000n, 1000n, E / 4n), E)).toBe(false);
    expect(approved(SMA, t(2001n, 1000n, E / 4n), E)).toBe(true);
    // 100%: simple majority
    expect(approved(SMA, t(1001n, 1000n, E), E)).toBe(true);
    expect(approved(SMA, t(1000n, 1000n, E), E)).toBe(false);
    // SuperMajorityAgainst at 25%: rejected only if nay share ≥ 2/3
    expect(approved('SuperMajorityAgainst', t(1000n, 2000n, E / 4n), E)).toBe(false);
    expect(approved('SuperMajorityAgainst', t(1000n, 1999n, E / 4n), E)).toBe(true);
    expect(approved('SimpleMajority', t(2n, 1n, 1n), E)).toBe(true);
  });
});

describe('referenda (§4.1–4.6)', () => {
  it('1. simple passing: None aye of 10 passes at block 2, enacted at 3', () => {
    const rt = mockRuntime();
    const r = inject(rt, 2, 2n, SMA, 0);
    ok(rt, '//1', 'Democracy.vote', { ref_index: r, vote: aye(10n) });
    expect(tally(rt, r)).toEqual([1n, 0n, 10n]);
    expect(rt.query('Democracy.LowestUnbaked')).toBe(0n);
    step(rt); // block 2
    expect(rt.query('Democracy.ReferendumInfoOf', 0n)).toEqual({
      type: 'Finished',
      value: { approved: true, end: 2n },
    });
    expect(rt.query('Democracy.LowestUnbaked')).toBe(1n);
    expect(balance42(rt)).toBe(0n);
    step(rt); // block 3
    expect(balance42(rt)).toBe(2n);
  });

  it('votes in the baking block fail with ReferendumInvalid', () => {
    const rt = mockRuntime();
    const r = inject(rt, 2, 2n, SMA, 0);
    step(rt);
    fails(rt, '//1', 'Democracy.vote', { ref_index: r, vote: aye(10n) }, 'Democracy.ReferendumInvalid');
  });

  it('2. simple failing', () => {
    const rt = mockRuntime();
    inject(rt, 2, 2n, SMA, 0);
    ok(rt, '//1', 'Democracy.vote', { ref_index: 0n, vote: nay(10n) });
    expect(tally(rt, 0)).toEqual([0n, 1n, 10n]);
    step(rt, 2);
    expect(rt.query('Democracy.ReferendumInfoOf', 0n)).toEqual({
      type: 'Finished',
      value: { approved: false, end: 2n },
    });
    expect(balance42(rt)).toBe(0n);
  });

  it('3. controversial low turnout fails; 4. passing low turnout passes', () => {
    const rt = mockRuntime();
    inject(rt, 2, 2n, SMA, 0);
    ok(rt, '//5', 'Democracy.vote', { ref_index: 0n, vote: nay(50n, 1) });
    ok(rt, '//6', 'Democracy.vote', { ref_index: 0n, vote: aye(60n, 1) });
    expect(tally(rt, 0)).toEqual([60n, 50n, 110n]);
    step(rt, 2);
    expect(balance42(rt)).toBe(0n);

    const rt2 = mockRuntime();
    inject(rt2, 2, 2n, SMA, 0);
    ok(rt2, '//4', 'Democracy.vote', { ref_index: 0n, vote: aye(40n, 1) });
    ok(rt2, '//5', 'Democracy.vote', { ref_index: 0n, vote: nay(50n, 1) });
    ok(rt2, '//6', 'Democracy.vote', { ref_index: 0n, vote: aye(60n, 1) });
    expect(tally(rt2, 0)).toEqual([100n, 50n, 150n]);
    step(rt2, 2);
    expect(balance42(rt2)).toBe(2n);
  });

  it('5. delayed enactment: delay 1 enacts at block 3', () => {
    const rt = mockRuntime();
    inject(rt, 2, 2n, SMA, 1);
    for (const i of [1, 2, 3, 4, 5, 6])
      ok(rt, `//${i}`, 'Democracy.vote', { ref_index: 0n, vote: aye(BigInt(i * 10)) });
    expect(tally(rt, 0)).toEqual([21n, 0n, 210n]);
    step(rt);
    expect(balance42(rt)).toBe(0n);
    step(rt);
    expect(balance42(rt)).toBe(2n);
  });

  it('6. lowest unbaked skips cancelled referenda', () => {
    const rt = mockRuntime();
    const r1 = inject(rt, 3, 1n, SMA, 0);
    const r2 = inject(rt, 2, 2n, SMA, 0);
    const r3 = inject(rt, 10, 3n, SMA, 0);
    ok(rt, '//1', 'Democracy.vote', { ref_index: r1, vote: aye(10n) });
    ok(rt, '//1', 'Democracy.vote', { ref_index: r2, vote: aye(10n) });
    ok(rt, 'root', 'Democracy.cancel_referendum', { ref_index: r3 });
    step(rt); // 2
    expect(rt.query('Democracy.LowestUnbaked')).toBe(0n);
    step(rt); // 3
    expect(rt.query('Democracy.LowestUnbaked')).toBe(3n);
    expect(rt.query('Democracy.ReferendumCount')).toBe(3n);
    expect(balance42(rt)).toBe(2n);
    step(rt); // 4
    expect(balance42(rt)).toBe(1n);
  });
});

describe('public proposals (§4.7–4.8, launch ordering)', () => {
  it('7. single proposal: launched at 2 (end 4, SMA, delay 2), passes at 4, enacted at 6', () => {
    const rt = mockRuntime();
    const { proposal } = setBalanceProposal(rt, 2n);
    ok(rt, '//1', 'Democracy.propose', { proposal, value: 1n });
    expect(rt.query('Democracy.ReferendumInfoOf', 0n)).toBeUndefined();
    step(rt); // 2
    const info = rt.query('Democracy.ReferendumInfoOf', 0n) as { value: Record<string, unknown> };
    expect(info.value.end).toBe(4n);
    expect(info.value.threshold).toEqual({ type: SMA, value: null });
    expect(info.value.delay).toBe(2n);
    ok(rt, '//1', 'Democracy.vote', { ref_index: 0n, vote: aye(10n) });
    expect(tally(rt, 0)).toEqual([1n, 0n, 10n]);
    step(rt); // 3
    expect(tally(rt, 0)).toEqual([1n, 0n, 10n]);
    step(rt); // 4
    expect((rt.query('Scheduler.Agenda', 6n) as unknown[]).length).toBe(1);
    step(rt); // 5
    expect(balance42(rt)).toBe(0n);
    step(rt); // 6
    expect(balance42(rt)).toBe(2n);
  });

  it('8. deposits and seconds: backing 25, reserved 5/5/15, all returned on launch', () => {
    const rt = mockRuntime();
    const { proposal } = setBalanceProposal(rt, 2n);
    ok(rt, '//1', 'Democracy.propose', { proposal, value: 5n });
    ok(rt, '//2', 'Democracy.second', { proposal: 0n });
    for (let i = 0; i < 3; i++) ok(rt, '//5', 'Democracy.second', { proposal: 0n });
    const [depositors, deposit] = rt.query('Democracy.DepositOf', 0n) as [string[], bigint];
    expect(deposit * BigInt(depositors.length)).toBe(25n);
    expect([reserved(rt, 1), reserved(rt, 2), reserved(rt, 5)]).toEqual([5n, 5n, 15n]);
    expect([free(rt, 1), free(rt, 2), free(rt, 5)]).toEqual([5n, 15n, 35n]);
    goTo(rt, 3);
    expect([free(rt, 1), free(rt, 2), free(rt, 5)]).toEqual([10n, 20n, 50n]);
    expect([reserved(rt, 1), reserved(rt, 2), reserved(rt, 5)]).toEqual([0n, 0n, 0n]);
  });

  it('rejects low or unaffordable deposits and missing proposals', () => {
    const rt = mockRuntime();
    const { proposal } = setBalanceProposal(rt, 2n);
    fails(rt, '//1', 'Democracy.propose', { proposal, value: 0n }, 'Democracy.ValueLow');
    fails(rt, '//1', 'Democracy.propose', { proposal, value: 11n }, 'Balances.InsufficientBalance');
    fails(rt, '//1', 'Democracy.second', { proposal: 0n }, 'Democracy.ProposalMissing');
    ok(rt, '//2', 'Democracy.propose', { proposal, value: 11n });
    fails(rt, '//1', 'Democracy.second', { proposal: 0n }, 'Balances.InsufficientBalance');
  });

  it('launches the highest backing, ties to the last entry, swap_remove reorders', () => {
    const rt = mockRuntime({ 'Democracy.LaunchPeriod': 4n, 'Democracy.VotingPeriod': 100n });
    const p = (v: bigint) => setBalanceProposal(rt, v).proposal;
    ok(rt, '//6', 'Democracy.propose', { proposal: p(10n), value: 2n }); // 0: backing 2
    ok(rt, '//6', 'Democracy.propose', { proposal: p(11n), value: 4n }); // 1: backing 4
    ok(rt, '//6', 'Democracy.propose', { proposal: p(12n), value: 2n }); // 2: backing 2
    ok(rt, '//6', 'Democracy.propose', { proposal: p(13n), value: 4n }); // 3: backing 4
    ok(rt, '//6', 'Democracy.propose', { proposal: p(14n), value: 2n }); // 4: backing 2
    const order = () => (rt.query('Democracy.PublicProps') as Array<[bigint]>).map(([i]) => i);
    goTo(rt, 4); // tie 1 vs 3 → last (3); swap_remove moves 4 into slot 3
    expect(
      rt
        .events()
        .filter((e) => e.name === 'Tabled')
        .map((e) => e.fields.proposal_index),
    ).toEqual([3n]);
    expect(order()).toEqual([0n, 1n, 2n, 4n]);
    goTo(rt, 8); // 1
    expect(order()).toEqual([0n, 4n, 2n]);
    goTo(rt, 12); // tie 0, 4, 2 → last in list order: 2
    expect(
      rt
        .events()
        .filter((e) => e.name === 'Tabled')
        .map((e) => e.fields.proposal_index),
    ).toEqual([1n, 2n]);
    expect(order()).toEqual([0n, 4n]);
  });

  it('alternates public and external; an empty slot resets the preference', () => {
    const rt = mockRuntime({ 'Democracy.VotingPeriod': 100n });
    const p = (v: bigint) => setBalanceProposal(rt, v).proposal;
    ok(rt, '//6', 'Democracy.propose', { proposal: p(1n), value: 1n });
    ok(rt, '//6', 'Democracy.propose', { proposal: p(2n), value: 1n });
    ok(rt, 'root', 'Democracy.external_propose', { proposal: p(3n) });
    goTo(rt, 2); // flag false → external first
    expect(rt.query('Democracy.LastTabledWasExternal')).toBe(true);
    ok(rt, 'root', 'Democracy.external_propose', { proposal: p(4n) });
    goTo(rt, 4); // flag true → public
    expect(rt.query('Democracy.LastTabledWasExternal')).toBe(false);
    goTo(rt, 6); // external again
    const tabled = rt
      .events()
      .filter((e) => e.name === 'Tabled' || e.name === 'ExternalTabled')
      .map((e) => e.name);
    expect(tabled).toEqual(['ExternalTabled', 'Tabled', 'ExternalTabled']);
    goTo(rt, 8); // flag true → public (the last one)
    goTo(rt, 10); // nothing waiting: flag reset to false
    expect(rt.query('Democracy.LastTabledWasExternal')).toBe(false);
    expect(rt.query('Democracy.ReferendumCount')).toBe(4n);
  });
});

describe('cancellation and blacklist (§4.11–4.12)', () => {
  it('11. cancel_referendum (Root) and emergency_cancel once per hash', () => {
    const rt = mockRuntime();
    inject(rt, 2, 2n, SMA, 0);
    ok(rt, '//1', 'Democracy.vote', { ref_index: 0n, vote: aye(10n) });
    fails(rt, '//1', 'Democracy.cancel_referendum', { ref_index: 0n }, 'BadOrigin');
    ok(rt, 'root', 'Democracy.cancel_referendum', { ref_index: 0n });
    step(rt, 2);
    expect(rt.query('Democracy.LowestUnbaked')).toBe(1n);
    expect(rt.query('Democracy.ReferendumCount')).toBe(1n);
    expect(balance42(rt)).toBe(0n);

    const r = inject(rt, 10, 2n, SMA, 0);
    fails(rt, '//3', 'Democracy.emergency_cancel', { ref_index: BigInt(r) }, 'BadOrigin');
    ok(rt, 'root', 'Democracy.emergency_cancel', { ref_index: BigInt(r) });
    expect(rt.query('Democracy.ReferendumInfoOf', BigInt(r))).toBeUndefined();
    const r2 = inject(rt, 10, 2n, SMA, 0);
    fails(rt, 'root', 'Democracy.emergency_cancel', { ref_index: BigInt(r2) }, 'Democracy.AlreadyCanceled');
    fails(rt, 'root', 'Democracy.emergency_cancel', { ref_index: 99n }, 'Democracy.ReferendumInvalid');
  });

  it('12. blacklist slashes a public proposal, blocks re-proposing and cancels a referendum', () => {
    const rt = mockRuntime();
    const a = setBalanceProposal(rt, 2n);
    const b = setBalanceProposal(rt, 4n);
    ok(rt, '//1', 'Democracy.propose', { proposal: a.proposal, value: 2n });
    ok(rt, '//1', 'Democracy.propose', { proposal: b.proposal, value: 4n });
    fails(rt, '//1', 'Democracy.blacklist', { proposal_hash: a.hash, maybe_ref_index: null }, 'BadOrigin');
    const issuance = rt.query('Balances.TotalIssuance');
    ok(rt, 'root', 'Democracy.blacklist', { proposal_hash: a.hash, maybe_ref_index: null });
    expect(rt.query('Democracy.DepositOf', 0n)).toBeUndefined();
    expect((rt.query('Democracy.DepositOf', 1n) as [string[], bigint])[1]).toBe(4n);
    expect(reserved(rt, 1)).toBe(4n);
    expect(free(rt, 1)).toBe(4n); // 2 slashed to the Treasury
    expect(rt.query('Balances.TotalIssuance')).toBe(issuance);
    fails(
      rt,
      '//1',
      'Democracy.propose',
      { proposal: a.proposal, value: 2n },
      'Democracy.ProposalBlacklisted',
    );
    step(rt); // block 2: value 4 becomes ref 0
    expect(tally(rt, 0)).toEqual([0n, 0n, 0n]);
    ok(rt, 'root', 'Democracy.blacklist', { proposal_hash: b.hash, maybe_ref_index: 0n });
    expect(rt.query('Democracy.ReferendumInfoOf', 0n)).toBeUndefined();
  });

  it('cancel_proposal (unanimous TC or Root) slashes every depositor to the Treasury', () => {
    const rt = mockRuntime();
    const { proposal } = setBalanceProposal(rt, 2n);
    ok(rt, '//1', 'Democracy.propose', { proposal, value: 3n });
    ok(rt, '//2', 'Democracy.second', { proposal: 0n });
    ok(rt, '//2', 'Democracy.second', { proposal: 0n });
    fails(rt, '//1', 'Democracy.cancel_proposal', { prop_index: 0n }, 'BadOrigin');
    const events = ok(rt, 'root', 'Democracy.cancel_proposal', { prop_index: 0n });
    expect(
      events.filter((e) => e.pallet === 'Treasury' && e.name === 'Deposit').map((e) => e.fields.value),
    ).toEqual([3n, 3n, 3n]);
    expect([free(rt, 1), reserved(rt, 1), free(rt, 2), reserved(rt, 2)]).toEqual([7n, 0n, 14n, 0n]);
    expect(rt.query('Democracy.PublicProps')).toEqual([]);
  });
});

describe('conviction voting, locks and delegation (§2, §4.13–4.16)', () => {
  it('13. no lock without conviction: anyone removes and unlocks after the end', () => {
    const rt = mockRuntime();
    inject(rt, 2, 2n, SMA, 0);
    ok(rt, '//1', 'Democracy.vote', { ref_index: 0n, vote: aye(10n) });
    expect(democracyLock(rt, 1)).toBe(10n);
    goTo(rt, 3);
    ok(rt, '//2', 'Democracy.remove_other_vote', { target: acct(1), index: 0n });
    ok(rt, '//2', 'Democracy.unlock', { target: acct(1) });
    expect(democracyLock(rt, 1)).toBe(0n);
  });

  it('14. lock voting with delegation: tally (250, 100, 150) passes', () => {
    const rt = mockRuntime();
    inject(rt, 2, 2n, SMA, 0);
    ok(rt, '//1', 'Democracy.vote', { ref_index: 0n, vote: nay(10n, 5) });
    ok(rt, '//2', 'Democracy.vote', { ref_index: 0n, vote: aye(20n, 4) });
    ok(rt, '//3', 'Democracy.vote', { ref_index: 0n, vote: aye(30n, 3) });
    ok(rt, '//4', 'Democracy.delegate', { to: acct(2), conviction: 'Locked2x', balance: 40n });
    ok(rt, '//5', 'Democracy.vote', { ref_index: 0n, vote: nay(50n, 1) });
    expect(tally(rt, 0)).toEqual([250n, 100n, 150n]);
    step(rt);
    expect(rt.query('Democracy.ReferendumInfoOf', 0n)).toEqual({
      type: 'Finished',
      value: { approved: true, end: 2n },
    });
  });

  it('winning conviction locks last end + VoteLockingPeriod × 2^(c−1); losers and None unlock at once', () => {
    const rt = mockRuntime();
    inject(rt, 2, 2n, SMA, 0);
    ok(rt, '//1', 'Democracy.vote', { ref_index: 0n, vote: nay(10n, 5) }); // loses
    ok(rt, '//2', 'Democracy.vote', { ref_index: 0n, vote: aye(20n, 4) }); // 8 periods → 2 + 24 = 26
    ok(rt, '//3', 'Democracy.vote', { ref_index: 0n, vote: aye(30n, 3) }); // 4 → 14
    ok(rt, '//4', 'Democracy.vote', { ref_index: 0n, vote: aye(40n, 2) }); // 2 → 8
    ok(rt, '//5', 'Democracy.vote', { ref_index: 0n, vote: nay(50n, 1) }); // loses
    ok(rt, '//6', 'Democracy.vote', { ref_index: 0n, vote: aye(60n, 1) }); // 1 → 5
    step(rt); // 2: passes
    fails(rt, '//1', 'Democracy.remove_other_vote', { target: acct(2), index: 0n }, 'Democracy.NoPermission');
    for (const i of [1, 2, 3, 4, 5, 6]) ok(rt, `//${i}`, 'Democracy.remove_vote', { index: 0n });
    const unlockAll = () => {
      for (const i of [1, 2, 3, 4, 5, 6]) ok(rt, '//1', 'Democracy.unlock', { target: acct(i) });
      return [1, 2, 3, 4, 5, 6].map((i) => democracyLock(rt, i));
    };
    expect(unlockAll()).toEqual([0n, 20n, 30n, 40n, 0n, 60n]);
    goTo(rt, 4);
    expect(unlockAll()).toEqual([0n, 20n, 30n, 40n, 0n, 60n]);
    goTo(rt, 5);
    expect(unlockAll()).toEqual([0n, 20n, 30n, 40n, 0n, 0n]);
    goTo(rt, 7);
    expect(unlockAll()).toEqual([0n, 20n, 30n, 40n, 0n, 0n]);
    goTo(rt, 8);
    expect(unlockAll()).toEqual([0n, 20n, 30n, 0n, 0n, 0n]);
    goTo(rt, 13);
    expect(unlockAll()).toEqual([0n, 20n, 30n, 0n, 0n, 0n]);
    goTo(rt, 14);
    expect(unlockAll()).toEqual([0n, 20n, 0n, 0n, 0n, 0n]);
    goTo(rt, 25);
    expect(unlockAll()).toEqual([0n, 20n, 0n, 0n, 0n, 0n]);
    goTo(rt, 26);
    expect(unlockAll()).toEqual([0n, 0n, 0n, 0n, 0n, 0n]);
  });

  it('conviction weights None … Locked6x and the vote byte', () => {
    const rt = mockRuntime();
    inject(rt, 2, 2n, SMA, 0);
    const expected = [1n, 10n, 20n, 30n, 40n, 50n, 60n];
    for (let c = 0; c <= 6; c++) {
      ok(rt, '//6', 'Democracy.vote', { ref_index: 0n, vote: aye(10n, c) });
      expect(tally(rt, 0)).toEqual([expected[c], 0n, 10n]);
    }
    ok(rt, '//6', 'Democracy.vote', { ref_index: 0n, vote: aye(19n, 0) });
    expect(tally(rt, 0)).toEqual([1n, 0n, 19n]);
    ok(rt, '//6', 'Democracy.vote', { ref_index: 0n, vote: nay(9n, 0) });
    expect(tally(rt, 0)).toEqual([0n, 0n, 9n]);
    expect(rt.dispatch('//6', 'Democracy.vote', { ref_index: 0n, vote: aye(1n, 7) }).ok).toBe(false);
    expect(democracyLock(rt, 6)).toBe(19n); // extended to the max, never lowered by re-voting
  });

  it('15a. voting then delegating: prior (26, 20)', () => {
    const rt = mockRuntime();
    inject(rt, 2, 2n, 'SimpleMajority', 0);
    ok(rt, '//5', 'Democracy.vote', { ref_index: 0n, vote: aye(10n, 4) });
    step(rt); // 2
    ok(rt, '//5', 'Democracy.remove_vote', { index: 0n });
    ok(rt, '//5', 'Democracy.delegate', { to: acct(1), conviction: 'Locked3x', balance: 20n });
    ok(rt, '//5', 'Democracy.undelegate');
    const v = rt.query('Democracy.VotingOf', acct(5)) as { value: { prior: [bigint, bigint] } };
    expect(v.value.prior).toEqual([26n, 20n]);
    for (const [at, min] of [
      [14, 10n],
      [25, 10n],
    ] as const) {
      goTo(rt, at);
      ok(rt, '//5', 'Democracy.unlock', { target: acct(5) });
      expect(democracyLock(rt, 5)).toBeGreaterThanOrEqual(min);
    }
    goTo(rt, 26);
    ok(rt, '//5', 'Democracy.unlock', { target: acct(5) });
    expect(democracyLock(rt, 5)).toBe(0n);
  });

  it('15b. delegating then voting: prior (48, 5) then (48, 50)', () => {
    // The Rust scenario starts at block 0; the harness starts at 1, so every date is one block later.
    const rt = mockRuntime();
    ok(rt, '//5', 'Democracy.delegate', { to: acct(1), conviction: 'Locked5x', balance: 5n });
    ok(rt, '//5', 'Democracy.undelegate');
    const prior = () =>
      (rt.query('Democracy.VotingOf', acct(5)) as { value: { prior: [bigint, bigint] } }).value.prior;
    expect(prior()).toEqual([49n, 5n]);
    const r0 = inject(rt, 2, 2n, 'SimpleMajority', 0);
    const r1 = inject(rt, 2, 3n, 'SimpleMajority', 0);
    const r2 = inject(rt, 2, 4n, 'SimpleMajority', 0);
    ok(rt, '//5', 'Democracy.vote', { ref_index: BigInt(r0), vote: aye(10n, 4) });
    ok(rt, '//5', 'Democracy.vote', { ref_index: BigInt(r1), vote: aye(20n, 3) });
    ok(rt, '//5', 'Democracy.vote', { ref_index: BigInt(r2), vote: aye(50n, 2) });
    step(rt); // 2
    for (const r of [r0, r1, r2]) ok(rt, '//5', 'Democracy.remove_vote', { index: BigInt(r) });
    expect(prior()).toEqual([49n, 50n]);
    for (const at of [8, 14, 26, 48]) {
      goTo(rt, at);
      ok(rt, '//5', 'Democracy.unlock', { target: acct(5) });
      expect(democracyLock(rt, 5)).toBe(50n);
    }
    goTo(rt, 49);
    ok(rt, '//5', 'Democracy.unlock', { target: acct(5) });
    expect(democracyLock(rt, 5)).toBe(0n);
  });

  it('16. split votes and over-voting', () => {
    const rt = mockRuntime();
    inject(rt, 2, 2n, SMA, 0);
    fails(rt, '//1', 'Democracy.vote', { ref_index: 0n, vote: aye(20n) }, 'Democracy.InsufficientFunds');
    const split = (a: bigint, n: bigint) => ({ type: 'Split', value: { aye: a, nay: n } });
    fails(
      rt,
      '//5',
      'Democracy.vote',
      { ref_index: 0n, vote: split(40n, 20n) },
      'Democracy.InsufficientFunds',
    );
    ok(rt, '//5', 'Democracy.vote', { ref_index: 0n, vote: split(30n, 20n) });
    expect(tally(rt, 0)).toEqual([3n, 2n, 50n]);
    ok(rt, '//5', 'Democracy.remove_vote', { index: 0n });
    expect(tally(rt, 0)).toEqual([0n, 0n, 0n]);
    ok(rt, '//5', 'Democracy.unlock', { target: acct(5) });
    expect(democracyLock(rt, 5)).toBe(0n);
  });

  it('delegation flows into the Standard votes of a Direct target, one level only', () => {
    const rt = mockRuntime();
    inject(rt, 10, 2n, SMA, 0);
    ok(rt, '//2', 'Democracy.vote', { ref_index: 0n, vote: aye(20n, 1) });
    ok(rt, '//3', 'Democracy.delegate', { to: acct(2), conviction: 'Locked3x', balance: 30n });
    expect(tally(rt, 0)).toEqual([110n, 0n, 50n]);
    ok(rt, '//4', 'Democracy.delegate', { to: acct(3), conviction: 'Locked1x', balance: 40n }); // not transitive
    expect(tally(rt, 0)).toEqual([110n, 0n, 50n]);
    ok(rt, '//2', 'Democracy.vote', { ref_index: 0n, vote: nay(20n, 1) }); // delegations follow the vote
    expect(tally(rt, 0)).toEqual([0n, 110n, 50n]);
    ok(rt, '//3', 'Democracy.delegate', { to: acct(5), conviction: 'None', balance: 30n }); // re-delegate
    expect(tally(rt, 0)).toEqual([0n, 20n, 20n]);
    ok(rt, '//5', 'Democracy.vote', { ref_index: 0n, vote: { type: 'Split', value: { aye: 10n, nay: 0n } } });
    expect(tally(rt, 0)).toEqual([1n, 20n, 30n]); // split votes ignore delegations
    fails(rt, '//3', 'Democracy.vote', { ref_index: 0n, vote: aye(1n) }, 'Democracy.AlreadyDelegating');
    fails(
      rt,
      '//3',
      'Democracy.delegate',
      { to: acct(3), conviction: 'None', balance: 1n },
      'Democracy.Nonsense',
    );
    fails(
      rt,
      '//2',
      'Democracy.delegate',
      { to: acct(1), conviction: 'None', balance: 1n },
      'Democracy.VotesExist',
    );
    fails(rt, '//2', 'Democracy.undelegate', {}, 'Democracy.NotDelegating');
    fails(
      rt,
      '//1',
      'Democracy.delegate',
      { to: acct(2), conviction: 'None', balance: 11n },
      'Democracy.InsufficientFunds',
    );
    fails(rt, '//1', 'Democracy.remove_vote', { index: 0n }, 'Democracy.NotVoter');
    fails(rt, '//1', 'Democracy.remove_other_vote', { target: acct(2), index: 0n }, 'Democracy.NoPermission');
  });

  it('MaxVotes counts finished referenda until their votes are removed', () => {
    const rt = mockRuntime({ 'Democracy.MaxVotes': 2n });
    inject(rt, 2, 2n, SMA, 0);
    inject(rt, 2, 3n, SMA, 0);
    inject(rt, 5, 4n, SMA, 0);
    ok(rt, '//1', 'Democracy.vote', { ref_index: 0n, vote: aye(1n) });
    ok(rt, '//1', 'Democracy.vote', { ref_index: 1n, vote: aye(1n) });
    step(rt);
    fails(rt, '//1', 'Democracy.vote', { ref_index: 2n, vote: aye(1n) }, 'Democracy.MaxVotesReached');
    ok(rt, '//1', 'Democracy.remove_vote', { index: 0n });
    ok(rt, '//1', 'Democracy.vote', { ref_index: 2n, vote: aye(1n) });
  });
});
