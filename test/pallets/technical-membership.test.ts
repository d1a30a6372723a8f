/**
 * TechnicalMembership (Khala index 67) feeding the TechnicalCommittee, through the scenario harness with
 * try-state after every call and block: pallet-membership's Rust test scenarios (add, remove, swap,
 * reset, change_key, set_prime, clear_prime) with Khala's origins (Root, or more than half of the
 * Council through a motion; change_key signed by a member), the committee following every change and
 * its prime set again or dropped as `rejig_prime` does, and bad input refused with typed errors and no
 * state change.
 */
import { describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '../../src/pallets-mock/index.js';
import { accountId, publicKey } from '../../src/pallets-mock/primitives/account.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { fails, ok, step } from './governance-helpers.js';

const acct = (uri: string): string => accountId(uri);
const key = (a: string): string => toHex(publicKey(a));
const sorted = (uris: string[]): string[] =>
  uris.map(acct).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

const members = (rt: Runtime) => rt.query('TechnicalMembership.Members') as string[];
const committee = (rt: Runtime) => rt.query('TechnicalCommittee.Members') as string[];
const prime = (rt: Runtime) => rt.query('TechnicalMembership.Prime') as string | undefined;
const committeePrime = (rt: Runtime) => rt.query('TechnicalCommittee.Prime') as string | undefined;

/** A Council motion carried by `ayes` of the 3 genesis members; returns the motion's dispatch result. */
function councilMotion(rt: Runtime, ayes: string[], call: unknown): string {
  const proposed = ok(rt, ayes[0] as string, 'Council.propose', {
    threshold: BigInt(ayes.length),
    proposal: call,
    length_bound: 10_000n,
  }).find((e) => e.name === 'Proposed');
  const hash = proposed?.fields.proposal_hash as string;
  const index = proposed?.fields.proposal_index as bigint;
  for (const who of ayes) ok(rt, who, 'Council.vote', { proposal: hash, index, approve: true });
  const closed = ok(rt, '//Ferdie', 'Council.close', {
    proposal_hash: hash,
    index,
    proposal_weight_bound: { ref_time: 10n ** 12n, proof_size: 10n ** 7n },
    length_bound: 10_000n,
  });
  const r = closed.find((e) => e.name === 'Executed')?.fields.result as { type: string };
  return r?.type ?? 'NotExecuted';
}

const membershipCall = (name: string, value: Record<string, unknown>) => ({
  type: 'TechnicalMembership',
  value: { type: name, value },
});
const id = (uri: string) => ({ type: 'Id', value: acct(uri) });

describe('TechnicalMembership feeding the TechnicalCommittee', () => {
  it('Root adds, removes, swaps and resets; the committee follows and the prime is rejigged', () => {
    const rt = createRuntime();
    expect(members(rt)).toEqual(sorted(['//Alice', '//Bob']));
    expect(committee(rt)).toEqual(members(rt));

    const added = ok(rt, 'root', 'TechnicalMembership.add_member', { who: acct('//Charlie') });
    expect(added.map((e) => e.name)).toEqual(['MemberAdded']);
    expect(members(rt)).toEqual(sorted(['//Alice', '//Bob', '//Charlie']));
    expect(committee(rt)).toEqual(members(rt));

    ok(rt, 'root', 'TechnicalMembership.set_prime', { who: acct('//Charlie') });
    expect([prime(rt), committeePrime(rt)]).toEqual([acct('//Charlie'), acct('//Charlie')]);

    // removing another member keeps the prime (set again after the committee cleared it)
    ok(rt, 'root', 'TechnicalMembership.remove_member', { who: acct('//Bob') });
    expect(committee(rt)).toEqual(sorted(['//Alice', '//Charlie']));
    expect([prime(rt), committeePrime(rt)]).toEqual([acct('//Charlie'), acct('//Charlie')]);

    // swapping the prime out drops it
    ok(rt, 'root', 'TechnicalMembership.swap_member', { remove: acct('//Charlie'), add: acct('//Dave') });
    expect(committee(rt)).toEqual(sorted(['//Alice', '//Dave']));
    expect([prime(rt), committeePrime(rt)]).toEqual([undefined, undefined]);

    ok(rt, 'root', 'TechnicalMembership.set_prime', { who: acct('//Dave') });
    const reset = ok(rt, 'root', 'TechnicalMembership.reset_members', {
      members: [acct('//Eve'), acct('//Dave'), acct('//Ferdie')],
    });
    expect(reset.map((e) => e.name)).toEqual(['MembersReset']);
    expect(members(rt)).toEqual(sorted(['//Dave', '//Eve', '//Ferdie']));
    expect(committee(rt)).toEqual(members(rt));
    expect([prime(rt), committeePrime(rt)]).toEqual([acct('//Dave'), acct('//Dave')]);

    ok(rt, 'root', 'TechnicalMembership.clear_prime');
    expect([prime(rt), committeePrime(rt)]).toEqual([undefined, undefined]);
    step(rt, 3);
  });

  it('change_key: a member hands its seat to a new key, and its prime with it', () => {
    const rt = createRuntime();
    ok(rt, 'root', 'TechnicalMembership.set_prime', { who: acct('//Bob') });
    const events = ok(rt, '//Bob', 'TechnicalMembership.change_key', { new: acct('//Eve') });
    expect(events.map((e) => e.name)).toEqual(['KeyChanged']);
    expect(members(rt)).toEqual(sorted(['//Alice', '//Eve']));
    expect(committee(rt)).toEqual(members(rt));
    expect([prime(rt), committeePrime(rt)]).toEqual([acct('//Eve'), acct('//Eve')]);
    // to oneself: nothing changes but the event
    ok(rt, '//Eve', 'TechnicalMembership.change_key', { new: acct('//Eve') });
    expect(members(rt)).toEqual(sorted(['//Alice', '//Eve']));
  });

  it('more than half of the Council may manage the membership; a third may not', () => {
    const rt = createRuntime();
    expect(councilMotion(rt, ['//Alice', '//Bob'], membershipCall('add_member', { who: id('//Dave') }))).toBe(
      'Ok',
    );
    expect(committee(rt)).toEqual(sorted(['//Alice', '//Bob', '//Dave']));
    // one member alone (threshold 1: Members(1, 3) at once) is not more than half
    const alone = ok(rt, '//Charlie', 'Council.propose', {
      threshold: 1n,
      proposal: membershipCall('remove_member', { who: id('//Dave') }),
      length_bound: 10_000n,
    }).find((e) => e.name === 'Executed')?.fields.result as { type: string; value: { type: string } };
    expect([alone.type, alone.value.type]).toEqual(['Err', 'BadOrigin']);
    expect(committee(rt)).toEqual(sorted(['//Alice', '//Bob', '//Dave']));
  });

  it('bad input: typed errors and no state change', () => {
    const rt = createRuntime();
    fails(rt, '//Dave', 'TechnicalMembership.add_member', { who: acct('//Dave') }, 'BadOrigin');
    fails(
      rt,
      'root',
      'TechnicalMembership.add_member',
      { who: acct('//Alice') },
      'TechnicalMembership.AlreadyMember',
    );
    fails(
      rt,
      'root',
      'TechnicalMembership.remove_member',
      { who: acct('//Dave') },
      'TechnicalMembership.NotMember',
    );
    fails(
      rt,
      'root',
      'TechnicalMembership.swap_member',
      { remove: acct('//Dave'), add: acct('//Eve') },
      'TechnicalMembership.NotMember',
    );
    fails(
      rt,
      'root',
      'TechnicalMembership.swap_member',
      { remove: acct('//Alice'), add: acct('//Bob') },
      'TechnicalMembership.AlreadyMember',
    );
    fails(
      rt,
      '//Dave',
      'TechnicalMembership.change_key',
      { new: acct('//Eve') },
      'TechnicalMembership.NotMember',
    );
    fails(
      rt,
      '//Alice',
      'TechnicalMembership.change_key',
      { new: acct('//Bob') },
      'TechnicalMembership.AlreadyMember',
    );
    fails(
      rt,
      'root',
      'TechnicalMembership.set_prime',
      { who: acct('//Dave') },
      'TechnicalMembership.NotMember',
    );
    fails(rt, '//Alice', 'TechnicalMembership.clear_prime', {}, 'BadOrigin');
    const many = Array.from({ length: 101 }, (_, i) => acct(`//member-${i}`));
    fails(
      rt,
      'root',
      'TechnicalMembership.reset_members',
      { members: many },
      'TechnicalMembership.TooManyMembers',
    );
  });
});
