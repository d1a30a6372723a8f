/**
 * frame_executive: the block lifecycle and the application of extrinsics. initializeBlock sets the block
 * number, parent hash and digest, runs on_initialize hooks and the timestamp inherent; applySigned checks
 * the nonce, withdraws the fee (kept even when the call fails), bumps the nonce, dispatches in a storage
 * layer and settles the fee to the Treasury (burned, as resolve_creating drops it, while the Treasury account
 * cannot exist) — refunded but for the tip when a successful call's post-dispatch info says Pays::No —
 * with TransactionFeePaid and ExtrinsicSuccess/Failed; an invalid transaction writes nothing;
 * finalizeBlock runs on_finalize hooks and writes System.Events. Signature checks happen before this, in
 * the transaction pool (devchain), as in Substrate.
 *
 * The executive knows no pallet: what it needs of frame_system (`BlockSystem`) and of fee charging
 * (`ChargeTransaction`, pallet_transaction_payment's OnChargeTransaction with the runtime's DealWithFees)
 * comes from the runtime definition's `executive` field, as Rust's `Executive<Runtime, Block, Context,
 * Runtime, AllPalletsWithSystem>` takes them from the runtime's types.
 */

import type { AccountId } from '../primitives/account.js';
import type { DepositedEvent, Phase } from './context.js';
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

export type DispatchClass = 'Normal' | 'Operational' | 'Mandatory';

/** frame_system as the executive drives it (the System pallet implements it). */
export interface BlockSystem {
  /** `initialize`: clears the previous block's events, weight and length; number, parent hash, digest. */
  initialize(init: BlockInit): void;
  /** `ExecutionPhase`. */
  setPhase(phase: Phase): void;
  blockNumber(): bigint;
  accountNonce(who: AccountId): bigint;
  incNonce(who: AccountId): void;
  /** `note_applied_extrinsic`: ExtrinsicSuccess/ExtrinsicFailed and the block weight of its class. */
  noteAppliedExtrinsic(weight: Weight, cls: DispatchClass, paysFee: boolean, error?: DispatchError): void;
  /** `finalize`: the extrinsic count and the block's events into storage, the phase cleared. */
  finalize(extrinsicCount: bigint, events: readonly DepositedEvent[]): void;
}

/** pallet_transaction_payment's fee side: compute_fee, get_priority and the runtime's OnChargeTransaction. */
export interface ChargeTransaction {
  computeFee(len: number, weight: Weight, tip: bigint): bigint;
  priority(len: number, weight: Weight, tip: bigint, fee: bigint, cls: 'Normal' | 'Operational'): bigint;
  /** `withdraw_fee` (keep-alive, respecting locks); throws when the fee cannot be paid. */
  withdrawFee(who: AccountId, fee: bigint): void;
  /**
   * `correct_and_deposit_fee` and TransactionFeePaid: refunds `fee - corrected` to `who`, hands the rest
   * to the runtime's OnUnbalanced; returns the fee finally paid.
   */
  correctAndDepositFee(who: AccountId, fee: bigint, corrected: bigint, tip: bigint): bigint;
}

export interface ExecutiveConfig {
  system: BlockSystem;
  payment: ChargeTransaction;
}

/**
 * What a dry run throws to roll its layer back once fn succeeded: one object for every run (an Error made
 * per run would capture a stack trace per validated transaction).
 */
const DRY_RUN_DONE: unique symbol = Symbol('dry run done');

export class Executive {
  private extrinsicIndex = 0;
  private readonly system: BlockSystem;
  private readonly payment: ChargeTransaction;

  constructor(readonly kernel: Kernel) {
    const config = kernel.definition.executive;
    if (!config) throw new Error(`runtime ${kernel.definition.crate} defines no executive config`);
    this.system = config.system;
    this.payment = config.payment;
  }

  private setPhase(phase: Phase): void {
    this.kernel.phase = phase;
    this.system.setPhase(phase);
  }

  initializeBlock(init: BlockInit): void {
    this.kernel.enter(() => {
      this.kernel.blockEvents = [];
      this.system.initialize(init);
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
    const nonce = this.system.accountNonce(tx.signer);
    if (tx.nonce < nonce) throw new InvalidTransaction('Stale');
    const ahead = tx.nonce > nonce;
    if (ahead && applying) throw new InvalidTransaction('Future');
    const weight = this.kernel.callWeight(tx.call);
    const fee = this.payment.computeFee(tx.len, weight, tx.tip);
    return { decl, weight, fee, ahead };
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
      if (fee > 0n && !this.dryRun(() => this.payment.withdrawFee(tx.signer, fee)))
        throw new InvalidTransaction('Payment');
      const priority = this.payment.priority(tx.len, weight, tx.tip, fee, decl.class ?? 'Normal');
      return { fee, weight, priority, ahead };
    });
  }

  /** Runs fn in a storage layer that is always rolled back; true when fn did not throw. */
  private dryRun(fn: () => void): boolean {
    try {
      this.kernel.transactional(() => {
        fn();
        throw DRY_RUN_DONE;
      });
    } catch (err) {
      return err === DRY_RUN_DONE;
    }
    return true;
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
          if (fee > 0n) this.payment.withdrawFee(tx.signer, fee);
        });
      } catch {
        this.kernel.phase = previousPhase;
        throw new InvalidTransaction('Payment');
      }
      this.system.incNonce(tx.signer);
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
      const actual = this.payment.correctAndDepositFee(tx.signer, fee, paysFee ? fee : tx.tip, tx.tip);
      this.finishExtrinsic(weight, decl.class ?? 'Normal', paysFee, error);
      return { ok: !error, error, fee: actual };
    });
  }

  private finishExtrinsic(
    weight: Weight,
    cls: DispatchClass,
    paysFee: boolean,
    error: DispatchError | undefined,
  ): void {
    this.system.noteAppliedExtrinsic(weight, cls, paysFee, error);
    this.extrinsicIndex++;
  }

  finalizeBlock(): void {
    this.kernel.enter(() => {
      this.setPhase({ type: 'Finalization', value: null });
      const number = this.system.blockNumber();
      for (const p of this.kernel.pallets) p.hooks?.onFinalize?.(number);
      this.system.finalize(BigInt(this.extrinsicIndex), this.kernel.blockEvents);
    });
  }
}
