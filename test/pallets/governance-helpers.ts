/**
 * Helpers for the governance tests: the polkadot-sdk democracy mock (spec/governance.md §4) on the
 * scenario harness, set_balance proposals, collective motions, and "no trace" checks.
 */
import { expect } from 'vitest';
import { encode } from '../../src/pallets-mock/frame/scale.js';
import { type AccountLike, createRuntime, type Origin, type Runtime } from '../../src/pallets-mock/index.js';
import { injectReferendum, type VoteThresholdValue } from '../../src/pallets-mock/pallets/democracy/index.js';
import type { BoundedCall } from '../../src/pallets-mock/pallets/preimage/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';
import { blake2_256 } from '../../src/pallets-mock/primitives/hashing.js';

export const acct = (n: number | string): string => accountId(typeof n === 'number' ? `//${n}` : n);

/** The democracy tests' mock: accounts 1..6 hold 10..60, ED 1, periods 2/2/2/3/2/2 (electorate 210). */
export function mockRuntime(extra: Record<string, bigint | number | boolean> = {}): Runtime {
  const rt = createRuntime({
    balances: [1, 2, 3, 4, 5, 6].map((i): [AccountLike, bigint] => [`//${i}`, BigInt(i * 10)]),
    config: {
      'Balances.ExistentialDeposit': 1n,
      'Democracy.LaunchPeriod': 2n,
      'Democracy.VotingPeriod': 2n,
      'Democracy.EnactmentPeriod': 2n,
      'Democracy.VoteLockingPeriod': 3n,
      'Democracy.FastTrackVotingPeriod': 2n,
      'Democracy.CooloffPeriod': 2n,
      'Democracy.MinimumDeposit': 1n,
      'Democracy.MaxDeposits': 1000n,
      'Democracy.MaxBlacklisted': 5n,
      'Democracy.InstantAllowed': false,
      ...extra,
    },
  });
  // Root burns every genesis balance outside accounts 1..6 so that the electorate is 210, as in the mock.
  const mine = new Set([1, 2, 3, 4, 5, 6].map((i) => acct(i)));
  for (const [[who]] of rt.query('System.Account') as Array<[[string], unknown]>) {
    if (!mine.has(who))
      expect(rt.dispatch('root', 'Balances.force_set_balance', { who, new_free: 0n }).ok).toBe(true);
  }
  expect(rt.query('Balances.TotalIssuance')).toBe(210n);
  rt.events();
  return rt;
}

/** The RuntimeCall value of `Balances.force_set_balance(42, v)` ("set_balance(v)" in the mock). */
export const setBalanceCall = (v: bigint, who = acct(42)) => ({
  type: 'Balances',
  value: { type: 'force_set_balance', value: { who: { type: 'Id', value: who }, new_free: v } },
});

export function encodeCall(rt: Runtime, callValue: unknown): string {
  return toHex(rt.kernel.enter(() => encode(rt.kernel.callCodec, callValue)));
}

/** Inline bounded call of set_balance(v), and its hash. */
export function setBalanceProposal(rt: Runtime, v: bigint) {
  const bytes = encodeCall(rt, setBalanceCall(v));
  return { proposal: { type: 'Inline', value: bytes }, hash: hashHex(bytes) };
}

export function hashHex(hex: string): string {
  const b = Uint8Array.from((hex.slice(2).match(/../g) ?? []).map((x) => Number.parseInt(x, 16)));
  return toHex(blake2_256(b));
}

export const balance42 = (rt: Runtime): bigint =>
  (rt.query('System.Account', acct(42)) as { data: { free: bigint } }).data.free;

export const free = (rt: Runtime, who: number | string): bigint =>
  (rt.query('System.Account', acct(who)) as { data: { free: bigint } }).data.free;
export const reserved = (rt: Runtime, who: number | string): bigint =>
  (rt.query('System.Account', acct(who)) as { data: { reserved: bigint } }).data.reserved;

/** The `democrac` lock of an account (0 when none). */
export function democracyLock(rt: Runtime, who: number | string): bigint {
  const locks = rt.query('Balances.Locks', acct(who)) as Array<{ id: string; amount: bigint }>;
  return locks.find((l) => l.id === '0x64656d6f63726163')?.amount ?? 0n;
}

export const blockNumber = (rt: Runtime): bigint => rt.query('System.Number') as bigint;

/** Advances `n` blocks, checking every invariant after each. */
export function step(rt: Runtime, n = 1): void {
  for (let i = 0; i < n; i++) {
    rt.advanceBlocks(1);
    rt.tryState();
  }
}

/** Advances to block `target`. */
export function goTo(rt: Runtime, target: number): void {
  const now = Number(blockNumber(rt));
  expect(target).toBeGreaterThanOrEqual(now);
  step(rt, target - now);
}

export function ok(rt: Runtime, origin: Origin, callName: string, args: Record<string, unknown> = {}) {
  const out = rt.dispatch(origin, callName, args);
  if (!out.ok) throw new Error(`${callName} failed: ${out.error} ${'detail' in out ? out.detail : ''}`);
  rt.tryState();
  return out.events;
}

function stateSnapshot(rt: Runtime): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of rt.kernel.state.entries()) out.set(k, toHex(v));
  return out;
}

/** Dispatches a call that must fail with `error` and leave storage exactly as it was. */
export function fails(
  rt: Runtime,
  origin: Origin,
  callName: string,
  args: Record<string, unknown>,
  error: string,
) {
  const before = stateSnapshot(rt);
  const out = rt.dispatch(origin, callName, args);
  expect(out.ok ? 'ok' : out.error).toBe(error);
  expect(stateSnapshot(rt)).toEqual(before);
}

export const aye = (balance: bigint, conviction = 0) => ({
  type: 'Standard',
  value: { vote: BigInt(0x80 | conviction), balance },
});
export const nay = (balance: bigint, conviction = 0) => ({
  type: 'Standard',
  value: { vote: BigInt(conviction), balance },
});

export function tally(rt: Runtime, ref: number): [bigint, bigint, bigint] {
  const info = rt.query('Democracy.ReferendumInfoOf', BigInt(ref)) as {
    type: string;
    value: { tally: { ayes: bigint; nays: bigint; turnout: bigint } };
  };
  expect(info?.type).toBe('Ongoing');
  const t = info.value.tally;
  return [t.ayes, t.nays, t.turnout];
}

/** Starts a referendum directly, as the pallet tests' `inject_referendum(end, set_balance(v), threshold, delay)`. */
export function inject(
  rt: Runtime,
  end: number,
  value: bigint,
  threshold: VoteThresholdValue['type'],
  delay: number,
): number {
  const { proposal } = setBalanceProposal(rt, value);
  const index = rt.kernel.enter(() =>
    injectReferendum(BigInt(end), proposal as BoundedCall, threshold, BigInt(delay)),
  );
  rt.events();
  return Number(index);
}
