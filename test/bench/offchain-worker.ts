/**
 * One thread of the scale bench's off-chain pool (offchain-pool.ts): what many pRuntimes and the
 * simulated IAS would each do on their own machines. Loads @polkadot/wasm-crypto, then answers each
 * request: `keys` derives the keys of pRuntimes with the given options (`pruntimeKeys`, the same bytes as
 * a pRuntime derives itself), `registrations` builds `register_worker_v2`'s arguments for pRuntimes with
 * the given options (keys included) at `nowSec`, the report signed by the default simulated IAS (the one
 * a dev genesis trusts).
 */
import { parentPort } from 'node:worker_threads';
import { SimulatedAttestationService } from '../../src/pallets-mock/offchain/attestation-service.js';
import { PRuntimeWorker, pruntimeKeys } from '../../src/pallets-mock/offchain/pruntime.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import type { OffchainAnswer, OffchainRequest } from './offchain-pool.js';

const port = parentPort;
if (!port) throw new Error('offchain-worker.ts runs as a worker thread');
await cryptoReady();
const ias = new SimulatedAttestationService();
port.on('message', (m: OffchainRequest) => {
  const answer: OffchainAnswer =
    m.kind === 'keys'
      ? { id: m.id, out: m.workers.map(pruntimeKeys) }
      : { id: m.id, out: m.workers.map((o) => new PRuntimeWorker(o).registration(ias, m.nowSec)) };
  port.postMessage(answer);
});
port.postMessage({ ready: true });
