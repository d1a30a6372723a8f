/**
 * The stage of an e2e journey on a dev chain: a real node over WebSocket and HTTP serving `chain`, the dApp
 * from Vite, Debian Chromium with the injected test wallet holding `accounts`, and the helpers every journey
 * uses (the dApp's URL at a route, SS58 addresses by name, the account picker, JSON-RPC calls such as
 * `dev_newBlock`). `close()` tears it down in reverse order; the chain stays the caller's.
 */
import { Keyring } from '@polkadot/keyring';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { expect } from 'vitest';
import { startServer } from '../../chain/server.js';
import type { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { chromiumPath, launchChromium } from './browser.js';
import { startVite } from './dapp-server.js';
import { installTestWallet, type TestWalletAccount } from './test-wallet.js';

type ServerOptions = NonNullable<Parameters<typeof startServer>[1]>;

export interface DevJourney {
  node: Awaited<ReturnType<typeof startServer>>;
  vite: ViteDevServer;
  browser: Browser;
  page: Page;
  /** SS58 (prefix 30) addresses by account name: the wallet's accounts and `alsoKnown`. */
  address: Record<string, string>;
  /** The dApp connected to this node, at `route` (for example `#/governance/tips`). */
  url(route: string): string;
  /** Picks `name` in the header's account selector. */
  as(name: string): Promise<void>;
  /** A JSON-RPC call over the node's HTTP endpoint that must not answer an error; returns its result. */
  rpc(method: string, params?: unknown[]): Promise<unknown>;
  /** `dev_newBlock` up to block `to`. */
  newBlocksTo(to: number): Promise<void>;
  close(): Promise<void>;
}

export interface DevJourneyOptions {
  /** Accounts the injected wallet holds. */
  accounts: TestWalletAccount[];
  /** Further dev accounts the journey names (`//Name`), not in the wallet. */
  alsoKnown?: string[];
  /** Extra JSON-RPC modules for the node (the history indexer, for example). */
  modules?: ServerOptions['modules'];
}

export async function openDevJourney(chain: DevChain, opts: DevJourneyOptions): Promise<DevJourney> {
  const node = await startServer(chain, { host: '127.0.0.1', port: 0, dev: true, modules: opts.modules });
  const vite = await startVite();
  const browser = await launchChromium(chromiumPath() as string);
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  await installTestWallet(page, opts.accounts);
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 30 });
  const address: Record<string, string> = {};
  for (const a of opts.accounts) address[a.name] = keyring.addFromUri(a.uri).address;
  for (const name of opts.alsoKnown ?? []) address[name] = keyring.addFromUri(`//${name}`).address;
  const rpc = async (method: string, params: unknown[] = []) => {
    const res = await fetch(node.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    });
    const body = (await res.json()) as { error?: unknown; result?: unknown };
    expect(body.error).toBeUndefined();
    return body.result;
  };
  return {
    node,
    vite,
    browser,
    page,
    address,
    url: (route) => `${vite.resolvedUrls?.local[0] ?? ''}?rpc=${encodeURIComponent(node.url)}${route}`,
    as: async (name) => {
      await page.getByTestId('account-select').selectOption(address[name] as string);
    },
    rpc,
    newBlocksTo: async (to) => {
      await rpc('dev_newBlock', [{ to }]);
    },
    close: async () => {
      await browser.close();
      await vite.close();
      await node.close();
    },
  };
}
