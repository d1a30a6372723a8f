/**
 * TanStack query keys, namespaced by the chain's genesis hash. Keys hold only strings (never bigints):
 * ids are passed as decimal strings. Everything under `stateKey` is re-read when a new block arrives.
 */
export const headKey = (genesis: string) => [genesis, 'head'] as const;
export const healthKey = (genesis: string) => [genesis, 'health'] as const;
export const stateKey = (genesis: string, ...parts: string[]) => [genesis, 'state', ...parts] as const;
export const subscriptionKey = (genesis: string, ...parts: string[]) => [genesis, 'sub', ...parts] as const;
