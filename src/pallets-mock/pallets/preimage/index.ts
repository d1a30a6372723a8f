/**
 * pallet_preimage as Khala ran it in 2023 (reserve-based deposits, `RequestStatus` with
 * `(AccountId, Balance)` deposits): preimages noted by anyone for a deposit of
 * BaseDeposit + ByteDeposit × len (1 PHA + 0.01 PHA/byte on Phala), requested by the system (Scheduler,
 * ManagerOrigin = Root) for free, unnoted/unrequested with the Rust state machine. Also the
 * `frame_support::traits::preimages::Bounded` call type Democracy and the Scheduler carry, with
 * `bound` / `peek` / `request` / `drop` as `QueryPreimage`/`StorePreimage` define them.
 * Deviations: no weights/fee refunds (note_preimage of a requested preimage is free in Rust: Pays::No).
 *
 * Final Khala runtime (polkadot-sdk release-polkadot-v1.2.0): calls, events, errors and
 * storage are those of Khala's Aug-2023 metadata (checked by metadata-reference.test.ts); the deviations below are all that is known.
 */
import { ext } from '../../frame/context.js';
import { badOrigin } from '../../frame/errors.js';
import { ensureSignedOrRoot, type Origin } from '../../frame/origin.js';
import { call, constants, errors, events, type PalletDecl } from '../../frame/pallet.js';
import {
  bytes,
  type Codec,
  CodecError,
  decode,
  encode,
  enumOf,
  option,
  toBytes,
  tuple,
  u32,
  u128,
  type ValueOf,
} from '../../frame/scale.js';
import { storage } from '../../frame/storage.js';
import { AccountId, BoundedBytes, H256, RuntimeCall } from '../../frame/types.js';
import type { AccountId as Account } from '../../primitives/account.js';
import { fromHex, toHex } from '../../primitives/bytes.js';
import { blake2_256 } from '../../primitives/hashing.js';
import { CENTS, DOLLARS, reserve, unreserve } from '../balances/index.js';
import { PreimageDocs } from './docs.js';

/** Largest preimage (`MAX_SIZE`, 4 MiB). */
export const MAX_SIZE = 4n * 1024n * 1024n;
/** Largest inline call in a `Bounded` (`BoundedInline` = BoundedVec<u8, ConstU32<128>>). */
export const MAX_INLINE = 128;

const RequestStatus = enumOf(
  {
    path: ['pallet_preimage', 'RequestStatus'],
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'Balance', type: u128 },
    ],
  },
  {
    Unrequested: { deposit: tuple(AccountId, u128), len: u32 },
    Requested: { deposit: option(tuple(AccountId, u128)), count: u32, len: option(u32) },
  },
);
export type RequestStatusValue = ValueOf<typeof RequestStatus>;

const S = storage('Preimage');
export const StatusFor = S.map('StatusFor', [['Identity', H256]], RequestStatus);
export const PreimageFor = S.map('PreimageFor', [['Identity', tuple(H256, u32)]], BoundedBytes);

export const PreimageEvents = events('Preimage', 'pallet_preimage', {
  Noted: { hash: H256 },
  Requested: { hash: H256 },
  Cleared: { hash: H256 },
});
export const PreimageErrors = errors('Preimage', 'pallet_preimage', [
  'TooBig',
  'AlreadyNoted',
  'NotAuthorized',
  'NotNoted',
  'Requested',
  'NotRequested',
] as const);
export const PreimageConstants = constants('Preimage', {
  BaseDeposit: { codec: u128, value: DOLLARS, hidden: true },
  ByteDeposit: { codec: u128, value: CENTS, hidden: true },
});

// ---------------------------------------------------------------------------------------------------
// Bounded<RuntimeCall>

/** BoundedVec<u8, ConstU32<128>>: refuses more than 128 bytes both ways, as its Decode does. */
const BoundedInline: Codec<string> = {
  info: BoundedBytes.info,
  enc(w, v) {
    if (toBytes(v, 'BoundedInline').length > MAX_INLINE)
      throw new CodecError(`BoundedInline: more than ${MAX_INLINE} bytes`);
    BoundedBytes.enc(w, v);
  },
  dec(r) {
    const v = BoundedBytes.dec(r);
    if ((v.length - 2) / 2 > MAX_INLINE) throw new CodecError(`BoundedInline: more than ${MAX_INLINE} bytes`);
    return v;
  },
};

export const Bounded = enumOf(
  { path: ['frame_support', 'traits', 'preimages', 'Bounded'], params: [{ name: 'T', type: RuntimeCall }] },
  {
    Legacy: { hash: H256 },
    Inline: BoundedInline,
    Lookup: { hash: H256, len: u32 },
  },
);
export type BoundedCall = ValueOf<typeof Bounded>;

export const hashOf = (bytes: Uint8Array): string => toHex(blake2_256(bytes));

/** `Bounded::hash()`: the preimage hash (blake2_256 of the encoded call for Inline). */
export function boundedHash(b: BoundedCall): string {
  if (b.type === 'Inline') return hashOf(fromHex(b.value));
  return b.value.hash;
}

/** The lookup hash (Lookup and Legacy), or null for Inline. */
export const lookupHash = (b: BoundedCall): string | null => (b.type === 'Inline' ? null : b.value.hash);

/** An Inline bounded call of a decoded RuntimeCall value (throws when it encodes to more than 128 bytes). */
export function inlineCall(callValue: unknown): BoundedCall {
  const encoded = encode(ext().callCodec, callValue);
  if (encoded.length > MAX_INLINE) throw new CodecError('call too long to inline');
  return { type: 'Inline', value: toHex(encoded) };
}

/** The length of a noted or requested preimage (`QueryPreimage::len`). */
export function preimageLen(hash: string): bigint | null {
  const s = StatusFor.tryGet(hash);
  if (!s) return null;
  return s.type === 'Unrequested' ? s.value.len : s.value.len;
}

/** `QueryPreimage::peek`: the decoded call, or null when unavailable or undecodable. */
export function peek(b: BoundedCall): unknown | null {
  let data: string | undefined;
  if (b.type === 'Inline') data = b.value;
  else {
    const len = b.type === 'Lookup' ? b.value.len : preimageLen(b.value.hash);
    if (len === null) return null;
    data = PreimageFor.tryGet([b.value.hash, len]);
  }
  if (data === undefined) return null;
  try {
    return decode(ext().callCodec, fromHex(data));
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// The state machine

/** `note_bytes`: returns whether the preimage had been requested. */
export function noteBytes(preimage: string, depositor: Account | null): boolean {
  const raw = fromHex(preimage);
  const len = BigInt(raw.length);
  if (len > MAX_SIZE) throw PreimageErrors.fail('TooBig');
  const hash = hashOf(raw);
  if (PreimageFor.contains([hash, len])) throw PreimageErrors.fail('AlreadyNoted');
  const current = StatusFor.tryGet(hash);
  let status: RequestStatusValue;
  if (current?.type === 'Requested') {
    status = { type: 'Requested', value: { ...current.value, len } };
  } else if (current?.type === 'Unrequested') {
    if (depositor !== null) throw PreimageErrors.fail('AlreadyNoted');
    status = {
      type: 'Requested',
      value: { deposit: current.value.deposit, count: 1n, len: current.value.len },
    };
  } else if (depositor === null) {
    status = { type: 'Requested', value: { deposit: null, count: 1n, len } };
  } else {
    const deposit = PreimageConstants.get('BaseDeposit') + PreimageConstants.get('ByteDeposit') * len;
    reserve(depositor, deposit);
    status = { type: 'Unrequested', value: { deposit: [depositor, deposit], len } };
  }
  StatusFor.set(hash, status);
  PreimageFor.set([hash, len], toHex(raw));
  PreimageEvents.emit('Noted', { hash });
  return status.type === 'Requested';
}

function removePreimage(hash: string, len: bigint): void {
  PreimageFor.remove([hash, len]);
}

/** `do_unnote_preimage`: `owner` null means the manager (Root). */
export function unnote(hash: string, owner: Account | null): void {
  const s = StatusFor.tryGet(hash);
  if (!s) throw PreimageErrors.fail('NotNoted');
  if (s.type === 'Requested') {
    const dep = s.value.deposit;
    if (dep) {
      if (owner !== null && owner !== dep[0]) throw PreimageErrors.fail('NotAuthorized');
      unreserve(dep[0], dep[1]);
      StatusFor.set(hash, { type: 'Requested', value: { ...s.value, deposit: null } });
      return;
    }
    if (owner !== null) throw PreimageErrors.fail('NotAuthorized');
    unrequest(hash);
    return;
  }
  const [who, amount] = s.value.deposit;
  if (owner !== null && owner !== who) throw PreimageErrors.fail('NotAuthorized');
  unreserve(who, amount);
  StatusFor.remove(hash);
  removePreimage(hash, s.value.len);
  PreimageEvents.emit('Cleared', { hash });
}

/** `do_request_preimage`. */
export function request(hash: string): void {
  const s = StatusFor.tryGet(hash);
  let next: RequestStatusValue;
  if (!s) next = { type: 'Requested', value: { deposit: null, count: 1n, len: null } };
  else if (s.type === 'Requested')
    next = { type: 'Requested', value: { ...s.value, count: s.value.count + 1n } };
  else next = { type: 'Requested', value: { deposit: s.value.deposit, count: 1n, len: s.value.len } };
  StatusFor.set(hash, next);
  if (next.value.count === 1n) PreimageEvents.emit('Requested', { hash });
}

/** `do_unrequest_preimage`. */
export function unrequest(hash: string): void {
  const s = StatusFor.tryGet(hash);
  if (!s || s.type === 'Unrequested') throw PreimageErrors.fail('NotRequested');
  const { count, len, deposit } = s.value;
  if (count > 1n) {
    StatusFor.set(hash, { type: 'Requested', value: { ...s.value, count: count - 1n } });
    return;
  }
  if (len === null) StatusFor.remove(hash);
  else if (deposit === null) {
    removePreimage(hash, len);
    StatusFor.remove(hash);
    PreimageEvents.emit('Cleared', { hash });
  } else StatusFor.set(hash, { type: 'Unrequested', value: { deposit, len } });
}

/** `StorePreimage::bound`: Inline when the call encodes to ≤ 128 bytes, else noted (requested) and Lookup. */
export function bound(callValue: unknown): BoundedCall {
  const encoded = encode(ext().callCodec, callValue);
  if (encoded.length <= MAX_INLINE) return { type: 'Inline', value: toHex(encoded) };
  const hash = hashOf(encoded);
  try {
    ext().transactional(() => noteBytes(toHex(encoded), null));
  } catch {
    // already noted: only its presence matters (StorePreimage::note ignores the error)
  }
  return { type: 'Lookup', value: { hash, len: BigInt(encoded.length) } };
}

/** `QueryPreimage::request` for a bounded call's lookup hash (nothing for Inline). */
export function requestBounded(b: BoundedCall): void {
  const h = lookupHash(b);
  if (h) request(h);
}

/** `QueryPreimage::drop`: unrequests a bounded call's lookup hash, ignoring errors. */
export function dropBounded(b: BoundedCall): void {
  const h = lookupHash(b);
  if (!h) return;
  try {
    ext().transactional(() => unrequest(h));
  } catch {
    // never requested: nothing to drop
  }
}

const ensureManager = (o: Origin): void => {
  if (o.kind !== 'root') throw badOrigin();
};

export const Preimage: PalletDecl = {
  docs: PreimageDocs,
  name: 'Preimage',
  crate: 'pallet_preimage',
  index: 8,
  storage: S.items,
  events: PreimageEvents,
  errors: PreimageErrors,
  constants: PreimageConstants,
  calls: {
    note_preimage: call(0, { bytes }, (o, a) => {
      noteBytes(a.bytes, ensureSignedOrRoot(o));
    }),
    unnote_preimage: call(1, { hash: H256 }, (o, a) => unnote(a.hash, ensureSignedOrRoot(o))),
    request_preimage: call(2, { hash: H256 }, (o, a) => {
      ensureManager(o);
      request(a.hash);
    }),
    unrequest_preimage: call(3, { hash: H256 }, (o, a) => {
      ensureManager(o);
      unrequest(a.hash);
    }),
  },
  invariants: {
    statusMatchesPreimages() {
      for (const [[hash], s] of StatusFor.entries()) {
        const len = s.type === 'Unrequested' ? s.value.len : s.value.len;
        if (len !== null && !PreimageFor.contains([hash, len]))
          throw new Error(`${hash}: status with len ${len} but no preimage`);
        if (s.type === 'Requested' && s.value.count === 0n) throw new Error(`${hash}: requested 0 times`);
      }
      for (const [[[hash, len]]] of PreimageFor.entries()) {
        if (preimageLen(hash) !== len) throw new Error(`${hash}: preimage of ${len} bytes without status`);
      }
    },
  },
};
