/** Byte helpers shared by the codec, storage and hashing: hex conversion, concatenation, comparison. */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Both ASCII codes of each byte's two hex digits. */
export const HEX_HI = Uint8Array.from(HEX, (h) => h.charCodeAt(0));
export const HEX_LO = Uint8Array.from(HEX, (h) => h.charCodeAt(1));
/** Up to this many bytes become one `String.fromCharCode` call (its arguments live on the stack). */
const HEX_CHARCODE_MAX = 1024;

export function toHex(bytes: Uint8Array): string {
  const n = bytes.length;
  if (n <= HEX_CHARCODE_MAX) {
    // One flat string from the character codes: storage keys and 32-byte values are hashed by Map
    // lookups right after, and a flat string hashes without first copying a chain of concatenations.
    const codes = new Array<number>(2 + 2 * n);
    codes[0] = 48; // '0'
    codes[1] = 120; // 'x'
    for (let i = 0; i < n; i++) {
      const b = bytes[i] as number;
      codes[2 + 2 * i] = HEX_HI[b] as number;
      codes[3 + 2 * i] = HEX_LO[b] as number;
    }
    return String.fromCharCode.apply(null, codes);
  }
  let out = '0x';
  for (let i = 0; i < n; i++) out += HEX[bytes[i] as number];
  return out;
}

/** Nibble value of each ASCII code, -1 for a non-hex character. */
export const NIBBLE = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  NIBBLE['0123456789abcdef'.charCodeAt(i)] = i;
  NIBBLE['0123456789ABCDEF'.charCodeAt(i)] = i;
}

/** Hex (with or without 0x) to bytes; throws on odd length or a non-hex character. Hot: no regex, no slices. */
export function fromHex(hex: string): Uint8Array {
  const start = hex.startsWith('0x') ? 2 : 0;
  if ((hex.length - start) % 2 !== 0) throw new Error(`invalid hex string: ${hex.slice(0, 40)}`);
  const out = new Uint8Array((hex.length - start) / 2);
  for (let i = 0, j = start; i < out.length; i++, j += 2) {
    const hi = NIBBLE[hex.charCodeAt(j)] ?? -1;
    const lo = NIBBLE[hex.charCodeAt(j + 1)] ?? -1;
    if (hi < 0 || lo < 0) throw new Error(`invalid hex string: ${hex.slice(0, 40)}`);
    out[i] = (hi << 4) | lo;
  }
  return out;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let len = 0;
  for (const p of parts) len += p.length;
  const out = new Uint8Array(len);
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: false });
/** Lexicographic order of byte strings (Rust's `Ord` for `[u8]` and AccountId32): negative, 0 or positive. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

export const utf8 = (s: string): Uint8Array => encoder.encode(s);
export const fromUtf8 = (b: Uint8Array): string => decoder.decode(b);
