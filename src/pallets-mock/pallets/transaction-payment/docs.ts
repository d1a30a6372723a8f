/**
 * Metadata documentation of TransactionPayment: every call, event, error, storage item and constant,
 * from the doc comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const TransactionPaymentDocs: PalletDocs = {
  pallet: [
    'The TransactionPayment pallet: transaction fees from weight, length and tip, and the fee multiplier.',
  ],
  events: {
    TransactionFeePaid: [
      'A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,',
      'has been paid by `who`.',
    ],
  },
  storage: {
    NextFeeMultiplier: ['The fee multiplier applied to the weight fee of the next block.'],
    StorageVersion: ['The storage layout version of this pallet.'],
  },
  constants: {
    OperationalFeeMultiplier: [
      'A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their',
      '`priority`',
    ],
  },
};
