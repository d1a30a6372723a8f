/**
 * The endpoint registry: which networks the dApp can reach (the local node, the embedded in-browser chain,
 * a custom ws(s):// URL), the remembered choice, and the provider for each. It is the only module that
 * loads the embedded chain (dynamically, so it costs nothing unless used). The embedded chain is the demo
 * network: it resumes from the demo snapshot, fetched as a static asset (chain/demo/demo.snapshot.json.gz,
 * copied into the build), and starts empty when the asset cannot be fetched (e.g. under Node tests).
 * In dev builds only, the page lists its live embedded chains in `window.__phaStakeEmbeddedChains` (one once
 * the app has settled; StrictMode opens and drops a first connection) so the e2e tier can drive the chain
 * (seed pools, advance blocks) the way tests drive a node's chain in Node.
 */

import type { ProviderInterface } from '@polkadot/rpc-provider/types';
import type { Snapshot } from '../pallets-mock/devchain/snapshot.js';
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

/** The demo network's snapshot as a static asset (Vite emits it beside the bundle). */
const DEMO_SNAPSHOT_URL = new URL('../../chain/demo/demo.snapshot.json.gz', import.meta.url);

/** The demo snapshot, or undefined when the asset cannot be fetched or read (then the chain starts empty). */
async function demoSnapshot(): Promise<Snapshot | undefined> {
  try {
    const res = await fetch(DEMO_SNAPSHOT_URL);
    if (!res.ok) return undefined;
    const { parseSnapshotBytes } = await import('../pallets-mock/devchain/snapshot.js');
    return await parseSnapshotBytes(new Uint8Array(await res.arrayBuffer()), 'demo snapshot');
  } catch {
    return undefined;
  }
}

/**
 * The embedded chain: a dev chain in this page — the demo network when its snapshot is available, else
 * the empty genesis — one block per transaction, dev RPCs and history on. The demo's off-chain actors
 * (Gatekeeper, simulated workers) do not run in the page: its state only moves with transactions.
 */
export async function embeddedProvider(): Promise<ProviderInterface> {
  const [{ DevChain }, { EmbeddedProvider }, { cryptoReady }] = await Promise.all([
    import('../pallets-mock/devchain/chain.js'),
    import('../pallets-mock/rpc/embedded-provider.js'),
    import('../pallets-mock/primitives/signature.js'),
  ]);
  await cryptoReady();
  const snapshot = await demoSnapshot();
  const chain = new DevChain({
    mode: 'Instant',
    ...(snapshot ? { profile: snapshot.profile, resume: [snapshot.block] } : {}),
  });
  const { shippedHistory } = await import('../pallets-mock/devchain/snapshot.js');
  const history = await embeddedHistory(
    () => new EmbeddedProvider(chain),
    snapshot ? shippedHistory(snapshot) : undefined,
  );
  const provider = new EmbeddedProvider(chain, { dev: true, modules: [history.module] });
  if (import.meta.env.DEV) exposeForTests(chain, provider);
  void history.start();
  return provider;
}

/** Dev builds: lists the embedded chain while its provider is connected (the e2e tier's hook). */
function exposeForTests(chain: object, provider: ProviderInterface): void {
  const hook = globalThis as { __phaStakeEmbeddedChains?: object[] };
  hook.__phaStakeEmbeddedChains ??= [];
  const live = hook.__phaStakeEmbeddedChains;
  live.push(chain);
  provider.on('disconnected', () => {
    const i = live.indexOf(chain);
    if (i >= 0) live.splice(i, 1);
  });
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
