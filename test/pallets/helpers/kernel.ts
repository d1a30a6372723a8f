/**
 * Shared helpers for the kernel tests, properties and benchmarks: raw state snapshots and diffs, typed
 * account reads, call values in the decoded shape the executive takes, and signed extrinsics with a
 * deterministic encoded length.
 */
import type { SignedExtrinsic } from '../../../src/pallets-mock/frame/executive.js';
import type { CallValue } from '../../../src/pallets-mock/frame/runtime.js';
import { decode, encode } from '../../../src/pallets-mock/frame/scale.js';
import type { Runtime, RuntimeEvent } from '../../../src/pallets-mock/index.js';
import { accountId } from '../../../src/pallets-mock/primitives/account.js';
import { toHex } from '../../../src/pallets-mock/primitives/bytes.js';

export const PHA = 1_000_000_000_000n;
export const CENTS = PHA / 100n;
/** Khala's ExistentialDeposit (1 CENT), the runtime default. */
export const ED = CENTS;
export const U128_MAX = (1n << 128n) - 1n;

export interface AccountInfoJs {
  nonce: bigint;
  consumers: bigint;
  providers: bigint;
  sufficients: bigint;
  data: { free: bigint; reserved: bigint; frozen: bigint; flags: bigint };
}

export const info = (rt: Runtime, who: string): AccountInfoJs =>
  rt.query('System.Account', who) as AccountInfoJs;
export const free = (rt: Runtime, who: string): bigint => info(rt, who).data.free;
export const issuance = (rt: Runtime): bigint => rt.query('Balances.TotalIssuance') as bigint;

export type Snapshot = Map<string, string>;

/** Every committed storage pair as hex (the harness keeps no layer open between calls). */
export function snapshot(rt: Runtime): Snapshot {
  const out: Snapshot = new Map();
  for (const [k, v] of rt.kernel.state.entries()) out.set(k, toHex(v));
  return out;
}

/** Keys whose value differs (added, removed or changed), sorted. */
export function changedKeys(a: Snapshot, b: Snapshot): string[] {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

export const names = (events: readonly RuntimeEvent[]): string[] =>
  events.map((e) => `${e.pallet}.${e.name}`);

/** A call in the harness's input shape ('Pallet.name' + args) as the runtime's decoded RuntimeCall. */
export function callValue(rt: Runtime, call: string, args: Record<string, unknown>): CallValue {
  const [pallet, name] = call.split('.');
  const raw = { type: pallet, value: { type: name, value: args } };
  return rt.kernel.enter(() => decode(rt.kernel.callCodec, encode(rt.kernel.callCodec, raw))) as CallValue;
}

/** SCALE length of a call. */
export function callLength(rt: Runtime, call: CallValue): number {
  return rt.kernel.enter(() => encode(rt.kernel.callCodec, call).length);
}

/**
 * Bytes a signed v4 extrinsic adds around its call with an sr25519 signature, immortal era, nonce < 64
 * and no tip: compact length prefix 2, version 1, MultiAddress 33, MultiSignature 65, era 1, nonce 1,
 * tip 1.
 */
export const SIGNED_OVERHEAD = 104;

export function signedXt(
  rt: Runtime,
  signer: string,
  call: CallValue,
  opts: { nonce?: bigint; tip?: bigint } = {},
): SignedExtrinsic {
  const who = accountId(signer);
  return {
    signer: who,
    nonce: opts.nonce ?? info(rt, who).nonce,
    tip: opts.tip ?? 0n,
    call,
    len: callLength(rt, call) + SIGNED_OVERHEAD,
  };
}

/**
 * pallet_transaction_payment's fee, written out independently of the runtime's code with Khala's
 * constants: base fee = WeightToFee(base extrinsic weight) = CENTS / 10, byte fee = 10 MILLICENTS
 * (1e6 planck) per byte, weight fee = ref_time × (CENTS / 10) / 98,974,000, multiplier 1, plus the tip.
 */
export function expectedFee(refTime: bigint, len: number, tip = 0n): bigint {
  const BASE_EXTRINSIC = 98_974_000n;
  const weightToFee = (w: bigint) => (w * CENTS) / (10n * BASE_EXTRINSIC);
  return weightToFee(BASE_EXTRINSIC) + BigInt(len) * 1_000_000n + weightToFee(refTime) + tip;
}
