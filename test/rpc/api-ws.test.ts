/**
 * The shared @polkadot/api suite (api-suite.ts) over a real WebSocket: WsProvider → chain/server.ts on
 * 127.0.0.1, a free port.
 */
import { WsProvider } from '@polkadot/api';
import { apiSuite } from './api-suite.js';
import { startNode } from './helpers.js';

apiSuite('WebSocket', async () => {
  const node = await startNode();
  return { chain: node.chain, provider: new WsProvider(node.server.url), stop: node.stop };
});
