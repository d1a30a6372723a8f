/**
 * Metadata documentation of Preimage: every call, event, error, storage item and constant,
 * from the doc comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const PreimageDocs: PalletDocs = {
  pallet: ['The Preimage pallet: stores call data by hash for governance, with a deposit or on request.'],
  calls: {
    note_preimage: ['Register a preimage on-chain.'],
    unnote_preimage: ['Clear an unrequested preimage from the runtime storage.'],
    request_preimage: ['Request a preimage be uploaded to the chain without paying any fees or deposits.'],
    unrequest_preimage: ['Clear a previously made request for a preimage.'],
  },
  events: {
    Noted: ['A preimage has been noted.'],
    Requested: ['A preimage has been requested.'],
    Cleared: ['A preimage has ben cleared.'],
  },
  errors: {
    TooBig: ['Preimage is too large to store on-chain.'],
    AlreadyNoted: ['Preimage has already been noted on-chain.'],
    NotAuthorized: ['The user is not authorized to perform this action.'],
    NotNoted: ['The preimage cannot be removed since it has not yet been noted.'],
    Requested: ['A preimage may not be removed when there are outstanding requests.'],
    NotRequested: ['The preimage request cannot be removed since no outstanding requests exist.'],
  },
  storage: {
    StatusFor: ['The request status of a given hash.'],
    PreimageFor: ['The preimage bytes, keyed by their hash and length.'],
  },
};
