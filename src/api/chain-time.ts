/**
 * The chain's clock (`Timestamp.Now`, pushed from a subscription), in unix seconds: countdowns follow the
 * chain, so time travel on a dev chain moves them too.
 */
import { useConnection } from './api-context.js';
import { subscriptionKey } from './query-keys.js';
import { useSubscriptionQuery } from './use-subscription-query.js';

export function useNowSecs(): number {
  const { api, genesis } = useConnection();
  const ms = useSubscriptionQuery<number>(subscriptionKey(genesis, 'now'), (push) =>
    api.query.timestamp.now((v) => push(v.toNumber())),
  );
  return Math.floor((ms ?? Date.now()) / 1000);
}
