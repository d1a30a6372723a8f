/**
 * Dispatch origins (frame_system::RawOrigin plus the collective origin) and the ensure_* guards.
 */
import type { AccountId } from '../primitives/account.js';
import { badOrigin } from './errors.js';

/**
 * A call filter carried by a signed origin (`OriginTrait::add_filter`): Proxy restricts what its
 * delegate may dispatch as the real account, and calls dispatched with that origin (Utility's batches,
 * as_derivative) inherit it.
 */
export type CallFilter = (call: {
  type: string;
  value: { type: string; value: Record<string, unknown> };
}) => boolean;

export type Origin =
  | { kind: 'signed'; who: AccountId; filter?: CallFilter }
  | { kind: 'root' }
  | { kind: 'none' }
  | { kind: 'collective'; collective: string; yes: number; of: number; members?: AccountId[] };

export const signed = (who: AccountId): Origin => ({ kind: 'signed', who });
export const ROOT: Origin = { kind: 'root' };
export const NONE: Origin = { kind: 'none' };

export function ensureSigned(origin: Origin): AccountId {
  if (origin.kind !== 'signed') throw badOrigin();
  return origin.who;
}

/** frame_system::ensure_signed_or_root: the signer, or null for Root; any other origin is BadOrigin. */
export function ensureSignedOrRoot(origin: Origin): AccountId | null {
  if (origin.kind === 'root') return null;
  if (origin.kind === 'signed') return origin.who;
  throw badOrigin();
}

export function ensureRoot(origin: Origin): void {
  if (origin.kind !== 'root') throw badOrigin();
}

export function ensureNone(origin: Origin): void {
  if (origin.kind !== 'none') throw badOrigin();
}
