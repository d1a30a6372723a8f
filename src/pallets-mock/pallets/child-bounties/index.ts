/**
 * pallet_child_bounties of the final Khala runtime (polkadot-sdk release-polkadot-v1.2.0, index 70): the
 * curator of an active bounty splits it into child bounties. `add_child_bounty` moves the child's value
 * from the parent bounty account into `modl py/trsry ("cb", id)` (keeping the parent account alive); the
 * parent curator proposes a child curator with a fee (added to ChildrenCuratorFees, which the parent's
 * claim subtracts from the parent curator's fee — the curator fee split); the child curator accepts with
 * a deposit computed as for bounties, or none when it is the parent curator; the child curator (or the
 * parent curator) awards, and after BountyDepositPayoutDelay anyone claims: fee to the curator, the rest
 * to the beneficiary. `unassign_curator` follows Rust's cases (RejectOrigin or the parent curator slash
 * an active child curator; the child curator resigns with the deposit back; anyone may once the parent's
 * update is overdue); `close_child_bounty` (parent curator or RejectOrigin) returns the funds to the
 * parent bounty and the fee to the parent curator's share.
 *
 * Kept from Rust: the active-children check is `count <= MaxActiveChildBountyCount` (one more than the
 * constant may be active); an award by the parent curator makes them the payee of the child fee.
 * Slashes are burned (the Treasury's OnSlash is `()`). `childBountyManager` is what Bounties is given.
 */
import { badOrigin } from '../../frame/errors.js';
import { ensureSigned, type Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { bytes, compact, enumOf, struct, u32, u128 } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, BoundedBytes, MultiAddress } from '../../frame/types.js';
import type { AccountId as Account } from '../../primitives/account.js';
import { DOLLARS, freeBalance, lookup, reserve, unreserve } from '../balances/index.js';
import {
  Bounties,
  BountiesConstants,
  BountiesErrors,
  boundedDescription,
  bountyAccount,
  type ChildBountyManager,
  curatorDeposit,
  currencyTransfer,
  slashCurator,
  treasurySubAccount,
} from '../bounties/index.js';
import { currentBlock } from '../system/index.js';
import { ensureReject } from '../treasury/index.js';
import { ChildBountiesDocs } from './docs.js';

const ChildBountyStatus = enumOf(
  {
    path: ['pallet_child_bounties', 'ChildBountyStatus'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'BlockNumber', type: u32 },
    ],
  },
  {
    Added: null,
    CuratorProposed: { curator: AccountId },
    Active: { curator: AccountId },
    PendingPayout: { curator: AccountId, beneficiary: AccountId, unlock_at: u32 },
  },
);
export type ChildBountyStatusValue =
  | { type: 'Added'; value: null }
  | { type: 'CuratorProposed' | 'Active'; value: { curator: Account } }
  | { type: 'PendingPayout'; value: { curator: Account; beneficiary: Account; unlock_at: bigint } };

const ChildBounty = struct(
  {
    path: ['pallet_child_bounties', 'ChildBounty'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'Balance', type: u128 },
      { name: 'BlockNumber', type: u32 },
    ],
  },
  { parent_bounty: u32, value: u128, fee: u128, curator_deposit: u128, status: ChildBountyStatus },
);
export interface ChildBountyValue {
  parentBounty: bigint;
  value: bigint;
  fee: bigint;
  curatorDeposit: bigint;
  status: ChildBountyStatusValue;
}

const S = storage('ChildBounties');
export const ChildBountyCount = S.value('ChildBountyCount', u32, { default: 0n });
export const ParentChildBounties = S.map('ParentChildBounties', [['Twox64Concat', u32]], u32, {
  default: 0n,
});
const ChildBountiesMap = S.map(
  'ChildBounties',
  [
    ['Twox64Concat', u32],
    ['Twox64Concat', u32],
  ],
  ChildBounty,
);
export const ChildBountyDescriptions = S.map(
  'ChildBountyDescriptions',
  [['Twox64Concat', u32]],
  BoundedBytes,
);
export const ChildrenCuratorFees = S.map('ChildrenCuratorFees', [['Twox64Concat', u32]], u128, {
  default: 0n,
});

export const ChildBountiesEvents = events('ChildBounties', 'pallet_child_bounties', {
  Added: { index: u32, child_index: u32 },
  Awarded: { index: u32, child_index: u32, beneficiary: AccountId },
  Claimed: { index: u32, child_index: u32, payout: u128, beneficiary: AccountId },
  Canceled: { index: u32, child_index: u32 },
});
export const ChildBountiesErrors = errors('ChildBounties', 'pallet_child_bounties', [
  'ParentBountyNotActive',
  'InsufficientBountyBalance',
  'TooManyChildBounties',
] as const);
export const ChildBountiesConstants = constants('ChildBounties', {
  MaxActiveChildBountyCount: { codec: u32, value: 5n },
  ChildBountyValueMinimum: { codec: u128, value: DOLLARS },
});

/** `child_bounty_account_id`: where a child bounty's value is held. */
export const childBountyAccount = (id: bigint): Account => treasurySubAccount('cb', id);

const getChild = (parent: bigint, child: bigint): ChildBountyValue | undefined =>
  ChildBountiesMap.tryGet(parent, child) as ChildBountyValue | undefined;
const putChild = (parent: bigint, child: bigint, c: ChildBountyValue): void =>
  ChildBountiesMap.set(parent, child, c);

function childOr(parent: bigint, child: bigint): ChildBountyValue {
  const c = getChild(parent, child);
  if (!c) throw BountiesErrors.fail('InvalidIndex');
  return c;
}

/** `ensure_bounty_active`: the parent's curator and update_due, or ParentBountyNotActive. */
function activeParent(parent: bigint): { curator: Account; updateDue: bigint } {
  const b = Bounties.get(parent);
  if (!b) throw BountiesErrors.fail('InvalidIndex');
  if (b.status.type !== 'Active') throw ChildBountiesErrors.fail('ParentBountyNotActive');
  return { curator: b.status.value.curator, updateDue: b.status.value.update_due };
}

/** Signed(who) or the RejectOrigin (null). */
function signedOrReject(o: Origin): Account | null {
  if (o.kind === 'signed') return o.who;
  ensureReject(o);
  return null;
}

/** ChildBounties as Bounties' ChildBountyManager. */
export const childBountyManager: ChildBountyManager = {
  childBountiesCount: (id) => ParentChildBounties.get(id),
  childrenCuratorFees(id) {
    const total = ChildrenCuratorFees.get(id);
    ChildrenCuratorFees.remove(id);
    return total;
  },
  bountyRemoved(id) {
    ChildrenCuratorFees.remove(id);
    ParentChildBounties.remove(id);
  },
};

const Index = compact(u32);

export const ChildBounties: PalletDecl = {
  docs: ChildBountiesDocs,
  name: 'ChildBounties',
  crate: 'pallet_child_bounties',
  index: 70,
  storage: S.items,
  events: ChildBountiesEvents,
  errors: ChildBountiesErrors,
  constants: ChildBountiesConstants,
  calls: {
    add_child_bounty: call(
      0,
      { parent_bounty_id: Index, value: compact(u128), description: bytes },
      (o, a) => {
        const signer = ensureSigned(o);
        const desc = boundedDescription(a.description);
        if (a.value < ChildBountiesConstants.get('ChildBountyValueMinimum'))
          throw BountiesErrors.fail('InvalidValue');
        if (
          ParentChildBounties.get(a.parent_bounty_id) >
          ChildBountiesConstants.get('MaxActiveChildBountyCount')
        )
          throw ChildBountiesErrors.fail('TooManyChildBounties');
        const { curator } = activeParent(a.parent_bounty_id);
        if (signer !== curator) throw BountiesErrors.fail('RequireCurator');
        const parentAccount = bountyAccount(a.parent_bounty_id);
        if (freeBalance(parentAccount) < a.value) throw ChildBountiesErrors.fail('InsufficientBountyBalance');
        const id = ChildBountyCount.get();
        currencyTransfer(parentAccount, childBountyAccount(id), a.value, true);
        ParentChildBounties.set(a.parent_bounty_id, ParentChildBounties.get(a.parent_bounty_id) + 1n);
        ChildBountyCount.set(id + 1n);
        putChild(a.parent_bounty_id, id, {
          parentBounty: a.parent_bounty_id,
          value: a.value,
          fee: 0n,
          curatorDeposit: 0n,
          status: { type: 'Added', value: null },
        });
        ChildBountyDescriptions.set(id, desc);
        ChildBountiesEvents.emit('Added', { index: a.parent_bounty_id, child_index: id });
      },
    ),
    propose_curator: call(
      1,
      { parent_bounty_id: Index, child_bounty_id: Index, curator: MultiAddress, fee: compact(u128) },
      (o, a) => {
        const signer = ensureSigned(o);
        const childCurator = lookup(a.curator);
        const { curator } = activeParent(a.parent_bounty_id);
        if (signer !== curator) throw BountiesErrors.fail('RequireCurator');
        const c = childOr(a.parent_bounty_id, a.child_bounty_id);
        if (c.status.type !== 'Added') throw BountiesErrors.fail('UnexpectedStatus');
        if (a.fee >= c.value) throw BountiesErrors.fail('InvalidFee');
        ChildrenCuratorFees.set(a.parent_bounty_id, ChildrenCuratorFees.get(a.parent_bounty_id) + a.fee);
        putChild(a.parent_bounty_id, a.child_bounty_id, {
          ...c,
          fee: a.fee,
          status: { type: 'CuratorProposed', value: { curator: childCurator } },
        });
      },
    ),
    accept_curator: call(2, { parent_bounty_id: Index, child_bounty_id: Index }, (o, a) => {
      const signer = ensureSigned(o);
      const parent = activeParent(a.parent_bounty_id);
      const c = childOr(a.parent_bounty_id, a.child_bounty_id);
      if (c.status.type !== 'CuratorProposed') throw BountiesErrors.fail('UnexpectedStatus');
      const curator = c.status.value.curator;
      if (signer !== curator) throw BountiesErrors.fail('RequireCurator');
      const held = parent.curator === curator ? 0n : curatorDeposit(c.fee);
      reserve(curator, held);
      putChild(a.parent_bounty_id, a.child_bounty_id, {
        ...c,
        curatorDeposit: held,
        status: { type: 'Active', value: { curator } },
      });
    }),
    unassign_curator: call(3, { parent_bounty_id: Index, child_bounty_id: Index }, (o, a) => {
      const sender = signedOrReject(o);
      const c = childOr(a.parent_bounty_id, a.child_bounty_id);
      let held = c.curatorDeposit;
      const s = c.status;
      switch (s.type) {
        case 'Added':
          throw BountiesErrors.fail('UnexpectedStatus');
        case 'CuratorProposed': {
          if (sender !== null && sender !== s.value.curator) {
            let parentCurator: Account | null = null;
            try {
              parentCurator = activeParent(a.parent_bounty_id).curator;
            } catch {}
            if (sender !== parentCurator) throw badOrigin();
          }
          break;
        }
        case 'Active':
          if (sender === null) {
            slashCurator(s.value.curator, held);
          } else if (sender === s.value.curator) {
            unreserve(s.value.curator, held); // the child curator resigns: deposit back
          } else {
            const parent = activeParent(a.parent_bounty_id);
            if (sender !== parent.curator && parent.updateDue >= currentBlock())
              throw BountiesErrors.fail('Premature');
            slashCurator(s.value.curator, held);
          }
          held = 0n;
          break;
        case 'PendingPayout': {
          const parent = activeParent(a.parent_bounty_id);
          if (sender !== null && sender !== parent.curator) throw badOrigin();
          slashCurator(s.value.curator, held);
          held = 0n;
          break;
        }
      }
      putChild(a.parent_bounty_id, a.child_bounty_id, {
        ...c,
        curatorDeposit: held,
        status: { type: 'Added', value: null },
      });
    }),
    award_child_bounty: call(
      4,
      { parent_bounty_id: Index, child_bounty_id: Index, beneficiary: MultiAddress },
      (o, a) => {
        const signer = ensureSigned(o);
        const beneficiary = lookup(a.beneficiary);
        const parent = activeParent(a.parent_bounty_id);
        const c = childOr(a.parent_bounty_id, a.child_bounty_id);
        if (c.status.type !== 'Active') throw BountiesErrors.fail('UnexpectedStatus');
        if (signer !== c.status.value.curator && signer !== parent.curator)
          throw BountiesErrors.fail('RequireCurator');
        const unlockAt = currentBlock() + BountiesConstants.get('BountyDepositPayoutDelay');
        putChild(a.parent_bounty_id, a.child_bounty_id, {
          ...c,
          status: { type: 'PendingPayout', value: { curator: signer, beneficiary, unlock_at: unlockAt } },
        });
        ChildBountiesEvents.emit('Awarded', {
          index: a.parent_bounty_id,
          child_index: a.child_bounty_id,
          beneficiary,
        });
      },
    ),
    claim_child_bounty: call(5, { parent_bounty_id: Index, child_bounty_id: Index }, (o, a) => {
      ensureSigned(o);
      const c = childOr(a.parent_bounty_id, a.child_bounty_id);
      if (c.status.type !== 'PendingPayout') throw BountiesErrors.fail('UnexpectedStatus');
      const { curator, beneficiary, unlock_at } = c.status.value;
      if (currentBlock() < unlock_at) throw BountiesErrors.fail('Premature');
      const account = childBountyAccount(a.child_bounty_id);
      const balance = freeBalance(account);
      const fee = c.fee < balance ? c.fee : balance;
      const payout = balance - fee;
      unreserve(curator, c.curatorDeposit);
      // Best effort, as Rust's `debug_assert!(res.is_ok())`: a failed transfer moves nothing.
      for (const [to, amount] of [
        [curator, fee],
        [beneficiary, payout],
      ] as const) {
        try {
          currencyTransfer(account, to, amount, false);
        } catch {}
      }
      ChildBountiesEvents.emit('Claimed', {
        index: a.parent_bounty_id,
        child_index: a.child_bounty_id,
        payout,
        beneficiary,
      });
      ParentChildBounties.set(a.parent_bounty_id, ParentChildBounties.get(a.parent_bounty_id) - 1n);
      ChildBountyDescriptions.remove(a.child_bounty_id);
      ChildBountiesMap.remove(a.parent_bounty_id, a.child_bounty_id);
    }),
    close_child_bounty: call(6, { parent_bounty_id: Index, child_bounty_id: Index }, (o, a) => {
      const sender = signedOrReject(o);
      const parent = activeParent(a.parent_bounty_id);
      if (sender !== null && sender !== parent.curator) throw badOrigin();
      const c = childOr(a.parent_bounty_id, a.child_bounty_id);
      if (c.status.type === 'PendingPayout') throw BountiesErrors.fail('PendingPayout');
      if (c.status.type === 'Active') unreserve(c.status.value.curator, c.curatorDeposit);
      const fees = ChildrenCuratorFees.get(a.parent_bounty_id);
      ChildrenCuratorFees.set(a.parent_bounty_id, fees > c.fee ? fees - c.fee : 0n);
      const count = ParentChildBounties.get(a.parent_bounty_id);
      ParentChildBounties.set(a.parent_bounty_id, count > 0n ? count - 1n : 0n);
      const account = childBountyAccount(a.child_bounty_id);
      try {
        currencyTransfer(account, bountyAccount(a.parent_bounty_id), freeBalance(account), false);
      } catch {}
      ChildBountyDescriptions.remove(a.child_bounty_id);
      ChildBountiesMap.remove(a.parent_bounty_id, a.child_bounty_id);
      ChildBountiesEvents.emit('Canceled', { index: a.parent_bounty_id, child_index: a.child_bounty_id });
    }),
  },
  invariants: {
    activeCountsMatch() {
      const counts = new Map<bigint, bigint>();
      for (const [[p]] of ChildBountiesMap.entries()) counts.set(p, (counts.get(p) ?? 0n) + 1n);
      for (const [[p], n] of ParentChildBounties.entries())
        if ((counts.get(p) ?? 0n) !== n)
          throw new Error(`bounty ${p}: ${n} counted, ${counts.get(p) ?? 0n} held`);
      for (const [p, n] of counts)
        if (ParentChildBounties.get(p) !== n) throw new Error(`bounty ${p}: ${n} child bounties not counted`);
    },
    childrenHaveParentsAndDescriptions() {
      const count = ChildBountyCount.get();
      const ids = new Set<bigint>();
      for (const [[p, id], c] of ChildBountiesMap.entries() as Array<[[bigint, bigint], ChildBountyValue]>) {
        if (id >= count) throw new Error(`child bounty ${id} ≥ ChildBountyCount`);
        if (c.parentBounty !== p)
          throw new Error(`child bounty ${id} filed under ${p}, parent ${c.parentBounty}`);
        if (!Bounties.get(p)) throw new Error(`child bounty ${id} has no parent bounty ${p}`);
        ids.add(id);
      }
      const described = ChildBountyDescriptions.keys().map(([i]) => i);
      if (described.length !== ids.size || described.some((i) => !ids.has(i)))
        throw new Error('ChildBountyDescriptions and ChildBounties have different keys');
    },
    curatorFeesCoverChildren() {
      const open = new Map<bigint, bigint>();
      for (const [[p], c] of ChildBountiesMap.entries() as Array<[[bigint, bigint], ChildBountyValue]>)
        if (c.status.type !== 'Added') open.set(p, (open.get(p) ?? 0n) + c.fee);
      for (const [p, fees] of open)
        if (ChildrenCuratorFees.get(p) < fees)
          throw new Error(`bounty ${p}: curator fees below its children's`);
    },
  },
};
