/**
 * Council and TechnicalCommittee motions giving Phala's democracy origins (spec/governance.md §5.2):
 * external proposals (≥ 1/2, ≥ 3/4, unanimous Council), veto by one TC member with cool-off (§4.9),
 * fast-track (≥ 2/3 TC) and instant (unanimous TC, InstantAllowed) (§4.10), emergency cancellation
 * (≥ 2/3 Council), and the collective pallet's own rules (thresholds, close, prime default vote).
 */
import { describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/pallets-mock/index.js';
import {
  acct,
  blockNumber,
  fails,
  goTo,
  mockRuntime,
  ok,
  setBalanceProposal,
  step,
} from './governance-helpers.js';

type Collective = 'Council' | 'TechnicalCommittee';
const democracyCall = (name: string, args: Record<string, unknown>) => ({
  type: 'Democracy',
  value: { type: name, value: args },
});

/**
 * A motion: the first voter proposes with `threshold`, every voter votes aye, anyone closes.
 * Returns the dispatch result of the motion's call ('Ok' or the error's variant/module path).
 */
function motion(
  rt: Runtime,
  collective: Collective,
  threshold: number,
  voters: string[],
  callValue: unknown,
): string {
  const proposer = voters[0] ?? '//Alice';
  const events = ok(rt, proposer, `${collective}.propose`, {
    threshold: BigInt(threshold),
    proposal: callValue,
    length_bound: 10_000n,
  });
  if (threshold < 2) return resultOf(rt, events);
  const proposed = events.find((e) => e.name === 'Proposed');
  const hash = proposed?.fields.proposal_hash as string;
  const index = proposed?.fields.proposal_index as bigint;
  for (const v of voters) ok(rt, v, `${collective}.vote`, { proposal: hash, index, approve: true });
  const closed = ok(rt, '//Ferdie', `${collective}.close`, {
    proposal_hash: hash,
    index,
    proposal_weight_bound: { ref_time: 10n ** 12n, proof_size: 10n ** 7n },
    length_bound: 10_000n,
  });
  return resultOf(rt, closed);
}

function resultOf(rt: Runtime, events: Array<{ name: string; fields: Record<string, unknown> }>): string {
  const ex = events.find((e) => e.name === 'Executed' || e.name === 'MemberExecuted');
  if (!ex) return 'NotExecuted';
  const r = ex.fields.result as { type: string; value: { type: string; value: unknown } | null };
  if (r.type === 'Ok') return 'Ok';
  const err = r.value as { type: string; value: { index: bigint; error: string } | null };
  if (err.type !== 'Module' || !err.value) return err.type;
  const pallet = rt.kernel.pallets.find((p) => BigInt(p.index) === err.value?.index);
  const idx = Number.parseInt(err.value.error.slice(2, 4), 16);
  return `${pallet?.name}.${pallet?.errors?.names[idx]}`;
}

/** `TechnicalCommittee.execute(call)` by one member: dispatches as `Member(who)`. */
function memberExecute(rt: Runtime, who: string, callValue: unknown): string {
  return resultOf(
    rt,
    ok(rt, who, 'TechnicalCommittee.execute', { proposal: callValue, length_bound: 10_000n }),
  );
}

const ALL_COUNCIL = ['//Alice', '//Bob', '//Charlie'];

describe('collective motions', () => {
  it('dev genesis members; production none', () => {
    const rt = mockRuntime();
    expect((rt.query('Council.Members') as string[]).sort()).toEqual(ALL_COUNCIL.map(acct).sort());
    expect((rt.query('TechnicalCommittee.Members') as string[]).sort()).toEqual(
      ['//Alice', '//Bob'].map(acct).sort(),
    );
  });

  it('propose, vote, close: approval as soon as enough ayes, disapproval when unreachable, prime default after end', () => {
    const rt = mockRuntime();
    const call = democracyCall('external_propose', setBalanceProposal(rt, 2n));
    fails(
      rt,
      '//Dave',
      'Council.propose',
      { threshold: 2n, proposal: call, length_bound: 1000n },
      'Council.NotMember',
    );
    fails(
      rt,
      '//Alice',
      'Council.propose',
      { threshold: 2n, proposal: call, length_bound: 3n },
      'Council.WrongProposalLength',
    );
    const ev = ok(rt, '//Alice', 'Council.propose', { threshold: 3n, proposal: call, length_bound: 1000n });
    const hash = ev.find((e) => e.name === 'Proposed')?.fields.proposal_hash as string;
    fails(
      rt,
      '//Alice',
      'Council.propose',
      { threshold: 3n, proposal: call, length_bound: 1000n },
      'Council.DuplicateProposal',
    );
    ok(rt, '//Alice', 'Council.vote', { proposal: hash, index: 0n, approve: true });
    fails(
      rt,
      '//Alice',
      'Council.vote',
      { proposal: hash, index: 0n, approve: true },
      'Council.DuplicateVote',
    );
    fails(rt, '//Alice', 'Council.vote', { proposal: hash, index: 1n, approve: true }, 'Council.WrongIndex');
    const bound = { ref_time: 10n ** 12n, proof_size: 10n ** 7n };
    const close = { proposal_hash: hash, index: 0n, proposal_weight_bound: bound, length_bound: 1000n };
    fails(rt, '//Ferdie', 'Council.close', close, 'Council.TooEarly');
    ok(rt, '//Bob', 'Council.vote', { proposal: hash, index: 0n, approve: false });
    const closed = ok(rt, '//Ferdie', 'Council.close', close); // 3 - 1 nay < 3: disapproved
    expect(closed.map((e) => e.name)).toEqual(['Closed', 'Disapproved']);
    expect(rt.query('Council.Proposals')).toEqual([]);

    // prime default: Alice prime votes aye, the abstentions count as ayes after MotionDuration
    ok(rt, 'root', 'Council.set_members', {
      new_members: ALL_COUNCIL.map(acct),
      prime: acct('//Alice'),
      old_count: 3n,
    });
    const ev2 = ok(rt, '//Alice', 'Council.propose', { threshold: 3n, proposal: call, length_bound: 1000n });
    const h2 = ev2.find((e) => e.name === 'Proposed')?.fields.proposal_hash as string;
    ok(rt, '//Alice', 'Council.vote', { proposal: h2, index: 1n, approve: true });
    const close2 = { ...close, proposal_hash: h2, index: 1n };
    fails(rt, '//Ferdie', 'Council.close', close2, 'Council.TooEarly');
    rt.advanceBlocks(3 * 7200);
    const done = ok(rt, '//Ferdie', 'Council.close', close2);
    expect(done.find((e) => e.name === 'Closed')?.fields).toMatchObject({ yes: 3n, no: 0n });
    expect(resultOf(rt, done)).toBe('Ok');
    expect(rt.query('Democracy.NextExternal')).toBeDefined();
  });
});

describe('external proposals, veto and cool-off (§4.9)', () => {
  it('vetoed proposals are blacklisted for CooloffPeriod, once per vetoer', () => {
    const rt = mockRuntime(); // block 1 (the Rust scenario's block 0, shifted by one)
    const { proposal, hash } = setBalanceProposal(rt, 2n);
    const propose = democracyCall('external_propose', { proposal });
    fails(rt, '//1', 'Democracy.external_propose', { proposal }, 'BadOrigin');
    expect(motion(rt, 'Council', 2, ['//Alice', '//Bob'], propose)).toBe('Ok'); // 2/3 ≥ 1/2
    expect(
      motion(
        rt,
        'Council',
        2,
        ['//Alice', '//Bob'],
        democracyCall('external_propose', setBalanceProposal(rt, 9n)),
      ),
    ).toBe('Democracy.DuplicateProposal');
    const veto = democracyCall('veto_external', { proposal_hash: hash });
    expect(memberExecute(rt, '//Bob', veto)).toBe('Ok');
    expect(rt.query('Democracy.NextExternal')).toBeUndefined();
    expect(rt.query('Democracy.Blacklist', hash)).toEqual([3n, [acct('//Bob')]]);
    fails(rt, 'root', 'Democracy.external_propose', { proposal }, 'Democracy.ProposalBlacklisted');
    step(rt); // 2
    fails(rt, 'root', 'Democracy.external_propose', { proposal }, 'Democracy.ProposalBlacklisted');
    step(rt); // 3 ≥ until
    ok(rt, 'root', 'Democracy.external_propose', { proposal });
    expect(memberExecute(rt, '//Bob', veto)).toBe('Democracy.AlreadyVetoed');
    expect(memberExecute(rt, '//Alice', veto)).toBe('Ok');
    expect(rt.query('Democracy.NextExternal')).toBeUndefined();
    step(rt); // 4: still blacklisted until 5
    fails(rt, 'root', 'Democracy.external_propose', { proposal }, 'Democracy.ProposalBlacklisted');
    ok(rt, 'root', 'Democracy.external_propose', { proposal: setBalanceProposal(rt, 3n).proposal });
    // a plain signed TC member is not a Member origin; a Members motion is not either
    fails(rt, '//Alice', 'Democracy.veto_external', { proposal_hash: hash }, 'BadOrigin');
  });

  it('majority/default need 3/4 and unanimity, ignore the blacklist and overwrite', () => {
    const rt = mockRuntime();
    const a = setBalanceProposal(rt, 2n);
    ok(rt, 'root', 'Democracy.blacklist', { proposal_hash: a.hash, maybe_ref_index: null });
    expect(
      motion(
        rt,
        'Council',
        2,
        ['//Alice', '//Bob'],
        democracyCall('external_propose_majority', { proposal: a.proposal }),
      ),
    ).toBe('BadOrigin'); // 2/3 < 3/4
    expect(
      motion(
        rt,
        'Council',
        3,
        ALL_COUNCIL,
        democracyCall('external_propose_majority', { proposal: a.proposal }),
      ),
    ).toBe('Ok');
    expect(
      motion(
        rt,
        'Council',
        1,
        ['//Alice'],
        democracyCall('external_propose_default', { proposal: a.proposal }),
      ),
    ).toBe('BadOrigin');
    expect(
      motion(
        rt,
        'Council',
        3,
        ALL_COUNCIL,
        democracyCall('external_propose_default', { proposal: a.proposal }),
      ),
    ).toBe('Ok');
    expect(rt.query('Democracy.NextExternal')).toEqual([
      a.proposal,
      { type: 'SuperMajorityAgainst', value: null },
    ]);
    step(rt); // block 2: launched with the default-carries threshold
    expect(
      (rt.query('Democracy.ReferendumInfoOf', 0n) as { value: { threshold: unknown } }).value.threshold,
    ).toEqual({
      type: 'SuperMajorityAgainst',
      value: null,
    });
  });

  it('a Root blacklist of the external proposal means no referendum at the next launch', () => {
    const rt = mockRuntime();
    const a = setBalanceProposal(rt, 2n);
    ok(rt, 'root', 'Democracy.external_propose', { proposal: a.proposal });
    ok(rt, 'root', 'Democracy.blacklist', { proposal_hash: a.hash, maybe_ref_index: null });
    step(rt);
    expect(rt.query('Democracy.ReferendumCount')).toBe(0n);
    fails(
      rt,
      'root',
      'Democracy.external_propose',
      { proposal: a.proposal },
      'Democracy.ProposalBlacklisted',
    );
  });
});

describe('fast-track and instant (§4.10)', () => {
  const threeTc = (rt: Runtime) =>
    ok(rt, 'root', 'TechnicalCommittee.set_members', {
      new_members: ALL_COUNCIL.map(acct),
      prime: null,
      old_count: 2n,
    });

  it('≥ 2/3 TC fast-tracks a majority proposal; shorter periods need a unanimous TC and InstantAllowed', () => {
    const rt = mockRuntime();
    threeTc(rt);
    const a = setBalanceProposal(rt, 2n);
    const ft = (period: number, delay = 0) =>
      democracyCall('fast_track', {
        proposal_hash: a.hash,
        voting_period: BigInt(period),
        delay: BigInt(delay),
      });
    fails(
      rt,
      'root',
      'Democracy.fast_track',
      { proposal_hash: a.hash, voting_period: 3n, delay: 2n },
      'Democracy.ProposalMissing',
    );
    ok(rt, 'root', 'Democracy.external_propose_majority', { proposal: a.proposal });
    fails(
      rt,
      '//1',
      'Democracy.fast_track',
      { proposal_hash: a.hash, voting_period: 2n, delay: 0n },
      'BadOrigin',
    );
    expect(motion(rt, 'TechnicalCommittee', 2, ['//Alice', '//Bob'], ft(1))).toBe('BadOrigin');
    expect(motion(rt, 'TechnicalCommittee', 3, ALL_COUNCIL, ft(1))).toBe('Democracy.InstantNotAllowed');
    expect(
      motion(
        rt,
        'TechnicalCommittee',
        2,
        ['//Alice', '//Bob'],
        democracyCall('fast_track', { proposal_hash: `0x${'11'.repeat(32)}`, voting_period: 2n, delay: 0n }),
      ),
    ).toBe('Democracy.InvalidHash');
    const now = blockNumber(rt);
    expect(motion(rt, 'TechnicalCommittee', 2, ['//Alice', '//Bob'], ft(2))).toBe('Ok');
    expect(rt.query('Democracy.ReferendumInfoOf', 0n)).toEqual({
      type: 'Ongoing',
      value: {
        end: now + 2n,
        proposal: a.proposal,
        threshold: { type: 'SimpleMajority', value: null },
        delay: 0n,
        tally: { ayes: 0n, nays: 0n, turnout: 0n },
      },
    });
  });

  it('instant with InstantAllowed: period 0 is too low, period 1 ends next block; SMA cannot be fast-tracked', () => {
    const rt = mockRuntime({ 'Democracy.InstantAllowed': true });
    threeTc(rt);
    goTo(rt, 10);
    const a = setBalanceProposal(rt, 2n);
    ok(rt, 'root', 'Democracy.external_propose_majority', { proposal: a.proposal });
    const ft = (period: number) =>
      democracyCall('fast_track', { proposal_hash: a.hash, voting_period: BigInt(period), delay: 2n });
    expect(motion(rt, 'TechnicalCommittee', 3, ALL_COUNCIL, ft(0))).toBe('Democracy.VotingPeriodLow');
    expect(motion(rt, 'TechnicalCommittee', 3, ALL_COUNCIL, ft(1))).toBe('Ok');
    expect((rt.query('Democracy.ReferendumInfoOf', 0n) as { value: { end: bigint } }).value.end).toBe(11n);
    step(rt);
    expect(rt.query('Democracy.ReferendumInfoOf', 0n)).toEqual({
      type: 'Finished',
      value: { approved: false, end: 11n },
    });
    const b = setBalanceProposal(rt, 5n);
    ok(rt, 'root', 'Democracy.external_propose', { proposal: b.proposal });
    fails(
      rt,
      'root',
      'Democracy.fast_track',
      { proposal_hash: b.hash, voting_period: 1n, delay: 0n },
      'Democracy.NotSimpleMajority',
    );
  });
});

describe('cancellation origins', () => {
  it('emergency_cancel needs ≥ 2/3 of the Council; cancel_proposal a unanimous TC', () => {
    const rt = mockRuntime();
    const a = setBalanceProposal(rt, 2n);
    ok(rt, 'root', 'Democracy.external_propose', { proposal: a.proposal });
    step(rt);
    expect(motion(rt, 'Council', 1, ['//Alice'], democracyCall('emergency_cancel', { ref_index: 0n }))).toBe(
      'BadOrigin',
    );
    expect(
      motion(rt, 'Council', 2, ['//Alice', '//Bob'], democracyCall('emergency_cancel', { ref_index: 0n })),
    ).toBe('Ok');
    expect(rt.query('Democracy.ReferendumInfoOf', 0n)).toBeUndefined();
    ok(rt, '//1', 'Democracy.propose', { proposal: a.proposal, value: 1n });
    expect(
      motion(rt, 'TechnicalCommittee', 1, ['//Alice'], democracyCall('cancel_proposal', { prop_index: 0n })),
    ).toBe('BadOrigin');
    expect(
      motion(
        rt,
        'TechnicalCommittee',
        2,
        ['//Alice', '//Bob'],
        democracyCall('cancel_proposal', { prop_index: 0n }),
      ),
    ).toBe('Ok');
    expect(rt.query('Democracy.PublicProps')).toEqual([]);
  });
});
