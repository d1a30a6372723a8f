/**
 * Who an owner-only action is signed as. The owner's own account signs it directly; an account the owner
 * registered as a proxy (Proxy.Proxies of the owner lists it with no announcement delay) signs
 * `proxy.proxy(real = owner, force_proxy_type, call)`, as the Polkadot Staking Dashboard does. The proxy
 * type is not pre-judged here: the runtime's ProxyType filter decides (on Khala only `Any` may set a
 * pool's commission), and a refused inner call comes back as `ProxyExecuted(Err)` (dispatch-failure.ts).
 * `force_proxy_type` stays null unless the account holds several types for the owner, where the first
 * one would be chosen by the pallet: then the widest (`Any` first) is named.
 */
import type { ApiPromise } from '@polkadot/api';
import { decodeAddress } from '@polkadot/util-crypto';
import type { Tx } from '../pools/calls.js';

/** One entry of `Proxy.Proxies(owner)`. */
export interface ProxyDef {
  delegate: string;
  proxyType: string;
  delay: number;
}

export type SigningIdentity =
  | { kind: 'self' }
  | { kind: 'proxy'; real: string; proxyType: string; force: string | null }
  | { kind: 'none' };

/** Same account, whatever SS58 prefix each is written in. */
export function sameAccount(a: string, b: string): boolean {
  try {
    const x = decodeAddress(a);
    const y = decodeAddress(b);
    return x.length === y.length && x.every((v, i) => v === y[i]);
  } catch {
    return false;
  }
}

/** Variant order of Khala's ProxyType: the widest first. */
const WIDEST = ['Any', 'NonTransfer', 'Governance', 'StakePoolManager', 'CancelProxy', 'Collator'];
const rank = (t: string) => {
  const i = WIDEST.indexOf(t);
  return i < 0 ? WIDEST.length : i;
};

/** How `signer` may act for `owner`, given the owner's proxy list (undefined while it loads). */
export function signingIdentity(
  signer: string | undefined,
  owner: string,
  proxies: readonly ProxyDef[] | undefined,
): SigningIdentity {
  if (!signer) return { kind: 'none' };
  if (sameAccount(signer, owner)) return { kind: 'self' };
  const mine = (proxies ?? [])
    .filter((p) => p.delay === 0 && sameAccount(p.delegate, signer))
    .sort((a, b) => rank(a.proxyType) - rank(b.proxyType));
  const best = mine[0];
  if (!best) return { kind: 'none' };
  return {
    kind: 'proxy',
    real: owner,
    proxyType: best.proxyType,
    force: mine.length > 1 ? best.proxyType : null,
  };
}

/** The extrinsic to sign for `tx` under `identity`. */
export function asIdentity(api: ApiPromise, tx: Tx, identity: SigningIdentity): Tx {
  if (identity.kind !== 'proxy') return tx;
  // the generated augmentation names another runtime's ProxyType; the metadata encodes Khala's by name
  const force = identity.force as 'Any' | null;
  return api.tx.proxy.proxy(identity.real, force, tx);
}
