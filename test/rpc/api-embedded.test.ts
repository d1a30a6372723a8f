/**
 * The shared @polkadot/api suite (api-suite.ts) against the in-process EmbeddedProvider: the same method
 * table and sessions, no socket.
 */
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { EmbeddedProvider } from '../../src/pallets-mock/rpc/embedded-provider.js';
import { apiSuite } from './api-suite.js';

apiSuite('the embedded provider', async () => {
  await cryptoReady();
  const chain = new DevChain({ mode: 'Instant' });
  const provider = new EmbeddedProvider(chain);
  return {
    chain,
    provider,
    async stop() {
      await provider.disconnect();
      chain.stop();
    },
  };
});
