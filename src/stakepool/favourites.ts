/**
 * Favourite pools, remembered in localStorage (pids as strings) and shared by every component through
 * useSyncExternalStore.
 */
import { useCallback, useSyncExternalStore } from 'react';

const KEY = 'pha-stake.favourites';
const listeners = new Set<() => void>();
let cached: { raw: string | null; set: ReadonlySet<string> } = { raw: null, set: new Set() };

function read(): ReadonlySet<string> {
  const raw = globalThis.localStorage?.getItem(KEY) ?? null;
  if (raw !== cached.raw) {
    let ids: unknown = [];
    try {
      ids = raw ? JSON.parse(raw) : [];
    } catch {
      ids = [];
    }
    const valid = Array.isArray(ids)
      ? ids.filter((x): x is string => typeof x === 'string' && /^\d+$/.test(x))
      : [];
    cached = { raw, set: new Set(valid) };
  }
  return cached.set;
}

const subscribe = (cb: () => void) => {
  listeners.add(cb);
  return () => listeners.delete(cb);
};

export function useFavourites(): [ReadonlySet<string>, (pid: string) => void] {
  const set = useSyncExternalStore(subscribe, read, read);
  const toggle = useCallback((pid: string) => {
    const next = new Set(read());
    if (next.has(pid)) next.delete(pid);
    else next.add(pid);
    globalThis.localStorage?.setItem(KEY, JSON.stringify([...next]));
    for (const l of listeners) l();
  }, []);
  return [set, toggle];
}
