/**
 * pallet_utility: batch (stops at the first failure, earlier calls stay), batch_all (all or nothing),
 * force_batch (goes on past failures), as_derivative (pseudonymous sub-accounts), dispatch_as and
 * with_weight (Root). Every nested call runs in its own storage layer, as FRAME dispatchables do.
 *
 * Final Khala runtime (polkadot-sdk release-polkadot-v1.2.0): calls, events, errors and
 * storage are those of Khala's Aug-2023 metadata (checked by metadata-reference.test.ts); no deviation known.
 */
import { ext } from '../../frame/context.js';
import { badOrigin, type DispatchError, encodeDispatchError } from '../../frame/errors.js';
import { ensureRoot, ensureSigned, type Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { toDispatchError } from '../../frame/runtime.js';
import { encode, enumOf, result, u16, u32, unit } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, BoxedCalls, DispatchErrorCodec, RuntimeCall, Weight } from '../../frame/types.js';
import { derivedAccount, publicKey } from '../../primitives/account.js';
import { concatBytes } from '../../primitives/bytes.js';
import { CollectiveRawOrigin, originOfCaller } from '../collective/origin.js';
import { UtilityDocs } from './docs.js';

export const DispatchResult = result(unit, DispatchErrorCodec);

/** frame_system::RawOrigin inside the runtime's OriginCaller (what dispatch_as may name). */
export const RawOrigin = enumOf('frame_support::dispatch::RawOrigin', {
  Root: null,
  Signed: AccountId,
  None: null,
});
/** The runtime's OriginCaller: frame_system's origin and the two collectives' (Khala indices 62 and 66). */
export const OriginCaller = enumOf(
  'pha_stake_runtime::OriginCaller',
  { system: RawOrigin, Council: CollectiveRawOrigin, TechnicalCommittee: CollectiveRawOrigin },
  { system: 0, Council: 62, TechnicalCommittee: 66 },
);

export const UtilityEvents = events('Utility', 'pallet_utility', {
  BatchInterrupted: { index: u32, error: DispatchErrorCodec },
  BatchCompleted: {},
  BatchCompletedWithErrors: {},
  ItemCompleted: {},
  ItemFailed: { error: DispatchErrorCodec },
  DispatchedAs: { result: DispatchResult },
});
export const UtilityErrors = errors('Utility', 'pallet_utility', ['TooManyCalls'] as const);
export const UtilityConstants = constants('Utility', { batched_calls_limit: { codec: u32, value: 10_922n } });

/** Re-exported for the pallets that report nested results (Sudo, Multisig, Scheduler, Collective). */
export { encodeDispatchError };

/** Runs one nested call in its own layer; returns the error instead of throwing. */
export function tryDispatch(origin: Origin, inner: unknown): DispatchError | null {
  try {
    ext().transactional(() => ext().dispatchNested(origin, inner));
    return null;
  } catch (err) {
    return toDispatchError(err);
  }
}

function checkLimit(calls: unknown[]): void {
  if (BigInt(calls.length) > UtilityConstants.get('batched_calls_limit'))
    throw UtilityErrors.fail('TooManyCalls');
}

/** `blake2_256(b"modlpy/utilisuba" ++ who ++ index)` as a sub-account. */
export const derivativeAccount = (who: string, index: bigint): string =>
  derivedAccount(
    '',
    concatBytes(new TextEncoder().encode('modlpy/utilisuba'), publicKey(who), encode(u16, index)),
  );

export const Utility: PalletDecl = {
  docs: UtilityDocs,
  name: 'Utility',
  crate: 'pallet_utility',
  index: 3,
  events: UtilityEvents,
  errors: UtilityErrors,
  constants: UtilityConstants,
  storage: storage('Utility').items,
  calls: {
    batch: call(0, { calls: BoxedCalls }, (origin, { calls }) => {
      checkLimit(calls);
      for (const [index, inner] of calls.entries()) {
        const error = tryDispatch(origin, inner);
        if (error) {
          UtilityEvents.emit('BatchInterrupted', {
            index: BigInt(index),
            error: encodeDispatchError(error) as never,
          });
          return;
        }
        UtilityEvents.emit('ItemCompleted', {});
      }
      UtilityEvents.emit('BatchCompleted', {});
    }),
    as_derivative: call(1, { index: u16, call: RuntimeCall }, (origin, args) => {
      const who = ensureSigned(origin);
      // set_caller_from: the pseudonym keeps the origin's call filter (a proxy's, say).
      ext().dispatchNested({ ...origin, kind: 'signed', who: derivativeAccount(who, args.index) }, args.call);
    }),
    batch_all: call(2, { calls: BoxedCalls }, (origin, { calls }) => {
      checkLimit(calls);
      for (const inner of calls) {
        ext().transactional(() => ext().dispatchNested(origin, inner));
        UtilityEvents.emit('ItemCompleted', {});
      }
      UtilityEvents.emit('BatchCompleted', {});
    }),
    dispatch_as: call(3, { as_origin: OriginCaller, call: RuntimeCall }, (origin, args) => {
      ensureRoot(origin);
      const as: Origin = originOfCaller(args.as_origin);
      const error = tryDispatch(as, args.call);
      UtilityEvents.emit('DispatchedAs', {
        result: (error
          ? { type: 'Err', value: encodeDispatchError(error) }
          : { type: 'Ok', value: null }) as never,
      });
    }),
    force_batch: call(4, { calls: BoxedCalls }, (origin, { calls }) => {
      checkLimit(calls);
      let failed = false;
      for (const inner of calls) {
        const error = tryDispatch(origin, inner);
        if (error) {
          failed = true;
          UtilityEvents.emit('ItemFailed', { error: encodeDispatchError(error) as never });
        } else UtilityEvents.emit('ItemCompleted', {});
      }
      UtilityEvents.emit(failed ? 'BatchCompletedWithErrors' : 'BatchCompleted', {});
    }),
    with_weight: call(5, { call: RuntimeCall, weight: Weight }, (origin, args) => {
      if (origin.kind !== 'root') throw badOrigin();
      ext().dispatchNested(origin, args.call);
    }),
  },
};
