/**
 * An account's registered proxies (`Proxy.Proxies(real)`), pushed from a storage subscription into the
 * query cache: each delegate with its proxy type and announcement delay; and, of a list of owners, those
 * an account may act for as their proxy (one multi-query, re-read per block).
 */
import type { Vec } from '@polkadot/types';
import type { PalletProxyProxyDefinition } from '@polkadot/types/lookup';
import type { Codec, ITuple } from '@polkadot/types/types';
import { useQuery } from '@tanstack/react-query';
import { useConnection } from './api-context.js';
import { stateKey, subscriptionKey } from './query-keys.js';
import { type ProxyDef, sameAccount } from './tx/signing-identity.js';
import { useSubscriptionQuery } from './use-subscription-query.js';

/** `Proxy.Proxies` (the storage's `(Vec<ProxyDefinition>, deposit)`) as plain values. */
export function proxyDefs([defs]: ITuple<[Vec<PalletProxyProxyDefinition>, Codec]>): ProxyDef[] {
  return defs.map((d) => ({
    delegate: d.delegate.toString(),
    proxyType: d.proxyType.type,
    delay: d.delay.toNumber(),
  }));
}

export function useProxies(real: string | undefined): ProxyDef[] | undefined {
  const { api, genesis } = useConnection();
  return useSubscriptionQuery<ProxyDef[]>(
    subscriptionKey(genesis, 'proxies', real ?? ''),
    real && api.query.proxy ? (push) => api.query.proxy.proxies(real, (v) => push(proxyDefs(v))) : undefined,
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
      const lists = await api.query.proxy.proxies.multi(distinct);
      return distinct.filter((_, i) => {
        const list = lists[i];
        return (
          !!list && proxyDefs(list).some((d) => d.delay === 0 && sameAccount(d.delegate, delegate ?? ''))
        );
      });
    },
    enabled: !!delegate && distinct.length > 0 && !!api.query.proxy,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return new Set(q.data ?? []);
}
