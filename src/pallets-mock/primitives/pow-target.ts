/**
 * Heartbeat challenge target, exact U32F32 / U256 integer math.
 *
 * Mirrors `pow_target(num_tx, num_workers, secs_per_block)` of
 * `pallets/phala/src/compute/computation.rs` (spec §6.5):
 *   max_tx = N·2 / (3600 / secs_per_block)   (U32F32)
 *   target_tx = min(num_tx, max_tx)
 *   frac = (target_tx / N) << 24, to u32      (truncating)
 *   target = (U256::MAX >> 24) · frac          (0 when N = 0)
 * U32F32 is held as u64 bits (value = bits / 2^32); overflow or division by zero throws an
 * `ArithmeticError` where the Rust code would panic.
 */

import { ArithmeticError, assertUint, U256_MAX } from '../../primitives/arithmetic.js';

const U32F32_FRAC = 32n;
const U64_MASK = (1n << 64n) - 1n;

function u32f32FromInt(n: bigint): bigint {
  return assertUint(n, 32, 'U32F32 integer') << U32F32_FRAC;
}

function u32f32Mul(a: bigint, b: bigint): bigint {
  return assertUint((a * b) >> U32F32_FRAC, 64, 'U32F32 product');
}

function u32f32Div(a: bigint, b: bigint): bigint {
  if (b === 0n) {
    throw new ArithmeticError('DivisionByZero', 'U32F32 division by zero');
  }
  return assertUint((a << U32F32_FRAC) / b, 64, 'U32F32 quotient');
}

/** Target below which `blake2_256(pubkey) XOR seed` must fall for a worker to be challenged. */
export function powTarget(numTx: bigint, numWorkers: bigint, secsPerBlock: bigint): bigint {
  assertUint(numTx, 32, 'num_tx');
  assertUint(numWorkers, 32, 'num_workers');
  assertUint(secsPerBlock, 32, 'secs_per_block');
  if (numWorkers === 0n) {
    return 0n;
  }
  if (secsPerBlock === 0n) {
    throw new ArithmeticError('DivisionByZero', 'secs_per_block is zero');
  }
  const n = u32f32FromInt(numWorkers);
  const tx = u32f32FromInt(numTx);
  const maxTx = u32f32Div(u32f32Mul(n, u32f32FromInt(2n)), u32f32FromInt(3600n / secsPerBlock));
  const targetTx = tx < maxTx ? tx : maxTx;
  // `checked_shl(24)` only fails for shift ≥ 64; the bits themselves wrap.
  const shifted = (u32f32Div(targetTx, n) << 24n) & U64_MASK;
  const frac = assertUint(shifted >> U32F32_FRAC, 32, 'frac');
  return assertUint((U256_MAX >> 24n) * frac, 256, 'target');
}
