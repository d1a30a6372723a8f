/**
 * 0x-hex of 32-byte values (public keys, hashes) through a direct-mapped cache of the strings made
 * before. A chain decodes the same few thousand keys over and over (a stake pool's 200 workers at every
 * reward it pays); a key met again costs a comparison of its 32 bytes with the cached string instead of a
 * new 66-character string (no allocation, no garbage to collect), and comes back as the same string
 * object, whose hash the Map lookups that follow have already computed. A slot holds the last key that
 * mapped to it; a different key replaces it.
 */
import { HEX_HI, HEX_LO, toHex } from './bytes.js';

const SLOTS = 1 << 16;
const slots: Array<string | undefined> = new Array(SLOTS);

/** Whether `hex` (0x + 64 lowercase digits) spells `bytes[at..at+32)`. */
function spells(hex: string, bytes: Uint8Array, at: number): boolean {
  for (let i = 0; i < 32; i++) {
    const b = bytes[at + i] as number;
    if (hex.charCodeAt(2 + 2 * i) !== HEX_HI[b] || hex.charCodeAt(3 + 2 * i) !== HEX_LO[b]) return false;
  }
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
  if (cached !== undefined && spells(cached, bytes, at)) return cached;
  const hex = toHex(bytes.subarray(at, at + 32));
  slots[slot] = hex;
  return hex;
}
