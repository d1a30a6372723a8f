/**
 * PhragmenElection (Khala index 68) through the scenario harness, try-state after every block and call:
 * - a full council election (18 candidates, the 3 genesis members, 60 voters) whose members, runners-up
 *   and prime equal an independent sequential Phragmén with exact rationals (helpers/exact-phragmen.ts:
 *   textbook seq-Phragmén, score = (1 + Σ load·stake) / approval, loads as bigint fractions), the seats' stakes
 *   within one planck per vote of the exact backing and summing exactly to the voters' budgets;
 * - the pallet's Rust test scenarios: bonds kept by winners and slashed from losers, stable re-election,
 *   renouncing as candidate, runner-up and member (replacement by the best runner-up, prime kept),
 *   remove_member with slash and rerun, defunct voters cleaned, vote updates moving the bond;
 * - bad input refused with typed errors and no state change; deposits returned exactly.
 */
import { describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { accountId, publicKey } from '../../src/pallets-mock/primitives/account.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { uniform } from '../fixtures/mulberry32.js';
import { fails, ok, step } from './governance-helpers.js';
import { type ExactVoter, exactSeqPhragmen, type Frac } from './helpers/exact-phragmen.js';
import { CENTS, PHA } from './helpers/kernel.js';

const TERM = 10;
const BOND = 10n * PHA;
const BASE = 79n * CENTS; // deposit(1, 64): 15 CENTS + 64 × 1 CENT
const FACTOR = 32n * CENTS; // deposit(0, 32)
const GENESIS_STAKE = 100n * PHA;
const LOCK_ID = '0x706872656c656374'; // b"phrelect"

const acct = (uri: string): string => accountId(uri);
const key = (a: string): string => toHex(publicKey(a));
const byKey = (a: string, b: string): number => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
const GENESIS = ['//Alice', '//Bob', '//Charlie'].map(acct).sort(byKey);

const candidateUris = Array.from({ length: 18 }, (_, i) => `//candidate-${i}`);
const voterUris = Array.from({ length: 60 }, (_, i) => `//voter-${i}`);

interface Ballot {
  voter: string;
  votes: string[];
  value: bigint;
  balance: bigint;
}

/** 60 ballots of 1..16 candidates (never candidate-17), stakes from 10 to 5,000 PHA. */
function ballots(): Ballot[] {
  const r = uniform(17);
  const pool = [...candidateUris.slice(0, 17).map(acct), ...GENESIS];
  return voterUris.map((uri, i) => {
    const n = 1 + Math.floor(r() * 16);
    const shuffled = [...pool];
    for (let k = shuffled.length - 1; k > 0; k--) {
      const j = Math.floor(r() * (k + 1));
      [shuffled[k], shuffled[j]] = [shuffled[j] as string, shuffled[k] as string];
    }
    const picks = shuffled.slice(0, n);
    const value = (10n + BigInt(Math.floor(r() * 4990))) * PHA + BigInt(Math.floor(r() * 1e9));
    // every fifth voter asks to lock more than it has: the lock is capped at its free balance
    const balance = i % 5 === 0 ? value / 2n + 5n * PHA : value + 50n * PHA;
    return { voter: acct(uri), votes: picks, value, balance };
  });
}

function runtime(extraBalances: Array<[string, bigint]> = []): Runtime {
  const list = ballots();
  return createRuntime({
    balances: [
      ...['//Alice', '//Bob', '//Charlie', '//Dave', '//Ferdie'].map((u): [string, bigint] => [
        u,
        10_000n * PHA,
      ]),
      ...candidateUris.map((u): [string, bigint] => [u, 1_000n * PHA]),
      ...list.map((b): [string, bigint] => [b.voter, b.balance]),
      ...extraBalances,
    ],
    config: { 'PhragmenElection.TermDuration': BigInt(TERM) },
  });
}

type Seat = { who: string; stake: bigint; deposit: bigint };
type Account = { data: { free: bigint; reserved: bigint; frozen: bigint } };
const seats = (rt: Runtime, item: 'Members' | 'RunnersUp') => rt.query(`PhragmenElection.${item}`) as Seat[];
const ids = (list: Seat[]) => list.map((s) => s.who);
const account = (rt: Runtime, who: string) => (rt.query('System.Account', acct(who)) as Account).data;
const voting = (rt: Runtime, who: string) =>
  rt.query('PhragmenElection.Voting', acct(who)) as { votes: string[]; stake: bigint; deposit: bigint };
const lockOf = (rt: Runtime, who: string): bigint =>
  (rt.query('Balances.Locks', acct(who)) as Array<{ id: string; amount: bigint }>).find(
    (l) => l.id === LOCK_ID,
  )?.amount ?? 0n;
const treasury = (rt: Runtime): bigint => (rt.query('System.Account', TREASURY_ACCOUNT) as Account).data.free;
const candidates = (rt: Runtime) => rt.query('PhragmenElection.Candidates') as Array<[string, bigint]>;
const names = (rt: Runtime) => rt.events().map((e) => `${e.pallet}.${e.name}`);
const blockNumber = (rt: Runtime) => Number(rt.query('System.Number') as bigint);

/** Steps (try-state after each block) to the next term boundary; returns that block's events. */
function toNextTerm(rt: Runtime) {
  rt.events();
  const now = blockNumber(rt);
  step(rt, TERM - (now % TERM));
  expect(blockNumber(rt) % TERM).toBe(0);
  return rt.events();
}

function submitAll(rt: Runtime, uris: string[]): void {
  for (const uri of uris)
    ok(rt, uri, 'PhragmenElection.submit_candidacy', { candidate_count: BigInt(candidates(rt).length) });
}

function voteAll(rt: Runtime, list: Ballot[]): void {
  for (const b of list) ok(rt, b.voter, 'PhragmenElection.vote', { votes: b.votes, value: b.value });
}

/** Borda count: a voter's i-th vote weighs stake × (16 − i); ties go to the highest account id. */
function bordaPrime(members: string[], voters: ExactVoter<string>[]): string | undefined {
  let best: { who: string; score: bigint } | undefined;
  for (const m of [...members].sort(byKey)) {
    let score = 0n;
    for (const v of voters) {
      const i = v.votes.indexOf(m);
      if (i >= 0) score += v.stake * BigInt(16 - i);
    }
    if (!best || score >= best.score) best = { who: m, score };
  }
  return best?.who;
}

// ---------------------------------------------------------------------------------------------------

describe('PhragmenElection genesis', () => {
  it('dev: Alice, Bob and Charlie are members backed by their own vote, and the Council; production: none', () => {
    const rt = runtime();
    expect(seats(rt, 'Members')).toEqual(GENESIS.map((who) => ({ who, stake: GENESIS_STAKE, deposit: 0n })));
    expect(rt.query('Council.Members')).toEqual(GENESIS);
    for (const who of GENESIS) {
      expect(voting(rt, who)).toEqual({ votes: [who], stake: GENESIS_STAKE, deposit: 0n });
      expect(lockOf(rt, who)).toBe(0n);
    }
    const tc = ['//Alice', '//Bob'].map(acct).sort(byKey);
    expect(rt.query('TechnicalMembership.Members')).toEqual(tc);
    expect(rt.query('TechnicalCommittee.Members')).toEqual(tc);
    const prod = createRuntime({ profile: 'production' });
    expect(prod.query('PhragmenElection.Members')).toEqual([]);
    expect(prod.query('Council.Members')).toEqual([]);
    expect(prod.query('TechnicalMembership.Members')).toEqual([]);
    expect(prod.kernel.constant('PhragmenElection.TermDuration')).toBe(7_200n);
    expect(prod.kernel.constant('PhragmenElection.CandidacyBond')).toBe(BOND);
    expect(prod.kernel.constant('PhragmenElection.VotingBondBase')).toBe(BASE);
    expect(prod.kernel.constant('PhragmenElection.VotingBondFactor')).toBe(FACTOR);
  });
});

describe('terms without an election', () => {
  it('EmptyTerm without candidates; ElectionError with more voters than MaxVoters, seats unchanged', () => {
    const empty = createRuntime({ profile: 'production', config: { 'PhragmenElection.TermDuration': 5n } });
    empty.events();
    step(empty, 5);
    expect(names(empty)).toContain('PhragmenElection.EmptyTerm');
    const crowded = createRuntime({
      config: { 'PhragmenElection.TermDuration': 5n, 'PhragmenElection.MaxVoters': 2n },
    });
    crowded.events();
    step(crowded, 5);
    expect(names(crowded)).toContain('PhragmenElection.ElectionError');
    expect(ids(seats(crowded, 'Members'))).toEqual(GENESIS);
    expect(crowded.query('PhragmenElection.ElectionRounds')).toBe(0n);
  });
});

describe('a full council election', () => {
  it('18 candidates and 60 voters: winners, runners-up and prime equal an exact sequential Phragmén', () => {
    const rt = runtime();
    const list = ballots();
    const treasuryBefore = treasury(rt);
    submitAll(rt, candidateUris);
    for (const uri of candidateUris) expect(account(rt, uri)).toMatchObject({ reserved: BOND });
    voteAll(rt, list);
    for (const b of list) {
      const bond = BASE + FACTOR * BigInt(b.votes.length);
      const freeAfterBond = b.balance - bond;
      const locked = b.value < freeAfterBond ? b.value : freeAfterBond;
      expect(voting(rt, b.voter)).toEqual({ votes: b.votes, stake: locked, deposit: bond });
      expect(lockOf(rt, b.voter)).toBe(locked);
      expect(account(rt, b.voter)).toMatchObject({ reserved: bond, frozen: locked });
    }

    // the independent computation, from the same inputs as the chain holds them
    const candidateOrder = [...candidateUris.map(acct).sort(byKey), ...GENESIS];
    const exactVoters: ExactVoter<string>[] = [
      ...GENESIS.map((who) => ({ who, stake: GENESIS_STAKE, votes: [who] })),
      ...list.map((b) => ({ who: b.voter, stake: voting(rt, b.voter).stake, votes: b.votes })),
    ];
    const exact = exactSeqPhragmen(16, candidateOrder, exactVoters);
    expect(exact.winners).toHaveLength(16);
    expect(exact.tie).toBe(false);
    const members = exact.winners.slice(0, 8);
    const runnersUp = exact.winners.slice(8);
    const losers = candidateOrder.filter((c) => !exact.winners.includes(c));
    expect(losers.length).toBe(5);

    const events = toNextTerm(rt);
    expect(ids(seats(rt, 'Members'))).toEqual([...members].sort(byKey));
    expect(ids(seats(rt, 'RunnersUp'))).toEqual([...runnersUp].reverse());
    expect(rt.query('Council.Members')).toEqual([...members].sort(byKey));
    expect(rt.query('Council.Prime')).toBe(bordaPrime(members, exactVoters));
    expect(candidates(rt)).toEqual([]);
    expect(rt.query('PhragmenElection.ElectionRounds')).toBe(1n);

    // stakes: within a planck per vote of the exact backing (floors, then normalisation), and the seats hold every budget exactly
    const all = [...seats(rt, 'Members'), ...seats(rt, 'RunnersUp')];
    const edges = BigInt(exactVoters.reduce((n, v) => n + v.votes.length, 0));
    for (const s of all) {
      const b = exact.backing.get(s.who) as Frac;
      const diff = s.stake * b.d - b.n;
      expect(diff < 0n ? -diff : diff).toBeLessThanOrEqual(edges * b.d);
    }
    const budgets = exactVoters
      .filter((v) => v.votes.some((c) => exact.winners.includes(c)))
      .reduce((s, v) => s + v.stake, 0n);
    expect(all.reduce((s, x) => s + x.stake, 0n)).toBe(budgets);
    const newTerm = events.find((e) => e.pallet === 'PhragmenElection' && e.name === 'NewTerm');
    expect(newTerm?.fields.new_members).toEqual(seats(rt, 'Members').map((m) => [m.who, m.stake]));

    // bonds: seated candidates keep theirs, losers lose theirs to the Treasury (genesis members had none)
    let slashed = 0n;
    for (const c of candidateOrder) {
      const bond = GENESIS.includes(c) ? 0n : BOND;
      const seated = exact.winners.includes(c);
      expect(account(rt, c).reserved).toBe(seated ? bond : 0n);
      if (!seated) slashed += bond;
      const seat = all.find((s) => s.who === c);
      if (seated) expect(seat?.deposit).toBe(bond);
    }
    const slashes = events.filter((e) => e.name === 'CandidateSlashed').map((e) => e.fields.candidate);
    expect([...slashes].sort()).toEqual([...losers].sort());
    expect(treasury(rt) - treasuryBefore).toBe(slashed);

    // no new input: the next term re-elects the same seats
    const again = toNextTerm(rt);
    expect(ids(seats(rt, 'Members'))).toEqual([...members].sort(byKey));
    expect(ids(seats(rt, 'RunnersUp'))).toEqual([...runnersUp].reverse());
    expect(again.filter((e) => e.name === 'CandidateSlashed')).toEqual([]);
    expect(rt.query('PhragmenElection.ElectionRounds')).toBe(2n);
  });
});

describe('bonds and deposits come back exactly', () => {
  it('a voter changing and removing its vote; a candidate renouncing', () => {
    const rt = runtime();
    submitAll(rt, candidateUris.slice(0, 6));
    const c = candidateUris.slice(0, 6).map(acct);
    const before = account(rt, '//Dave');
    ok(rt, '//Dave', 'PhragmenElection.vote', { votes: c.slice(0, 3), value: 500n * PHA });
    expect(account(rt, '//Dave')).toEqual({
      ...before,
      free: before.free - BASE - 3n * FACTOR,
      reserved: BASE + 3n * FACTOR,
      frozen: 500n * PHA,
    });
    ok(rt, '//Dave', 'PhragmenElection.vote', { votes: c.slice(0, 5), value: 700n * PHA });
    expect(account(rt, '//Dave')).toMatchObject({ reserved: BASE + 5n * FACTOR, frozen: 700n * PHA });
    ok(rt, '//Dave', 'PhragmenElection.vote', { votes: c.slice(0, 1), value: 200n * PHA });
    expect(account(rt, '//Dave')).toMatchObject({ reserved: BASE + FACTOR, frozen: 200n * PHA });
    step(rt, 3);
    ok(rt, '//Dave', 'PhragmenElection.remove_voter');
    expect(account(rt, '//Dave')).toEqual(before);
    expect(rt.query('Balances.Locks', acct('//Dave'))).toEqual([]);

    const cand = account(rt, candidateUris[2] as string);
    const events = ok(rt, candidateUris[2] as string, 'PhragmenElection.renounce_candidacy', {
      renouncing: { type: 'Candidate', value: 6n },
    });
    expect(events.find((e) => e.name === 'Renounced')?.fields.candidate).toBe(c[2]);
    expect(account(rt, candidateUris[2] as string)).toEqual({
      ...cand,
      free: cand.free + BOND,
      reserved: 0n,
    });
    expect(candidates(rt).map(([x]) => x)).not.toContain(c[2]);
  });

  it('a runner-up and a member renouncing: the best runner-up takes the seat, the prime stays', () => {
    const rt = runtime();
    const list = ballots();
    submitAll(rt, candidateUris);
    voteAll(rt, list);
    toNextTerm(rt);
    const runners = ids(seats(rt, 'RunnersUp'));
    const worst = runners[0] as string;
    const best = runners[runners.length - 1] as string;
    const prime = rt.query('Council.Prime') as string;

    const r = account(rt, worst);
    ok(rt, worst, 'PhragmenElection.renounce_candidacy', { renouncing: { type: 'RunnerUp', value: null } });
    expect(account(rt, worst)).toEqual({ ...r, free: r.free + BOND, reserved: 0n });
    expect(ids(seats(rt, 'RunnersUp'))).toEqual(runners.slice(1));

    const leaving = ids(seats(rt, 'Members')).find((m) => m !== prime && !GENESIS.includes(m)) as string;
    const m = account(rt, leaving);
    ok(rt, leaving, 'PhragmenElection.renounce_candidacy', { renouncing: { type: 'Member', value: null } });
    expect(account(rt, leaving)).toEqual({ ...m, free: m.free + BOND, reserved: 0n });
    const now = ids(seats(rt, 'Members'));
    expect(now).not.toContain(leaving);
    expect(now).toContain(best);
    expect(ids(seats(rt, 'RunnersUp'))).not.toContain(best);
    expect(rt.query('Council.Members')).toEqual(now);
    expect(rt.query('Council.Prime')).toBe(prime);
  });

  it('remove_member by Root: bond slashed to the Treasury, runner-up in, election rerun on request', () => {
    const rt = runtime();
    submitAll(rt, candidateUris);
    voteAll(rt, ballots());
    toNextTerm(rt);
    const target = ids(seats(rt, 'Members')).find((m) => !GENESIS.includes(m)) as string;
    const t0 = treasury(rt);
    fails(
      rt,
      '//Dave',
      'PhragmenElection.remove_member',
      { who: target, slash_bond: true, rerun_election: false },
      'BadOrigin',
    );
    const events = ok(rt, 'root', 'PhragmenElection.remove_member', {
      who: target,
      slash_bond: true,
      rerun_election: false,
    });
    expect(events.filter((e) => e.pallet === 'PhragmenElection').map((e) => e.name)).toEqual([
      'SeatHolderSlashed',
      'MemberKicked',
    ]);
    expect(treasury(rt) - t0).toBe(BOND);
    expect(account(rt, target).reserved).toBe(0n);
    expect(ids(seats(rt, 'Members'))).toHaveLength(8);

    const second = ids(seats(rt, 'Members')).find((m) => !GENESIS.includes(m)) as string;
    const kept = account(rt, second);
    const rerun = ok(rt, 'root', 'PhragmenElection.remove_member', {
      who: second,
      slash_bond: false,
      rerun_election: true,
    });
    expect(account(rt, second)).toEqual({ ...kept, free: kept.free + BOND, reserved: 0n });
    expect(rerun.some((e) => e.name === 'NewTerm')).toBe(true);
    expect(rt.query('PhragmenElection.ElectionRounds')).toBe(2n);
    fails(
      rt,
      'root',
      'PhragmenElection.remove_member',
      { who: acct('//Ferdie'), slash_bond: false, rerun_election: false },
      'PhragmenElection.NotMember',
    );
  });

  it('clean_defunct_voters returns the bonds of voters whose candidates are all gone', () => {
    const rt = runtime();
    submitAll(rt, candidateUris.slice(0, 3));
    const [a, b] = candidateUris.slice(0, 2).map(acct) as [string, string];
    const dave = account(rt, '//Dave');
    const ferdie = account(rt, '//Ferdie');
    ok(rt, '//Dave', 'PhragmenElection.vote', { votes: [a], value: 100n * PHA });
    ok(rt, '//Ferdie', 'PhragmenElection.vote', { votes: [b], value: 100n * PHA });
    ok(rt, candidateUris[0] as string, 'PhragmenElection.renounce_candidacy', {
      renouncing: { type: 'Candidate', value: 3n },
    });
    fails(
      rt,
      '//Dave',
      'PhragmenElection.clean_defunct_voters',
      { num_voters: 10n, num_defunct: 10n },
      'BadOrigin',
    );
    ok(rt, 'root', 'PhragmenElection.clean_defunct_voters', { num_voters: 100n, num_defunct: 100n });
    expect(rt.query('PhragmenElection.Voting', acct('//Dave'))).toEqual({
      votes: [],
      stake: 0n,
      deposit: 0n,
    });
    expect(account(rt, '//Dave')).toEqual(dave);
    expect(voting(rt, '//Ferdie').votes).toEqual([b]);
    expect(account(rt, '//Ferdie').reserved).toBe(ferdie.reserved + BASE + FACTOR);
  });
});

describe('bad input: typed errors, no state change', () => {
  it('over-limit and empty votes, votes beyond the candidates, dust stake, unaffordable bond', () => {
    const rt = runtime([['//poor', 1n * PHA]]);
    const seventeen = [...candidateUris.slice(0, 14).map(acct), ...GENESIS];
    submitAll(rt, candidateUris.slice(0, 14));
    fails(
      rt,
      '//Dave',
      'PhragmenElection.vote',
      { votes: seventeen, value: PHA * 10n },
      'PhragmenElection.MaximumVotesExceeded',
    );
    fails(rt, '//Dave', 'PhragmenElection.vote', { votes: [], value: PHA }, 'PhragmenElection.NoVotes');
    fails(
      rt,
      '//Dave',
      'PhragmenElection.vote',
      { votes: [GENESIS[0]], value: CENTS },
      'PhragmenElection.LowBalance',
    );
    fails(
      rt,
      '//poor',
      'PhragmenElection.vote',
      { votes: seventeen.slice(0, 2), value: PHA / 2n },
      'PhragmenElection.UnableToPayBond',
    );
    fails(rt, '//Dave', 'PhragmenElection.remove_voter', {}, 'PhragmenElection.MustBeVoter');
    const few = createRuntime({
      profile: 'production',
      balances: [
        ['//Dave', 100n * PHA],
        ['//Eve', 100n * PHA],
      ],
    });
    fails(
      few,
      '//Dave',
      'PhragmenElection.vote',
      { votes: [acct('//Eve')], value: PHA },
      'PhragmenElection.UnableToVote',
    );
    ok(few, '//Eve', 'PhragmenElection.submit_candidacy', { candidate_count: 0n });
    fails(
      few,
      '//Dave',
      'PhragmenElection.vote',
      { votes: [acct('//Eve'), acct('//Dave')], value: PHA },
      'PhragmenElection.TooManyVotes',
    );
  });

  it('candidacy twice, as a member or runner-up, with a stale witness or without the bond', () => {
    const rt = runtime([['//poor', 5n * PHA]]);
    submitAll(rt, candidateUris.slice(0, 2));
    const c0 = candidateUris[0] as string;
    fails(
      rt,
      c0,
      'PhragmenElection.submit_candidacy',
      { candidate_count: 2n },
      'PhragmenElection.DuplicatedCandidate',
    );
    fails(
      rt,
      candidateUris[5] as string,
      'PhragmenElection.submit_candidacy',
      { candidate_count: 1n },
      'PhragmenElection.InvalidWitnessData',
    );
    fails(
      rt,
      '//Alice',
      'PhragmenElection.submit_candidacy',
      { candidate_count: 2n },
      'PhragmenElection.MemberSubmit',
    );
    fails(
      rt,
      '//poor',
      'PhragmenElection.submit_candidacy',
      { candidate_count: 2n },
      'PhragmenElection.InsufficientCandidateFunds',
    );
    fails(
      rt,
      c0,
      'PhragmenElection.renounce_candidacy',
      { renouncing: { type: 'Candidate', value: 1n } },
      'PhragmenElection.InvalidWitnessData',
    );
    fails(
      rt,
      c0,
      'PhragmenElection.renounce_candidacy',
      { renouncing: { type: 'Member', value: null } },
      'PhragmenElection.InvalidRenouncing',
    );
    fails(
      rt,
      c0,
      'PhragmenElection.renounce_candidacy',
      { renouncing: { type: 'RunnerUp', value: null } },
      'PhragmenElection.InvalidRenouncing',
    );
    fails(
      rt,
      '//Dave',
      'PhragmenElection.renounce_candidacy',
      { renouncing: { type: 'Candidate', value: 2n } },
      'PhragmenElection.InvalidRenouncing',
    );

    submitAll(rt, candidateUris.slice(2));
    voteAll(rt, ballots());
    toNextTerm(rt);
    const runner = ids(seats(rt, 'RunnersUp'))[0] as string;
    fails(
      rt,
      runner,
      'PhragmenElection.submit_candidacy',
      { candidate_count: 0n },
      'PhragmenElection.RunnerUpSubmit',
    );
  });

  it('the phrelect lock holds the stake: it cannot be transferred away', () => {
    const rt = runtime();
    submitAll(rt, candidateUris.slice(0, 1));
    ok(rt, '//Dave', 'PhragmenElection.vote', {
      votes: [acct(candidateUris[0] as string)],
      value: 9_000n * PHA,
    });
    const out = rt.dispatch('//Dave', 'Balances.transfer_keep_alive', {
      dest: acct('//Ferdie'),
      value: 1_000n * PHA,
    });
    expect(out.ok ? 'ok' : out.error).toBe('Token.Frozen');
  });
});
