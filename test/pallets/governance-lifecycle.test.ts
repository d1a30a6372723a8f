/**
 * Governance end to end in the dev profile (LaunchPeriod 20, VotingPeriod 20, EnactmentPeriod 10,
 * VoteLockingPeriod 10): a noted preimage proposed and seconded, launched at block 20, voted with
 * mixed convictions and a delegation, passed at 40, enacted by the Scheduler at 50, deposits returned,
 * locks expiring at end + VoteLockingPeriod × 2^(c−1). Plus Treasury spending, Preimage deposits,
 * the Scheduler's own calls, production constants, and a ≥ 10,000-step random property run.
 */
import { describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import { CENTS, DOLLARS, TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import {
  acct,
  aye,
  blockNumber,
  democracyLock,
  encodeCall,
  fails,
  free,
  goTo,
  hashHex,
  inject,
  mockRuntime,
  nay,
  ok,
  reserved,
  setBalanceCall,
} from './governance-helpers.js';

const PHA = DOLLARS;

describe('dev-profile lifecycle', () => {
  it('preimage → proposal → seconds → launch → votes → pass → enactment → deposits back → locks expire', () => {
    const rt = createRuntime(); // dev accounts hold 1,000,000 PHA each
    const target = acct('//Ferdie');
    const bytes = encodeCall(rt, setBalanceCall(123n * PHA, target));
    const hash = hashHex(bytes);
    const len = BigInt((bytes.length - 2) / 2);
    const preimageDeposit = PHA + CENTS * len;
    ok(rt, '//Dave', 'Preimage.note_preimage', { bytes });
    expect(reserved(rt, '//Dave')).toBe(preimageDeposit);
    fails(rt, '//Eve', 'Preimage.note_preimage', { bytes }, 'Preimage.AlreadyNoted');

    const proposal = { type: 'Lookup', value: { hash, len } };
    fails(rt, '//Dave', 'Democracy.propose', { proposal, value: 9n * PHA }, 'Democracy.ValueLow');
    ok(rt, '//Dave', 'Democracy.propose', { proposal, value: 10n * PHA });
    ok(rt, '//Eve', 'Democracy.second', { proposal: 0n });
    expect(reserved(rt, '//Dave')).toBe(preimageDeposit + 10n * PHA);
    expect(reserved(rt, '//Eve')).toBe(10n * PHA);

    goTo(rt, 20);
    expect(reserved(rt, '//Dave')).toBe(preimageDeposit);
    expect(reserved(rt, '//Eve')).toBe(0n);
    expect((rt.query('Democracy.ReferendumInfoOf', 0n) as { value: { end: bigint } }).value.end).toBe(40n);

    ok(rt, '//Alice', 'Democracy.vote', { ref_index: 0n, vote: aye(100_000n * PHA, 1) });
    ok(rt, '//Bob', 'Democracy.vote', { ref_index: 0n, vote: aye(50_000n * PHA, 2) });
    ok(rt, '//Charlie', 'Democracy.vote', { ref_index: 0n, vote: aye(10_000n * PHA, 3) });
    ok(rt, '//Eve', 'Democracy.vote', { ref_index: 0n, vote: nay(1_000n * PHA, 0) });
    ok(rt, '//Dave', 'Democracy.delegate', {
      to: acct('//Alice'),
      conviction: 'Locked1x',
      balance: 20_000n * PHA,
    });
    const t = (rt.query('Democracy.ReferendumInfoOf', 0n) as { value: { tally: Record<string, bigint> } })
      .value.tally;
    expect(t).toEqual({
      ayes: 100_000n * PHA + 100_000n * PHA + 30_000n * PHA + 20_000n * PHA,
      nays: 100n * PHA,
      turnout: (100_000n + 50_000n + 10_000n + 1_000n + 20_000n) * PHA,
    });

    goTo(rt, 40);
    expect(rt.query('Democracy.ReferendumInfoOf', 0n)).toEqual({
      type: 'Finished',
      value: { approved: true, end: 40n },
    });
    expect(rt.query('Preimage.StatusFor', hash)).toMatchObject({ type: 'Requested' });
    // Locks: Alice 1x → 50, Bob 2x → 60, Charlie 3x → 80; Eve lost (None): free once removed.
    goTo(rt, 45);
    for (const who of ['//Alice', '//Bob', '//Charlie', '//Eve'])
      ok(rt, who, 'Democracy.remove_vote', { index: 0n });
    ok(rt, '//Dave', 'Democracy.undelegate'); // delegation lock whether or not the target won: 45 + 10 × 1
    const unlock = () =>
      ['//Alice', '//Bob', '//Charlie', '//Dave', '//Eve'].map((w) => {
        ok(rt, '//Ferdie', 'Democracy.unlock', { target: acct(w) });
        return democracyLock(rt, w);
      });
    expect(unlock()).toEqual([100_000n * PHA, 50_000n * PHA, 10_000n * PHA, 20_000n * PHA, 0n]);
    goTo(rt, 49);
    expect(free(rt, '//Ferdie')).toBe(1_000_000n * PHA);
    expect(unlock()[0]).toBe(100_000n * PHA);
    goTo(rt, 50);
    expect(free(rt, '//Ferdie')).toBe(123n * PHA);
    expect(unlock()).toEqual([0n, 50_000n * PHA, 10_000n * PHA, 20_000n * PHA, 0n]);
    // the Scheduler dropped its own request, Democracy's `hold` stays (count 1, as in v1.2.0): Dave
    // takes his deposit back, the preimage stays requested
    expect(rt.query('Preimage.StatusFor', hash)).toMatchObject({ type: 'Requested', value: { count: 1n } });
    fails(rt, '//Eve', 'Preimage.unnote_preimage', { hash }, 'Preimage.NotAuthorized');
    ok(rt, '//Dave', 'Preimage.unnote_preimage', { hash });
    expect(reserved(rt, '//Dave')).toBe(0n);
    expect(rt.query('Preimage.StatusFor', hash)).toMatchObject({
      type: 'Requested',
      value: { count: 1n, deposit: null },
    });
    goTo(rt, 54);
    expect(unlock()[3]).toBe(20_000n * PHA);
    goTo(rt, 55);
    expect(unlock()[3]).toBe(0n);
    goTo(rt, 59);
    expect(unlock()[1]).toBe(50_000n * PHA);
    goTo(rt, 60);
    expect(unlock()[1]).toBe(0n);
    goTo(rt, 79);
    expect(unlock()[2]).toBe(10_000n * PHA);
    goTo(rt, 80);
    expect(unlock()).toEqual([0n, 0n, 0n, 0n, 0n]);
  });

  it('a referendum whose preimage is missing reports CallUnavailable', () => {
    const rt = createRuntime();
    const proposal = { type: 'Lookup', value: { hash: `0x${'ab'.repeat(32)}`, len: 40n } };
    ok(rt, '//Dave', 'Democracy.propose', { proposal, value: 10n * PHA });
    goTo(rt, 20);
    ok(rt, '//Alice', 'Democracy.vote', { ref_index: 0n, vote: aye(PHA, 1) });
    goTo(rt, 40);
    rt.events();
    goTo(rt, 50);
    expect(rt.events().some((e) => e.pallet === 'Scheduler' && e.name === 'CallUnavailable')).toBe(true);
  });
});

describe('Treasury', () => {
  function funded(): Runtime {
    const rt = createRuntime({ config: { 'Treasury.SpendPeriod': 10n } });
    ok(rt, '//Ferdie', 'Balances.transfer_keep_alive', {
      dest: TREASURY_ACCOUNT,
      value: 1000n * PHA,
    });
    return rt;
  }
  it('propose_spend bonds 5% (≥ 1 PHA), approval by Root, payout at the spend period', () => {
    const rt = funded();
    const treasury = TREASURY_ACCOUNT;
    const before = free(rt, treasury);
    ok(rt, '//Dave', 'Treasury.propose_spend', { value: 100n * PHA, beneficiary: acct('//7') });
    expect(reserved(rt, '//Dave')).toBe(5n * PHA);
    ok(rt, '//Dave', 'Treasury.propose_spend', { value: 10n * PHA, beneficiary: acct('//8') });
    expect(reserved(rt, '//Dave')).toBe(6n * PHA); // min bond 1 PHA
    fails(rt, '//Dave', 'Treasury.approve_proposal', { proposal_id: 0n }, 'BadOrigin');
    fails(rt, 'root', 'Treasury.approve_proposal', { proposal_id: 9n }, 'Treasury.InvalidIndex');
    ok(rt, 'root', 'Treasury.approve_proposal', { proposal_id: 0n });
    const issuance = rt.query('Balances.TotalIssuance') as bigint;
    ok(rt, 'root', 'Treasury.reject_proposal', { proposal_id: 1n }); // bond burned (OnSlash = ())
    expect(rt.query('Balances.TotalIssuance')).toBe(issuance - PHA);
    expect(reserved(rt, '//Dave')).toBe(5n * PHA);
    ok(rt, 'root', 'Treasury.spend', { amount: 2000n * PHA, beneficiary: acct('//9') }); // too big for the pot
    goTo(rt, 9);
    rt.events();
    goTo(rt, 10);
    const ev = rt.events().filter((e) => e.pallet === 'Treasury' && e.name !== 'UpdatedInactive');
    expect(ev.map((e) => e.name)).toEqual(['Spending', 'Awarded', 'Rollover']);
    expect(free(rt, '//7')).toBe(100n * PHA);
    expect(reserved(rt, '//Dave')).toBe(0n);
    expect(free(rt, treasury)).toBe(before - 100n * PHA);
    expect(rt.query('Treasury.Approvals')).toEqual([2n]); // missed, kept for later
    ok(rt, 'root', 'Treasury.remove_approval', { proposal_id: 2n });
    fails(rt, 'root', 'Treasury.remove_approval', { proposal_id: 2n }, 'Treasury.ProposalNotApproved');
  });
});

describe('Scheduler and production constants', () => {
  it('schedules named and anonymous tasks for Root, cancels them with the same origin only', () => {
    const rt = createRuntime();
    const call = setBalanceCall(5n * PHA, acct('//Ferdie'));
    fails(
      rt,
      '//Alice',
      'Scheduler.schedule',
      { when: 5n, maybe_periodic: null, priority: 0n, call },
      'BadOrigin',
    );
    fails(
      rt,
      'root',
      'Scheduler.schedule',
      { when: 1n, maybe_periodic: null, priority: 0n, call },
      'Scheduler.TargetBlockNumberInPast',
    );
    ok(rt, 'root', 'Scheduler.schedule', { when: 5n, maybe_periodic: null, priority: 0n, call });
    const id = `0x${'01'.repeat(32)}`;
    ok(rt, 'root', 'Scheduler.schedule_named', {
      id,
      when: 4n,
      maybe_periodic: [2n, 3n],
      priority: 0n,
      call,
    });
    fails(
      rt,
      'root',
      'Scheduler.schedule_named',
      { id, when: 6n, maybe_periodic: null, priority: 0n, call },
      'Scheduler.FailedToSchedule',
    );
    goTo(rt, 4);
    expect(free(rt, '//Ferdie')).toBe(5n * PHA);
    ok(rt, 'root', 'Scheduler.cancel', { when: 5n, index: 0n });
    fails(rt, 'root', 'Scheduler.cancel', { when: 5n, index: 0n }, 'Scheduler.NotFound');
    expect(rt.query('Scheduler.Lookup', id)).toEqual([6n, 0n]);
    goTo(rt, 8);
    expect(rt.query('Scheduler.Lookup', id)).toBeUndefined(); // ran at 4, 6, 8
    expect(blockNumber(rt)).toBe(8n);
  });

  it('production profile carries Phala’s democracy constants and no collective members', () => {
    const rt = createRuntime({ profile: 'production' });
    const k = (name: string) => rt.kernel.constant(`Democracy.${name}`);
    expect([
      k('LaunchPeriod'),
      k('VotingPeriod'),
      k('EnactmentPeriod'),
      k('VoteLockingPeriod'),
      k('CooloffPeriod'),
      k('FastTrackVotingPeriod'),
    ]).toEqual([50_400n, 50_400n, 57_600n, 57_600n, 50_400n, 900n]);
    expect(k('MinimumDeposit')).toBe(10n * PHA);
    expect(rt.query('Council.Members')).toEqual([]);
    expect(rt.query('TechnicalCommittee.Members')).toEqual([]);
  });
});

describe('random steps (property)', () => {
  it('locks stay within balance and cover unexpired votes; reserves equal open deposits', () => {
    const rt = mockRuntime({
      'Democracy.VotingPeriod': 5n,
      'Democracy.LaunchPeriod': 3n,
      'Democracy.MaxVotes': 8n,
    });
    let seed = 0x2545f491;
    const rnd = (n: number) => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) % n;
    };
    const who = () => `//${1 + rnd(6)}`;
    const big = (n: number) => BigInt(rnd(n));
    let okCount = 0;
    for (let i = 0; i < 10_000; i++) {
      const r = BigInt(rnd(Number(rt.query('Democracy.ReferendumCount')) + 1));
      const a = who();
      const action = rnd(12);
      let out: { ok: boolean };
      if (action === 0) {
        out = rt.dispatch(a, 'Democracy.propose', {
          proposal: { type: 'Legacy', value: { hash: `0x${rnd(4).toString(16).padStart(64, '0')}` } },
          value: 1n + big(3),
        });
      } else if (action === 1)
        out = rt.dispatch(a, 'Democracy.second', {
          proposal: big(Number(rt.query('Democracy.PublicPropCount')) + 1),
        });
      else if (action <= 4) {
        const c = rnd(7);
        const vote =
          rnd(4) === 0
            ? { type: 'Split', value: { aye: big(20), nay: big(20) } }
            : rnd(2) === 0
              ? aye(big(60), c)
              : nay(big(60), c);
        out = rt.dispatch(a, 'Democracy.vote', { ref_index: r, vote });
      } else if (action === 5) out = rt.dispatch(a, 'Democracy.remove_vote', { index: r });
      else if (action === 6)
        out = rt.dispatch(a, 'Democracy.remove_other_vote', { target: acct(who()), index: r });
      else if (action === 7) out = rt.dispatch(a, 'Democracy.unlock', { target: acct(who()) });
      else if (action === 8)
        out = rt.dispatch(a, 'Democracy.delegate', {
          to: acct(who()),
          conviction: { type: ['None', 'Locked1x', 'Locked2x', 'Locked3x'][rnd(4)] as string, value: null },
          balance: big(60),
        });
      else if (action === 9) out = rt.dispatch(a, 'Democracy.undelegate', {});
      else if (action === 10 && rnd(10) === 0) {
        inject(rt, Number(blockNumber(rt)) + 1 + rnd(6), 1n, 'SimpleMajority', rnd(3));
        out = { ok: true };
      } else {
        rt.advanceBlocks(1);
        out = { ok: true };
      }
      if (out.ok) okCount++;
      rt.tryState();
      // reserved balance of every account = its open democracy deposits
      const deposits = new Map<string, bigint>();
      for (const [, [depositors, amount]] of rt.query('Democracy.DepositOf') as Array<
        [[bigint], [string[], bigint]]
      >)
        for (const d of depositors) deposits.set(d, (deposits.get(d) ?? 0n) + amount);
      for (const n of [1, 2, 3, 4, 5, 6]) expect(reserved(rt, n)).toBe(deposits.get(acct(n)) ?? 0n);
    }
    expect(okCount).toBeGreaterThan(2_000);
  }, 120_000);
});
