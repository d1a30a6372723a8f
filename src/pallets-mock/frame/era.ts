/**
 * sp_runtime::generic::Era: immortal (one zero byte) or mortal (two bytes: the period's power of two and
 * the quantized phase). A mortal encoding whose period is under 4 or whose phase is not below its period
 * does not decode, in Rust or here.
 */
import { CodecError, type Reader } from './scale.js';

export interface Era {
  period: bigint;
  phase: bigint;
}

/** Decodes an era from its 1- or 2-byte encoding (sp_runtime::generic::Era). */
export function decodeEra(r: Reader): Era | null {
  const first = r.u8();
  if (first === 0) return null;
  const encoded = first | (r.u8() << 8);
  const period = 2n << BigInt(encoded % (1 << 4));
  const quantizeFactor = period >> 12n > 1n ? period >> 12n : 1n;
  const phase = BigInt(encoded >> 4) * quantizeFactor;
  if (period < 4n || phase >= period) throw new CodecError('invalid mortal era');
  return { period, phase };
}

export function encodeEra(era: Era | null): Uint8Array {
  if (!era) return new Uint8Array([0]);
  const quantizeFactor = era.period >> 12n > 1n ? era.period >> 12n : 1n;
  let tz = 0;
  while (((era.period >> BigInt(tz)) & 1n) === 0n) tz++;
  const low = Math.min(15, Math.max(1, tz - 1));
  const encoded = low | (Number(era.phase / quantizeFactor) << 4);
  return new Uint8Array([encoded & 0xff, encoded >> 8]);
}
