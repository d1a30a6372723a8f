/**
 * A test pRuntime's PhalaMq identity for the message-channel tests: a dev key pair named `name`, its
 * `Worker` sender, a `BenchReport` registry event to push, and relaying a signed message through
 * `PhalaMq.sync_offchain_message` (as //Bob).
 */
import { sr25519PairFromSeed } from '@polkadot/util-crypto';
import type { Runtime } from '../../src/pallets-mock/index.js';
import type { SignedMessageValue } from '../../src/pallets-mock/pallets/phala-mq/types.js';
import { devSeed } from '../../src/pallets-mock/pallets/phala-registry/dev-identities.js';
import { toHex } from '../../src/pallets-mock/primitives/bytes.js';

export function mqWorker(name: string) {
  const key = sr25519PairFromSeed(devSeed(name));
  return { key, sender: { type: 'Worker' as const, value: toHex(key.publicKey) } };
}

/** A `BenchReport` registry event's value. */
export const benchReport = (iterations: bigint) => ({
  type: 'BenchReport' as const,
  value: { start_time: 0n, iterations },
});

export const relayMessage = (rt: Runtime, m: SignedMessageValue) =>
  rt.dispatch('//Bob', 'PhalaMq.sync_offchain_message', { signed_message: m });
