/**
 * frame_executive: the block lifecycle and the application of extrinsics. initializeBlock sets the block
 * number, parent hash and digest, runs on_initialize hooks and the timestamp inherent; applySigned checks
 * the nonce, withdraws the fee (kept even when the call fails), bumps the nonce, dispatches in a storage
 * layer and settles the fee to the Treasury (burned, as resolve_creating drops it, while the Treasury account
 * cannot exist) — refunded but for the tip when a successful call's post-dispatch info says Pays::No —
 * with TransactionFeePaid and ExtrinsicSuccess/Failed; an invalid transaction writes nothing;
 * finalizeBlock runs on_finalize hooks and writes System.Events. Signature checks happen before this, in
 * the transaction pool (devchain), as in Substrate.
 */

import { deposit, TotalIssuance, TREASURY_ACCOUNT, withdraw } from '../pallets/balances/index.js';
import {
  AllExtrinsicsLen,
  BlockHash,
  BlockWeight,
  DigestStore,
  EventCount,
  Events,
  ExecutionPhase,
  ExtrinsicCount,
  incNonce,
  Number_,
  ParentHash,
  Account as SystemAccount,
  SystemEvents,
} from '../pallets/system/index.js';
import {
  computeFee,
  TransactionPaymentEvents,
  transactionPriority,
} from '../pallets/transaction-payment/index.js';
import { TreasuryEvents } from '../pallets/treasury/index.js';
import { encodeDispatchError } from '../pallets/utility/index.js';
import type { AccountId } from '../primitives/account.js';
import type { Phase } from './context.js';
import type { DispatchError } from './errors.js';
import type { PostDispatchInfo, Weight } from './pallet.js';
import { type CallValue, type Kernel, toDispatchError } from './runtime.js';

export type InvalidKind =
  | 'Call'
  | 'Payment'
  | 'Future'
  | 'Stale'
  | 'BadProof'
  | 'AncientBirthBlock'
  | 'ExhaustsResources'
  | 'Custom'
  | 'BadMandatory'
  | 'MandatoryValidation'
  | 'BadSigner';

/** TransactionValidityError::Invalid(kind) — the transaction never enters a block. */
export class InvalidTransaction extends Error {
  constructor(readonly kind: InvalidKind) {
    super(`Invalid Transaction: ${kind}`);
    this.name = 'InvalidTransaction';
  }
}

export interface SignedExtrinsic {
  signer: AccountId;
  nonce: bigint;
  tip: bigint;
  call: CallValue;
  /** Encoded length in bytes (for the length fee). */
  len: number;
}

export interface ApplyOutcome {
  ok: boolean;
  error?: DispatchError;
  fee: bigint;
}

export interface BlockInit {
  number: bigint;
  parentHash: string;
  timestampMs: bigint;
  digest?: Array<{ type: string; value: unknown }>;
}

const addWeight = (a: { refTime: bigint; proofSize: bigint }, b: Weight) => ({
  refTime: a.refTime + b.refTime,
  proofSize: a.proofSize + b.proofSize,
});

export class Executive {
  private extrinsicIndex = 0;

  constructor(readonly kernel: Kernel) {}

  private setPhase(phase: Phase): void {
    this.kernel.phase = phase;
    ExecutionPhase.set(phase as never);
  }

  initializeBlock(init: BlockInit): void {
    this.kernel.enter(() => {
      this.kernel.blockEvents = [];
      Events.kill();
      EventCount.kill();
      Number_.set(init.number);
      ParentHash.set(init.parentHash);
      if (init.number > 0n) BlockHash.set(init.number - 1n, init.parentHash);
      DigestStore.set({ logs: (init.digest ?? []) as never });
      BlockWeight.kill();
      AllExtrinsicsLen.kill();
      this.setPhase({ type: 'Initialization', value: null });
      for (const p of this.kernel.pallets) p.hooks?.onInitialize?.(init.number);
      this.extrinsicIndex = 0;
      const inherent = this.applyInherent({
        type: 'Timestamp',
        value: { type: 'set', value: { now: init.timestampMs } },
      });
      if (!inherent.ok) throw new Error(`timestamp inherent failed: ${inherent.error?.message}`);
    });
  }

  /** An unsigned inherent (Mandatory class, no fee). */
  applyInherent(call: CallValue): ApplyOutcome {
    return this.kernel.enter(() => {
      this.setPhase({ type: 'ApplyExtrinsic', value: BigInt(this.extrinsicIndex) });
      const weight = this.kernel.callWeight(call);
      let error: DispatchError | undefined;
      try {
        this.kernel.transactional(() => this.kernel.dispatchNested({ kind: 'none' }, call));
      } catch (err) {
        error = toDispatchError(err);
      }
      this.finishExtrinsic(weight, 'Mandatory', false, error);
      return { ok: !error, error, fee: 0n };
    });
  }

  /**
   * Nonce, weight and fee of a signed extrinsic. A nonce below the account's is Stale; one above it is
   * Future when applying (pre_dispatch), but only `ahead` when validating for the pool (CheckNonce::validate
   * then makes it require the previous nonce's tag, and the fee is still checked).
   */
  private precheck(tx: SignedExtrinsic, applying: boolean) {
    const decl = this.kernel.callDecl(tx.call);
    const account = SystemAccount.get(tx.signer);
    if (tx.nonce < account.nonce) throw new InvalidTransaction('Stale');
    const ahead = tx.nonce > account.nonce;
    if (ahead && applying) throw new InvalidTransaction('Future');
    const weight = this.kernel.callWeight(tx.call);
    const fee = computeFee(tx.len, weight, tx.tip).total;
    return { decl, account, weight, fee, ahead };
  }

  /**
   * TaggedTransactionQueue::validate_transaction for a signed extrinsic, for every nonce at or above the
   * account's: the fee must be payable now (also for a future nonce, as ChargeTransactionPayment::validate
   * checks it), and the result carries the priority and whether the nonce is ahead of the account.
   */
  validateSigned(tx: SignedExtrinsic): { fee: bigint; weight: Weight; priority: bigint; ahead: boolean } {
    return this.kernel.enter(() => {
      const { decl, weight, fee, ahead } = this.precheck(tx, false);
      // ChargeTransactionPayment::validate withdraws the fee as pre_dispatch does (keep-alive, locks);
      // here it is withdrawn in a layer that is always rolled back, so both agree on Payment.
      if (fee > 0n && !this.dryRun(() => withdraw(tx.signer, fee, true)))
        throw new InvalidTransaction('Payment');
      const priority = transactionPriority(tx.len, weight, tx.tip, fee, decl.class ?? 'Normal');
      return { fee, weight, priority, ahead };
    });
  }

  /** Runs fn in a storage layer that is always rolled back; true when fn did not throw. */
  private dryRun(fn: () => void): boolean {
    const rolledBack = new Error('dry run');
    try {
      this.kernel.transactional(() => {
        fn();
        throw rolledBack;
      });
    } catch (err) {
      return err === rolledBack;
    }
    return true;
  }

  /** Runs fn in its own storage layer; false (and nothing written) when it throws. */
  private attempt(fn: () => void): boolean {
    try {
      this.kernel.transactional(fn);
      return true;
    } catch {
      return false;
    }
  }

  /** Applies a signed extrinsic; throws InvalidTransaction when it cannot be included at all. */
  applySigned(tx: SignedExtrinsic): ApplyOutcome {
    return this.kernel.enter(() => {
      const { decl, weight, fee } = this.precheck(tx, true);
      // An invalid transaction leaves no trace: the phase is set in the same layer as the fee withdrawal.
      const previousPhase = this.kernel.phase;
      try {
        this.kernel.transactional(() => {
          this.setPhase({ type: 'ApplyExtrinsic', value: BigInt(this.extrinsicIndex) });
          if (fee > 0n) withdraw(tx.signer, fee, true);
        });
      } catch {
        this.kernel.phase = previousPhase;
        throw new InvalidTransaction('Payment');
      }
      incNonce(tx.signer);
      let error: DispatchError | undefined;
      let post: PostDispatchInfo | undefined;
      try {
        post = this.kernel.transactional(() =>
          this.kernel.dispatchNested({ kind: 'signed', who: tx.signer }, tx.call),
        );
      } catch (err) {
        error = toDispatchError(err);
      }
      // extract_actual_pays_fee: a success's post-dispatch info may say Pays::No (statically for Sudo, or
      // returned by the body); an error's post info is the default, Pays::Yes.
      const paysFee = !!error || (decl.paysFee !== false && post?.paysFee !== false);
      let actual = paysFee ? fee : tx.tip;
      // correct_and_deposit_fee: the refund goes back with deposit_into_existing; when the signer is gone
      // (the call reaped it) the refund stays with the fee.
      const refund = fee - actual;
      if (refund > 0n) {
        const alive = SystemAccount.get(tx.signer).providers > 0n;
        if (!alive || !this.attempt(() => deposit(tx.signer, refund))) actual = fee;
      }
      // DealWithFees → Treasury::on_unbalanced → resolve_creating: a fee that cannot create the Treasury
      // account (below ED) is dropped, i.e. burned, as the NegativeImbalance is.
      if (actual > 0n) {
        if (this.attempt(() => deposit(TREASURY_ACCOUNT, actual))) {
          if (this.kernel.pallet('Treasury')) TreasuryEvents.emit('Deposit', { value: actual });
        } else TotalIssuance.mutate((t) => t - actual);
      }
      TransactionPaymentEvents.emit('TransactionFeePaid', {
        who: tx.signer,
        actual_fee: actual,
        tip: tx.tip,
      });
      this.finishExtrinsic(weight, decl.class ?? 'Normal', paysFee, error);
      return { ok: !error, error, fee: actual };
    });
  }

  private finishExtrinsic(
    weight: Weight,
    cls: string,
    paysFee: boolean,
    error: DispatchError | undefined,
  ): void {
    const dispatchInfo = {
      weight: { refTime: weight.refTime, proofSize: weight.proofSize },
      class: { type: cls, value: null },
      paysFee: { type: paysFee ? 'Yes' : 'No', value: null },
    } as never;
    if (error)
      SystemEvents.emit('ExtrinsicFailed', {
        dispatch_error: encodeDispatchError(error) as never,
        dispatch_info: dispatchInfo,
      });
    else SystemEvents.emit('ExtrinsicSuccess', { dispatch_info: dispatchInfo });
    const key = cls === 'Mandatory' ? 'mandatory' : cls === 'Operational' ? 'operational' : 'normal';
    BlockWeight.mutate((bw) => ({ ...bw, [key]: addWeight(bw[key], weight) }));
    this.extrinsicIndex++;
  }

  finalizeBlock(): void {
    this.kernel.enter(() => {
      this.setPhase({ type: 'Finalization', value: null });
      const number = Number_.get();
      for (const p of this.kernel.pallets) p.hooks?.onFinalize?.(number);
      ExtrinsicCount.set(BigInt(this.extrinsicIndex));
      ExecutionPhase.kill();
      const records = this.kernel.blockEvents.map((e) => ({
        phase: e.phase,
        event: { type: e.pallet, value: { type: e.name, value: e.fields } },
        topics: [],
      }));
      Events.set(records as never);
      EventCount.set(BigInt(records.length));
    });
  }
}
