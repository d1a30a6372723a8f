/**
 * Steps the embedded-verify e2e runs inside the built-in chain's Web Worker through
 * `window.__phaStakeEmbeddedChain.run('/test/e2e/verify-steps.ts', step)` (src/embedded/client.ts): what
 * the chain's signature verifier is, and a batch of submissions with one tampered signature.
 */
import { ChainError, type DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { signCall } from '../../src/pallets-mock/offchain/tx-signer.js';
import type { VerifyPool } from '../../src/pallets-mock/primitives/signature-pool.js';

export interface VerifierState {
  /** The chain verifies on a thread pool (attached once its threads have loaded). */
  attached: boolean;
  threads: number;
  /** Items the pool's threads have verified so far. */
  verified: number;
}

export function verifierState(chain: DevChain): VerifierState {
  const pool = chain.verifier as VerifyPool | undefined;
  return { attached: pool !== undefined, threads: pool?.threads ?? 0, verified: pool?.verified ?? 0 };
}

/**
 * Three remarks submitted together (one batch for the pool): Alice's and Bob's as signed, Charlie's with
 * one signature byte flipped. Returns each outcome (a hash, or the ChainError's code and kind) and the
 * verifier's state after.
 */
export async function submitWithTamperedSignature(chain: DevChain) {
  const call = { type: 'System', value: { type: 'remark', value: { remark: '0x01' } } };
  const bad = signCall(chain, '//Charlie', call);
  // The signature starts after the length prefix (2 bytes), the version, the address kind, the 32-byte
  // key and the signature kind: flip a byte inside it.
  const tampered = bad.slice();
  const at = 2 + 1 + 1 + 32 + 1 + 10;
  tampered[at] = (tampered[at] as number) ^ 1;
  const settled = await Promise.allSettled([
    chain.submitQueued(signCall(chain, '//Alice', call)),
    chain.submitQueued(tampered),
    chain.submitQueued(signCall(chain, '//Bob', call)),
  ]);
  const outcomes = settled.map((r) =>
    r.status === 'fulfilled'
      ? { hash: r.value }
      : r.reason instanceof ChainError
        ? { code: r.reason.code, invalid: r.reason.invalid ?? null }
        : { error: String(r.reason) },
  );
  return { outcomes, after: verifierState(chain) };
}
