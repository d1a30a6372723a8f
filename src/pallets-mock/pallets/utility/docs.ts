/**
 * Metadata documentation of Utility: every call, event, error, storage item and constant,
 * from the doc comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const UtilityDocs: PalletDocs = {
  pallet: ['The Utility pallet: batches of calls and dispatching as another origin.'],
  calls: {
    batch: ['Send a batch of dispatch calls.'],
    as_derivative: ['Send a call through an indexed pseudonym of the sender.'],
    batch_all: [
      'Send a batch of dispatch calls and atomically execute them.',
      'The whole transaction will rollback and fail if any of the calls failed.',
    ],
    dispatch_as: ['Dispatches a function call with a provided origin.'],
    force_batch: ['Send a batch of dispatch calls.', "Unlike `batch`, it allows errors and won't interrupt."],
    with_weight: ['Dispatch a function call with a specified weight.'],
  },
  events: {
    BatchInterrupted: [
      'Batch of dispatches did not complete fully. Index of first failing dispatch given, as',
      'well as the error.',
    ],
    BatchCompleted: ['Batch of dispatches completed fully with no error.'],
    BatchCompletedWithErrors: ['Batch of dispatches completed but has errors.'],
    ItemCompleted: ['A single item within a Batch of dispatches has completed with no error.'],
    ItemFailed: ['A single item within a Batch of dispatches has completed with error.'],
    DispatchedAs: ['A call was dispatched.'],
  },
  errors: {
    TooManyCalls: ['Too many calls batched.'],
  },
  constants: {
    batched_calls_limit: ['The limit on the number of calls one batch may hold.'],
  },
};
