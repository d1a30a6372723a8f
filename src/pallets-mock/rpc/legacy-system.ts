/**
 * Legacy `system_*` methods (spec/chain-rpc.md §1.3, §1.5): chain name, properties and type, node name
 * and version, health (the @polkadot/api keepalive), a network-less node's peers and roles, and
 * system_accountNextIndex (+ account_nextIndex): on-chain nonce plus the signer's consecutive pooled
 * transactions.
 */
import {
  chainName,
  chainProperties,
  chainType,
  LOCAL_PEER_ID,
  NODE_NAME,
  NODE_VERSION,
} from './chain-info.js';
import { accountParam, maxParams } from './params.js';
import type { MethodTable, RpcHandler } from './server-core.js';

const constant =
  (method: string, value: () => unknown): RpcHandler =>
  (_ctx, params) => {
    maxParams(params, 0, method);
    return value();
  };

const accountNextIndex: RpcHandler = ({ chain }, params) => {
  maxParams(params, 1, 'system_accountNextIndex');
  const who = accountParam(params[0], 'accountId');
  return Number(chain.nextIndex(who));
};

export const legacySystemMethods: MethodTable = {
  system_chain: (ctx, params) => {
    maxParams(params, 0, 'system_chain');
    return chainName(ctx.chain);
  },
  system_chainType: (ctx, params) => {
    maxParams(params, 0, 'system_chainType');
    return chainType(ctx.chain);
  },
  system_name: constant('system_name', () => NODE_NAME),
  system_version: constant('system_version', () => NODE_VERSION),
  system_properties: constant('system_properties', chainProperties),
  system_health: constant('system_health', () => ({ peers: 0, isSyncing: false, shouldHavePeers: false })),
  system_localPeerId: constant('system_localPeerId', () => LOCAL_PEER_ID),
  system_nodeRoles: constant('system_nodeRoles', () => ['Authority']),
  system_localListenAddresses: constant('system_localListenAddresses', () => []),
  system_peers: constant('system_peers', () => []),
  system_syncState: (ctx, params) => {
    maxParams(params, 0, 'system_syncState');
    const best = Number(ctx.chain.best);
    return { startingBlock: 0, currentBlock: best, highestBlock: best };
  },
  system_accountNextIndex: accountNextIndex,
  account_nextIndex: accountNextIndex,
};
