/**
 * pallet_treasury (Khala, 2023): the pot is the free balance of `modlpy/trsry` above the existential
 * deposit. It receives transaction fees (credited by the executive), computation's treasury share and
 * slashed deposits (Democracy's `Slash = Treasury`: `slashToTreasury`, which emits Treasury.Deposit as
 * the OnUnbalanced handler does). Spending follows the metadata's calls: `propose_spend` (bond 5% of the
 * value, at least 1 PHA, reserved), `approve_proposal` (Root or ≥ 3/5 Council), `reject_proposal` and
 * `remove_approval` (Root or > 1/2 Council; a rejected bond is slashed and burned, as Khala's
 * `OnSlash = ()` drops it), `spend` (Root or > 1/2 Council, no bond). Every SpendPeriod (1 day) approved
 * proposals are paid in approval order while the budget lasts, then Burn (0% on Khala) of the rest is
 * burned; every block the pot is recorded as inactive issuance (Deactivated / UpdatedInactive).
 * `SpendFunds` (Khala: Bounties) draws on the same budget after the proposals, before the burn; it is
 * given to `treasuryPallet({ spendFunds })` where the runtime is defined, as `impl pallet_treasury::Config`
 * names it. Deviation: a burned bond passes through the Treasury account (Slashed + Deposit + Withdraw
 * events) before leaving the issuance, where Rust emits only Slashed.
 *
 * Final Khala runtime (polkadot-sdk release-polkadot-v1.2.0): calls, events, errors and
 * storage are those of Khala's Aug-2023 metadata (checked by metadata-reference.test.ts); the deviations below are all that is known.
 */

import { permillMul } from '../../../primitives/permill.js';
import { ext } from '../../frame/context.js';
import { badOrigin } from '../../frame/errors.js';
import { ensureSigned, type Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import { byteArray, compact, newtype, option, struct, u32, u128 } from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, boundedVec, MultiAddress, Permill } from '../../frame/types.js';
import type { AccountId as Account } from '../../primitives/account.js';
import { toHex, utf8 } from '../../primitives/bytes.js';
import {
  DOLLARS,
  deposit,
  existentialDeposit,
  freeBalance,
  genesisEndow,
  InactiveIssuance,
  lookup,
  reserve,
  slashReserved,
  TotalIssuance,
  TREASURY_ACCOUNT,
  U128_MAX,
  unreserve,
  withdraw,
} from '../balances/index.js';
import { isRoot, proportionAtLeast, proportionMoreThan } from '../collective/origin.js';
import { TreasuryDocs } from './docs.js';

const DAYS = 7_200n;

const Proposal = struct(
  {
    path: ['pallet_treasury', 'Proposal'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'Balance', type: u128 },
    ],
  },
  { proposer: AccountId, value: u128, beneficiary: AccountId, bond: u128 },
);

const S = storage('Treasury');
export const ProposalCount = S.value('ProposalCount', u32, { default: 0n });
export const Proposals = S.map('Proposals', [['Twox64Concat', u32]], Proposal);
export const Deactivated = S.value('Deactivated', u128, { default: 0n });
export const Approvals = S.value('Approvals', boundedVec(u32), { default: [] });

export const TreasuryEvents = events('Treasury', 'pallet_treasury', {
  Proposed: { proposal_index: u32 },
  Spending: { budget_remaining: u128 },
  Awarded: { proposal_index: u32, award: u128, account: AccountId },
  Rejected: { proposal_index: u32, slashed: u128 },
  Burnt: { burnt_funds: u128 },
  Rollover: { rollover_balance: u128 },
  Deposit: { value: u128 },
  SpendApproved: { proposal_index: u32, amount: u128, beneficiary: AccountId },
  UpdatedInactive: { reactivated: u128, deactivated: u128 },
});
export const TreasuryErrors = errors('Treasury', 'pallet_treasury', [
  'InsufficientProposersBalance',
  'InvalidIndex',
  'TooManyApprovals',
  'InsufficientPermission',
  'ProposalNotApproved',
] as const);
export const TreasuryConstants = constants('Treasury', {
  ProposalBond: { codec: Permill, value: 50_000n },
  ProposalBondMinimum: { codec: u128, value: DOLLARS },
  ProposalBondMaximum: { codec: option(u128), value: null },
  SpendPeriod: { codec: u32, value: DAYS },
  Burn: { codec: Permill, value: 0n },
  PalletId: {
    codec: newtype('frame_support::PalletId', byteArray(8), '[u8; 8]'),
    value: toHex(utf8('py/trsry')),
  },
  MaxApprovals: { codec: u32, value: 100n },
});

/** The spendable pot: free balance above the existential deposit. */
export function pot(): bigint {
  const free = freeBalance(TREASURY_ACCOUNT);
  const ed = existentialDeposit();
  return free > ed ? free - ed : 0n;
}

/** Treasury's OnUnbalanced for a slash: moves reserved funds of `who` into the pot (Democracy's Slash). */
export function slashToTreasury(who: Account, amount: bigint): bigint {
  const slashed = slashReserved(who, amount, TREASURY_ACCOUNT);
  if (slashed > 0n) TreasuryEvents.emit('Deposit', { value: slashed });
  return slashed;
}

/**
 * Treasury's OnUnbalanced for fees (Khala's DealWithFees: 100% to the Treasury): `resolve_creating`, so a
 * fee that cannot create the Treasury account (below ED) is dropped, i.e. burned, as the NegativeImbalance.
 */
export function treasuryOnUnbalanced(amount: bigint): void {
  let credited = true;
  try {
    ext().transactional(() => deposit(TREASURY_ACCOUNT, amount));
  } catch {
    credited = false;
  }
  if (credited) TreasuryEvents.emit('Deposit', { value: amount });
  else TotalIssuance.mutate((t) => t - amount);
}

/** Slashes reserved funds and burns them (Khala's Treasury `OnSlash = ()`, also Bounties' and Tips'). */
export function burnReserved(who: Account, amount: bigint): void {
  const slashed = slashReserved(who, amount, TREASURY_ACCOUNT);
  if (slashed === 0n) return;
  withdraw(TREASURY_ACCOUNT, slashed, false);
  TotalIssuance.set(TotalIssuance.get() - slashed);
}

function calculateBond(value: bigint): bigint {
  const min = TreasuryConstants.get('ProposalBondMinimum');
  const pct = permillMul(TreasuryConstants.get('ProposalBond'), value);
  let bond = pct > min ? pct : min;
  const max = TreasuryConstants.get('ProposalBondMaximum');
  if (max !== null && bond > max) bond = max;
  return bond;
}

const ensureApprove = (o: Origin) => {
  if (!isRoot(o) && !proportionAtLeast(o, 'Council', 3, 5)) throw badOrigin();
};
/** RejectOrigin: Root or > 1/2 Council (also Bounties' and Tips' RejectOrigin). */
export const ensureReject = (o: Origin) => {
  if (!isRoot(o) && !proportionMoreThan(o, 'Council', 1, 2)) throw badOrigin();
};
/** SpendOrigin: Root or > 1/2 Council, both allowed up to MaxBalance (u128::MAX); returns that maximum. */
export function ensureSpend(o: Origin): bigint {
  ensureReject(o);
  return U128_MAX;
}

function pushApproval(index: bigint): void {
  const approvals = Approvals.get();
  if (BigInt(approvals.length) >= TreasuryConstants.get('MaxApprovals'))
    throw TreasuryErrors.fail('TooManyApprovals');
  Approvals.set([...approvals, index]);
}

/**
 * The `SpendFunds` hook's arguments (`budget_remaining`, `imbalance`, `missed_any`): a handler spends
 * from `budgetRemaining`, adds what it deposited to `imbalance` (withdrawn from the pot afterwards) and
 * sets `missedAny` when something approved could not be paid.
 */
export interface SpendFundsContext {
  budgetRemaining: bigint;
  imbalance: bigint;
  missedAny: boolean;
}
export type SpendFunds = (ctx: SpendFundsContext) => void;

/** The Treasury's Config items that name other pallets. */
export interface TreasuryConfig {
  spendFunds?: SpendFunds;
}

/** spend_funds: pays approved proposals in order while the budget lasts, then SpendFunds, burns, rolls over. */
export function spendFunds(hook?: SpendFunds): void {
  let budget = pot();
  TreasuryEvents.emit('Spending', { budget_remaining: budget });
  let missedAny = false;
  let spent = 0n;
  const keep: bigint[] = [];
  for (const index of Approvals.get()) {
    const p = Proposals.tryGet(index);
    if (!p) continue;
    if (p.value <= budget) {
      budget -= p.value;
      Proposals.remove(index);
      unreserve(p.proposer, p.bond);
      try {
        deposit(p.beneficiary, p.value);
        spent += p.value;
      } catch {
        // deposit_creating below ED creates nothing (a zero imbalance)
      }
      TreasuryEvents.emit('Awarded', { proposal_index: index, award: p.value, account: p.beneficiary });
    } else {
      missedAny = true;
      keep.push(index);
    }
  }
  Approvals.set(keep);
  if (hook) {
    const ctx: SpendFundsContext = { budgetRemaining: budget, imbalance: spent, missedAny };
    hook(ctx);
    budget = ctx.budgetRemaining;
    spent = ctx.imbalance;
    missedAny = ctx.missedAny;
  }
  let burn = 0n;
  if (!missedAny) {
    burn = permillMul(TreasuryConstants.get('Burn'), budget);
    if (burn > budget) burn = budget;
    budget -= burn;
    TreasuryEvents.emit('Burnt', { burnt_funds: burn });
  }
  if (spent + burn > 0n) {
    withdraw(TREASURY_ACCOUNT, spent + burn, true);
    if (burn > 0n) TotalIssuance.set(TotalIssuance.get() - burn);
  }
  TreasuryEvents.emit('Rollover', { rollover_balance: budget });
}

/** The Treasury pallet with its Config (the runtime definition passes Bounties as SpendFunds). */
export const treasuryPallet = (config: TreasuryConfig = {}): PalletDecl => ({
  docs: TreasuryDocs,
  name: 'Treasury',
  crate: 'pallet_treasury',
  index: 63,
  storage: S.items,
  events: TreasuryEvents,
  errors: TreasuryErrors,
  constants: TreasuryConstants,
  genesis() {
    // pallet_treasury's genesis: the pot account exists from the start (endowed with ED).
    const ed = existentialDeposit();
    const free = freeBalance(TREASURY_ACCOUNT);
    if (free < ed) genesisEndow(TREASURY_ACCOUNT, ed - free);
  },
  hooks: {
    onInitialize(now) {
      const current = pot();
      const deactivated = Deactivated.get();
      if (current !== deactivated) {
        const inactive = InactiveIssuance.get();
        InactiveIssuance.set((inactive > deactivated ? inactive - deactivated : 0n) + current);
        Deactivated.set(current);
        TreasuryEvents.emit('UpdatedInactive', { reactivated: deactivated, deactivated: current });
      }
      if (now % TreasuryConstants.get('SpendPeriod') === 0n) spendFunds(config.spendFunds);
    },
  },
  calls: {
    propose_spend: call(0, { value: compact(u128), beneficiary: MultiAddress }, (o, a) => {
      const proposer = ensureSigned(o);
      const beneficiary = lookup(a.beneficiary);
      const bond = calculateBond(a.value);
      try {
        reserve(proposer, bond);
      } catch {
        throw TreasuryErrors.fail('InsufficientProposersBalance');
      }
      const c = ProposalCount.get();
      ProposalCount.set(c + 1n);
      Proposals.set(c, { proposer, value: a.value, beneficiary, bond });
      TreasuryEvents.emit('Proposed', { proposal_index: c });
    }),
    reject_proposal: call(1, { proposal_id: compact(u32) }, (o, a) => {
      ensureReject(o);
      const p = Proposals.tryGet(a.proposal_id);
      if (!p) throw TreasuryErrors.fail('InvalidIndex');
      Proposals.remove(a.proposal_id);
      burnReserved(p.proposer, p.bond);
      TreasuryEvents.emit('Rejected', { proposal_index: a.proposal_id, slashed: p.bond });
    }),
    approve_proposal: call(2, { proposal_id: compact(u32) }, (o, a) => {
      ensureApprove(o);
      if (!Proposals.contains(a.proposal_id)) throw TreasuryErrors.fail('InvalidIndex');
      pushApproval(a.proposal_id);
    }),
    spend: call(3, { amount: compact(u128), beneficiary: MultiAddress }, (o, a) => {
      const max = ensureSpend(o);
      if (a.amount > max) throw TreasuryErrors.fail('InsufficientPermission');
      const beneficiary = lookup(a.beneficiary);
      const index = ProposalCount.get();
      pushApproval(index);
      Proposals.set(index, { proposer: beneficiary, value: a.amount, beneficiary, bond: 0n });
      ProposalCount.set(index + 1n);
      TreasuryEvents.emit('SpendApproved', { proposal_index: index, amount: a.amount, beneficiary });
    }),
    remove_approval: call(4, { proposal_id: compact(u32) }, (o, a) => {
      ensureReject(o);
      const approvals = Approvals.get();
      const i = approvals.indexOf(a.proposal_id);
      if (i < 0) throw TreasuryErrors.fail('ProposalNotApproved');
      Approvals.set([...approvals.slice(0, i), ...approvals.slice(i + 1)]);
    }),
  },
  invariants: {
    approvalsAreProposals() {
      for (const i of Approvals.get())
        if (!Proposals.contains(i)) throw new Error(`approval ${i} has no proposal`);
      if (BigInt(Approvals.get().length) > TreasuryConstants.get('MaxApprovals'))
        throw new Error('too many approvals');
    },
    proposalIndicesBelowCount() {
      const count = ProposalCount.get();
      for (const [i] of Proposals.keys())
        if (i >= count) throw new Error(`proposal ${i} ≥ ProposalCount ${count}`);
    },
  },
});

/** The Treasury without SpendFunds (nothing but proposals draws on the budget). */
export const Treasury: PalletDecl = treasuryPallet();
