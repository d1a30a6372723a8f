/**
 * Multisig accounts and their pending operations. `multisigAddress` derives the account of a set of
 * signatories and a threshold (`pallet_multisig::multi_account_id`, as polkadot.js Apps does);
 * `fetchPendingMultisigs` reads `Multisig.Multisigs(account)` — each pending call's hash, the timepoint
 * that opened it, deposit, depositor and approvals — and finds the call's bytes where the chain still has
 * them: the `as_multi` extrinsic at the opening timepoint (its `call` argument, checked against the hash),
 * else the Preimage pallet (`StatusFor` gives the length for `PreimageFor`); otherwise only the hash.
 * `multisigTxs` builds approve (`approve_as_multi`, or `as_multi` with the call once the threshold is
 * reached), and cancel (`cancel_as_multi`, the depositor's) for one signatory.
 */
import type { ApiPromise } from '@polkadot/api';
import type { Codec } from '@polkadot/types/types';
import { u8aToHex } from '@polkadot/util';
import { blake2AsHex, createKeyMulti, decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import type { Tx } from '../../api/pools/calls.js';
import { hasStorage } from '../../api/runtime-access.js';
import { sameAccount } from '../../api/tx/signing-identity.js';

export interface Timepoint {
  height: number;
  index: number;
}

export interface PendingMultisig {
  callHash: string;
  when: Timepoint;
  deposit: bigint;
  depositor: string;
  approvals: string[];
  /** The call's SCALE bytes when found on chain. */
  callHex?: string;
}

/** The multisig account of `signatories` (any order) with `threshold`, in the chain's SS58 prefix. */
export function multisigAddress(api: ApiPromise, signatories: readonly string[], threshold: number): string {
  return encodeAddress(createKeyMulti([...signatories], threshold), api.registry.chainSS58 ?? 30);
}

type Extrinsic = { method: { section: string; method: string; args: Codec[] } };

/** The `call` of the `as_multi` extrinsic at `when`, if that is what opened the operation. */
async function openingCall(api: ApiPromise, when: Timepoint, callHash: string): Promise<string | undefined> {
  try {
    const hash = await api.rpc.chain.getBlockHash(when.height);
    const { block } = await api.rpc.chain.getBlock(hash);
    const x = block.extrinsics[when.index] as unknown as Extrinsic | undefined;
    if (!x || x.method.section !== 'multisig' || x.method.method !== 'asMulti') return undefined;
    const call = x.method.args[3];
    const hex = call ? u8aToHex(call.toU8a()) : undefined;
    return hex && blake2AsHex(hex, 256) === callHash ? hex : undefined;
  } catch {
    return undefined;
  }
}

/** The call's bytes noted in the Preimage pallet, if any. */
async function preimageCall(api: ApiPromise, callHash: string): Promise<string | undefined> {
  if (!hasStorage(api, 'preimage', 'statusFor') || !hasStorage(api, 'preimage', 'preimageFor'))
    return undefined;
  const status = await api.query.preimage.statusFor(callHash);
  if (status.isNone) return undefined;
  const s = status.unwrap();
  const len = s.isUnrequested
    ? s.asUnrequested.len
    : s.asRequested.len.isSome
      ? s.asRequested.len.unwrap()
      : undefined;
  if (len === undefined) return undefined;
  const v = await api.query.preimage.preimageFor([callHash, len]);
  return v.isSome ? u8aToHex(v.unwrap().toU8a(true)) : undefined;
}

export async function fetchPendingMultisigs(api: ApiPromise, account: string): Promise<PendingMultisig[]> {
  if (!hasStorage(api, 'multisig', 'multisigs')) return [];
  const entries = await api.query.multisig.multisigs.entries(account);
  const out = await Promise.all(
    entries.flatMap(([key, value]) => {
      if (value.isNone) return [];
      const callHash = key.args[1].toHex();
      const m = value.unwrap();
      const when = { height: m.when.height.toNumber(), index: m.when.index.toNumber() };
      return [
        (async (): Promise<PendingMultisig> => {
          const callHex = (await openingCall(api, when, callHash)) ?? (await preimageCall(api, callHash));
          return {
            callHash,
            when,
            deposit: m.deposit.toBigInt(),
            depositor: m.depositor.toString(),
            approvals: m.approvals.map((a) => a.toString()),
            ...(callHex ? { callHex } : {}),
          };
        })(),
      ];
    }),
  );
  return out.sort((a, b) => a.when.height - b.when.height || a.when.index - b.when.index);
}

/** Does `callHex` hash to `callHash` (call data pasted by the user)? */
export const callMatches = (callHex: string, callHash: string): boolean => {
  try {
    return blake2AsHex(callHex, 256) === callHash;
  } catch {
    return false;
  }
};

/** What one signatory may sign for a pending operation. */
export function multisigTxs(
  api: ApiPromise,
  m: { signatories: readonly string[]; threshold: number },
  me: string,
  p: PendingMultisig,
) {
  // the pallet wants the other signatories sorted by their account bytes
  const others = m.signatories
    .filter((s) => !sameAccount(s, me))
    .map((s) => ({ s, key: u8aToHex(decodeAddress(s)) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.s);
  const weight = { refTime: 10_000_000_000n, proofSize: 1_000_000n };
  return {
    /** The approval that reaches the threshold carries the call (as_multi) so it runs at once. */
    approve(callHex: string | undefined): Tx {
      const last = p.approvals.length + 1 >= m.threshold;
      if (last && callHex) return api.tx.multisig.asMulti(m.threshold, others, p.when, callHex, weight);
      return api.tx.multisig.approveAsMulti(m.threshold, others, p.when, p.callHash, weight);
    },
    cancel(): Tx {
      return api.tx.multisig.cancelAsMulti(m.threshold, others, p.when, p.callHash);
    },
  };
}
