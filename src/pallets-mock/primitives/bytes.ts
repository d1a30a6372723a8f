/** Byte helpers shared by the codec, storage and hashing: hex conversion, concatenation, comparison. */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** Both ASCII codes of each byte's two hex digits. */
const HEX_HI = Uint8Array.from(HEX, (h) => h.charCodeAt(0));
const HEX_LO = Uint8Array.from(HEX, (h) => h.charCodeAt(1));
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

/**
 * The hex readers below take a string's characters as bytes (`asciiCodes`) rather than through
 * `String.prototype` methods: once any loaded code defines a subclass of `String` (@polkadot/types' `Text`
 * does), V8 stops inlining those methods, and `charCodeAt` costs about five times as much from then on
 * (measured on Node 20), while one `TextEncoder.encodeInto` copies a whole key in a single native call.
 */
const encoder = new TextEncoder();
const ASCII_SCRATCH_MAX = 4096;
const asciiScratch = new Uint8Array(ASCII_SCRATCH_MAX);

/**
 * The character codes of `s` as bytes — its first `s.length` bytes; in a scratch buffer reused by the
 * next call, for strings up to 4,096 characters — or undefined when a character is not ASCII.
 */
export function asciiCodes(s: string): Uint8Array | undefined {
  if (s.length > ASCII_SCRATCH_MAX) {
    const bytes = encoder.encode(s);
    return bytes.length === s.length ? bytes : undefined;
  }
  const { read, written } = encoder.encodeInto(s, asciiScratch);
  return read === s.length && written === s.length ? asciiScratch : undefined;
}

/** Hex (with or without 0x) to bytes; throws on odd length or a non-hex character. Hot: no regex, no slices. */
export function fromHex(hex: string): Uint8Array {
  const codes = asciiCodes(hex);
  if (codes === undefined) throw new Error(`invalid hex string: ${hex.slice(0, 40)}`);
  const start = hex.length >= 2 && codes[0] === 48 && codes[1] === 120 ? 2 : 0;
  if ((hex.length - start) % 2 !== 0) throw new Error(`invalid hex string: ${hex.slice(0, 40)}`);
  const out = new Uint8Array((hex.length - start) / 2);
  for (let i = 0, j = start; i < out.length; i++, j += 2) {
    const hi = NIBBLE[codes[j] as number] as number;
    const lo = NIBBLE[codes[j + 1] as number] as number;
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
