/**
 * Builders of the Bounties, ChildBounties and Tips extrinsics with the runtime's names and shapes, and the
 * Council motion that carries a call needing "more than half the Council" (Treasury's SpendOrigin and
 * RejectOrigin): `council.propose(threshold, call, length)` with the least threshold above one half.
 */
import type { ApiPromise } from '@polkadot/api';
import { stringToHex } from '@polkadot/util';
import type { Tx } from '../../api/pools/calls.js';
import { type CallName, callFn } from '../../api/runtime-access.js';
import { moreThanHalf } from '../model/treasury-steps.js';

export const bountyTx = (api: ApiPromise, method: CallName<'bounties'>, ...args: unknown[]): Tx =>
  callFn(api, 'bounties', method)(...args);
export const childBountyTx = (api: ApiPromise, method: CallName<'childBounties'>, ...args: unknown[]): Tx =>
  callFn(api, 'childBounties', method)(...args);
export const tipTx = (api: ApiPromise, method: CallName<'tips'>, ...args: unknown[]): Tx =>
  callFn(api, 'tips', method)(...args);

/** Text as the `Vec<u8>` a description or a reason is. */
export const textBytes = (text: string): string => stringToHex(text);

/** A Council motion for `inner`, passing with more than half of `members` ayes. */
export function councilMotionTx(api: ApiPromise, members: number, inner: Tx): Tx {
  return api.tx.council.propose(moreThanHalf(members), inner, inner.method.encodedLength);
}
