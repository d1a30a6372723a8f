/**
 * The state machines of bounties, child bounties and tips as the dApp shows them (steps, the current one)
 * and which actions each role may take in each state, following pallet_bounties, pallet_child_bounties
 * and pallet_tips of polkadot-sdk release-polkadot-v1.2.0: the Council (through a motion) approves,
 * proposes curators, unassigns and closes; the proposed curator accepts or declines; the curator awards,
 * extends, splits into child bounties or resigns; anyone claims once the payout delay is over, removes a
 * curator whose update is overdue, or closes a tip whose countdown is over. Pure: no chain access.
 */

export type BountyState = 'Proposed' | 'Approved' | 'Funded' | 'CuratorProposed' | 'Active' | 'PendingPayout';
/** The steps of a bounty, in order; `Claimed` is where a bounty leaves storage. */
export const BOUNTY_STEPS = [
  'Proposed',
  'Approved',
  'Funded',
  'CuratorProposed',
  'Active',
  'PendingPayout',
  'Claimed',
] as const;

export type ChildState = 'Added' | 'CuratorProposed' | 'Active' | 'PendingPayout';
export const CHILD_STEPS = ['Added', 'CuratorProposed', 'Active', 'PendingPayout', 'Claimed'] as const;

export type TipState = 'Open' | 'Closing' | 'Closable';
export const TIP_STEPS = ['Open', 'Closing', 'Closable', 'Paid'] as const;

export interface BountyLike {
  state: BountyState;
  curator?: string;
  updateDue?: bigint;
  unlockAt?: bigint;
}

export type BountyAction =
  | 'approve'
  | 'reject'
  | 'proposeCurator'
  | 'cancel'
  | 'accept'
  | 'decline'
  | 'withdrawCurator'
  | 'award'
  | 'extend'
  | 'addChild'
  | 'resign'
  | 'slashCurator'
  | 'removeInactive'
  | 'claim';

export interface Viewer {
  /** The selected account, if any. */
  me?: string;
  /** Whether it is a Council member (who may propose motions). */
  council: boolean;
  now: bigint;
}

/** What `viewer` may do with a bounty in its current state. */
export function bountyActions(b: BountyLike, v: Viewer): BountyAction[] {
  const out: BountyAction[] = [];
  const isCurator = !!v.me && v.me === b.curator;
  switch (b.state) {
    case 'Proposed':
      if (v.council) out.push('approve', 'reject');
      break;
    case 'Approved':
      break;
    case 'Funded':
      if (v.council) out.push('proposeCurator', 'cancel');
      break;
    case 'CuratorProposed':
      if (isCurator) out.push('accept', 'decline');
      if (v.council) out.push('withdrawCurator', 'cancel');
      break;
    case 'Active':
      if (isCurator) out.push('award', 'extend', 'addChild', 'resign');
      if (v.council) out.push('slashCurator', 'cancel');
      if (v.me && !isCurator && b.updateDue !== undefined && b.updateDue < v.now) out.push('removeInactive');
      break;
    case 'PendingPayout':
      if (v.me && b.unlockAt !== undefined && v.now >= b.unlockAt) out.push('claim');
      if (v.council) out.push('slashCurator');
      break;
  }
  return out;
}

export interface ChildLike {
  state: ChildState;
  curator?: string;
  unlockAt?: bigint;
}

export type ChildAction =
  | 'proposeCurator'
  | 'accept'
  | 'decline'
  | 'award'
  | 'resign'
  | 'unassign'
  | 'close'
  | 'claim';

/** What `viewer` may do with a child bounty of a parent curated by `parentCurator` (if active). */
export function childActions(c: ChildLike, parentCurator: string | undefined, v: Viewer): ChildAction[] {
  const out: ChildAction[] = [];
  const isParent = !!v.me && v.me === parentCurator;
  const isCurator = !!v.me && v.me === c.curator;
  switch (c.state) {
    case 'Added':
      if (isParent) out.push('proposeCurator', 'close');
      break;
    case 'CuratorProposed':
      if (isCurator) out.push('accept', 'decline');
      if (isParent && !isCurator) out.push('unassign');
      if (isParent) out.push('close');
      break;
    case 'Active':
      if (isCurator || isParent) out.push('award');
      if (isCurator) out.push('resign');
      if (isParent && !isCurator) out.push('unassign');
      if (isParent) out.push('close');
      break;
    case 'PendingPayout':
      if (v.me && c.unlockAt !== undefined && v.now >= c.unlockAt) out.push('claim');
      if (isParent) out.push('unassign');
      break;
  }
  return out;
}

export interface TipLike {
  finder: string;
  closes: bigint | null;
}

/** The tip's state: collecting tips, counting down, or ready to be closed and paid. */
export const tipState = (t: { closes: bigint | null }, now: bigint): TipState =>
  t.closes === null ? 'Open' : now < t.closes ? 'Closing' : 'Closable';

export type TipAction = 'tip' | 'retract' | 'close' | 'slash';

export function tipActions(t: TipLike, v: Viewer & { tipper: boolean }): TipAction[] {
  const out: TipAction[] = [];
  if (v.tipper) out.push('tip');
  if (v.me && v.me === t.finder) out.push('retract');
  if (v.me && tipState(t, v.now) === 'Closable') out.push('close');
  if (v.council) out.push('slash');
  return out;
}

/** The median pallet_tips pays: `tips[len / 2]` of the values sorted (the upper middle of an even count). */
export function tipMedian(values: readonly bigint[]): bigint | undefined {
  const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted[Math.floor(sorted.length / 2)];
}

/** Motion threshold for "more than half the Council" (Treasury's SpendOrigin and RejectOrigin). */
export const moreThanHalf = (members: number): number => Math.floor(members / 2) + 1;
