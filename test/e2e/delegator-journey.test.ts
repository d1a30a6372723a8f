/**
 * e2e: the delegator's journey in Debian Chromium against a real node over WebSocket, signing with a test
 * wallet injected into the page and keyed in Node: connect the wallet, browse the explorer, delegate to a
 * pool (wrap + contribute batch), see the delegation NFT and its value, advance the chain with a
 * Gatekeeper reward, see the value grow, withdraw into the queue, see the queue, then see it drain when
 * new stake arrives. A screenshot per step goes to tmp/e2e-screenshots/ (gitignored).
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../chain/server.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { createPool, dispatch, PHA, payReward, startWorker } from '../fixtures/seed-pools.js';
import { chromiumPath, launchChromium } from './browser.js';
import { installTestWallet } from './test-wallet.js';

const executable = chromiumPath();
const SHOTS = 'tmp/e2e-screenshots';

describe.skipIf(!executable)('delegator journey in Chromium', () => {
  let chain: DevChain;
  let node: Awaited<ReturnType<typeof startServer>>;
  let vite: ViteDevServer;
  let browser: Browser;
  let page: Page;
  let worker: string;
  let step = 0;
  const shot = async (name: string) => {
    step++;
    await page.screenshot({ path: `${SHOTS}/${String(step).padStart(2, '0')}-${name}.png`, fullPage: true });
  };
  const planck = async (testId: string) =>
    BigInt((await page.getByTestId(testId).first().getAttribute('data-planck')) ?? '0');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await cryptoReady();
    chain = new DevChain({ mode: 'Instant' });
    createPool(chain, {
      description: 'E2E pool: reliable workers',
      commission: 50_000,
      delegations: [['//Bob', 3000n * PHA]],
    });
    createPool(chain, { owner: '//Bob', description: 'Another pool' });
    worker = startWorker(chain, 0n, '//Alice', 1, 3000n * PHA);
    await chain.newBlocks(1);
    node = await startServer(chain, { host: '127.0.0.1', port: 0, dev: true });
    vite = await createServer({
      server: { host: '127.0.0.1', port: 0 },
      logLevel: 'silent',
      clearScreen: false,
    });
    await vite.listen();
    browser = await launchChromium(executable as string);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await installTestWallet(page, [{ uri: '//Charlie', name: 'Charlie (test wallet)' }]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await vite?.close();
    await node?.close();
    chain?.stop();
  });

  it('connects, delegates, sees value grow, withdraws and sees the queue drain', async () => {
    const url = `${vite.resolvedUrls?.local[0] ?? ''}?rpc=${encodeURIComponent(node.url)}#/`;
    await page.goto(url);
    await page.getByTestId('pool-table').waitFor({ timeout: 90_000 });
    await shot('explorer');

    // connect the injected wallet: its account becomes the selected one
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByTestId('balances').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('account-select').locator('option:checked').textContent()).toContain(
      'Charlie',
    );
    await shot('wallet-connected');

    // browse: search, open the pool
    await page.getByTestId('pool-search').fill('reliable');
    await expect.poll(() => page.getByTestId('pool-row').count()).toBe(1);
    await page.getByRole('link', { name: '#0' }).click();
    await page.getByTestId('pool-page').waitFor();
    await shot('pool-page');

    // delegate 2000 PHA (wrapped in the same batch)
    await page.getByTestId('delegate-amount').fill('2000');
    await page.getByTestId('wrap-note').waitFor();
    await page.getByTestId('fee').filter({ hasText: 'Estimated fee' }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Delegate', exact: true }).click();
    await page
      .locator('[data-testid="delegate-form"] [data-testid="tx-status"][data-status="finalized"]')
      .waitFor({ timeout: 60_000 });
    await shot('delegated');

    // the NFT and its value
    await page.getByRole('link', { name: 'My delegations' }).click();
    await page.getByTestId('nft-card').waitFor({ timeout: 30_000 });
    expect(await planck('nft-value')).toBe(2000n * PHA);
    await shot('portfolio-nft');

    // the owner puts the new stake to work; the chain advances and the Gatekeeper pays a reward
    startWorker(chain, 0n, '//Alice', 2, 2000n * PHA);
    payReward(chain, worker, 500n);
    await chain.newBlocks(2);
    await expect.poll(() => planck('nft-value'), { timeout: 30_000 }).toBeGreaterThan(2000n * PHA);
    const grown = await planck('nft-value');
    await shot('value-grew');

    // withdraw everything: the pool has too little free stake, so most of it waits in the queue
    await page.getByTestId('withdraw-amount').fill('100000');
    await page.getByRole('alert').filter({ hasText: 'Your delegation is worth only' }).waitFor();
    await page.getByRole('button', { name: 'Max' }).first().click();
    await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
    await page.getByTestId('queued-item').waitFor({ timeout: 60_000 });
    const queuedText = (await page.getByTestId('queued-item').textContent()) ?? '';
    expect(queuedText).toContain('#0');
    expect(queuedText).toMatch(/Force release possible in 6d 23h|Force release possible in 7d 0h/);
    expect(grown).toBeGreaterThan(0n);
    await shot('queued');

    // new stake arrives: the queue is paid out and drains
    dispatch(chain, '//Dave', 'PhalaWrappedBalances.wrap', { amount: 5000n * PHA });
    dispatch(chain, '//Dave', 'PhalaStakePoolv2.contribute', {
      pid: 0n,
      amount: 5000n * PHA,
      as_vault: null,
    });
    await chain.newBlocks(1);
    await page.getByText('No queued withdrawals.').waitFor({ timeout: 30_000 });
    await shot('queue-drained');
  }, 240_000);
});
