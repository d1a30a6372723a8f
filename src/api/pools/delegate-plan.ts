/**
 * Checks a delegation before anything is signed and plans it: the amount parsed, how much PHA must be
 * wrapped into W-PHA first (same batch), the maximum (W-PHA + PHA minus fee and existential deposit), and
 * the problems the chain would reject — minimum contribution, whitelist, capacity, balance — as message
 * keys for the form.
 */
import { parsePha } from '../../ui/format.js';
import type { Locale } from '../../ui/i18n/i18n.js';
import { capacityLeft, type PoolSummary } from './pool-model.js';

export interface Problem {
  key:
    | 'form.required'
    | 'form.invalidNumber'
    | 'form.zero'
    | 'form.tooMuch'
    | 'form.belowMin'
    | 'form.whitelist'
    | 'form.cap'
    | 'form.notEnoughShares'
    | 'form.moreThanValue';
  params?: Record<string, bigint | string>;
}

export interface DelegateInput {
  text: string;
  pool: PoolSummary;
  /** The delegating account; none selected yet: the whitelist is not checked (there is no one to check). */
  address: string | undefined;
  /** PHA that may be spent (free minus ED and reserved fee). */
  spendablePha: bigint;
  wpha: bigint;
  minContribution: bigint;
  /** The active locale: the amount is read as it displays numbers. */
  locale: Locale;
}

export interface DelegatePlan {
  amount?: bigint;
  wrap: bigint;
  max: bigint;
  problem?: Problem;
}

export function maxDelegation(i: Pick<DelegateInput, 'pool' | 'spendablePha' | 'wpha'>): bigint {
  const total = i.wpha + i.spendablePha;
  const room = capacityLeft(i.pool);
  return room !== null && room < total ? room : total;
}

/**
 * Whether `address` may contribute to the pool: no whitelist, or on it, or the pool's owner (StakePoolv2 /
 * Vault `contribute` fail with `NotInContributeWhitelist` otherwise).
 */
export function mayContribute(pool: Pick<PoolSummary, 'whitelist' | 'owner'>, address: string): boolean {
  return pool.whitelist === null || pool.whitelist.includes(address) || pool.owner === address;
}

export function planDelegation(i: DelegateInput): DelegatePlan {
  const max = maxDelegation(i);
  const base = { wrap: 0n, max };
  if (i.address !== undefined && !mayContribute(i.pool, i.address))
    return { ...base, problem: { key: 'form.whitelist' } };
  if (i.text.trim() === '') return { ...base, problem: { key: 'form.required' } };
  const amount = parsePha(i.text, i.locale);
  if (amount === undefined) return { ...base, problem: { key: 'form.invalidNumber' } };
  if (amount === 0n) return { ...base, amount, problem: { key: 'form.zero' } };
  if (amount < i.minContribution)
    return { ...base, amount, problem: { key: 'form.belowMin', params: { min: i.minContribution } } };
  const room = capacityLeft(i.pool);
  if (room !== null && amount > room)
    return { ...base, amount, problem: { key: 'form.cap', params: { room, cap: i.pool.cap ?? 0n } } };
  if (amount > i.wpha + i.spendablePha)
    return { ...base, amount, problem: { key: 'form.tooMuch', params: { max: i.wpha + i.spendablePha } } };
  return { ...base, amount, wrap: amount > i.wpha ? amount - i.wpha : 0n };
}
