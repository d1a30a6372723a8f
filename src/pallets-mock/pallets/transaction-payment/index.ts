/**
 * pallet_transaction_payment with Khala's fee model: fee = length fee + multiplier × (base extrinsic
 * weight + call weight) converted by WeightToFee, + tip. WeightToFee maps the base extrinsic weight to
 * 1/10 CENT, TransactionByteFee is 10 MILLICENTS per byte (Khala's constants). Fees are withdrawn before
 * dispatch, kept when the call fails, and credited 100% to the Treasury (DealWithFees). `transactionPriority`
 * is ChargeTransactionPayment::get_priority: the tip (+1) scaled by how many such transactions fit in a
 * block, plus for Operational calls a virtual tip of fee × OperationalFeeMultiplier, saturated to u64.
 *
 * `chargeTransactionPayment(onUnbalanced)` is what the executive charges fees with (OnChargeTransaction =
 * CurrencyAdapter<Balances, DealWithFees>); the runtime definition passes the Treasury as OnUnbalanced.
 *
 * Final Khala runtime (polkadot-sdk release-polkadot-v1.2.0): calls, events, errors and
 * storage are those of Khala's Aug-2023 metadata (checked by metadata-reference.test.ts); no deviation known.
 */
import { ext } from '../../frame/context.js';
import type { ChargeTransaction } from '../../frame/executive.js';
import type { Weight } from '../../frame/pallet.js';
import { constants, events, type PalletDecl } from '../../frame/pallet.js';
import { enumOf, u8, u128 } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId } from '../../frame/types.js';
import type { AccountId as Account } from '../../primitives/account.js';
import { CENTS, deposit, withdraw } from '../balances/index.js';
import { BASE_EXTRINSIC_WEIGHT, Account as SystemAccount, SystemConstants } from '../system/index.js';
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

const U64_MAX = 18_446_744_073_709_551_615n;

/** ChargeTransactionPayment::get_priority (runs inside the runtime context, reads the block limits). */
export function transactionPriority(
  len: number,
  weight: Weight,
  tip: bigint,
  fee: bigint,
  cls: 'Normal' | 'Operational' = 'Normal',
): bigint {
  const maxBlock = SystemConstants.get('BlockWeights').maxBlock;
  const maxLength = SystemConstants.get('BlockLength').max[cls === 'Operational' ? 'operational' : 'normal'];
  const perComponent = (max: bigint, used: bigint) => {
    const bounded = used < 1n ? 1n : used > max ? max : used;
    return max / bounded;
  };
  const byWeight = [
    perComponent(maxBlock.refTime, weight.refTime),
    perComponent(maxBlock.proofSize, weight.proofSize),
  ].reduce((a, b) => (a < b ? a : b));
  const boundedLength = BigInt(len) < 1n ? 1n : BigInt(len) > maxLength ? maxLength : BigInt(len);
  const byLength = maxLength / boundedLength;
  const perBlock = byWeight < byLength ? byWeight : byLength;
  let priority = (tip + 1n) * perBlock;
  if (cls === 'Operational')
    priority += fee * TransactionPaymentConstants.get('OperationalFeeMultiplier') * perBlock;
  return priority > U64_MAX ? U64_MAX : priority;
}

/** Runs fn in its own storage layer; false (and nothing written) when it throws. */
function attempt(fn: () => void): boolean {
  try {
    ext().transactional(fn);
    return true;
  } catch {
    return false;
  }
}

/**
 * ChargeTransactionPayment with OnChargeTransaction = CurrencyAdapter<Balances, OnUnbalanced>: withdraws
 * the fee keep-alive; after dispatch refunds `fee - corrected` with deposit_into_existing (when the signer
 * is gone, the refund stays with the fee), gives the rest to `onUnbalanced`, emits TransactionFeePaid.
 */
export function chargeTransactionPayment(onUnbalanced: (amount: bigint) => void): ChargeTransaction {
  return {
    computeFee: (len, weight, tip) => computeFee(len, weight, tip).total,
    priority: transactionPriority,
    withdrawFee: (who, fee) => withdraw(who, fee, true),
    correctAndDepositFee(who: Account, fee: bigint, corrected: bigint, tip: bigint): bigint {
      let actual = corrected;
      const refund = fee - actual;
      if (refund > 0n) {
        const alive = SystemAccount.get(who).providers > 0n;
        if (!alive || !attempt(() => deposit(who, refund))) actual = fee;
      }
      if (actual > 0n) onUnbalanced(actual);
      TransactionPaymentEvents.emit('TransactionFeePaid', { who, actual_fee: actual, tip });
      return actual;
    },
  };
}
