/**
 * Metadata documentation of Multisig: every call, event, error, storage item and constant, from the doc
 * comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where the
 * source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const MultisigDocs: PalletDocs = {
  pallet: ['The Multisig pallet: dispatching calls from an account of several signatories and a threshold.'],
  calls: {
    as_multi_threshold_1: [
      'Immediately dispatch a multi-signature call using a single approval from the caller.',
    ],
    as_multi: [
      'Register approval for a dispatch to be made from a deterministic composite account if',
      'approved by a total of `threshold - 1` of `other_signatories`.',
    ],
    approve_as_multi: [
      'Register approval for a dispatch to be made from a deterministic composite account if',
      'approved by a total of `threshold - 1` of `other_signatories`, naming the call by its hash.',
    ],
    cancel_as_multi: [
      'Cancel a pre-existing, on-going multisig transaction. Any deposit reserved previously',
      'for this operation will be unreserved on success.',
    ],
  },
  events: {
    NewMultisig: ['A new multisig operation has begun.'],
    MultisigApproval: ['A multisig operation has been approved by someone.'],
    MultisigExecuted: ['A multisig operation has been executed.'],
    MultisigCancelled: ['A multisig operation has been cancelled.'],
  },
  errors: {
    MinimumThreshold: ['Threshold must be 2 or greater.'],
    AlreadyApproved: ['Call is already approved by this signatory.'],
    NoApprovalsNeeded: ["Call doesn't need any (more) approvals."],
    TooFewSignatories: ['There are too few signatories in the list.'],
    TooManySignatories: ['There are too many signatories in the list.'],
    SignatoriesOutOfOrder: ['The signatories were provided out of order; they should be ordered.'],
    SenderInSignatories: ["The sender was contained in the other signatories; it shouldn't be."],
    NotFound: ['Multisig operation not found when attempting to cancel.'],
    NotOwner: ['Only the account that originally created the multisig is able to cancel it.'],
    NoTimepoint: ['No timepoint was given, yet the multisig operation is already underway.'],
    WrongTimepoint: ['A different timepoint was given to the multisig operation that is underway.'],
    UnexpectedTimepoint: ['A timepoint was given, yet no multisig operation is underway.'],
    MaxWeightTooLow: ['The maximum weight information provided was too low.'],
    AlreadyStored: ['The data to be stored is already stored.'],
  },
  storage: {
    Multisigs: ['The set of open multisig operations.'],
  },
  constants: {
    DepositBase: [
      'The base amount of currency needed to reserve for creating a multisig execution or to',
      'store a dispatch call for later.',
    ],
    DepositFactor: ['The amount of currency needed per unit threshold when creating a multisig execution.'],
    MaxSignatories: ['The maximum amount of signatories allowed in the multisig.'],
  },
};
