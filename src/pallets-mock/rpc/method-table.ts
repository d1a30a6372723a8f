/**
 * Assembles the RPC method table from its modules. To add methods, write a module exporting a
 * `MethodTable` (`{ name: (ctx, params) => result }`, aliases as extra keys to the same handler) and add it
 * to LEGACY_MODULES / NEW_SPEC_MODULES / a new list here, or pass it per server in `modules` (always served) or `devModules`
 * (served only with dev enabled, e.g. sim_startWorker). `rpc_methods` is added last and lists every
 * name of the final table, sorted, so new modules appear in it automatically.
 */

import type { DevChain } from '../devchain/chain.js';
import { chainHeadMethods } from './chain-head-v1.js';
import { chainSpecMethods } from './chain-spec-v1.js';
import { devMethods } from './dev-methods.js';
import { legacyAuthorMethods, legacyPaymentMethods } from './legacy-author.js';
import { legacyChainMethods } from './legacy-chain.js';
import { legacyStateMethods } from './legacy-state.js';
import { legacySystemMethods } from './legacy-system.js';
import { maxParams } from './params.js';
import { type CoreOptions, type MethodTable, RpcServerCore } from './server-core.js';
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

export function createMethodTable(opts: MethodTableOptions = {}): MethodTable {
  const table: MethodTable = Object.create(null) as MethodTable;
  const add = (m: MethodTable) => {
    for (const [name, handler] of Object.entries(m)) {
      if (name in table) throw new Error(`RPC method ${name} defined twice`);
      table[name] = handler;
    }
  };
  for (const m of LEGACY_MODULES) add(m);
  for (const m of NEW_SPEC_MODULES) add(m);
  for (const m of opts.modules ?? []) add(m);
  if (opts.dev) {
    for (const m of DEV_MODULES) add(m);
    for (const m of opts.devModules ?? []) add(m);
  }
  add({
    rpc_methods: (_ctx, params) => {
      maxParams(params, 0, 'rpc_methods');
      return { version: 1, methods: Object.keys(table).sort() };
    },
  });
  return table;
}

export interface RpcCoreOptions extends CoreOptions, Omit<MethodTableOptions, 'dev'> {}

/** A ready core: the table for `opts.dev` plus the limits. What servers and providers call. */
export function createRpcCore(chain: DevChain, opts: RpcCoreOptions = {}): RpcServerCore {
  const methods = createMethodTable({ dev: opts.dev, modules: opts.modules, devModules: opts.devModules });
  return new RpcServerCore(chain, methods, opts);
}
