/**
 * An account's registered proxies (`Proxy.Proxies(real)`), pushed from a storage subscription into the
 * query cache: each delegate with its proxy type and announcement delay.
 */
import type { Codec } from '@polkadot/types/types';
import { useConnection } from './api-context.js';
import { arr, num, obj, plain, str, variant } from './codec.js';
import { subscriptionKey } from './query-keys.js';
import type { ProxyDef } from './tx/signing-identity.js';
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
