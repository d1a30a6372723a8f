/**
 * e2e: the dApp shell in real Chromium, served by Vite, talking to a real node over WebSocket. It must
 * reach the node and follow new blocks as they are built.
 */
import type { Browser } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../chain/server.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { chromiumPath, launchChromium } from './browser.js';
import { startVite } from './dapp-server.js';

const executable = chromiumPath();

describe.skipIf(!executable)('dApp shell in Chromium', () => {
  let chain: DevChain;
  let node: Awaited<ReturnType<typeof startServer>>;
  let vite: ViteDevServer;
  let browser: Browser;
  let dappUrl: string;

  beforeAll(async () => {
    chain = new DevChain({ mode: 'Manual' });
    node = await startServer(chain, { host: '127.0.0.1', port: 0, dev: true });
    vite = await startVite();
    dappUrl = vite.resolvedUrls?.local[0] ?? '';
    browser = await launchChromium(executable as string);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await vite?.close();
    await node?.close();
    chain?.stop();
  });

  it('connects to the node given by ?rpc= and follows new blocks', async () => {
    const page = await browser.newPage();
    await page.goto(`${dappUrl}?rpc=${encodeURIComponent(node.url)}`);
    const status = page.getByTestId('status');
    await status.filter({ hasText: 'block #0' }).waitFor({ timeout: 90_000 });
    await chain.newBlocks(2);
    await status.filter({ hasText: 'block #2' }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('endpoint').textContent()).toBe(node.url);
  }, 150_000);
});
