/**
 * The endpoint registry: which networks the dApp can reach (the local node, the built-in chain, a custom
 * ws(s):// URL), the remembered choice, and the provider for each. It is the only module that loads the
 * built-in chain (dynamically, so it costs nothing unless used): the demo network in a Web Worker
 * (src/embedded/), which fetches the demo snapshot as a static asset (chain/demo/demo.snapshot.json.gz,
 * copied into the build) and starts empty when the asset cannot be fetched (e.g. under Node tests).
 */

import type { BuiltInChain } from '../embedded/client.js';
import { DEFAULT_BLOCK_MS } from '../embedded/protocol.js';
import type { BackoffWsProvider } from './reconnect.js';

export const LOCAL_ENDPOINT = 'ws://127.0.0.1:9944';
export const EMBEDDED_ENDPOINT = 'embedded';
const STORAGE_KEY = 'pha-stake.endpoint';

export type EndpointKind = 'local' | 'embedded' | 'custom';

export const isWsUrl = (url: string): boolean => /^wss?:\/\/[^\s/]+/.test(url.trim());

export function endpointKind(endpoint: string): EndpointKind {
  if (endpoint === EMBEDDED_ENDPOINT) return 'embedded';
  return endpoint === LOCAL_ENDPOINT ? 'local' : 'custom';
}

/** `?rpc=` wins (links, tests), then the remembered choice, then the local node. */
export function initialEndpoint(search: string = globalThis.location?.search ?? ''): string {
  const rpc = new URLSearchParams(search).get('rpc');
  if (rpc && (rpc === EMBEDDED_ENDPOINT || isWsUrl(rpc))) return rpc;
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved && (saved === EMBEDDED_ENDPOINT || isWsUrl(saved))) return saved;
  return LOCAL_ENDPOINT;
}

export function rememberEndpoint(endpoint: string): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, endpoint);
}

/** The demo network's snapshot as a static asset (Vite emits it beside the bundle). */
const DEMO_SNAPSHOT_URL = new URL('../../chain/demo/demo.snapshot.json.gz', import.meta.url);

/** Fastest block time `?blockTime=` may ask for (ms). */
const MIN_BLOCK_MS = 100;

/** `?blockTime=MS` (links, tests): the built-in chain's interval between blocks; else 12 s. */
export function blockMsFrom(search: string = globalThis.location?.search ?? ''): number | undefined {
  const raw = new URLSearchParams(search).get('blockTime');
  const ms = raw === null ? Number.NaN : Number(raw);
  return Number.isSafeInteger(ms) && ms >= MIN_BLOCK_MS ? ms : undefined;
}

/**
 * The built-in chain: the demo network (the empty genesis when its snapshot cannot be fetched) in a Web
 * Worker of this page, with interval blocks, the demo's actors, history, dev RPCs, and persistence in
 * this browser (src/embedded/). One per page; each call gives a handle on the same chain.
 */
export async function openBuiltInChain(): Promise<BuiltInChain> {
  // Only the page side here: the chain's own code loads in its worker.
  const { builtInChain } = await import('../embedded/client.js');
  return builtInChain({
    snapshotUrl: DEMO_SNAPSHOT_URL.href,
    blockMs: blockMsFrom() ?? DEFAULT_BLOCK_MS,
    testHooks: import.meta.env.DEV,
  });
}

/** Why a node was not used: nothing accepted the connection, or it accepted but did not answer in time. */
export type NoNodeReason = { kind: 'refused' } | { kind: 'timeout'; seconds: number };

/**
 * A WebSocket provider that is connected (and reconnects with backoff after a drop), or why there is none
 * (refused, or no answer in `timeoutMs`).
 */
export async function wsProvider(
  url: string,
  timeoutMs = 4_000,
): Promise<{ provider: BackoffWsProvider } | { reason: NoNodeReason }> {
  const { BackoffWsProvider } = await import('./reconnect.js');
  const provider = new BackoffWsProvider(url, timeoutMs * 10);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopListening = () => {};
  const outcomes: Promise<NoNodeReason | 'ready'>[] = [
    provider.isReady.then(() => 'ready' as const),
    new Promise((resolve) => {
      stopListening = provider.on('error', () => resolve({ kind: 'refused' }));
    }),
    new Promise((resolve) => {
      timer = setTimeout(() => resolve({ kind: 'timeout', seconds: timeoutMs / 1000 }), timeoutMs);
    }),
  ];
  provider.connect().catch(() => {}); // a refusal arrives as 'error'
  const outcome = await Promise.race(outcomes);
  clearTimeout(timer);
  stopListening();
  if (outcome === 'ready') return { provider };
  await provider.disconnect().catch(() => {});
  return { reason: outcome };
}
