/**
 * The chain's clock (`Timestamp.Now`, pushed from a subscription): countdowns follow the chain, so time
 * travel on a dev chain moves them too. `useChainNowMs` is undefined until the chain has said; `useNowSecs`
 * stands in the machine's clock until then.
 */
import { useConnection } from './api-context.js';
import { subscriptionKey } from './query-keys.js';
import { useSubscriptionQuery } from './use-subscription-query.js';

/** The chain's time in unix ms, or undefined before its first value arrives. */
export function useChainNowMs(): number | undefined {
  const { api, genesis } = useConnection();
  return useSubscriptionQuery<number>(subscriptionKey(genesis, 'now'), (push) =>
    api.query.timestamp.now((v) => push(v.toNumber())),
  );
}

/** The chain's time in unix seconds (the machine's clock until the chain's arrives). */
export function useNowSecs(): number {
  return Math.floor((useChainNowMs() ?? Date.now()) / 1000);
}
