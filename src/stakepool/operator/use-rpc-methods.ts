/**
 * Whether the endpoint serves an RPC method (from `rpc_methods`, read once per connection): the operator
 * console offers `sim_startWorker` only on dev nodes that have it, and charts only where `pha_workerSeries`
 * is served.
 */
import { useQuery } from '@tanstack/react-query';
import { useConnection } from '../../api/api-context.js';

export function useHasRpc(method: string): boolean | undefined {
  const { api, genesis } = useConnection();
  const q = useQuery({
    queryKey: [genesis, 'rpc-method-list'],
    queryFn: async () => (await api.rpc.rpc.methods()).methods.map((m) => m.toString()),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return q.data ? q.data.includes(method) : undefined;
}
