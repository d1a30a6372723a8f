/**
 * Whether the endpoint serves an RPC method (from `rpc_methods`, read once per connection): the operator
 * console offers `sim_startWorker` only on dev nodes that have it.
 */
import { useRpcMethods } from '../../api/history.js';

export function useHasRpc(method: string): boolean | undefined {
  return useRpcMethods()?.has(method);
}
