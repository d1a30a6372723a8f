/**
 * pallet_multisig (polkadot-sdk release-polkadot-v1.2.0) with Khala's constants: the account of a set of
 * signatories and a threshold is `blake2_256("modlpy/utilisuba" ++ SCALE(sorted signatories) ++ threshold)`.
 * `as_multi_threshold_1` dispatches at once; with threshold ≥ 2 the first approval (`as_multi` or
 * `approve_as_multi`) opens the operation at a timepoint (block height, extrinsic index) and reserves
 * DepositBase + DepositFactor × threshold from the depositor; later approvals name that timepoint; the
 * approval that reaches the threshold with the call (`as_multi`) removes the operation, returns the
 * deposit and dispatches the call through the kernel's normal dispatch with the multisig account's
 * signed origin (result in MultisigExecuted). `cancel_as_multi` lets the depositor withdraw it.
 * Since the v1 storage migration calls are never stored on chain (AlreadyStored is unused).
 *
 * Final Khala runtime: calls, events, errors and storage are those of Khala's Aug-2023 metadata (checked by
 * metadata-reference.test.ts); no deviation known.
 */
import { ext } from '../../frame/context.js';
import { ensureSigned } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import {
  byteArray,
  compact,
  encode,
  option,
  struct,
  u16,
  u32,
  u128,
  type ValueOf,
  vec,
} from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, boundedVec, RuntimeCall, Weight } from '../../frame/types.js';
import { type AccountId as Account, accountFromKey, publicKey } from '../../primitives/account.js';
import { compareBytes, concatBytes, toHex, utf8 } from '../../primitives/bytes.js';
import { blake2_256 } from '../../primitives/hashing.js';
import { reserve, unreserve } from '../balances/index.js';
import { extrinsicIndex, storageDeposit } from '../proxy/index.js';
import { Number_ } from '../system/index.js';
import { DispatchResult, encodeDispatchError, tryDispatch } from '../utility/index.js';
import { MultisigDocs } from './docs.js';

const CallHash = byteArray(32);

export const Timepoint = struct(
  { path: ['pallet_multisig', 'Timepoint'], params: [{ name: 'BlockNumber', type: u32 }] },
  { height: u32, index: u32 },
);
export type TimepointValue = ValueOf<typeof Timepoint>;
/** pallet_multisig::Multisig: an open operation. */
export const MultisigInfo = struct(
  {
    path: ['pallet_multisig', 'Multisig'],
    params: [
      { name: 'BlockNumber', type: u32 },
      { name: 'Balance', type: u128 },
      { name: 'AccountId', type: AccountId },
      { name: 'MaxApprovals', type: null },
    ],
  },
  { when: Timepoint, deposit: u128, depositor: AccountId, approvals: boundedVec(AccountId) },
);
export type MultisigValue = ValueOf<typeof MultisigInfo>;

const S = storage('Multisig');
export const Multisigs = S.map(
  'Multisigs',
  [
    ['Twox64Concat', AccountId],
    ['Blake2_128Concat', CallHash],
  ],
  MultisigInfo,
);

export const MultisigEvents = events('Multisig', 'pallet_multisig', {
  NewMultisig: { approving: AccountId, multisig: AccountId, call_hash: CallHash },
  MultisigApproval: { approving: AccountId, timepoint: Timepoint, multisig: AccountId, call_hash: CallHash },
  MultisigExecuted: {
    approving: AccountId,
    timepoint: Timepoint,
    multisig: AccountId,
    call_hash: CallHash,
    result: DispatchResult,
  },
  MultisigCancelled: {
    cancelling: AccountId,
    timepoint: Timepoint,
    multisig: AccountId,
    call_hash: CallHash,
  },
});
export const MultisigErrors = errors('Multisig', 'pallet_multisig', [
  'MinimumThreshold',
  'AlreadyApproved',
  'NoApprovalsNeeded',
  'TooFewSignatories',
  'TooManySignatories',
  'SignatoriesOutOfOrder',
  'SenderInSignatories',
  'NotFound',
  'NotOwner',
  'NoTimepoint',
  'WrongTimepoint',
  'UnexpectedTimepoint',
  'MaxWeightTooLow',
  'AlreadyStored',
] as const);
export const MultisigConstants = constants('Multisig', {
  DepositBase: { codec: u128, value: storageDeposit(1n, 88n) },
  DepositFactor: { codec: u128, value: storageDeposit(0n, 32n) },
  MaxSignatories: { codec: u32, value: 100n },
});

const cmp = (a: Account, b: Account): number => compareBytes(publicKey(a), publicKey(b));

/** `multi_account_id(who, threshold)`; `who` sorted. */
export function multiAccountId(who: readonly Account[], threshold: bigint): Account {
  const entropy = concatBytes(
    utf8('modlpy/utilisuba'),
    encode(compact(u32), BigInt(who.length)),
    ...who.map((a) => publicKey(a)),
    encode(u16, threshold),
  );
  return accountFromKey(blake2_256(entropy));
}

/** `ensure_sorted_and_insert`: the other signatories strictly ascending, without the sender; all of them. */
function sortedWithSender(others: readonly Account[], who: Account): Account[] {
  let index = 0;
  for (const [i, item] of others.entries()) {
    if (i > 0 && cmp(others[i - 1] as Account, item) >= 0) throw MultisigErrors.fail('SignatoriesOutOfOrder');
    const c = cmp(item, who);
    if (c <= 0) {
      if (c === 0) throw MultisigErrors.fail('SenderInSignatories');
      index++;
    }
  }
  return [...others.slice(0, index), who, ...others.slice(index)];
}

function checkSignatories(others: readonly Account[]): void {
  if (others.length === 0) throw MultisigErrors.fail('TooFewSignatories');
  if (BigInt(others.length) >= MultisigConstants.get('MaxSignatories'))
    throw MultisigErrors.fail('TooManySignatories');
}

/** The current timepoint: this block's height and the extrinsic's index in it. */
export const timepoint = (): TimepointValue => ({ height: Number_.get(), index: extrinsicIndex() });
const sameTimepoint = (a: TimepointValue, b: TimepointValue) => a.height === b.height && a.index === b.index;
const weightLte = (a: { refTime: bigint; proofSize: bigint }, b: { refTime: bigint; proofSize: bigint }) =>
  a.refTime <= b.refTime && a.proofSize <= b.proofSize;

type WeightValue = ValueOf<typeof Weight>;

/** `operate`: opens, approves or executes a threshold ≥ 2 operation. */
function operate(
  who: Account,
  threshold: bigint,
  others: Account[],
  maybeTimepoint: TimepointValue | null,
  callOrHash: { call: unknown } | { hash: string },
  maxWeight: WeightValue,
): void {
  if (threshold < 2n) throw MultisigErrors.fail('MinimumThreshold');
  checkSignatories(others);
  const signatories = sortedWithSender(others, who);
  const id = multiAccountId(signatories, threshold);
  const hash =
    'call' in callOrHash ? toHex(blake2_256(encode(ext().callCodec, callOrHash.call))) : callOrHash.hash;
  const m = Multisigs.tryGet(id, hash);
  if (m) {
    if (!maybeTimepoint) throw MultisigErrors.fail('NoTimepoint');
    if (!sameTimepoint(m.when, maybeTimepoint)) throw MultisigErrors.fail('WrongTimepoint');
    let approvals = BigInt(m.approvals.length);
    const already = m.approvals.includes(who);
    const approving = !already && approvals < threshold;
    if (approving) approvals += 1n;
    if ('call' in callOrHash && approvals >= threshold) {
      const weight = ext().callWeight(callOrHash.call);
      if (!weightLte(weight, { refTime: maxWeight.refTime, proofSize: maxWeight.proofSize }))
        throw MultisigErrors.fail('MaxWeightTooLow');
      Multisigs.remove(id, hash);
      unreserve(m.depositor, m.deposit);
      const error = tryDispatch({ kind: 'signed', who: id }, callOrHash.call);
      MultisigEvents.emit('MultisigExecuted', {
        approving: who,
        timepoint: m.when,
        multisig: id,
        call_hash: hash,
        result: (error
          ? { type: 'Err', value: encodeDispatchError(error) }
          : { type: 'Ok', value: null }) as never,
      });
      return;
    }
    if (!approving) throw MultisigErrors.fail('AlreadyApproved');
    const at = m.approvals.findIndex((a) => cmp(a, who) > 0);
    const approvalsNext =
      at < 0 ? [...m.approvals, who] : [...m.approvals.slice(0, at), who, ...m.approvals.slice(at)];
    if (BigInt(approvalsNext.length) > MultisigConstants.get('MaxSignatories'))
      throw MultisigErrors.fail('TooManySignatories');
    Multisigs.set(id, hash, { ...m, approvals: approvalsNext });
    MultisigEvents.emit('MultisigApproval', {
      approving: who,
      timepoint: m.when,
      multisig: id,
      call_hash: hash,
    });
    return;
  }
  if (maybeTimepoint) throw MultisigErrors.fail('UnexpectedTimepoint');
  const deposit = MultisigConstants.get('DepositBase') + MultisigConstants.get('DepositFactor') * threshold;
  reserve(who, deposit);
  Multisigs.set(id, hash, { when: timepoint(), deposit, depositor: who, approvals: [who] });
  MultisigEvents.emit('NewMultisig', { approving: who, multisig: id, call_hash: hash });
}

export const Multisig: PalletDecl = {
  docs: MultisigDocs,
  name: 'Multisig',
  crate: 'pallet_multisig',
  index: 4,
  storage: S.items,
  events: MultisigEvents,
  errors: MultisigErrors,
  constants: MultisigConstants,
  calls: {
    as_multi_threshold_1: call(0, { other_signatories: vec(AccountId), call: RuntimeCall }, (origin, a) => {
      const who = ensureSigned(origin);
      checkSignatories(a.other_signatories);
      const signatories = sortedWithSender(a.other_signatories, who);
      const id = multiAccountId(signatories, 1n);
      ext().dispatchNested({ kind: 'signed', who: id }, a.call);
    }),
    as_multi: call(
      1,
      {
        threshold: u16,
        other_signatories: vec(AccountId),
        maybe_timepoint: option(Timepoint),
        call: RuntimeCall,
        max_weight: Weight,
      },
      (origin, a) => {
        const who = ensureSigned(origin);
        operate(who, a.threshold, a.other_signatories, a.maybe_timepoint, { call: a.call }, a.max_weight);
      },
    ),
    approve_as_multi: call(
      2,
      {
        threshold: u16,
        other_signatories: vec(AccountId),
        maybe_timepoint: option(Timepoint),
        call_hash: CallHash,
        max_weight: Weight,
      },
      (origin, a) => {
        const who = ensureSigned(origin);
        operate(
          who,
          a.threshold,
          a.other_signatories,
          a.maybe_timepoint,
          { hash: a.call_hash },
          a.max_weight,
        );
      },
    ),
    cancel_as_multi: call(
      3,
      { threshold: u16, other_signatories: vec(AccountId), timepoint: Timepoint, call_hash: CallHash },
      (origin, a) => {
        const who = ensureSigned(origin);
        if (a.threshold < 2n) throw MultisigErrors.fail('MinimumThreshold');
        checkSignatories(a.other_signatories);
        const signatories = sortedWithSender(a.other_signatories, who);
        const id = multiAccountId(signatories, a.threshold);
        const m = Multisigs.tryGet(id, a.call_hash);
        if (!m) throw MultisigErrors.fail('NotFound');
        if (!sameTimepoint(m.when, a.timepoint)) throw MultisigErrors.fail('WrongTimepoint');
        if (m.depositor !== who) throw MultisigErrors.fail('NotOwner');
        unreserve(m.depositor, m.deposit);
        Multisigs.remove(id, a.call_hash);
        MultisigEvents.emit('MultisigCancelled', {
          cancelling: who,
          timepoint: m.when,
          multisig: id,
          call_hash: a.call_hash,
        });
      },
    ),
  },
  invariants: {
    approvalsSortedAndDepositorFirstApprover() {
      for (const [[id, hash], m] of Multisigs.entries()) {
        if (m.approvals.length === 0) throw new Error(`multisig ${id} ${hash} has no approvals`);
        if (!m.approvals.includes(m.depositor))
          throw new Error(`multisig ${id} ${hash}: depositor did not approve`);
        for (let i = 1; i < m.approvals.length; i++)
          if (cmp(m.approvals[i - 1] as Account, m.approvals[i] as Account) >= 0)
            throw new Error(`multisig ${id} ${hash}: approvals not strictly ordered`);
        if (m.deposit < MultisigConstants.get('DepositBase') + MultisigConstants.get('DepositFactor') * 2n)
          throw new Error(`multisig ${id} ${hash}: deposit ${m.deposit} below a 2-threshold deposit`);
      }
    },
  },
};
