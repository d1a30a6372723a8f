/**
 * Metadata documentation of Timestamp: every call, event, error, storage item and constant,
 * from the doc comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const TimestampDocs: PalletDocs = {
  pallet: ['The Timestamp pallet: the time of the current block, set once per block by an inherent.'],
  calls: {
    set: ['Set the current time.'],
  },
  storage: {
    Now: ['The current time for the current block.'],
    DidUpdate: ['Whether the timestamp has been updated in this block.'],
  },
  constants: {
    MinimumPeriod: ['The minimum period between blocks.'],
  },
};
