/**
 * jsdom swaps in its own typed-array realm, and its TextEncoder's output is not `instanceof Uint8Array`
 * there, which breaks byte checks in @polkadot/util and the runtime's hashing (storage keys come out
 * wrong). Import this first in every UI test: it installs an encoder whose output is the page realm's
 * Uint8Array, before any module captures it, and tells React this is not an act() environment (the chain
 * pushes updates asynchronously, as in a browser).
 */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

class RealmTextEncoder extends NodeTextEncoder {
  override encode(input?: string): Uint8Array<ArrayBuffer> {
    return new Uint8Array(super.encode(input));
  }
}

Object.assign(globalThis, {
  TextEncoder: RealmTextEncoder,
  TextDecoder: NodeTextDecoder,
  IS_REACT_ACT_ENVIRONMENT: false,
});
