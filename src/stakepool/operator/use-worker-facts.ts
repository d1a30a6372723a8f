/**
 * What the chain says about one worker on its way to computing, re-read each block: its registry record
 * (operator, initial score), the pool it is assigned to, and its session's state.
 */
import type { Codec } from '@polkadot/types/types';
import { useQuery } from '@tanstack/react-query';
import { useConnection } from '../../api/api-context.js';
import { big, num, obj, plain, str, variant } from '../../api/codec.js';
import { stateKey } from '../../api/query-keys.js';
import { storageItem } from '../../api/runtime-access.js';
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
        storageItem(api, 'phalaRegistry', 'workers')(key),
        storageItem(api, 'phalaStakePoolv2', 'workerAssignments')(key),
        storageItem(api, 'phalaComputation', 'workerBindings')(key),
      ]);
      const reg = plain(info as Codec);
      const r = reg === null ? null : obj(reg);
      const pid = plain(assigned as Codec);
      const session = plain(binding as Codec);
      let sessionState: string | null = null;
      if (session !== null) {
        const s = plain((await storageItem(api, 'phalaComputation', 'sessions')(str(session))) as Codec);
        sessionState = s === null ? null : variant(obj(s).state)[0];
      }
      return {
        registered: r !== null,
        operator: r && r.operator !== null && r.operator !== undefined ? str(r.operator) : null,
        initialScore:
          r && r.initialScore !== null && r.initialScore !== undefined ? num(r.initialScore) : null,
        assignedPool: pid === null ? null : big(pid),
        sessionState,
      };
    },
  });
}
