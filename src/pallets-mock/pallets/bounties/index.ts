/**
 * pallet_bounties of the final Khala runtime (polkadot-sdk release-polkadot-v1.2.0, index 64), funded by the
 * Treasury. A bounty is proposed with a bond (BountyDepositBase + DataDepositPerByte per description
 * byte), approved by the Treasury's SpendOrigin (Root or > 1/2 Council, up to MaxBalance) into
 * BountyApprovals, and funded at the next spend period through the Treasury's `SpendFunds` hook
 * (`bountiesSpendFunds`: its value is deposited into the bounty account `modl py/trsry ("bt", id)` and the
 * bond returned; a bounty the budget cannot cover waits). SpendOrigin proposes a curator with a fee; the
 * curator accepts by reserving a deposit (CuratorDepositMultiplier of the fee, clamped to
 * [CuratorDepositMin, CuratorDepositMax]) and must give an update (`extend_bounty_expiry`) before
 * BountyUpdatePeriod runs out. The curator awards the bounty; after BountyDepositPayoutDelay anyone can
 * claim: the curator gets the fee less the child bounties' curator fees and the deposit back, the
 * beneficiary the rest of the bounty account. `unassign_curator` follows all of Rust's cases (RejectOrigin
 * slashes, the curator resigns with the deposit back, anyone may remove an inactive curator and slash
 * them, a proposed curator may decline); `close_bounty` (RejectOrigin) rejects a proposal (bond slashed)
 * or cancels a funded bounty (its funds go back to the Treasury). Slashes are burned: in v1.2.0 Bounties
 * use the Treasury's `OnSlash`, which is `()` on Khala.
 *
 * Child bounties are reached through the `ChildBountyManager` given to `bountiesPallet(...)` where the
 * runtime is defined (Khala: ChildBounties), so this module imports no child-bounty code.
 * Deviations: weights are not modelled.
 */
import { permillMul } from '../../../primitives/permill.js';
import { badOrigin } from '../../frame/errors.js';
import { ensureSigned, type Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { bytes, compact, enumOf, option, struct, u32, u128 } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, BoundedBytes, boundedVec, MultiAddress, Permill } from '../../frame/types.js';
import { type AccountId as Account, paddedAccount } from '../../primitives/account.js';
import { fromHex, utf8 } from '../../primitives/bytes.js';
import {
  CENTS,
  DOLLARS,
  deposit,
  freeBalance,
  lookup,
  reserve,
  TREASURY_ACCOUNT,
  transfer,
  unreserve,
} from '../balances/index.js';
import { currentBlock } from '../system/index.js';
import {
  burnReserved,
  ensureReject,
  ensureSpend,
  type SpendFundsContext,
  TreasuryConstants,
  TreasuryErrors,
} from '../treasury/index.js';
import { BountiesDocs } from './docs.js';

const DAYS = 7_200n;

export const BountyStatus = enumOf(
  {
    path: ['pallet_bounties', 'BountyStatus'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'BlockNumber', type: u32 },
    ],
  },
  {
    Proposed: null,
    Approved: null,
    Funded: null,
    CuratorProposed: { curator: AccountId },
    Active: { curator: AccountId, update_due: u32 },
    PendingPayout: { curator: AccountId, beneficiary: AccountId, unlock_at: u32 },
  },
);
export type BountyStatusValue =
  | { type: 'Proposed' | 'Approved' | 'Funded'; value: null }
  | { type: 'CuratorProposed'; value: { curator: Account } }
  | { type: 'Active'; value: { curator: Account; update_due: bigint } }
  | { type: 'PendingPayout'; value: { curator: Account; beneficiary: Account; unlock_at: bigint } };

const Bounty = struct(
  {
    path: ['pallet_bounties', 'Bounty'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'Balance', type: u128 },
      { name: 'BlockNumber', type: u32 },
    ],
  },
  { proposer: AccountId, value: u128, fee: u128, curator_deposit: u128, bond: u128, status: BountyStatus },
);
export interface BountyValue {
  proposer: Account;
  value: bigint;
  fee: bigint;
  curatorDeposit: bigint;
  bond: bigint;
  status: BountyStatusValue;
}

const S = storage('Bounties');
export const BountyCount = S.value('BountyCount', u32, { default: 0n });
const BountiesMap = S.map('Bounties', [['Twox64Concat', u32]], Bounty);
export const BountyDescriptions = S.map('BountyDescriptions', [['Twox64Concat', u32]], BoundedBytes);
export const BountyApprovals = S.value('BountyApprovals', boundedVec(u32), { default: [] });

export const BountiesEvents = events('Bounties', 'pallet_bounties', {
  BountyProposed: { index: u32 },
  BountyRejected: { index: u32, bond: u128 },
  BountyBecameActive: { index: u32 },
  BountyAwarded: { index: u32, beneficiary: AccountId },
  BountyClaimed: { index: u32, payout: u128, beneficiary: AccountId },
  BountyCanceled: { index: u32 },
  BountyExtended: { index: u32 },
});
export const BountiesErrors = errors('Bounties', 'pallet_bounties', [
  'InsufficientProposersBalance',
  'InvalidIndex',
  'ReasonTooBig',
  'UnexpectedStatus',
  'RequireCurator',
  'InvalidValue',
  'InvalidFee',
  'PendingPayout',
  'Premature',
  'HasActiveChildBounty',
  'TooManyQueued',
] as const);
export const BountiesConstants = constants('Bounties', {
  BountyDepositBase: { codec: u128, value: DOLLARS },
  BountyDepositPayoutDelay: { codec: u32, value: DAYS },
  BountyUpdatePeriod: { codec: u32, value: 14n * DAYS },
  CuratorDepositMultiplier: { codec: Permill, value: 500_000n },
  CuratorDepositMax: { codec: option(u128), value: 100n * DOLLARS },
  CuratorDepositMin: { codec: option(u128), value: DOLLARS },
  BountyValueMinimum: { codec: u128, value: 5n * DOLLARS },
  DataDepositPerByte: { codec: u128, value: CENTS },
  MaximumReasonLength: { codec: u32, value: 16_384n },
});

/** Bounty storage, read by ChildBounties and the tests. */
export const Bounties = {
  get: (id: bigint): BountyValue | undefined => BountiesMap.tryGet(id) as BountyValue | undefined,
  entries: () => BountiesMap.entries() as Array<[[bigint], BountyValue]>,
};

/** `(TYPE_ID, PalletId, (prefix, id)).encode()` truncated to 32 bytes: the Treasury's sub-accounts. */
export function treasurySubAccount(prefix: 'bt' | 'cb', id: bigint): Account {
  const index = new Uint8Array(4);
  new DataView(index.buffer).setUint32(0, Number(id), true);
  return paddedAccount('modl', 'py/trsry', Uint8Array.of(prefix.length << 2), utf8(prefix), index);
}

/** `bounty_account_id`: where a funded bounty's value is held. */
export const bountyAccount = (id: bigint): Account => treasurySubAccount('bt', id);

/** `calculate_curator_deposit`: the multiplier of the fee, at most CuratorDepositMax, at least CuratorDepositMin. */
export function curatorDeposit(fee: bigint): bigint {
  let d = permillMul(BountiesConstants.get('CuratorDepositMultiplier'), fee);
  const max = BountiesConstants.get('CuratorDepositMax');
  if (max !== null && d > max) d = max;
  const min = BountiesConstants.get('CuratorDepositMin');
  if (min !== null && d < min) d = min;
  return d;
}

/** Description bytes checked against MaximumReasonLength (the BoundedVec conversion). */
export function boundedDescription(description: string): string {
  const len = BigInt(fromHex(description).length);
  if (len > BountiesConstants.get('MaximumReasonLength')) throw BountiesErrors.fail('ReasonTooBig');
  return description;
}

/** Currency::transfer: a zero amount or a transfer to oneself moves nothing and emits nothing. */
export function currencyTransfer(from: Account, to: Account, amount: bigint, keepAlive: boolean): void {
  if (amount === 0n || from === to) return;
  transfer(from, to, amount, keepAlive);
}

/** Slashes a curator's reserved deposit (burned: the Treasury's OnSlash is `()`). */
export const slashCurator = (curator: Account, amount: bigint): void => burnReserved(curator, amount);

/** `ChildBountyManager`: what Bounties asks of the child bounties of a bounty. */
export interface ChildBountyManager {
  childBountiesCount(id: bigint): bigint;
  /** Takes (reads and removes) the cumulative curator fees of the bounty's child bounties. */
  childrenCuratorFees(id: bigint): bigint;
  bountyRemoved(id: bigint): void;
}
const NO_CHILD_BOUNTIES: ChildBountyManager = {
  childBountiesCount: () => 0n,
  childrenCuratorFees: () => 0n,
  bountyRemoved: () => {},
};

export interface BountiesConfig {
  childBountyManager?: ChildBountyManager;
}

/**
 * Treasury's `SpendFunds` (Bounties' implementation): funds approved bounties in approval order while the
 * budget lasts; one that does not fit stays queued and marks `missedAny`.
 */
export function bountiesSpendFunds(ctx: SpendFundsContext): void {
  const keep: bigint[] = [];
  for (const index of BountyApprovals.get()) {
    const b = Bounties.get(index);
    if (!b) continue;
    if (b.value <= ctx.budgetRemaining) {
      ctx.budgetRemaining -= b.value;
      BountiesMap.set(index, { ...b, status: { type: 'Funded', value: null } });
      unreserve(b.proposer, b.bond);
      try {
        deposit(bountyAccount(index), b.value);
        ctx.imbalance += b.value;
      } catch {
        // deposit_creating below ED creates nothing (a zero imbalance)
      }
      BountiesEvents.emit('BountyBecameActive', { index });
    } else {
      ctx.missedAny = true;
      keep.push(index);
    }
  }
  BountyApprovals.set(keep);
}

/** Reads a bounty or fails with InvalidIndex. */
function bountyOr(id: bigint): BountyValue {
  const b = Bounties.get(id);
  if (!b) throw BountiesErrors.fail('InvalidIndex');
  return b;
}
const put = (id: bigint, b: BountyValue): void => BountiesMap.set(id, b);

/** Signed(who) or the RejectOrigin (null). */
function signedOrReject(o: Origin): Account | null {
  if (o.kind === 'signed') return o.who;
  ensureReject(o);
  return null;
}

function createBounty(proposer: Account, description: string, value: bigint): void {
  const desc = boundedDescription(description);
  if (value < BountiesConstants.get('BountyValueMinimum')) throw BountiesErrors.fail('InvalidValue');
  const index = BountyCount.get();
  const len = BigInt(fromHex(desc).length);
  const bond = BountiesConstants.get('BountyDepositBase') + BountiesConstants.get('DataDepositPerByte') * len;
  try {
    reserve(proposer, bond);
  } catch {
    throw BountiesErrors.fail('InsufficientProposersBalance');
  }
  BountyCount.set(index + 1n);
  put(index, {
    proposer,
    value,
    fee: 0n,
    curatorDeposit: 0n,
    bond,
    status: { type: 'Proposed', value: null },
  });
  BountyDescriptions.set(index, desc);
  BountiesEvents.emit('BountyProposed', { index });
}

/** The Bounties pallet with its Config (the runtime definition passes ChildBounties as manager). */
export function bountiesPallet(config: BountiesConfig = {}): PalletDecl {
  const children = config.childBountyManager ?? NO_CHILD_BOUNTIES;
  const BountyIndex = compact(u32);
  return {
    docs: BountiesDocs,
    name: 'Bounties',
    crate: 'pallet_bounties',
    index: 64,
    storage: S.items,
    events: BountiesEvents,
    errors: BountiesErrors,
    constants: BountiesConstants,
    calls: {
      propose_bounty: call(0, { value: compact(u128), description: bytes }, (o, a) => {
        createBounty(ensureSigned(o), a.description, a.value);
      }),
      approve_bounty: call(1, { bounty_id: BountyIndex }, (o, a) => {
        const max = ensureSpend(o);
        const b = bountyOr(a.bounty_id);
        if (b.value > max) throw TreasuryErrors.fail('InsufficientPermission');
        if (b.status.type !== 'Proposed') throw BountiesErrors.fail('UnexpectedStatus');
        put(a.bounty_id, { ...b, status: { type: 'Approved', value: null } });
        const approvals = BountyApprovals.get();
        if (BigInt(approvals.length) >= TreasuryConstants.get('MaxApprovals'))
          throw BountiesErrors.fail('TooManyQueued');
        BountyApprovals.set([...approvals, a.bounty_id]);
      }),
      propose_curator: call(
        2,
        { bounty_id: BountyIndex, curator: MultiAddress, fee: compact(u128) },
        (o, a) => {
          const max = ensureSpend(o);
          const curator = lookup(a.curator);
          const b = bountyOr(a.bounty_id);
          if (b.value > max) throw TreasuryErrors.fail('InsufficientPermission');
          if (b.status.type !== 'Funded') throw BountiesErrors.fail('UnexpectedStatus');
          if (a.fee >= b.value) throw BountiesErrors.fail('InvalidFee');
          put(a.bounty_id, { ...b, fee: a.fee, status: { type: 'CuratorProposed', value: { curator } } });
        },
      ),
      unassign_curator: call(3, { bounty_id: BountyIndex }, (o, a) => {
        const sender = signedOrReject(o);
        const b = bountyOr(a.bounty_id);
        let held = b.curatorDeposit;
        const s = b.status;
        switch (s.type) {
          case 'Proposed':
          case 'Approved':
          case 'Funded':
            throw BountiesErrors.fail('UnexpectedStatus');
          case 'CuratorProposed':
            if (sender !== null && sender !== s.value.curator) throw badOrigin();
            break;
          case 'Active':
            if (sender === null) slashCurator(s.value.curator, held);
            else if (sender !== s.value.curator) {
              // Anyone may remove a curator whose update is overdue, and the curator is slashed.
              if (s.value.update_due >= currentBlock()) throw BountiesErrors.fail('Premature');
              slashCurator(s.value.curator, held);
            } else unreserve(s.value.curator, held); // the curator resigns: deposit back
            held = 0n;
            break;
          case 'PendingPayout':
            if (sender !== null) throw badOrigin();
            slashCurator(s.value.curator, held);
            held = 0n;
            break;
        }
        put(a.bounty_id, { ...b, curatorDeposit: held, status: { type: 'Funded', value: null } });
      }),
      accept_curator: call(4, { bounty_id: BountyIndex }, (o, a) => {
        const signer = ensureSigned(o);
        const b = bountyOr(a.bounty_id);
        if (b.status.type !== 'CuratorProposed') throw BountiesErrors.fail('UnexpectedStatus');
        const curator = b.status.value.curator;
        if (signer !== curator) throw BountiesErrors.fail('RequireCurator');
        const d = curatorDeposit(b.fee);
        reserve(curator, d);
        const updateDue = currentBlock() + BountiesConstants.get('BountyUpdatePeriod');
        put(a.bounty_id, {
          ...b,
          curatorDeposit: d,
          status: { type: 'Active', value: { curator, update_due: updateDue } },
        });
      }),
      award_bounty: call(5, { bounty_id: BountyIndex, beneficiary: MultiAddress }, (o, a) => {
        const signer = ensureSigned(o);
        const beneficiary = lookup(a.beneficiary);
        const b = bountyOr(a.bounty_id);
        if (children.childBountiesCount(a.bounty_id) !== 0n)
          throw BountiesErrors.fail('HasActiveChildBounty');
        if (b.status.type !== 'Active') throw BountiesErrors.fail('UnexpectedStatus');
        if (signer !== b.status.value.curator) throw BountiesErrors.fail('RequireCurator');
        const unlockAt = currentBlock() + BountiesConstants.get('BountyDepositPayoutDelay');
        put(a.bounty_id, {
          ...b,
          status: { type: 'PendingPayout', value: { curator: signer, beneficiary, unlock_at: unlockAt } },
        });
        BountiesEvents.emit('BountyAwarded', { index: a.bounty_id, beneficiary });
      }),
      claim_bounty: call(6, { bounty_id: BountyIndex }, (o, a) => {
        ensureSigned(o);
        const b = bountyOr(a.bounty_id);
        if (b.status.type !== 'PendingPayout') throw BountiesErrors.fail('UnexpectedStatus');
        const { curator, beneficiary, unlock_at } = b.status.value;
        if (currentBlock() < unlock_at) throw BountiesErrors.fail('Premature');
        const account = bountyAccount(a.bounty_id);
        const balance = freeBalance(account);
        const fee = b.fee < balance ? b.fee : balance;
        const payout = balance - fee;
        unreserve(curator, b.curatorDeposit);
        const childrenFee = children.childrenCuratorFees(a.bounty_id);
        const finalFee = fee > childrenFee ? fee - childrenFee : 0n;
        // Best effort, as Rust's `debug_assert!(res.is_ok())`: a failed transfer moves nothing.
        for (const [to, amount] of [
          [curator, finalFee],
          [beneficiary, payout],
        ] as const) {
          try {
            currencyTransfer(account, to, amount, false);
          } catch {}
        }
        BountiesMap.remove(a.bounty_id);
        BountyDescriptions.remove(a.bounty_id);
        children.bountyRemoved(a.bounty_id);
        BountiesEvents.emit('BountyClaimed', { index: a.bounty_id, payout, beneficiary });
      }),
      close_bounty: call(7, { bounty_id: BountyIndex }, (o, a) => {
        ensureReject(o);
        const b = bountyOr(a.bounty_id);
        if (children.childBountiesCount(a.bounty_id) !== 0n)
          throw BountiesErrors.fail('HasActiveChildBounty');
        switch (b.status.type) {
          case 'Proposed':
            BountiesMap.remove(a.bounty_id);
            BountyDescriptions.remove(a.bounty_id);
            burnReserved(b.proposer, b.bond);
            BountiesEvents.emit('BountyRejected', { index: a.bounty_id, bond: b.bond });
            return;
          case 'Approved':
            throw BountiesErrors.fail('UnexpectedStatus');
          case 'Funded':
          case 'CuratorProposed':
            break;
          case 'Active':
            unreserve(b.status.value.curator, b.curatorDeposit);
            break;
          case 'PendingPayout':
            throw BountiesErrors.fail('PendingPayout');
        }
        const account = bountyAccount(a.bounty_id);
        BountyDescriptions.remove(a.bounty_id);
        try {
          currencyTransfer(account, TREASURY_ACCOUNT, freeBalance(account), false);
        } catch {}
        BountiesMap.remove(a.bounty_id);
        children.bountyRemoved(a.bounty_id);
        BountiesEvents.emit('BountyCanceled', { index: a.bounty_id });
      }),
      extend_bounty_expiry: call(8, { bounty_id: BountyIndex, remark: bytes }, (o, a) => {
        const signer = ensureSigned(o);
        const b = bountyOr(a.bounty_id);
        if (b.status.type !== 'Active') throw BountiesErrors.fail('UnexpectedStatus');
        const { curator, update_due } = b.status.value;
        if (signer !== curator) throw BountiesErrors.fail('RequireCurator');
        const next = currentBlock() + BountiesConstants.get('BountyUpdatePeriod');
        put(a.bounty_id, {
          ...b,
          status: { type: 'Active', value: { curator, update_due: next > update_due ? next : update_due } },
        });
        BountiesEvents.emit('BountyExtended', { index: a.bounty_id });
      }),
    },
    invariants: {
      indicesBelowCount() {
        const count = BountyCount.get();
        for (const [[i]] of Bounties.entries()) if (i >= count) throw new Error(`bounty ${i} ≥ BountyCount`);
      },
      descriptionsMatchBounties() {
        const ids = new Set(Bounties.entries().map(([[i]]) => i));
        const described = BountyDescriptions.keys().map(([i]) => i);
        if (described.length !== ids.size || described.some((i) => !ids.has(i)))
          throw new Error('BountyDescriptions and Bounties have different keys');
      },
      approvalsAreApprovedBounties() {
        const approvals = BountyApprovals.get();
        if (new Set(approvals).size !== approvals.length) throw new Error('a bounty is approved twice');
        for (const [[i], b] of Bounties.entries()) {
          const queued = approvals.includes(i);
          if (queued !== (b.status.type === 'Approved'))
            throw new Error(`bounty ${i} is ${b.status.type} but ${queued ? '' : 'not '}in BountyApprovals`);
        }
        if (approvals.some((i) => !Bounties.get(i)))
          throw new Error('BountyApprovals names a missing bounty');
      },
      depositsOnlyWithACurator() {
        for (const [[i], b] of Bounties.entries()) {
          const working = b.status.type === 'Active' || b.status.type === 'PendingPayout';
          if (!working && b.curatorDeposit !== 0n) throw new Error(`bounty ${i} holds a curator deposit`);
          if (b.fee >= b.value) throw new Error(`bounty ${i} fee ≥ value`);
        }
      },
    },
  };
}
