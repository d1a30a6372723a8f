/**
 * The multisig accounts the user follows, as polkadot.js Apps keeps them: a name, the signatories and the
 * threshold, remembered in localStorage and shared by every component through useSyncExternalStore.
 * The account itself is derived from them (chain/multisig-query.ts), never stored.
 */
import { useCallback, useSyncExternalStore } from 'react';

export interface StoredMultisig {
  name: string;
  signatories: string[];
  threshold: number;
}

const KEY = 'pha-stake.multisigs';
const listeners = new Set<() => void>();
let cached: { raw: string | null; list: readonly StoredMultisig[] } = { raw: null, list: [] };

const valid = (x: unknown): x is StoredMultisig => {
  const m = x as Partial<StoredMultisig> | null;
  return (
    !!m &&
    typeof m.name === 'string' &&
    Array.isArray(m.signatories) &&
    m.signatories.every((s) => typeof s === 'string') &&
    Number.isInteger(m.threshold)
  );
};

function read(): readonly StoredMultisig[] {
  const raw = globalThis.localStorage?.getItem(KEY) ?? null;
  if (raw !== cached.raw) {
    let list: unknown = [];
    try {
      list = raw ? JSON.parse(raw) : [];
    } catch {
      list = [];
    }
    cached = { raw, list: Array.isArray(list) ? list.filter(valid) : [] };
  }
  return cached.list;
}

const subscribe = (cb: () => void) => {
  listeners.add(cb);
  return () => listeners.delete(cb);
};

function write(list: readonly StoredMultisig[]): void {
  globalThis.localStorage?.setItem(KEY, JSON.stringify(list));
  for (const l of listeners) l();
}

/** Threshold between 2 and the number of signatories (at least two, all different). */
export function checkMultisig(
  signatories: readonly string[],
  threshold: number,
): 'ok' | 'signatories' | 'threshold' {
  if (signatories.length < 2 || new Set(signatories).size !== signatories.length) return 'signatories';
  if (!Number.isInteger(threshold) || threshold < 2 || threshold > signatories.length) return 'threshold';
  return 'ok';
}

export function useStoredMultisigs() {
  const list = useSyncExternalStore(subscribe, read, read);
  const add = useCallback((m: StoredMultisig) => write([...read(), m]), []);
  const remove = useCallback((index: number) => write(read().filter((_, i) => i !== index)), []);
  return { list, add, remove };
}
