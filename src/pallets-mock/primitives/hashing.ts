/**
 * Substrate's storage and identity hashes: blake2b-128/256 and xxhash64/128 (twox), as sp_core::hashing
 * defines them. Thin wrappers over @polkadot/util-crypto so the rest of the runtime names them as Rust does.
 */
import { blake2AsU8a, xxhashAsU8a } from '@polkadot/util-crypto';

export const blake2_128 = (data: Uint8Array): Uint8Array => blake2AsU8a(data, 128);
export const blake2_256 = (data: Uint8Array): Uint8Array => blake2AsU8a(data, 256);
export const twox64 = (data: Uint8Array): Uint8Array => xxhashAsU8a(data, 64);
export const twox128 = (data: Uint8Array): Uint8Array => xxhashAsU8a(data, 128);
export const twox256 = (data: Uint8Array): Uint8Array => xxhashAsU8a(data, 256);
