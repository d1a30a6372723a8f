/**
 * Substrate's storage and identity hashes: blake2b-128/256 and xxhash64/128 (twox), as sp_core::hashing
 * defines them. Thin wrappers over @polkadot/util-crypto so the rest of the runtime names them as Rust does.
 *
 * Inputs up to WASM_MAX_INPUT bytes (storage keys, headers, signing payloads: the hot paths) are hashed by
 * @polkadot/wasm-crypto; longer ones (state diffs, extrinsic lists, whatever a client sends) by
 * util-crypto's JS. A WebAssembly memory never shrinks, and copying inputs of many different large sizes
 * into it fragments its allocator: a long-running node's memory grew by ~0.5 MB a minute under the soak
 * (test/bench/soak.ts), hashing inputs of 1–3,000 bytes grows it to 27 MB, up to 256 bytes to 0.5 MB.
 */
import { blake2AsU8a, xxhashAsU8a } from '@polkadot/util-crypto';

export const WASM_MAX_INPUT = 256;

const js = (data: Uint8Array) => data.length > WASM_MAX_INPUT;

export const blake2_128 = (data: Uint8Array): Uint8Array => blake2AsU8a(data, 128, undefined, js(data));
export const blake2_256 = (data: Uint8Array): Uint8Array => blake2AsU8a(data, 256, undefined, js(data));
export const twox64 = (data: Uint8Array): Uint8Array => xxhashAsU8a(data, 64, js(data));
export const twox128 = (data: Uint8Array): Uint8Array => xxhashAsU8a(data, 128, js(data));
export const twox256 = (data: Uint8Array): Uint8Array => xxhashAsU8a(data, 256, js(data));
