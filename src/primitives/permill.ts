/**
 * Permill / Perbill (parts per million / billion) as `bigint` parts, and `PerThing * Balance`.
 *
 * Models `sp_arithmetic::per_things::{Permill, Perbill}`: `from_parts` saturates at the accuracy,
 * `from_percent`, and `impl Mul<N> for PerThing` which rounds with `Rounding::NearestPrefDown`
 * (round half down): `q = floor(n·p / ACC)`, `+1` if `2·remainder > ACC` (spec §1.1 / §1.3).
 * Used for pool/vault commissions (`payout_commission: Option<Permill>`).
 */

import { assertUint } from './arithmetic.js';

/** `Permill::ACCURACY`. */
export const PERMILL_ACCURACY = 1_000_000n;
/** `Perbill::ACCURACY`. */
export const PERBILL_ACCURACY = 1_000_000_000n;

/** `PerThing * n` with `Rounding::NearestPrefDown`, for any accuracy. `n` is a u128 balance. */
export function perThingMul(parts: bigint, n: bigint, accuracy: bigint): bigint {
  assertUint(parts, 32, 'parts');
  if (parts > accuracy) {
    throw new RangeError(`per-thing parts ${parts} exceed accuracy ${accuracy}`);
  }
  assertUint(n, 128, 'operand');
  const product = n * parts;
  const q = product / accuracy;
  const r = product % accuracy;
  return 2n * r > accuracy ? q + 1n : q;
}

/** `Permill::from_parts(x)` — saturates at 1 000 000. */
export function permillFromParts(parts: bigint): bigint {
  assertUint(parts, 32, 'parts');
  return parts > PERMILL_ACCURACY ? PERMILL_ACCURACY : parts;
}

/** `Permill::from_percent(x)` — `min(x, 100) · 10 000`. */
export function permillFromPercent(percent: bigint): bigint {
  assertUint(percent, 32, 'percent');
  return (percent > 100n ? 100n : percent) * (PERMILL_ACCURACY / 100n);
}

/** `Permill * n` (round half down). */
export function permillMul(ppm: bigint, n: bigint): bigint {
  return perThingMul(ppm, n, PERMILL_ACCURACY);
}

/** `Perbill::from_parts(x)` — saturates at 1 000 000 000. */
export function perbillFromParts(parts: bigint): bigint {
  assertUint(parts, 32, 'parts');
  return parts > PERBILL_ACCURACY ? PERBILL_ACCURACY : parts;
}

/** `Perbill * n` (round half down). */
export function perbillMul(ppb: bigint, n: bigint): bigint {
  return perThingMul(ppb, n, PERBILL_ACCURACY);
}
