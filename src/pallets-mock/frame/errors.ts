/**
 * DispatchError as sp_runtime defines it, thrown by calls and caught by the dispatcher, which rolls the
 * call's storage layer back. `path` is the contract's error string: 'Pallet.ErrorName' for module errors,
 * otherwise the variant path ('BadOrigin', 'Token.FundsUnavailable', 'Arithmetic.Overflow').
 * `encodeDispatchError` gives the SCALE value of sp_runtime's DispatchError for events (ExtrinsicFailed,
 * BatchInterrupted, Sudid…), module errors numbered by the running runtime.
 */
import { ext } from './context.js';

export type TokenErrorKind =
  | 'FundsUnavailable'
  | 'OnlyProvider'
  | 'BelowMinimum'
  | 'CannotCreate'
  | 'UnknownAsset'
  | 'Frozen'
  | 'Unsupported'
  | 'CannotCreateHold'
  | 'NotExpendable';
export type ArithmeticKind = 'Underflow' | 'Overflow' | 'DivisionByZero';

export type DispatchErrorValue =
  | {
      type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers';
    }
  | { type: 'Exhausted' | 'Corruption' | 'Unavailable' }
  | { type: 'Module'; pallet: string; error: string }
  | { type: 'Token'; kind: TokenErrorKind }
  | { type: 'Arithmetic'; kind: ArithmeticKind }
  | { type: 'Transactional'; kind: 'LimitReached' | 'NoLayer' };

export class DispatchError extends Error {
  constructor(
    readonly value: DispatchErrorValue,
    detail?: string,
  ) {
    super(detail ? `${dispatchErrorPath(value)}: ${detail}` : dispatchErrorPath(value));
    this.name = 'DispatchError';
  }
  get path(): string {
    return dispatchErrorPath(this.value);
  }
}

export function dispatchErrorPath(v: DispatchErrorValue): string {
  switch (v.type) {
    case 'Module':
      return `${v.pallet}.${v.error}`;
    case 'Token':
    case 'Arithmetic':
    case 'Transactional':
      return `${v.type}.${v.kind}`;
    default:
      return v.type;
  }
}

export const moduleError = (pallet: string, error: string): DispatchError =>
  new DispatchError({ type: 'Module', pallet, error });
export const badOrigin = (): DispatchError => new DispatchError({ type: 'BadOrigin' });
export const cannotLookup = (): DispatchError => new DispatchError({ type: 'CannotLookup' });
export const tokenError = (kind: TokenErrorKind): DispatchError => new DispatchError({ type: 'Token', kind });
export const arithmeticError = (kind: ArithmeticKind): DispatchError =>
  new DispatchError({ type: 'Arithmetic', kind });
export const otherError = (detail: string): DispatchError => new DispatchError({ type: 'Other' }, detail);

/** Encodes a DispatchError for an event field, with module errors numbered by the running runtime. */
export function encodeDispatchError(err: DispatchError): unknown {
  const v = err.value;
  switch (v.type) {
    case 'Module': {
      const idx = ext().moduleErrorIndex(v.pallet, v.error);
      return { type: 'Module', value: { index: BigInt(idx.index), error: idx.error } };
    }
    case 'Token':
    case 'Arithmetic':
    case 'Transactional':
      return { type: v.type, value: { type: v.kind, value: null } };
    default:
      return { type: v.type, value: null };
  }
}
