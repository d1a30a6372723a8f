/**
 * pallet_transaction_payment with Khala's fee model: fee = length fee + multiplier × (base extrinsic
 * weight + call weight) converted by WeightToFee, + tip. WeightToFee maps the base extrinsic weight to
 * 1/10 CENT, TransactionByteFee is 10 MILLICENTS per byte (Khala's constants). Fees are withdrawn before
 * dispatch, kept when the call fails, and credited 100% to the Treasury (DealWithFees).
 *
 * Final Khala runtime (polkadot-sdk release-polkadot-v1.2.0): calls, events, errors and
 * storage are those of Khala's Aug-2023 metadata (checked by metadata-reference.test.ts); no deviation known.
 */
import type { Weight } from '../../frame/pallet.js';
import { constants, events, type PalletDecl } from '../../frame/pallet.js';
import { enumOf, u8, u128 } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId } from '../../frame/types.js';
import { CENTS } from '../balances/index.js';
import { BASE_EXTRINSIC_WEIGHT } from '../system/index.js';
import { TransactionPaymentDocs } from './docs.js';

const FIXED_U128_ONE = 1_000_000_000_000_000_000n;

const S = storage('TransactionPayment');
export const NextFeeMultiplier = S.value('NextFeeMultiplier', u128, { default: FIXED_U128_ONE });
S.value('StorageVersion', enumOf('pallet_transaction_payment::Releases', { V1Ancient: null, V2: null }), {
  default: { type: 'V1Ancient', value: null },
});

export const TransactionPaymentEvents = events('TransactionPayment', 'pallet_transaction_payment', {
  TransactionFeePaid: { who: AccountId, actual_fee: u128, tip: u128 },
});

export const TransactionPaymentConstants = constants('TransactionPayment', {
  OperationalFeeMultiplier: { codec: u8, value: 5n },
  TransactionByteFee: { codec: u128, value: (CENTS / 100_000n) * 10n, hidden: true },
});

/** WeightToFee: base extrinsic weight costs CENTS / 10. */
export const weightToFee = (refTime: bigint): bigint => (refTime * CENTS) / (10n * BASE_EXTRINSIC_WEIGHT);

export interface FeeBreakdown {
  baseFee: bigint;
  lenFee: bigint;
  adjustedWeightFee: bigint;
  tip: bigint;
  total: bigint;
}

/** compute_fee(len, info, tip) of pallet_transaction_payment. */
export function computeFee(len: number, weight: Weight, tip: bigint, paysFee = true): FeeBreakdown {
  if (!paysFee) return { baseFee: 0n, lenFee: 0n, adjustedWeightFee: 0n, tip, total: tip };
  const baseFee = weightToFee(BASE_EXTRINSIC_WEIGHT);
  const lenFee = BigInt(len) * TransactionPaymentConstants.get('TransactionByteFee');
  const adjustedWeightFee = (NextFeeMultiplier.get() * weightToFee(weight.refTime)) / FIXED_U128_ONE;
  return { baseFee, lenFee, adjustedWeightFee, tip, total: baseFee + lenFee + adjustedWeightFee + tip };
}

export const TransactionPayment: PalletDecl = {
  docs: TransactionPaymentDocs,
  name: 'TransactionPayment',
  crate: 'pallet_transaction_payment',
  index: 41,
  storage: S.items,
  events: TransactionPaymentEvents,
  constants: TransactionPaymentConstants,
};
