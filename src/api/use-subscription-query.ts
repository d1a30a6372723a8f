/**
 * A chain subscription whose values are pushed into the TanStack cache: every component reading the key
 * shares one subscription per mount (the latest mount owns it) and re-renders only when the value changes
 * (structural sharing keeps unchanged data identical).
 */
import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

export type Unsubscribe = () => void;

export function useSubscriptionQuery<T>(
  key: readonly string[],
  subscribe: ((push: (value: T) => void) => Promise<Unsubscribe>) | undefined,
): T | undefined {
  const client = useQueryClient();
  const hash = JSON.stringify(key);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key's JSON identifies the subscription
  useEffect(() => {
    if (!subscribe) return;
    let unsub: Unsubscribe | undefined;
    let live = true;
    subscribe((value) => {
      if (live) client.setQueryData(key, value);
    })
      .then((u) => {
        if (live) unsub = u;
        else u();
      })
      .catch(() => {});
    return () => {
      live = false;
      unsub?.();
    };
  }, [client, hash, !subscribe]);
  return useQuery<T>({ queryKey: key, queryFn: skipToken, staleTime: Number.POSITIVE_INFINITY }).data;
}
