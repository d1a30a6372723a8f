/**
 * Metadata documentation of Tips: every call, event, error, storage item and constant, after the doc
 * comments of polkadot-sdk release-polkadot-v1.2.0 (first paragraph, in our own words).
 */
import type { PalletDocs } from '../../frame/pallet.js';

export const TipsDocs: PalletDocs = {
  pallet: ['Tips: small Treasury rewards, valued by the tippers (the Council) and paid at the median.'],
  calls: {
    report_awesome: [
      'Report something worthy of a tip. A deposit of `TipReportDepositBase` plus `DataDepositPerByte` per',
      'reason byte is reserved and returned when the tip closes; the finder earns `TipFindersFee`.',
    ],
    retract_tip: ['Retract a prior tip report; the finder gets the deposit back.'],
    tip_new: ['Give a tip for something new; no finder’s fee. Only a tipper may call it.'],
    tip: [
      'Declare a tip value for an already-open tip. Once half the tippers have tipped, the tip closes after',
      '`TipCountdown`. Only a tipper may call it.',
    ],
    close_tip: ['Close and pay out a tip once its countdown has passed: the median of the tips.'],
    slash_tip: ['Remove and slash an already-open tip. Needs the RejectOrigin.'],
  },
  events: {
    NewTip: ['A new tip suggestion has been opened.'],
    TipClosing: ['A tip suggestion has reached threshold and is closing.'],
    TipClosed: ['A tip suggestion has been closed.'],
    TipRetracted: ['A tip suggestion has been retracted.'],
    TipSlashed: ['A tip suggestion has been slashed.'],
  },
  errors: {
    ReasonTooBig: ['The reason given is just too big.'],
    AlreadyKnown: ['The tip was already found/started.'],
    UnknownTip: ['The tip hash is unknown.'],
    NotFinder: ['The account attempting to retract the tip is not the finder of the tip.'],
    StillOpen: ['The tip cannot be claimed/closed because there are not enough tippers yet.'],
    Premature: ['The tip cannot be claimed/closed because it is still in the countdown period.'],
  },
  storage: {
    Tips: [
      'TipsMap that are not yet completed. Keyed by the hash of `(reason, who)` from the value.',
      'This has the insecure enumerable hash function since the key itself is already guaranteed to be a secure hash.',
    ],
    Reasons: ['Simple preimage lookup from the reason’s hash to the original data.'],
  },
  constants: {
    MaximumReasonLength: ['Maximum acceptable reason length.'],
    DataDepositPerByte: [
      'The amount held on deposit per byte within the tip report reason or bounty description.',
    ],
    TipCountdown: ['The period for which a tip remains open after is has achieved threshold tippers.'],
    TipFindersFee: ['The percent of the final tip which goes to the original reporter of the tip.'],
    TipReportDepositBase: ['The amount held on deposit for placing a tip report.'],
  },
};
