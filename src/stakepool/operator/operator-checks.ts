/**
 * Checks every operator form before anything is signed, mirroring the chain's own rejections: commission
 * in 0…100% (Permill), cap not below the pool's value, whitelist entries valid and within the pallet's
 * 100-account limit, description within 4,400 bytes, and a worker's stake between k·√P and the Vmax bound
 * and within the pool's free stake (more than the current stake for a restart). Results are message keys
 * of the operator catalogue with their parameters (bigints are PHA amounts).
 */
import { parsePha } from '../../ui/format.js';
import type { Locale } from '../../ui/i18n/i18n.js';
import { parsePercentToPermill } from '../../ui/percent.js';

export const MAX_WHITELIST_LEN = 100;
export const DESC_MAX_BYTES = 4400;

export interface Check<K extends string = string> {
  key: K;
  params?: Record<string, bigint | string>;
}

export type CommissionCheck =
  | { ok: true; permill: number; rises: boolean }
  | { ok: false; problem: Check<'check.required' | 'check.percent'> };

/** "12.5" (%) → Permill 125,000; `rises` when above the current commission. */
export function checkCommission(text: string, current: number): CommissionCheck {
  if (text.trim() === '') return { ok: false, problem: { key: 'check.required' } };
  const permill = parsePercentToPermill(text);
  if (permill === undefined) return { ok: false, problem: { key: 'check.percent' } };
  return { ok: true, permill, rises: permill > current };
}

export type AmountCheck<K extends string> = { ok: true; amount: bigint } | { ok: false; problem: Check<K> };

export function checkCap(
  text: string,
  totalValue: bigint,
  locale: Locale,
): AmountCheck<'check.required' | 'check.number' | 'check.capBelowValue'> {
  if (text.trim() === '') return { ok: false, problem: { key: 'check.required' } };
  const amount = parsePha(text, locale);
  if (amount === undefined) return { ok: false, problem: { key: 'check.number' } };
  if (amount < totalValue)
    return { ok: false, problem: { key: 'check.capBelowValue', params: { value: totalValue } } };
  return { ok: true, amount };
}

export interface StakeLimits {
  min: bigint;
  max: bigint;
  free: bigint;
  /** Restart: the new stake must be above the current one. */
  current?: bigint;
}

export function checkStake(
  text: string,
  l: StakeLimits,
  locale: Locale,
): AmountCheck<
  | 'check.required'
  | 'check.number'
  | 'check.stakeBelowMin'
  | 'check.stakeAboveMax'
  | 'check.stakeAboveFree'
  | 'check.stakeNotMore'
> {
  if (text.trim() === '') return { ok: false, problem: { key: 'check.required' } };
  const amount = parsePha(text, locale);
  if (amount === undefined) return { ok: false, problem: { key: 'check.number' } };
  if (amount < l.min) return { ok: false, problem: { key: 'check.stakeBelowMin', params: { min: l.min } } };
  if (amount > l.max) return { ok: false, problem: { key: 'check.stakeAboveMax', params: { max: l.max } } };
  if (l.current !== undefined && amount <= l.current)
    return { ok: false, problem: { key: 'check.stakeNotMore', params: { current: l.current } } };
  const available = l.free + (l.current ?? 0n);
  if (amount > available)
    return {
      ok: false,
      problem: { key: 'check.stakeAboveFree', params: { free: available, short: amount - available } },
    };
  return { ok: true, amount };
}

export type WhitelistCheck =
  | { ok: true; add: string[] }
  | {
      ok: false;
      problem: Check<'check.required' | 'check.address' | 'check.already' | 'check.whitelistFull'>;
    };

/**
 * Addresses separated by spaces, commas or new lines, each normalised by `normalise` (undefined = not an
 * address); duplicates in the input are merged.
 */
export function checkWhitelistAdd(
  text: string,
  current: readonly string[],
  normalise: (a: string) => string | undefined,
): WhitelistCheck {
  const items = text.split(/[\s,;]+/).filter(Boolean);
  if (items.length === 0) return { ok: false, problem: { key: 'check.required' } };
  const add: string[] = [];
  for (const item of items) {
    const a = normalise(item);
    if (!a) return { ok: false, problem: { key: 'check.address', params: { address: item.slice(0, 64) } } };
    if (current.includes(a)) return { ok: false, problem: { key: 'check.already', params: { address: a } } };
    if (!add.includes(a)) add.push(a);
  }
  if (current.length + add.length > MAX_WHITELIST_LEN)
    return {
      ok: false,
      problem: { key: 'check.whitelistFull', params: { max: String(MAX_WHITELIST_LEN) } },
    };
  return { ok: true, add };
}

export function checkDescription(text: string): Check<'check.descriptionLong'> | undefined {
  const bytes = new TextEncoder().encode(text).length;
  return bytes > DESC_MAX_BYTES
    ? { key: 'check.descriptionLong', params: { bytes: String(bytes), max: String(DESC_MAX_BYTES) } }
    : undefined;
}

/** A 32-byte public key as 0x-hex (64 hex digits), lower-cased; undefined otherwise. */
export function checkPubkey(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  const hex = t.startsWith('0x') ? t : `0x${t}`;
  return /^0x[0-9a-f]{64}$/.test(hex) ? hex : undefined;
}
