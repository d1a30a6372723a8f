/**
 * Hash routes (a `?query` after the path is the page's own state, e.g. the explorer's view): `#/` explorer,
 * `#/pool/:pid[/tab]`, `#/vault/:pid[/tab]`, `#/portfolio`, `#/glossary`, `#/governance/…`, `#/operator/…`,
 * `#/manager/…`, `#/dev`; any other path is a page that says it does not exist. Works from a static file server and keeps `?rpc=` untouched. `pageKey` names
 * the page apart from its tab, so switching tabs keeps the page (and a half-filled form beside the tabs).
 */
import { useSyncExternalStore } from 'react';

export type Route =
  | { page: 'explorer' }
  | { page: 'pool'; pid: bigint; tab?: string }
  | { page: 'vault'; pid: bigint; tab?: string }
  | { page: 'portfolio' }
  | { page: 'glossary' }
  | { page: 'dev' }
  | { page: 'governance'; path: string[] }
  | { page: 'operator'; path: string[] }
  | { page: 'manager'; path: string[] }
  | { page: 'notFound'; path: string };

export function parseRoute(hash: string): Route {
  const parts = (hash.replace(/^#\/?/, '').split('?')[0] ?? '').split('/').filter(Boolean);
  const [head, id, tab] = parts;
  if ((head === 'pool' || head === 'vault') && id && /^\d+$/.test(id))
    return { page: head, pid: BigInt(id), ...(tab ? { tab } : {}) };
  if (head === 'portfolio') return { page: 'portfolio' };
  if (head === 'glossary') return { page: 'glossary' };
  if (head === 'dev') return { page: 'dev' };
  if (head === 'governance') return { page: 'governance', path: parts.slice(1) };
  if (head === 'operator' || head === 'manager') return { page: head, path: parts.slice(1) };
  if (!head) return { page: 'explorer' };
  return { page: 'notFound', path: `/${parts.join('/')}` };
}

/** The address of a stake pool's or a vault's page (`tab`: one of its tabs), as `parseRoute` reads it. */
export function poolHref(kind: 'StakePool' | 'Vault', pid: bigint, tab?: string): string {
  return `#/${kind === 'Vault' ? 'vault' : 'pool'}/${pid}${tab ? `/${tab}` : ''}`;
}

/** The page a route shows, without its tab: the key of the page's error boundary. */
export function pageKey(route: Route): string {
  switch (route.page) {
    case 'pool':
    case 'vault':
      return `${route.page}/${route.pid}`;
    case 'governance':
      return route.path[0] === 'referendum' ? `governance/${route.path.join('/')}` : 'governance';
    case 'operator':
    case 'manager':
      return `${route.page}/${route.path[0] ?? ''}`;
    default:
      return route.page;
  }
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
