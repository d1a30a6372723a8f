/**
 * The endpoint registry: which networks the dApp can reach (the local node, the embedded in-browser chain,
 * a custom ws(s):// URL), the remembered choice, and the provider for each. It is the only module that
 * loads the embedded chain (dynamically, so it costs nothing unless used).
 */

import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import { embeddedHistory } from './embedded-history.js';

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

/** The embedded chain: a dev chain in this page, one block per transaction, dev RPCs and history on. */
export async function embeddedProvider(): Promise<ProviderInterface> {
  const [{ DevChain }, { EmbeddedProvider }, { cryptoReady }] = await Promise.all([
    import('../pallets-mock/devchain/chain.js'),
    import('../pallets-mock/rpc/embedded-provider.js'),
    import('../pallets-mock/primitives/signature.js'),
  ]);
  await cryptoReady();
  const chain = new DevChain({ mode: 'Instant' });
  const history = await embeddedHistory(() => new EmbeddedProvider(chain));
  const provider = new EmbeddedProvider(chain, { dev: true, modules: [history.module] });
  void history.start();
  return provider;
}

/** A WebSocket provider that is connected, or undefined when nobody answers within `timeoutMs`. */
export async function wsProvider(url: string, timeoutMs = 4_000): Promise<ProviderInterface | undefined> {
  const { WsProvider } = await import('@polkadot/api');
  const provider = new WsProvider(url, 2_500, {}, timeoutMs * 10);
  const ready = await Promise.race([
    provider.isReady.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
  ]);
  if (ready) return provider;
  await provider.disconnect().catch(() => {});
  return undefined;
}
