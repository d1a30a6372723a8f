/**
 * Metadata documentation of Identity: every call, event, error, storage item and constant, from the doc
 * comments of polkadot-sdk release-polkadot-v1.2.0 (the first paragraph), in our own words where the
 * source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const IdentityDocs: PalletDocs = {
  pallet: [
    'The Identity pallet: on-chain identities with deposits, sub-accounts, registrars and judgements.',
  ],
  calls: {
    add_registrar: ['Add a registrar to the system.'],
    set_identity: ["Set an account's identity information and reserve the appropriate deposit."],
    set_subs: ['Set the sub-accounts of the sender.'],
    clear_identity: ["Clear an account's identity info and all sub-accounts and return all deposits."],
    request_judgement: ['Request a judgement from a registrar.'],
    cancel_request: ['Cancel a previous request.'],
    set_fee: ['Set the fee required for a judgement to be requested from a registrar.'],
    set_account_id: ['Change the account associated with a registrar.'],
    set_fields: ['Set the field information for a registrar.'],
    provide_judgement: ["Provide a judgement for an account's identity."],
    kill_identity: ["Remove an account's identity and sub-account information and slash the deposits."],
    add_sub: ["Add the given account to the sender's subs."],
    rename_sub: ['Alter the associated name of the given sub-account.'],
    remove_sub: ["Remove the given account from the sender's subs."],
    quit_sub: ['Remove the sender as a sub-account.'],
  },
  events: {
    IdentitySet: ['A name was set or reset (which will remove all judgements).'],
    IdentityCleared: ['A name was cleared, and the given balance returned.'],
    IdentityKilled: ['A name was removed and the given balance slashed.'],
    JudgementRequested: ['A judgement was asked from a registrar.'],
    JudgementUnrequested: ['A judgement request was retracted.'],
    JudgementGiven: ['A judgement was given by a registrar.'],
    RegistrarAdded: ['A registrar was added.'],
    SubIdentityAdded: ['A sub-identity was added to an identity and the deposit paid.'],
    SubIdentityRemoved: ['A sub-identity was removed from an identity and the deposit freed.'],
    SubIdentityRevoked: [
      'A sub-identity was cleared, and the given deposit repatriated from the',
      'main identity account to the sub-identity account.',
    ],
  },
  errors: {
    TooManySubAccounts: ['Too many subs-accounts.'],
    NotFound: ["Account isn't found."],
    NotNamed: ["Account isn't named."],
    EmptyIndex: ['Empty index.'],
    FeeChanged: ['Fee is changed.'],
    NoIdentity: ['No identity found.'],
    StickyJudgement: ['Sticky judgement.'],
    JudgementGiven: ['Judgement given.'],
    InvalidJudgement: ['Invalid judgement.'],
    InvalidIndex: ['The index is invalid.'],
    InvalidTarget: ['The target is invalid.'],
    TooManyFields: ['Too many additional fields.'],
    TooManyRegistrars: ['Maximum amount of registrars reached. Cannot add any more.'],
    AlreadyClaimed: ['Account ID is already named.'],
    NotSub: ['Sender is not a sub-account.'],
    NotOwned: ["Sub-account isn't owned by sender."],
    JudgementForDifferentIdentity: ['The provided judgement was for a different identity.'],
    JudgementPaymentFailed: ['Error that occurs when there is an issue paying for judgement.'],
  },
  storage: {
    IdentityOf: ['Information that is pertinent to identify the entity behind an account.'],
    SuperOf: [
      'The super-identity of an alternative "sub" identity together with its name, within that',
      "context. If the account is not some other account's sub-identity, then just `None`.",
    ],
    SubsOf: [
      'Alternative "sub" identities of this account.',
      'The first item is the deposit, the second is a vector of the accounts.',
    ],
    Registrars: [
      'The set of registrars. Not expected to get very big as can only be added through a',
      'special origin (likely a council motion).',
    ],
  },
  constants: {
    BasicDeposit: ['The amount held on deposit for a registered identity'],
    FieldDeposit: ['The amount held on deposit per additional field for a registered identity.'],
    SubAccountDeposit: ['The amount held on deposit for a registered subaccount.'],
    MaxSubAccounts: ['The maximum number of sub-accounts allowed per identified account.'],
    MaxAdditionalFields: ['Maximum number of additional fields that may be stored in an ID.'],
    MaxRegistrars: ['Maxmimum number of registrars allowed in the system.'],
  },
};
