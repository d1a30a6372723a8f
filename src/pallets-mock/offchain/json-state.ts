/**
 * JSON for the actors' restorable state: bigints survive as `{ "$n": "123" }`, everything else is plain
 * JSON. Used to persist the Gatekeeper, pRuntime and relayer state (node LevelDB, demo snapshots, the
 * `npm run worker` state file). Platform-neutral.
 */

export function stringifyState(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? { $n: v.toString() } : v));
}

export function parseState<T>(text: string): T {
  return JSON.parse(text, (_k, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      if (typeof o.$n === 'string' && Object.keys(o).length === 1) return BigInt(o.$n);
    }
    return v;
  }) as T;
}
