/**
 * Strict base64 decoding (RFC 4648 alphabet, padded) with exactly the answers of @polkadot/util-crypto's
 * `base64Decode`, faster for canonical text such as an IAS report's quote body: whole padded quanta of the
 * standard alphabet whose unused bits are zero (the one encoding of some bytes) are decoded with `atob`
 * (browsers and Node alike); anything else goes to util-crypto's `base64Decode` itself, so what is
 * accepted, rejected and returned is always its answer.
 */
import { base64Decode as utilBase64Decode } from '@polkadot/util-crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
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
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
