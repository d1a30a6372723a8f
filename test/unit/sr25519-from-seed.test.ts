/**
 * The offchain signer's sr25519 key pair from a seed (wasm once loaded) is util-crypto's JS key pair, byte
 * for byte, and signs what the chain's verifier accepts.
 */
import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import { isReady } from '@polkadot/wasm-crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signSr25519, sr25519FromSeed } from '../../src/pallets-mock/offchain/signer.js';
import { cryptoReady, verifySignatureInThread } from '../../src/pallets-mock/primitives/signature.js';

describe('sr25519FromSeed', () => {
  it('gives the JS key pair on wasm, and its signatures verify', async () => {
    await cryptoReady();
    expect(isReady()).toBe(true);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (seed) => {
        const js = sr25519PairFromSeed(seed);
        const pair = sr25519FromSeed(seed);
        expect(pair.secretKey).toEqual(js.secretKey);
        expect(pair.publicKey).toEqual(js.publicKey);
        const msg = new Uint8Array([1, 2, 3, seed[0] ?? 0]);
        expect(verifySignatureInThread('Sr25519', signSr25519(msg, pair), msg, js.publicKey)).toBe(true);
      }),
      { numRuns: 50 },
    );
    expect(() => sr25519FromSeed(new Uint8Array(31))).toThrow();
  });
});
