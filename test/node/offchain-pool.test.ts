/**
 * The scale bench's off-chain threads (test/bench/offchain-pool.ts): the pRuntime keys and
 * `register_worker_v2` arguments they make are exactly those the same pRuntimes and the default
 * simulated IAS make in this thread, and such a registration registers its worker (the chain checks the
 * attestation as always).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime } from '../../src/pallets-mock/index.js';
import { SimulatedAttestationService } from '../../src/pallets-mock/offchain/attestation-service.js';
import { type PRuntimeOptions, PRuntimeWorker } from '../../src/pallets-mock/offchain/pruntime.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { createOffchainPool, type OffchainPool } from '../bench/offchain-pool.js';

let pool: OffchainPool;
beforeAll(async () => {
  await cryptoReady();
  pool = createOffchainPool(2);
  await pool.ready;
});
afterAll(() => pool.close());

describe('the scale bench off-chain threads', () => {
  it('make the keys and registrations the pRuntimes and the simulated IAS make here', async () => {
    const rt = createRuntime();
    rt.advanceBlocks(1);
    const nowSec = (rt.query('Timestamp.Now') as bigint) / 1000n;
    const options: PRuntimeOptions[] = [0, 1, 2].map((i) => ({
      name: `offchain-${i}`,
      operator: '//Alice',
      iterationsPerSecond: 100n + BigInt(i),
    }));
    const here = options.map((o) => new PRuntimeWorker(o));
    const keys = await pool.keys(options);
    expect(keys).toEqual(here.map((w) => ({ identity: w.identity, ecdhPubkey: w.ecdhPubkey })));
    const made = await pool.registrations(
      options.map((o, i) => ({ ...o, keys: keys[i] })),
      nowSec,
    );
    const ias = new SimulatedAttestationService();
    expect(made).toEqual(here.map((w) => w.registration(ias, nowSec)));
    for (const [i, args] of made.entries()) {
      expect(rt.dispatch('//Ferdie', 'PhalaRegistry.register_worker_v2', args)).toMatchObject({ ok: true });
      expect(rt.query('PhalaRegistry.Workers', here[i]?.pubkey)).toBeDefined();
    }
  });
});
