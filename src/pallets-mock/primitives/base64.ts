/**
 * Strict base64 decoding (RFC 4648 alphabet, padded) with exactly the answers of @polkadot/util-crypto's
 * `base64Decode`, faster for canonical text such as an IAS report's quote body: whole padded quanta of the
 * standard alphabet whose unused bits are zero (the one encoding of some bytes) are decoded here, from the
 * text's character codes (`asciiCodes`: no `String.prototype` method per character, see bytes.ts);
 * anything else goes to util-crypto's `base64Decode` itself, so what is accepted, rejected and returned is
 * always its answer.
 */
import { base64Decode as utilBase64Decode } from '@polkadot/util-crypto';
import { asciiCodes } from './bytes.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Each alphabet character's six bits, by character code. */
const SEXTET = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) SEXTET[ALPHABET.charCodeAt(i)] = i;
const CANONICAL = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Whether the bits the padding leaves unused in the last data character are zero. */
function unusedBitsZero(text: string): boolean {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (pad === 0) return true;
  const last = ALPHABET.indexOf(text[text.length - pad - 1] as string);
  return (last & (pad === 2 ? 0xf : 0x3)) === 0;
}

/** util-crypto's `base64Decode(text)`: the bytes, or its error. */
export function base64Decode(text: string): Uint8Array {
  if (!CANONICAL.test(text) || !unusedBitsZero(text)) return utilBase64Decode(text);
  // Canonical text is ASCII; padding ('=') reads as zero bits, and the bytes it stands for are not kept.
  const codes = asciiCodes(text) as Uint8Array;
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  for (let i = 0, o = 0; i < text.length; i += 4, o += 3) {
    const quantum =
      ((SEXTET[codes[i] as number] as number) << 18) |
      ((SEXTET[codes[i + 1] as number] as number) << 12) |
      ((SEXTET[codes[i + 2] as number] as number) << 6) |
      (SEXTET[codes[i + 3] as number] as number);
    out[o] = quantum >>> 16;
    if (o + 1 < out.length) out[o + 1] = (quantum >>> 8) & 0xff;
    if (o + 2 < out.length) out[o + 2] = quantum & 0xff;
  }
  return out;
}
