/**
 * Config items one pallet declares and the runtime fills, as Rust's `type OnReward: OnReward<…>` in a
 * pallet's `Config` and `impl pallet_x::Config for Runtime { type OnReward = … }` in the runtime. A pallet
 * declares a slot with the value a runtime that binds nothing gets (Rust's `()`); the runtime definition
 * binds implementations (`bind(slot, impl)`); pallet code reads the active runtime's value with
 * `configured(slot)`. Nothing is registered at import time, so two runtimes in one process can be wired
 * differently.
 */
import { ext } from './context.js';

export interface ConfigSlot<T> {
  /** 'Pallet.Item', e.g. 'Uniques.Locker'. */
  readonly key: string;
  /** The value when the runtime binds none (Rust's `()` implementation). */
  readonly unbound: T;
}

/** One `type Item = Impl;` line of an `impl Config`. */
export interface ConfigBinding {
  readonly key: string;
  readonly value: unknown;
}

/** Declares a Config item of a pallet. */
export const configSlot = <T>(key: string, unbound: T): ConfigSlot<T> => ({ key, unbound });

/** Binds an implementation to a slot (typed: the value must fit the slot). */
export const bind = <T>(slot: ConfigSlot<T>, value: T): ConfigBinding => ({ key: slot.key, value });

/** The active runtime's implementation of a slot. */
export function configured<T>(slot: ConfigSlot<T>): T {
  const value = ext().configured(slot.key);
  return value === undefined ? slot.unbound : (value as T);
}
