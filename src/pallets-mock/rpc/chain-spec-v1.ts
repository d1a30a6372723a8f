/**
 * The new JSON-RPC spec's `chainSpec_v1_*` group: chain name, genesis hash and properties, answered from
 * chain-info.ts exactly as system_chain / chain_getBlockHash(0) / system_properties answer them.
 */
import { chainName, chainProperties } from './chain-info.js';
import { maxParams } from './params.js';
import type { MethodTable } from './server-core.js';

export const chainSpecMethods: MethodTable = {
  chainSpec_v1_chainName: (ctx, params) => {
    maxParams(params, 0, 'chainSpec_v1_chainName');
    return chainName(ctx.chain);
  },
  chainSpec_v1_genesisHash: (ctx, params) => {
    maxParams(params, 0, 'chainSpec_v1_genesisHash');
    return ctx.chain.genesisHash;
  },
  chainSpec_v1_properties: (_ctx, params) => {
    maxParams(params, 0, 'chainSpec_v1_properties');
    return chainProperties();
  },
};
