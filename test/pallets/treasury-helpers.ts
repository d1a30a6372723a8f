/**
 * Helpers for the Treasury-side pallet tests (Bounties, ChildBounties, Tips, Vesting): a dev runtime with
 * short periods, Council origins (a real motion, or the `Members(yes, of)` origin a carried motion gives),
 * typed reads of balances and storage, and "refused with this error, storage untouched" checks.
 */
import { expect } from 'vitest';
import type { Origin as KernelOrigin } from '../../src/pallets-mock/frame/origin.js';
import { createRuntime, type Runtime, type RuntimeEvent } from '../../src/pallets-mock/index.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { membersOrigin } from '../../src/pallets-mock/pallets/collective/origin.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { toHex, utf8 } from '../../src/pallets-mock/primitives/bytes.js';
import { callValue, snapshot } from './helpers/kernel.js';

export const PHA = 1_000_000_000_000n;
export const CENT = PHA / 100n;

/** Dev accounts (1,000,000 PHA each; Council = Alice, Bob, Charlie) with short Treasury-side periods. */
export function treasuryRuntime(config: Record<string, bigint> = {}): Runtime {
  const rt = createRuntime({
    config: {
      'Treasury.SpendPeriod': 20n,
      'Bounties.BountyDepositPayoutDelay': 5n,
      'Bounties.BountyUpdatePeriod': 30n,
      'Tips.TipCountdown': 5n,
      ...config,
    },
  });
  rt.events();
  return rt;
}

export const id = (who: string): string => accountId(who);
export const text = (s: string): string => toHex(utf8(s));

export interface Bal {
  free: bigint;
  reserved: bigint;
  frozen: bigint;
}
export const bal = (rt: Runtime, who: string): Bal => {
  const d = (rt.query('System.Account', id(who)) as { data: Bal }).data;
  return { free: d.free, reserved: d.reserved, frozen: d.frozen };
};
export const issuance = (rt: Runtime): bigint => rt.query('Balances.TotalIssuance') as bigint;
export const treasuryFree = (rt: Runtime): bigint => bal(rt, TREASURY_ACCOUNT).free;
export const now = (rt: Runtime): bigint => rt.query('System.Number') as bigint;

/** Advances `n` blocks, running every pallet's try-state after each. */
export function step(rt: Runtime, n = 1): void {
  for (let i = 0; i < n; i++) {
    rt.advanceBlocks(1);
    rt.tryState();
  }
}
export function goTo(rt: Runtime, block: bigint): void {
  expect(block).toBeGreaterThanOrEqual(now(rt));
  step(rt, Number(block - now(rt)));
}

/** Dispatches a signed call that must succeed; runs try-state; returns its events. */
export function ok(
  rt: Runtime,
  who: string,
  call: string,
  args: Record<string, unknown> = {},
): RuntimeEvent[] {
  const out = rt.dispatch(who, call, args);
  if (!out.ok) throw new Error(`${call} by ${who} failed: ${out.error}`);
  rt.tryState();
  return out.events;
}

/** The origin of a Council motion carried by `yes` of the 3 dev members (> 1/2 with 2). */
export const council = (yes = 2, of = 3): KernelOrigin => membersOrigin('Council', yes, of);

/** Dispatches with a kernel origin (Council, Root…); returns the outcome's error path or 'ok'. */
export function dispatchAs(
  rt: Runtime,
  origin: KernelOrigin,
  call: string,
  args: Record<string, unknown>,
): { result: string; events: RuntimeEvent[] } {
  const out = rt.kernel.dispatch(origin, callValue(rt, call, args));
  rt.tryState();
  return out.ok
    ? { result: 'ok', events: out.events.map((e) => ({ pallet: e.pallet, name: e.name, fields: e.fields })) }
    : { result: out.error.path, events: [] };
}

export function okAs(rt: Runtime, origin: KernelOrigin, call: string, args: Record<string, unknown>) {
  const out = dispatchAs(rt, origin, call, args);
  expect(out.result).toBe('ok');
  return out.events;
}

/** A call refused with `error` that leaves every storage key as it was. */
export function refused(
  rt: Runtime,
  origin: string | KernelOrigin,
  call: string,
  args: Record<string, unknown>,
  error: string,
): void {
  const before = snapshot(rt);
  const result =
    typeof origin === 'string'
      ? ((o) => (o.ok ? 'ok' : o.error))(rt.dispatch(origin, call, args))
      : dispatchAs(rt, origin, call, args).result;
  expect(result, `${call}`).toBe(error);
  expect(snapshot(rt)).toEqual(before);
}

/**
 * A real Council motion: Alice proposes `call` with threshold 2, Alice and Bob vote aye, Charlie closes.
 * Returns the dispatch result the collective reports ('Ok' or the error's variant).
 */
export function councilMotion(rt: Runtime, call: string, args: Record<string, unknown>): string {
  const proposal = callValue(rt, call, args);
  const proposed = ok(rt, '//Alice', 'Council.propose', {
    threshold: 2n,
    proposal,
    length_bound: 10_000n,
  }).find((e) => e.name === 'Proposed');
  const hash = proposed?.fields.proposal_hash as string;
  const index = proposed?.fields.proposal_index as bigint;
  for (const v of ['//Alice', '//Bob']) ok(rt, v, 'Council.vote', { proposal: hash, index, approve: true });
  const closed = ok(rt, '//Charlie', 'Council.close', {
    proposal_hash: hash,
    index,
    proposal_weight_bound: { ref_time: 10n ** 12n, proof_size: 10n ** 7n },
    length_bound: 10_000n,
  });
  const executed = closed.find((e) => e.name === 'Executed');
  const r = executed?.fields.result as { type: string; value: unknown } | undefined;
  return r ? r.type : 'NotExecuted';
}

export const names = (events: readonly RuntimeEvent[]): string[] =>
  events.map((e) => `${e.pallet}.${e.name}`);
