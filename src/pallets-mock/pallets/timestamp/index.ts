/**
 * pallet_timestamp: the block's time, set once per block by the `set` inherent (None origin), at least
 * MinimumPeriod after the previous block. Khala's 12 s slots make MinimumPeriod 6,000 ms.
 *
 * Final Khala runtime (polkadot-sdk release-polkadot-v1.2.0): calls, events, errors and
 * storage are those of Khala's Aug-2023 metadata (checked by metadata-reference.test.ts); no deviation known.
 */

import { otherError } from '../../frame/errors.js';
import { ensureNone } from '../../frame/origin.js';
import { call, constants, type PalletDecl } from '../../frame/pallet.js';
import { bool, compact, u64 } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { TimestampDocs } from './docs.js';

const S = storage('Timestamp');
export const Now = S.value('Now', u64, { default: 0n });
export const DidUpdate = S.value('DidUpdate', bool, { default: false });

export const TimestampConstants = constants('Timestamp', {
  MinimumPeriod: { codec: u64, value: 6_000n },
});

/** Milliseconds since the Unix epoch of the current block. */
export const now = (): bigint => Now.get();

export const Timestamp: PalletDecl = {
  docs: TimestampDocs,
  name: 'Timestamp',
  crate: 'pallet_timestamp',
  index: 1,
  storage: S.items,
  constants: TimestampConstants,
  calls: {
    set: call(
      0,
      { now: compact(u64) },
      (origin, { now: moment }) => {
        ensureNone(origin);
        if (DidUpdate.get()) throw otherError('Timestamp must be updated only once in the block');
        const prev = Now.get();
        if (prev !== 0n && moment < prev + TimestampConstants.get('MinimumPeriod'))
          throw otherError('Timestamp must increment by at least MinimumPeriod between sequential blocks');
        Now.set(moment);
        DidUpdate.set(true);
      },
      { refTime: 9_000_000n, proofSize: 1_493n },
      { class: 'Operational' },
    ),
  },
  hooks: {
    onFinalize() {
      DidUpdate.kill();
    },
  },
};
