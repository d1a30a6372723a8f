/**
 * Hash routes (a `?query` after the path is the page's own state, e.g. the explorer's view): `#/` explorer, `#/pool/:pid`, `#/vault/:pid`, `#/portfolio`, `#/glossary`, `#/governance/…`, `#/operator/…`, `#/manager/…`, `#/dev`. Works from a
 * static file server and keeps `?rpc=` untouched.
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'explorer' }
  | { page: 'pool'; pid: bigint }
  | { page: 'vault'; pid: bigint }
  | { page: 'portfolio' }
  | { page: 'glossary' }
  | { page: 'dev' }
  | { page: 'governance'; path: string[] }
  | { page: 'operator'; path: string[] }
  | { page: 'manager'; path: string[] };

export function parseRoute(hash: string): Route {
  const parts = (hash.replace(/^#\/?/, '').split('?')[0] ?? '').split('/').filter(Boolean);
  const [head, id] = parts;
  if ((head === 'pool' || head === 'vault') && id && /^\d+$/.test(id)) return { page: head, pid: BigInt(id) };
  if (head === 'portfolio') return { page: 'portfolio' };
  if (head === 'glossary') return { page: 'glossary' };
  if (head === 'dev') return { page: 'dev' };
  if (head === 'governance') return { page: 'governance', path: parts.slice(1) };
  if (head === 'operator' || head === 'manager') return { page: head, path: parts.slice(1) };
  return { page: 'explorer' };
}

const subscribe = (cb: () => void) => {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
};

export function useHash(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
}
