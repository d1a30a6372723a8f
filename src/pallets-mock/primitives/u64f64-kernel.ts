/**
 * The Gatekeeper's U64F64 kernel (kernel/u64f64.ts, compiled to WebAssembly by `npm run build:kernel`):
 * `fmul`, `fadd` and `fsqrt` on native 64-bit integers, bit for bit as fixed.ts computes them with
 * `bigint`, and the two per-block loops of gk-tokenomic-table.ts over its struct-of-arrays memory.
 *
 * A value is 16 bytes of the memory, little endian (the raw U64F64 bits). Addresses are byte offsets;
 * the functions answer 0 for "declined" where fixed.ts would throw (or, for a square root, where the
 * radicand is 2^104 or more), and the loops answer a slot to stop at (see the kernel's source).
 * The module is compiled once; each memory gets its own instance.
 */
import { base64Decode } from './base64.js';
import { KERNEL_WASM_BASE64 } from './u64f64-kernel-binary.js';

export interface U64F64Kernel {
  /** `fmul` of the values at a and b into out; 0 where fixed.ts throws. */
  mulAt(a: number, b: number, out: number): number;
  /** `fadd` of the values at a and b into out; 0 where fixed.ts throws. */
  addAt(a: number, b: number, out: number): number;
  /** `fsqrt` of the value at x into out; 0 for radicands of 2^104 or more. */
  sqrtAt(x: number, out: number): number;
  /** Σshare of the counted slots from `start` into `sum`: −1 done, a stale slot, or −2 − a declined slot. */
  sumShare(
    start: number,
    n: number,
    v: number,
    term: number,
    counted: number,
    stale: number,
    sum: number,
  ): number;
  /** `update_v_idle` of one slot; 0, nothing written, where the arithmetic declined. */
  updateVIdle(
    slot: number,
    v: number,
    vDeductible: number,
    costIdle: number,
    multiplier: number,
    params: number,
  ): number;
  /** `update_v_idle` of the counted, quiet slots from `start`: −1 done, or the slot to handle in JS. */
  updateQuietIdle(
    start: number,
    n: number,
    v: number,
    vDeductible: number,
    costIdle: number,
    multiplier: number,
    counted: number,
    busy: number,
    stale: number,
    params: number,
  ): number;
}

let compiled: WebAssembly.Module | undefined;

/** The kernel working on `memory`. */
export function instantiateKernel(memory: WebAssembly.Memory): U64F64Kernel {
  compiled ??= new WebAssembly.Module(new Uint8Array(base64Decode(KERNEL_WASM_BASE64)));
  return new WebAssembly.Instance(compiled, { env: { memory } }).exports as unknown as U64F64Kernel;
}
