/**
 * Metadata documentation of PhalaMq: every call, event, error, storage item and constant,
 * from the doc comments of phala-blockchain runtime-release-v1270 (the first paragraph), in our own words where
 * the source has none or is long.
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const PhalaMqDocs: PalletDocs = {
  pallet: [
    'PhalaMq: the message queue between the chain and the workers (signed offchain messages and pallet messages).',
  ],
  calls: {
    sync_offchain_message: ['Syncs an unverified offchain message to the message queue'],
    push_message: [
      'Sends a message from the signer (an account origin) to a topic, for the workers to read.',
    ],
    force_push_pallet_message: ['Pushes a message as a pallet sender; Root only (for tests and governance).'],
  },
  errors: {
    BadSender: [
      'The signed message comes from a sender that cannot send it (e.g. not a registered worker or Gatekeeper).',
    ],
    BadSequence: ['The message sequence is not the next one expected from this sender.'],
    BadDestination: ['No pallet handles the destination topic of the message.'],
  },
  storage: {
    OffchainIngress: [
      'The next expected sequence of a ingress message coming from a certain sender (origin)',
    ],
    QueuedOutboundMessage: ['Outbound messages queued in this block, for the workers to sync.'],
    OutboundMessages: ['Outbound messages at the current block.'],
  },
};
