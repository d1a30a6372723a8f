/**
 * The runtime's hashes (src/pallets-mock/primitives/hashing.ts): the same digests whichever
 * implementation hashes an input (WASM up to WASM_MAX_INPUT bytes, JS above), and hashing inputs of many
 * different large sizes does not grow the WebAssembly memory (it never shrinks: the node's memory grew
 * with every block's state diff under the soak of issue 20).
 */
import { blake2AsU8a, cryptoWaitReady, xxhashAsU8a } from '@polkadot/util-crypto';
import { bridge } from '@polkadot/wasm-crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  blake2_128,
  blake2_256,
  twox64,
  twox128,
  twox256,
  WASM_MAX_INPUT,
} from '../../src/pallets-mock/primitives/hashing.js';

const input = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 255);
const wasmBytes = () => (bridge.wasm as unknown as { memory: WebAssembly.Memory }).memory.buffer.byteLength;

beforeAll(() => cryptoWaitReady());

describe('hashing', () => {
  it('gives the same digests from WASM and JS on both sides of the WASM input limit', () => {
    for (const n of [0, 1, 32, WASM_MAX_INPUT, WASM_MAX_INPUT + 1, 1000, 5000]) {
      const d = input(n, n);
      expect(blake2_128(d)).toEqual(blake2AsU8a(d, 128, undefined, true));
      expect(blake2_256(d)).toEqual(blake2AsU8a(d, 256, undefined, false));
      expect(blake2_256(d)).toEqual(blake2AsU8a(d, 256, undefined, true));
      expect(twox64(d)).toEqual(xxhashAsU8a(d, 64, true));
      expect(twox128(d)).toEqual(xxhashAsU8a(d, 128, false));
      expect(twox256(d)).toEqual(xxhashAsU8a(d, 256, true));
    }
  });

  it('hashing inputs of thousands of different sizes does not grow the WebAssembly memory', () => {
    // warm the allocator with every small size first (what a node does from its first blocks)
    for (let n = 0; n <= WASM_MAX_INPUT; n++) blake2_256(input(n, n));
    const before = wasmBytes();
    for (let i = 0; i < 3_000; i++) {
      const d = input(WASM_MAX_INPUT + 1 + ((i * 7919) % 4000), i);
      blake2_256(d);
      twox128(d);
    }
    expect(wasmBytes()).toBe(before);
  });
});
