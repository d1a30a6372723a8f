/**
 * 0x-hex of 32-byte values (public keys, hashes) through a direct-mapped cache of the strings made
 * before. A chain decodes the same few thousand keys over and over (a stake pool's 200 workers at every
 * reward it pays); a key met again costs a comparison of its 32 bytes with the ones cached beside its
 * string instead of a new 66-character string (no allocation, no garbage to collect), and comes back as
 * the same string object, whose hash the Map lookups that follow have already computed. A slot holds the
 * last key that mapped to it; a different key replaces it.
 */
import { toHex } from './bytes.js';

const SLOTS = 1 << 16;
const slots: Array<string | undefined> = new Array(SLOTS);
/** The 32 bytes each slot's string spells, at `slot · 32` (compared as bytes: no string methods, bytes.ts). */
const slotBytes = new Uint8Array(SLOTS * 32);

/** Whether the slot holds `bytes[at..at+32)`. */
function holds(slot: number, bytes: Uint8Array, at: number): boolean {
  const base = slot * 32;
  for (let i = 0; i < 32; i++) if (slotBytes[base + i] !== bytes[at + i]) return false;
  return true;
}

/**
 * `toHex` of the 32 bytes at `bytes[at..at+32)` (read without a subarray), the same string object each
 * time the same bytes come back.
 */
export function hex32(bytes: Uint8Array, at = 0): string {
  // Keys and hashes are uniformly distributed: four of their bytes pick the slot.
  const slot =
    ((bytes[at] as number) ^
      ((bytes[at + 9] as number) << 8) ^
      ((bytes[at + 17] as number) << 4) ^
      ((bytes[at + 26] as number) << 12)) &
    (SLOTS - 1);
  const cached = slots[slot];
  if (cached !== undefined && holds(slot, bytes, at)) return cached;
  const key = bytes.subarray(at, at + 32);
  const hex = toHex(key);
  slots[slot] = hex;
  slotBytes.set(key, slot * 32);
  return hex;
}
