/**
 * Dispatch origins (frame_system::RawOrigin plus the collective origin) and the ensure_* guards.
 */
import type { AccountId } from '../primitives/account.js';
import { badOrigin } from './errors.js';

export type Origin =
  | { kind: 'signed'; who: AccountId }
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

export function ensureRoot(origin: Origin): void {
  if (origin.kind !== 'root') throw badOrigin();
}

export function ensureNone(origin: Origin): void {
  if (origin.kind !== 'none') throw badOrigin();
}
