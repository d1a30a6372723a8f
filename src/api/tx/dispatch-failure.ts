/**
 * Did an included extrinsic do what was asked? `System.ExtrinsicFailed` says the outer call failed; a
 * wrapper that succeeded can still carry the inner call's failure in its own event — `Proxy.ProxyExecuted`
 * and `Multisig.MultisigExecuted` with `Err` (the proxy's fee is paid, the owner's call did nothing). Both
 * count as a failure, with the inner DispatchError.
 */
import type { ApiPromise } from '@polkadot/api';
import type { DispatchError, Event } from '@polkadot/types/interfaces';
import type { Codec } from '@polkadot/types/types';

interface ResultLike extends Codec {
  isErr: boolean;
  asErr: Codec;
}

const isResult = (v: Codec | undefined): v is ResultLike =>
  !!v && typeof (v as Partial<ResultLike>).isErr === 'boolean';

/** The failure among one extrinsic's events (outer first, then a wrapped call's), or undefined. */
export function extrinsicFailure(api: ApiPromise, events: readonly Event[]): DispatchError | undefined {
  for (const event of events) {
    if (api.events.system.ExtrinsicFailed.is(event)) return event.data[0] as unknown as DispatchError;
  }
  for (const event of events) {
    const wrapped =
      (api.events.proxy?.ProxyExecuted?.is(event) && event.data[0]) ||
      (api.events.multisig?.MultisigExecuted?.is(event) && event.data[event.data.length - 1]);
    if (isResult(wrapped || undefined) && (wrapped as ResultLike).isErr)
      return (wrapped as ResultLike).asErr as unknown as DispatchError;
  }
  return undefined;
}
