/**
 * An account's registered proxies (`Proxy.Proxies(real)`), pushed from a storage subscription into the
 * query cache: each delegate with its proxy type and announcement delay; and, of a list of owners, those
 * an account may act for as their proxy (one multi-query, re-read per block).
 */
import type { Codec } from '@polkadot/types/types';
import { useQuery } from '@tanstack/react-query';
import { useConnection } from './api-context.js';
import { arr, num, obj, plain, str, variant } from './codec.js';
import { stateKey, subscriptionKey } from './query-keys.js';
import { type ProxyDef, sameAccount } from './tx/signing-identity.js';
import { useSubscriptionQuery } from './use-subscription-query.js';

/** `Proxy.Proxies` as plain values (the storage's `(Vec<ProxyDefinition>, deposit)`). */
export function proxyDefs(value: Codec): ProxyDef[] {
  const [defs] = arr(plain(value));
  return arr(defs).map((d) => {
    const o = obj(d);
    const [type] = variant(o.proxyType);
    const proxyType = type.charAt(0).toUpperCase() + type.slice(1);
    return { delegate: str(o.delegate), proxyType, delay: num(o.delay) };
  });
}

export function useProxies(real: string | undefined): ProxyDef[] | undefined {
  const { api, genesis } = useConnection();
  return useSubscriptionQuery<ProxyDef[]>(
    subscriptionKey(genesis, 'proxies', real ?? ''),
    real && api.query.proxy
      ? (push) => api.query.proxy.proxies(real, (v: Codec) => push(proxyDefs(v)))
      : undefined,
  );
}

/** Of `owners`, those for which `delegate` is a proxy it may use at once (no announcement delay). */
export function useOwnersActedFor(
  delegate: string | undefined,
  owners: readonly string[],
): ReadonlySet<string> {
  const { api, genesis } = useConnection();
  const distinct = [...new Set(owners)].filter((o) => o !== delegate).sort();
  const q = useQuery<string[]>({
    queryKey: stateKey(genesis, 'proxy-for', delegate ?? '', distinct.join(',')),
    queryFn: async () => {
      const lists: Codec[] = await api.query.proxy.proxies.multi(distinct);
      return distinct.filter((_, i) =>
        proxyDefs(lists[i] as Codec).some((d) => d.delay === 0 && sameAccount(d.delegate, delegate ?? '')),
      );
    },
    enabled: !!delegate && distinct.length > 0 && !!api.query.proxy,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return new Set(q.data ?? []);
}
