/**
 * Metadata documentation of Sudo: every call, event, error, storage item and constant,
 * from the doc comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const SudoDocs: PalletDocs = {
  pallet: ['The Sudo pallet (dev profile only): one key may dispatch calls as Root.'],
  calls: {
    sudo: ['Authenticates the sudo key and dispatches a function call with `Root` origin.'],
    sudo_unchecked_weight: [
      'Authenticates the sudo key and dispatches a function call with `Root` origin.',
      'This function does not check the weight of the call, and instead allows the',
      'Sudo user to specify the weight of the call.',
    ],
    set_key: [
      'Authenticates the current sudo key and sets the given AccountId (`new`) as the new sudo',
      'key.',
    ],
    sudo_as: [
      'Authenticates the sudo key and dispatches a function call with `Signed` origin from',
      'a given account.',
    ],
  },
  events: {
    Sudid: ['A sudo call just took place.'],
    KeyChanged: ['The sudo key has been updated.'],
    SudoAsDone: ['A [sudo_as](Pallet::sudo_as) call just took place.'],
  },
  errors: {
    RequireSudo: ['Sender must be the Sudo account.'],
  },
  storage: {
    Key: ['The `AccountId` of the sudo key.'],
  },
};
