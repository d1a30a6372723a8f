/**
 * Extrinsic format v4 (sp_runtime::generic::UncheckedExtrinsic): decoding, the signing payload with
 * Khala's signed extensions, mortal eras, and unsigned encoding for inherents. Layout:
 * compact(len) ++ version byte (0x84 signed / 0x04 unsigned) ++ [MultiAddress ++ MultiSignature ++ extra]
 * ++ call. extra = era ++ compact(nonce) ++ compact(tip); additional signed = spec version ++ tx version
 * ++ genesis hash ++ birth block hash. Payloads over 256 bytes are signed as their blake2_256.
 */

import { decodeEra, type Era, encodeEra } from '../frame/era.js';
import { MultiSignature } from '../frame/metadata.js';
import type { CallValue, Kernel } from '../frame/runtime.js';
import { CodecError, compact, compactU32Length, Reader, u32, u128, Writer } from '../frame/scale.js';
import { MultiAddress } from '../frame/types.js';
import { type AccountId, accountFromKey, publicKey } from '../primitives/account.js';
import { concatBytes, fromHex, toHex } from '../primitives/bytes.js';
import { blake2_256 } from '../primitives/hashing.js';
import type { SignatureKind } from '../primitives/signature.js';

export { decodeEra, type Era, encodeEra };

export interface SignedPart {
  signer: AccountId;
  signerKey: Uint8Array;
  signature: { kind: SignatureKind; bytes: Uint8Array };
  era: Era | null;
  nonce: bigint;
  tip: bigint;
  /** The extra bytes exactly as sent (part of the signing payload). */
  extra: Uint8Array;
}

export interface DecodedExtrinsic {
  /** Full encoding including the length prefix (what is hashed and stored in blocks). */
  bytes: Uint8Array;
  hash: string;
  signed: SignedPart | null;
  callBytes: Uint8Array;
  call: CallValue;
}

const SIGNED_V4 = 0x84;
const UNSIGNED_V4 = 0x04;

/** A mortal era's birth block for the current block number. */
export function eraBirth(era: Era, current: bigint): bigint {
  const base = current > era.phase ? current : era.phase;
  return ((base - era.phase) / era.period) * era.period + era.phase;
}

/** MultiAddress::Id's index, and MultiSignature's kinds by index with their lengths. */
const ADDRESS_ID = 0;
const SIGNATURE_KINDS: ReadonlyArray<readonly [SignatureKind, number]> = [
  ['Ed25519', 64],
  ['Sr25519', 64],
  ['Ecdsa', 65],
];

/** The signer's public key: an `Id` read as its raw 32 bytes, anything else through the MultiAddress codec. */
function signerKeyOf(r: Reader): Uint8Array {
  if (r.bytes[r.pos] === ADDRESS_ID && r.remaining > 32) {
    r.u8();
    return r.take(32).slice();
  }
  const address = MultiAddress.dec(r);
  if (typeof address === 'string' || (address.type !== 'Id' && address.type !== 'Address32'))
    throw new CodecError('unsupported signer address kind');
  // Address32 decodes to hex: publicKey() takes it.
  return publicKey(address.value as string);
}

/** The signature's kind and raw bytes (an unknown kind or short input: the MultiSignature codec's error). */
function signatureOf(r: Reader): { kind: SignatureKind; bytes: Uint8Array } {
  const known = SIGNATURE_KINDS[r.bytes[r.pos] as number];
  if (!known || r.remaining <= known[1]) {
    const signature = MultiSignature.dec(r) as { type: SignatureKind; value: string };
    return { kind: signature.type, bytes: fromHex(signature.value) };
  }
  r.u8();
  return { kind: known[0], bytes: r.take(known[1]).slice() };
}

/**
 * Decodes a v4 extrinsic (with its length prefix) against the runtime's calls. Throws CodecError. `hash`:
 * its blake2_256 when the caller has it already.
 */
export function decodeExtrinsic(kernel: Kernel, bytes: Uint8Array, hash?: string): DecodedExtrinsic {
  const r = new Reader(bytes);
  const len = compactU32Length.dec(r);
  if (len !== r.remaining) throw new CodecError(`extrinsic length prefix ${len} ≠ ${r.remaining} bytes`);
  const version = r.u8();
  let signed: SignedPart | null = null;
  if (version === SIGNED_V4) {
    const signerKey = signerKeyOf(r);
    const signature = signatureOf(r);
    const extraStart = r.pos;
    const era = decodeEra(r);
    const nonce = compact(u32).dec(r);
    const tip = compact(u128).dec(r);
    const extra = bytes.slice(extraStart, r.pos);
    signed = { signer: accountFromKey(signerKey), signerKey, signature, era, nonce, tip, extra };
  } else if (version !== UNSIGNED_V4) {
    throw new CodecError(`unsupported extrinsic version byte 0x${version.toString(16)}`);
  }
  const callBytes = bytes.slice(r.pos);
  const call = kernel.enter(() => kernel.callCodec.dec(r)) as CallValue;
  if (r.remaining !== 0) throw new CodecError(`${r.remaining} trailing byte(s) after the call`);
  return { bytes, hash: hash ?? toHex(blake2_256(bytes)), signed, callBytes, call };
}

export interface AdditionalSigned {
  specVersion: number;
  transactionVersion: number;
  genesisHash: string;
  birthHash: string;
}

/** The bytes a signer signs: call ++ extra ++ additional signed, hashed when longer than 256 bytes. */
export function signingPayload(callBytes: Uint8Array, extra: Uint8Array, add: AdditionalSigned): Uint8Array {
  const genesis = fromHex(add.genesisHash);
  const birth = fromHex(add.birthHash);
  // Sized once (every submission computes it): call ++ extra ++ u32 ++ u32 ++ genesis ++ birth.
  const payload = new Uint8Array(callBytes.length + extra.length + 8 + genesis.length + birth.length);
  const view = new DataView(payload.buffer);
  let o = 0;
  payload.set(callBytes, o);
  o += callBytes.length;
  payload.set(extra, o);
  o += extra.length;
  view.setUint32(o, add.specVersion, true);
  view.setUint32(o + 4, add.transactionVersion, true);
  o += 8;
  payload.set(genesis, o);
  payload.set(birth, o + genesis.length);
  return payload.length > 256 ? blake2_256(payload) : payload;
}

/** Wraps an encoded body (version byte onwards) with its compact length prefix. */
export function withLengthPrefix(body: Uint8Array): Uint8Array {
  const w = new Writer();
  compactU32Length.enc(w, body.length);
  w.bytes(body);
  return w.finish();
}

/** An unsigned (inherent) extrinsic for a call. */
export function encodeUnsigned(kernel: Kernel, call: CallValue): Uint8Array {
  const w = new Writer();
  w.u8(UNSIGNED_V4);
  kernel.enter(() => kernel.callCodec.enc(w, call));
  return withLengthPrefix(w.finish());
}

/** A signed extrinsic from its parts (used by in-process actors and tests that sign in Node). */
export function encodeSigned(parts: {
  signerKey: Uint8Array;
  signature: { kind: SignatureKind; bytes: Uint8Array };
  extra: Uint8Array;
  callBytes: Uint8Array;
}): Uint8Array {
  const w = new Writer();
  w.u8(SIGNED_V4);
  MultiAddress.enc(w, { type: 'Id', value: toHex(parts.signerKey) });
  MultiSignature.enc(w, { type: parts.signature.kind, value: toHex(parts.signature.bytes) } as never);
  w.bytes(parts.extra);
  w.bytes(parts.callBytes);
  return withLengthPrefix(w.finish());
}

/** extra = era ++ compact(nonce) ++ compact(tip). */
export function encodeExtra(era: Era | null, nonce: bigint, tip: bigint): Uint8Array {
  const w = new Writer();
  compact(u32).enc(w, nonce);
  compact(u128).enc(w, tip);
  return concatBytes(encodeEra(era), w.finish());
}
