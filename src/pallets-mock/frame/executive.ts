/**
 * frame_executive: the block lifecycle and the application of extrinsics. initializeBlock sets the block
 * number, parent hash and digest, runs on_initialize hooks and the timestamp inherent; applySigned checks
 * the nonce, withdraws the fee (kept even when the call fails), bumps the nonce, dispatches in a storage
 * layer and settles the fee to the Treasury with TransactionFeePaid and ExtrinsicSuccess/Failed;
 * finalizeBlock runs on_finalize hooks and writes System.Events. Signature checks happen before this, in
 * the transaction pool (devchain), as in Substrate.
 */

import { deposit, TREASURY_ACCOUNT, withdraw } from '../pallets/balances/index.js';
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
import { computeFee, TransactionPaymentEvents } from '../pallets/transaction-payment/index.js';
import { encodeDispatchError } from '../pallets/utility/index.js';
import type { AccountId } from '../primitives/account.js';
import type { Phase } from './context.js';
import type { DispatchError } from './errors.js';
import type { Weight } from './pallet.js';
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

  /** Nonce, weight and fee of a signed extrinsic (throws InvalidTransaction for a wrong nonce). */
  private precheck(tx: SignedExtrinsic) {
    const decl = this.kernel.callDecl(tx.call);
    const account = SystemAccount.get(tx.signer);
    if (tx.nonce < account.nonce) throw new InvalidTransaction('Stale');
    if (tx.nonce > account.nonce) throw new InvalidTransaction('Future');
    const weight = this.kernel.callWeight(tx.call);
    const fee = computeFee(tx.len, weight, tx.tip).total;
    return { decl, account, weight, fee };
  }

  /** Checks the nonce and fee of a signed extrinsic without applying it (TaggedTransactionQueue). */
  validateSigned(tx: SignedExtrinsic): { fee: bigint; weight: Weight } {
    return this.kernel.enter(() => {
      const { account, weight, fee } = this.precheck(tx);
      const { free, frozen } = account.data;
      if (fee > 0n && (free < fee + frozen || account.providers === 0n))
        throw new InvalidTransaction('Payment');
      return { fee, weight };
    });
  }

  /** Applies a signed extrinsic; throws InvalidTransaction when it cannot be included at all. */
  applySigned(tx: SignedExtrinsic): ApplyOutcome {
    return this.kernel.enter(() => {
      const { decl, weight, fee } = this.precheck(tx);
      this.setPhase({ type: 'ApplyExtrinsic', value: BigInt(this.extrinsicIndex) });
      try {
        this.kernel.transactional(() => {
          if (fee > 0n) withdraw(tx.signer, fee, true);
        });
      } catch {
        throw new InvalidTransaction('Payment');
      }
      incNonce(tx.signer);
      let error: DispatchError | undefined;
      try {
        this.kernel.transactional(() =>
          this.kernel.dispatchNested({ kind: 'signed', who: tx.signer }, tx.call),
        );
      } catch (err) {
        error = toDispatchError(err);
      }
      const paysFee = decl.paysFee !== false || !!error;
      const actual = paysFee ? fee : tx.tip;
      if (fee - actual > 0n) deposit(tx.signer, fee - actual);
      if (actual > 0n) {
        deposit(TREASURY_ACCOUNT, actual);
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
