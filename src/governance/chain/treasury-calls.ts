/**
 * Builders of the Bounties, ChildBounties and Tips extrinsics with the runtime's names and shapes, and the
 * Council motion that carries a call needing "more than half the Council" (Treasury's SpendOrigin and
 * RejectOrigin): `council.propose(threshold, call, length)` with the least threshold above one half.
 * The panels pick a call at run time from a typed map of the allowed calls, so the method name and its
 * arguments are checked against the generated augmentation (src/api/chain-types).
 */
import type { ApiPromise } from '@polkadot/api';
import { stringToHex } from '@polkadot/util';
import type { Tx } from '../../api/pools/calls.js';
import { moreThanHalf } from '../model/treasury-steps.js';

const bountyCalls = (api: ApiPromise) => ({
  proposeBounty: api.tx.bounties.proposeBounty,
  approveBounty: api.tx.bounties.approveBounty,
  proposeCurator: api.tx.bounties.proposeCurator,
  unassignCurator: api.tx.bounties.unassignCurator,
  acceptCurator: api.tx.bounties.acceptCurator,
  awardBounty: api.tx.bounties.awardBounty,
  claimBounty: api.tx.bounties.claimBounty,
  closeBounty: api.tx.bounties.closeBounty,
  extendBountyExpiry: api.tx.bounties.extendBountyExpiry,
});
const childBountyCalls = (api: ApiPromise) => ({
  addChildBounty: api.tx.childBounties.addChildBounty,
  proposeCurator: api.tx.childBounties.proposeCurator,
  acceptCurator: api.tx.childBounties.acceptCurator,
  unassignCurator: api.tx.childBounties.unassignCurator,
  awardChildBounty: api.tx.childBounties.awardChildBounty,
  claimChildBounty: api.tx.childBounties.claimChildBounty,
  closeChildBounty: api.tx.childBounties.closeChildBounty,
});
const tipCalls = (api: ApiPromise) => ({
  reportAwesome: api.tx.tips.reportAwesome,
  retractTip: api.tx.tips.retractTip,
  tipNew: api.tx.tips.tipNew,
  tip: api.tx.tips.tip,
  closeTip: api.tx.tips.closeTip,
  slashTip: api.tx.tips.slashTip,
});

type Calls<F extends (api: ApiPromise) => object> = ReturnType<F>;
type Args<M> = M extends (...args: infer A) => Tx ? A : never;

/** A call of `table` by name, with the arguments the runtime's metadata gives it. */
function pick<T extends Record<string, (...args: never[]) => Tx>, M extends keyof T & string>(
  table: T,
  section: string,
  method: M,
  args: Args<T[M]>,
): Tx {
  const fn = table[method] as ((...a: Args<T[M]>) => Tx) | undefined;
  if (!fn) throw new Error(`the runtime has no call ${section}.${method}`);
  return fn(...args);
}

export type BountyCall = keyof Calls<typeof bountyCalls>;
export type ChildBountyCall = keyof Calls<typeof childBountyCalls>;
export type TipCall = keyof Calls<typeof tipCalls>;

export const bountyTx = <M extends BountyCall>(
  api: ApiPromise,
  method: M,
  ...args: Args<Calls<typeof bountyCalls>[M]>
): Tx => pick(bountyCalls(api), 'bounties', method, args);
export const childBountyTx = <M extends ChildBountyCall>(
  api: ApiPromise,
  method: M,
  ...args: Args<Calls<typeof childBountyCalls>[M]>
): Tx => pick(childBountyCalls(api), 'childBounties', method, args);
export const tipTx = <M extends TipCall>(
  api: ApiPromise,
  method: M,
  ...args: Args<Calls<typeof tipCalls>[M]>
): Tx => pick(tipCalls(api), 'tips', method, args);

/** Text as the `Vec<u8>` a description or a reason is. */
export const textBytes = (text: string): string => stringToHex(text);

/** A Council motion for `inner`, passing with more than half of `members` ayes. */
export function councilMotionTx(api: ApiPromise, members: number, inner: Tx): Tx {
  return api.tx.council.propose(moreThanHalf(members), inner, inner.method.encodedLength);
}
