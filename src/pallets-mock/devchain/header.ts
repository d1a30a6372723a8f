/**
 * Block headers (sp_runtime::generic::Header<u32, BlakeTwo256>): SCALE encoding, hash = blake2_256 of the
 * encoding, and the JSON shape chain_getHeader returns. State and extrinsics roots are deterministic
 * digests (a rolling hash of state diffs, a hash of the extrinsic list) rather than trie roots.
 */
import { bytes, compact, encode, struct, u32, vec } from '../frame/scale.js';
import type { StateDiff } from '../frame/state.js';
import { H256 } from '../frame/types.js';
import { Digest, DigestItem } from '../pallets/system/index.js';
import { concatBytes, fromHex, toHex } from '../primitives/bytes.js';
import { blake2_256 } from '../primitives/hashing.js';

export const HeaderCodec = struct('sp_runtime::generic::header::Header', {
  parent_hash: H256,
  number: compact(u32),
  state_root: H256,
  extrinsics_root: H256,
  digest: Digest,
});

export interface Header {
  parentHash: string;
  number: bigint;
  stateRoot: string;
  extrinsicsRoot: string;
  digest: { logs: Array<{ type: string; value: unknown }> };
}

export const encodeHeader = (h: Header): Uint8Array => encode(HeaderCodec, h as never);
export const headerHash = (h: Header): string => toHex(blake2_256(encodeHeader(h)));

/** chain_getHeader JSON: hex number, digest logs as SCALE hex. */
export function headerJson(h: Header) {
  return {
    parentHash: h.parentHash,
    number: `0x${h.number.toString(16)}`,
    stateRoot: h.stateRoot,
    extrinsicsRoot: h.extrinsicsRoot,
    digest: { logs: h.digest.logs.map((l) => toHex(encode(DigestItem, l as never))) },
  };
}

export const extrinsicsRoot = (extrinsics: Uint8Array[]): string =>
  toHex(
    blake2_256(
      encode(
        vec(bytes),
        extrinsics.map((x) => toHex(x)),
      ),
    ),
  );

/** Rolling state root: blake2_256(parent root ++ SCALE(sorted diff)). */
export function nextStateRoot(parentRoot: string, diff: StateDiff): string {
  const parts: Uint8Array[] = [fromHex(parentRoot)];
  for (const d of diff) {
    parts.push(fromHex(d.key));
    parts.push(
      d.value === null
        ? new Uint8Array([0])
        : concatBytes(new Uint8Array([1]), encode(bytes, toHex(d.value))),
    );
  }
  return toHex(blake2_256(concatBytes(...parts)));
}

export const ZERO_HASH = toHex(new Uint8Array(32));
