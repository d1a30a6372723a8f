/**
 * Helpers for the pool pallet tests (PhalaBasePool, PhalaStakePoolv2, PhalaVault,
 * PhalaWrappedBalances): the Rust mock's accounts and balances, W-PHA reads, pool records, a dispatch
 * that fails the test on error, NFT share reads, the chain's value of shares, and `tryState()` after every
 * step.
 */
import { expect } from 'vitest';
import { createRuntime, type Outcome, type Runtime } from '../../src/pallets-mock/index.js';
import type {
  PoolProxyValue,
  StakePoolValue,
  VaultValue,
} from '../../src/pallets-mock/pallets/phala-base-pool/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { fromHex } from '../../src/pallets-mock/primitives/bytes.js';
import { bmul, sharePrice } from '../../src/primitives/fixed.js';

export const PHA = 1_000_000_000_000n;
export const DOLLARS = PHA;
export const CENTS = PHA / 100n;
export const WPHA = 10000n;

/** The Rust tests' numbered accounts as dev URIs ('//1' …). */
export const acct = (n: number): string => accountId(`//${n}`);

/** The mock runtime's genesis (test.rs): acct1 1000, acct2 2000, acct3 1000, acct99 1,000,000 PHA. */
export function mockRuntime(extra: Array<[string, bigint]> = []): Runtime {
  return createRuntime({
    // The Rust mock's workers have benchmark score 1 (MinInitP 1), so the minimum stake is 100 PHA.
    config: { 'PhalaComputation.MinInitP': 1 },
    balances: [
      [acct(1), 1000n * PHA],
      [acct(2), 2000n * PHA],
      [acct(3), 1000n * PHA],
      [acct(99), 1_000_000n * PHA],
      ...extra,
    ],
  });
}

/** Dispatches and expects success; runs the invariants. */
export function ok(rt: Runtime, who: string, callName: string, args: Record<string, unknown> = {}): Outcome {
  const out = rt.dispatch(who, callName, args);
  if (!out.ok) throw new Error(`${callName} failed: ${out.error} ${out.detail ?? ''}`);
  rt.tryState();
  return out;
}

/** Dispatches and expects the given error; state must be unchanged. */
export function err(
  rt: Runtime,
  who: string,
  callName: string,
  args: Record<string, unknown>,
  error: string,
): void {
  const before = [...rt.kernel.state.entries()]
    .map(([k, v]) => `${k}=${Buffer.from(v).toString('hex')}`)
    .join();
  const out = rt.dispatch(who, callName, args);
  expect(out.ok ? 'ok' : out.error).toBe(error);
  const after = [...rt.kernel.state.entries()]
    .map(([k, v]) => `${k}=${Buffer.from(v).toString('hex')}`)
    .join();
  expect(after === before).toBe(true);
}

export const wpha = (rt: Runtime, who: string): bigint =>
  (rt.query('Assets.Account', WPHA, who) as { balance: bigint } | undefined)?.balance ?? 0n;

export const pha = (rt: Runtime, who: string): bigint =>
  (rt.query('System.Account', who) as { data: { free: bigint } }).data.free;

export function stakePool(rt: Runtime, pid: bigint): StakePoolValue {
  const p = rt.query('PhalaBasePool.Pools', pid) as PoolProxyValue | undefined;
  if (p?.type !== 'StakePool') throw new Error(`pool ${pid} is not a stake pool`);
  return p.value;
}

export function vault(rt: Runtime, pid: bigint): VaultValue {
  const p = rt.query('PhalaBasePool.Pools', pid) as PoolProxyValue | undefined;
  if (p?.type !== 'Vault') throw new Error(`pool ${pid} is not a vault`);
  return p.value;
}

/** Every NFT of a collection: [nftId, owner, shares]. */
export function nfts(rt: Runtime, cid: bigint): Array<[bigint, string, bigint]> {
  const list = rt.query('RmrkCore.Nfts', cid) as Array<
    [[bigint, bigint], { owner: { type: string; value: unknown } }]
  >;
  return list.map(([[, id], info]) => {
    const raw = rt.query(
      'RmrkCore.Properties',
      cid,
      id,
      `0x${Buffer.from('stake-info').toString('hex')}`,
    ) as string;
    const b = fromHex(raw);
    let shares = 0n;
    for (let i = 15; i >= 0; i--) shares = (shares << 8n) | BigInt(b[i] as number);
    return [id, String(info.owner.value), shares];
  });
}

/** The chain's value of `shares` at a pool's share price, as `remove_stake_from_nft` pays it (bmul at the price). */
export function chainShareValue(t: { totalShares: bigint; totalValue: bigint }, shares: bigint): bigint {
  const price = sharePrice(t.totalValue, t.totalShares);
  if (price === null) throw new Error('a pool with shares has a price');
  return bmul(shares, price);
}

/** The user's single delegation NFT shares (asserts exactly one NFT, like `assert_user_has_share`). */
export function userShares(rt: Runtime, cid: bigint, who: string): bigint {
  const mine = nfts(rt, cid).filter(([, owner]) => owner === who);
  expect(mine.length, `NFTs of ${who}`).toBe(1);
  return (mine[0] as [bigint, string, bigint])[2];
}

/** Advances one block (12 s) and checks invariants. */
export function block(rt: Runtime, n = 1): void {
  for (let i = 0; i < n; i++) {
    rt.advanceBlocks(1);
    rt.tryState();
  }
}

/** `worker_pubkey(i)` of the Rust mock: 32 bytes, byte 30 = 1, byte 31 = i. */
export const workerKey = (i: number): string => `0x${'00'.repeat(30)}01${i.toString(16).padStart(2, '0')}`;

/** `setup_workers(n)`: workers 1..=n registered with operator acct1 (or `linked`: acct i) and score 1. */
export function setupWorkers(rt: Runtime, n: number, linked = false): void {
  for (let i = 1; i <= n; i++)
    rt.offchain.registerWorker({ pubkey: workerKey(i), operator: acct(linked ? i : 1), initialScore: 1 });
}

/** `setup_stake_pool_with_workers(owner, workers)`: returns the pid. */
export function setupStakePool(rt: Runtime, owner: number, workers: number[]): bigint {
  const pid = rt.query('PhalaBasePool.PoolCount') as bigint;
  ok(rt, acct(owner), 'PhalaStakePoolv2.create');
  for (const w of workers) ok(rt, acct(owner), 'PhalaStakePoolv2.add_worker', { pid, pubkey: workerKey(w) });
  return pid;
}

/** `setup_vault(owner)`: returns the pid. */
export function setupVault(rt: Runtime, owner: number): bigint {
  const pid = rt.query('PhalaBasePool.PoolCount') as bigint;
  ok(rt, acct(owner), 'PhalaVault.create');
  return pid;
}

export const COOL_DOWN = 7 * 24 * 3600;
