/**
 * The bounty, child-bounty and tip state machines of the governance pages (src/governance/model/
 * treasury-steps.ts): which actions each role gets in each state, following the pallets' origin checks,
 * and the median a tip pays.
 */
import { describe, expect, it } from 'vitest';
import {
  BOUNTY_STEPS,
  bountyActions,
  childActions,
  moreThanHalf,
  tipActions,
  tipMedian,
  tipState,
} from '../../src/governance/model/treasury-steps.js';

const EVE = 'eve';
const FERDIE = 'ferdie';
const anyone = { me: FERDIE, council: false, now: 100n };
const council = { me: 'alice', council: true, now: 100n };
const curator = { me: EVE, council: false, now: 100n };

describe('bounty actions by role and state', () => {
  it('the Council approves or rejects a proposal; nobody acts on an approved bounty', () => {
    expect(bountyActions({ state: 'Proposed' }, council)).toEqual(['approve', 'reject']);
    expect(bountyActions({ state: 'Proposed' }, anyone)).toEqual([]);
    expect(bountyActions({ state: 'Approved' }, council)).toEqual([]);
  });

  it('a proposed curator accepts or declines; the Council may withdraw the proposal or cancel', () => {
    const b = { state: 'CuratorProposed' as const, curator: EVE };
    expect(bountyActions(b, curator)).toEqual(['accept', 'decline']);
    expect(bountyActions(b, council)).toEqual(['withdrawCurator', 'cancel']);
    expect(bountyActions(b, anyone)).toEqual([]);
  });

  it('the curator awards, extends, splits or resigns; anyone removes them once the update is overdue', () => {
    const b = { state: 'Active' as const, curator: EVE, updateDue: 100n };
    expect(bountyActions(b, curator)).toEqual(['award', 'extend', 'addChild', 'resign']);
    expect(bountyActions(b, anyone)).toEqual([]);
    expect(bountyActions(b, { ...anyone, now: 101n })).toEqual(['removeInactive']);
    expect(bountyActions(b, council)).toEqual(['slashCurator', 'cancel']);
  });

  it('anyone claims once the payout delay is over', () => {
    const b = { state: 'PendingPayout' as const, curator: EVE, unlockAt: 101n };
    expect(bountyActions(b, anyone)).toEqual([]);
    expect(bountyActions(b, { ...anyone, now: 101n })).toEqual(['claim']);
    expect(bountyActions(b, { ...anyone, me: undefined, now: 101n })).toEqual([]);
    expect(BOUNTY_STEPS.indexOf('PendingPayout')).toBe(5);
  });
});

describe('child bounty actions', () => {
  it('the parent curator proposes, unassigns and closes; the child curator accepts, awards, resigns', () => {
    expect(childActions({ state: 'Added' }, EVE, curator)).toEqual(['proposeCurator', 'close']);
    const proposed = { state: 'CuratorProposed' as const, curator: FERDIE };
    expect(childActions(proposed, EVE, anyone)).toEqual(['accept', 'decline']);
    expect(childActions(proposed, EVE, curator)).toEqual(['unassign', 'close']);
    const active = { state: 'Active' as const, curator: FERDIE };
    expect(childActions(active, EVE, anyone)).toEqual(['award', 'resign']);
    expect(childActions(active, EVE, curator)).toEqual(['award', 'unassign', 'close']);
    expect(childActions(active, undefined, curator)).toEqual([]);
  });
});

describe('tips', () => {
  it('collect, count down, then anyone closes', () => {
    const tip = { finder: FERDIE, closes: 105n };
    expect(tipState({ closes: null }, 100n)).toBe('Open');
    expect(tipState(tip, 104n)).toBe('Closing');
    expect(tipState(tip, 105n)).toBe('Closable');
    expect(tipActions(tip, { ...anyone, tipper: false })).toEqual(['retract']);
    expect(tipActions(tip, { ...council, tipper: true, now: 105n })).toEqual(['tip', 'close', 'slash']);
  });

  it('pays tips[len / 2] of the sorted values and motions need more than half', () => {
    expect(tipMedian([40n, 10n, 20n])).toBe(20n);
    expect(tipMedian([30n, 10n])).toBe(30n);
    expect(tipMedian([])).toBeUndefined();
    expect([1, 2, 3, 4, 5].map(moreThanHalf)).toEqual([1, 2, 2, 3, 3]);
  });
});
