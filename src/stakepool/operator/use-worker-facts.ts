/**
 * What the chain says about one worker on its way to computing, re-read each block: its registry record
 * (operator, initial score), the pool it is assigned to, and its session's state.
 */
import { useQuery } from '@tanstack/react-query';
import { useConnection } from '../../api/api-context.js';
import { stateKey } from '../../api/query-keys.js';
import type { WorkerFacts } from './worker-stages.js';

export function useWorkerFacts(pubkey: string | undefined) {
  const { api, genesis } = useConnection();
  return useQuery({
    queryKey: stateKey(genesis, 'operator', 'worker-facts', pubkey ?? ''),
    enabled: pubkey !== undefined,
    placeholderData: (previous) => previous,
    queryFn: async (): Promise<WorkerFacts> => {
      const key = pubkey as string;
      const [info, assigned, binding] = await Promise.all([
        api.query.phalaRegistry.workers(key),
        api.query.phalaStakePoolv2.workerAssignments(key),
        api.query.phalaComputation.workerBindings(key),
      ]);
      const r = info.isSome ? info.unwrap() : null;
      let sessionState: string | null = null;
      if (binding.isSome) {
        const s = await api.query.phalaComputation.sessions(binding.unwrap());
        sessionState = s.isSome ? s.unwrap().state.type : null;
      }
      return {
        registered: r !== null,
        operator: r?.operator.isSome ? r.operator.unwrap().toString() : null,
        initialScore: r?.initialScore.isSome ? r.initialScore.unwrap().toNumber() : null,
        assignedPool: assigned.isSome ? assigned.unwrap().toBigInt() : null,
        sessionState,
      };
    },
  });
}
