/**
 * Assembles the RPC method table from its modules. To add methods, write a module exporting a
 * `MethodTable` (`{ name: (ctx, params) => result }`, aliases as extra keys to the same handler) and add it
 * to LEGACY_MODULES / NEW_SPEC_MODULES / a new list here, or pass it per server in `modules` (always served) or `devModules`
 * (served only with dev enabled, e.g. sim_startWorker). The core's `composeTable` adds `rpc_methods`
 * and `rpc.discover` last, computed from the final table, so new modules appear in them automatically.
 */

import type { DevChain } from '../devchain/chain.js';
import { chainHeadMethods } from './chain-head-v1.js';
import { chainSpecMethods } from './chain-spec-v1.js';
import { devMethods } from './dev-methods.js';
import { legacyAuthorMethods, legacyPaymentMethods } from './legacy-author.js';
import { legacyChainMethods } from './legacy-chain.js';
import { legacyStateMethods } from './legacy-state.js';
import { legacySystemMethods } from './legacy-system.js';
import {
  type ChainContext,
  type CoreOptions,
  composeTable,
  type MethodTable,
  RpcServerCore,
} from './server-core.js';
import { transactionMethods } from './transaction-v1.js';

/** The legacy JSON-RPC set @polkadot/api uses (spec/chain-rpc.md §1.5). */
export const LEGACY_MODULES: readonly MethodTable[] = [
  legacySystemMethods,
  legacyChainMethods,
  legacyStateMethods,
  legacyAuthorMethods,
  legacyPaymentMethods,
];

/** The new JSON-RPC spec polkadot-api uses (spec/chain-rpc.md §2.2, §4): chainHead_v1, transaction_v1, chainSpec_v1. */
export const NEW_SPEC_MODULES: readonly MethodTable[] = [
  chainHeadMethods,
  transactionMethods,
  chainSpecMethods,
];

/** Dev-only modules (contracts §5). */
export const DEV_MODULES: readonly MethodTable[] = [devMethods];

export interface MethodTableOptions {
  /** Include the dev RPCs (DEV_MODULES and `devModules`). */
  dev?: boolean;
  /** More modules served always (e.g. chainHead_v1 / transaction_v1 / chainSpec_v1). */
  modules?: readonly MethodTable[];
  /** More modules served only with dev enabled (e.g. sim_startWorker). */
  devModules?: readonly MethodTable[];
}

/** The node's OpenRPC title (the built-in chain serves the same table). */
export const NODE_RPC_INFO = { title: 'pha-stake dev chain', version: '1' } as const;

export function createMethodTable(opts: MethodTableOptions = {}): MethodTable {
  return composeTable<ChainContext>(
    [
      ...LEGACY_MODULES,
      ...NEW_SPEC_MODULES,
      ...(opts.modules ?? []),
      ...(opts.dev ? [...DEV_MODULES, ...(opts.devModules ?? [])] : []),
    ],
    NODE_RPC_INFO,
  );
}

export interface RpcCoreOptions extends CoreOptions, Omit<MethodTableOptions, 'dev'> {}

/** A ready core: the table for `opts.dev` plus the limits. What servers and providers call. */
export function createRpcCore(chain: DevChain, opts: RpcCoreOptions = {}): RpcServerCore {
  const methods = createMethodTable({ dev: opts.dev, modules: opts.modules, devModules: opts.devModules });
  return new RpcServerCore<ChainContext>({ chain }, methods, opts);
}
