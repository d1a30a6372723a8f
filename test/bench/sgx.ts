/**
 * SGX attestation rows: verifying a DCAP quote of the simulated service (a new quote each time, so the
 * quote and QE signatures are checked for real; the recurring certificate chains and collateral hit the
 * verifier's memo, as on a running chain) and a whole `register_worker_v2` through DCAP in the harness
 * (encode/decode, verification, registry writes). After measuring, each row checks the work happened.
 */
import { createRuntime } from '../../src/pallets-mock/index.js';
import { SimulatedDcapService } from '../../src/pallets-mock/offchain/dcap-service.js';
import { PRuntimeWorker } from '../../src/pallets-mock/offchain/pruntime.js';
import { SIM_DCAP_ROOT_ANCHOR } from '../../src/pallets-mock/pallets/phala-registry/dev-identities.js';
import { verifyDcapQuote } from '../../src/pallets-mock/sgx-attestation/dcap.js';
import { type BenchGroup, type BenchRow, bench } from './bench.js';

const NOW = 1_767_225_700n;

function verifyRow(): BenchRow {
  const service = new SimulatedDcapService();
  const collateral = service.collateral(NOW);
  const data = new Uint8Array(64);
  let n = 0;
  const quotes = Array.from({ length: 64 }, () => {
    data[0] = n++;
    return service.quote(data);
  });
  let i = 0;
  let last = '';
  const row = bench(
    'DCAP quote verification (simulated service)',
    () => {
      last = verifyDcapQuote(quotes[i++ % quotes.length] as Uint8Array, collateral, NOW, [
        SIM_DCAP_ROOT_ANCHOR,
      ]).tcbStatus;
    },
    { unit: 'quotes/s', note: '64 distinct quotes; chains/collateral memoised' },
  );
  if (last !== 'UpToDate') throw new Error('bench sanity check failed: quote did not verify');
  return row;
}

function registerRow(): BenchRow {
  const service = new SimulatedDcapService();
  const rt = createRuntime();
  rt.advanceBlocks(1);
  const nowSec = (rt.query('Timestamp.Now') as bigint) / 1000n;
  const workers = Array.from(
    { length: 32 },
    (_, k) => new PRuntimeWorker({ name: `bench-${k}`, operator: '//Alice' }),
  );
  const args = workers.map((w) => w.registration(service, nowSec));
  let i = 0;
  const row = bench(
    'register_worker_v2 through DCAP (harness)',
    () => {
      const out = rt.dispatch('//Ferdie', 'PhalaRegistry.register_worker_v2', args[i++ % args.length] ?? {});
      if (!out.ok) throw new Error(`bench sanity check failed: ${out.error}`);
    },
    { unit: 'registrations/s', note: '32 workers re-registered in turn' },
  );
  for (const w of workers)
    if (!rt.query('PhalaRegistry.Workers', w.pubkey))
      throw new Error('bench sanity check failed: not registered');
  return row;
}

export const sgxBench: BenchGroup = {
  title: 'SGX attestation',
  run: async () => [verifyRow(), registerRow()],
};
