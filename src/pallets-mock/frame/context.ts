/**
 * The externalities: which runtime instance pallet code is running against right now. Like Substrate's
 * `sp_io` environment, storage items, events and constants find their state here, so pallet code reads as
 * `Account.get(who)`. Every entry into a runtime (dispatch, hooks, queries) sets it synchronously and
 * restores the previous one, so several runtimes can live in one process.
 */
import type { Profile } from './profile.js';
import type { AnyCodec } from './scale.js';
import type { State } from './state.js';

export type Phase =
  | { type: 'ApplyExtrinsic'; value: bigint }
  | { type: 'Finalization' | 'Initialization'; value: null };

export interface DepositedEvent {
  phase: Phase;
  pallet: string;
  name: string;
  fields: Record<string, unknown>;
}

/** What the kernel gives pallet code; implemented by the Runtime. */
export interface Externalities {
  readonly state: State;
  readonly profile: Profile;
  /** Constant value by 'Pallet.Name', with the runtime's overrides applied. */
  constant(key: string): unknown;
  /** The runtime's RuntimeEvent codec (System.Events). */
  readonly eventCodec: AnyCodec;
  depositEvent(pallet: string, name: string, fields: Record<string, unknown>): void;
  /** Runs fn in a storage layer; a throw rolls back storage and events. */
  transactional<T>(fn: () => T): T;
  /** The runtime's RuntimeCall codec (Utility, Sudo and Democracy carry calls). */
  readonly callCodec: AnyCodec;
  /** ModuleError index and error bytes of a declared module error. */
  moduleErrorIndex(pallet: string, error: string): { index: number; error: string };
  /** Dispatches a nested call with the given origin (Utility, Sudo, Scheduler). */
  dispatchNested(origin: import('./origin.js').Origin, call: unknown): void;
  /** The implementation bound to a Config slot by the runtime definition (frame/config.ts). */
  configured(key: string): unknown;
  /** Declared weight of a call (Multisig checks it against `max_weight`). */
  callWeight(call: unknown): { refTime: bigint; proofSize: bigint };
}

let active: Externalities | undefined;

export function ext(): Externalities {
  if (!active) throw new Error('no runtime is executing (pallet code called outside a runtime entry point)');
  return active;
}

export function withExt<T>(e: Externalities, fn: () => T): T {
  const previous = active;
  active = e;
  try {
    return fn();
  } finally {
    active = previous;
  }
}
