/**
 * The pass/fail projection agrees with the chain for the demo network's referenda: the checked-in demo
 * snapshot is loaded into a dev chain, read through the dApp's own query (`fetchDemocracy` over
 * @polkadot/api and the embedded provider), every ongoing referendum is projected from its tally and
 * the electorate, then the chain is run to the end of each and its own `Finished.approved` compared.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_SNAPSHOT, readSnapshot } from '../../chain/snapshot.js';
import { createApi } from '../../src/api/connection.js';
import { fetchDemocracy } from '../../src/governance/chain/democracy-query.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';
import { approved as passes } from '../../src/primitives/threshold.js';

describe('projection = chain on the demo referenda', () => {
  it('projects every ongoing demo referendum as the chain bakes it', async () => {
    await cryptoReady();
    const snapshot = readSnapshot(DEMO_SNAPSHOT);
    const chain = new DevChain({ profile: snapshot.profile, mode: 'Manual', resume: [snapshot.block] });
    const provider = new EmbeddedProvider(chain, { dev: true });
    const api = await createApi(provider);
    try {
      const before = await fetchDemocracy(api);
      const ongoing = before.referenda.filter((r) => r.status === 'ongoing');
      expect(ongoing.length).toBeGreaterThan(0);
      const projected = new Map(
        ongoing.map((r) => [
          r.index,
          r.status === 'ongoing' && passes(r.threshold, r.tally, before.electorate),
        ]),
      );
      const lastEnd = Math.max(...ongoing.map((r) => Number(r.end)));
      await chain.newBlocks(lastEnd - Number(chain.best));
      const after = await fetchDemocracy(api);
      for (const [index, want] of projected) {
        const r = after.referenda.find((x) => x.index === index);
        expect(r?.status).toBe('finished');
        expect(r?.status === 'finished' && r.approved).toBe(want);
      }
    } finally {
      await api.disconnect();
      chain.stop();
    }
  }, 600_000); // the demo's referenda run for days: up to 25,200 blocks are built
});
