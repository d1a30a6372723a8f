/**
 * e2e: the built-in chain is a living demo (issue 15). On `?rpc=embedded` in Debian Chromium, with a fast
 * block time asked for in the URL and a fresh browser profile: with no user action the chain advances and
 * a demo delegator's NFT value rises (the demo's Gatekeeper, workers and relayer run in the page's Web
 * Worker); a delegation made in the page survives a reload, which resumes the same chain at the same or a
 * later block (IndexedDB); "Reset demo", confirmed, brings the chain back to the demo snapshot's head and
 * the delegation is gone. A worker's chart opened in a fresh profile while the page's indexer still catches up
 * says the history is being indexed, never that the worker has none, and then draws it. Any page error or console error fails the test (browser.ts). Waits are on chain state shown
 * in the page, never on the wall clock.
 */
import { Keyring } from '@polkadot/keyring';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SNAPSHOT, readSnapshot } from '../../chain/snapshot.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { chromiumPath, launchChromium } from './browser.js';
import { startVite } from './dapp-server.js';
import { installTestWallet } from './test-wallet.js';

const executable = chromiumPath();
const DELEGATOR = '//demo/delegator/0';
const BLOCK_MS = 400;
/** Pools without a whitelist or a cap in the demo: anyone may delegate. */
const OPEN_POOLS = [0, 1, 4, 5, 8, 9, 10, 13, 14, 15];

describe.skipIf(!executable)('living demo on the built-in chain in Chromium', () => {
  let vite: ViteDevServer;
  let browser: Browser;
  let context: BrowserContext;
  let snapshotHead: number;

  beforeAll(async () => {
    await cryptoReady();
    snapshotHead = Number(readSnapshot(DEMO_SNAPSHOT).block.header.number);
    vite = await startVite();
    browser = await launchChromium(executable as string);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await vite?.close();
  });

  const best = async (page: Page): Promise<number> => {
    const text = (await page.getByTestId('status').first().textContent()) ?? '';
    // the number is grouped by the locale ("#54,000")
    const digits = /block #([\d.,\u00a0\u202f]+)/.exec(text)?.[1]?.replace(/\D/g, '');
    return Number(digits ?? -1);
  };
  const planck = async (page: Page, selector: string) =>
    BigInt((await page.locator(selector).first().getAttribute('data-planck')) ?? '0');

  it('moves by itself, resumes after a reload, and resets to the snapshot head', async () => {
    const page = await context.newPage();
    await installTestWallet(page, [{ uri: DELEGATOR, name: 'Demo delegator 0' }]);
    const url = `${vite.resolvedUrls?.local[0] ?? ''}?rpc=embedded&blockTime=${BLOCK_MS}#/portfolio`;
    await page.goto(url, { timeout: 300_000 });
    await page.getByTestId('builtin-bar').waitFor({ timeout: 300_000 });
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByTestId('nft-card').first().waitFor({ timeout: 60_000 });

    // No user action: blocks come by themselves and the delegator's NFT value rises (Gatekeeper rewards).
    const start = await best(page);
    expect(start).toBeGreaterThanOrEqual(snapshotHead);
    const card = page.getByTestId('nft-card').first();
    const pid = await card.getAttribute('data-pid');
    const selector = `[data-testid="nft-card"][data-pid="${pid}"] [data-testid="nft-value"]`;
    const value0 = await planck(page, selector);
    await expect.poll(() => best(page), { timeout: 120_000 }).toBeGreaterThan(start + 5);
    await expect.poll(() => planck(page, selector), { timeout: 180_000 }).toBeGreaterThan(value0);

    // A delegation made in the page, to an open pool this delegator has no NFT in.
    const held = new Set(
      await page.getByTestId('nft-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-pid'))),
    );
    const target = OPEN_POOLS.find((p) => !held.has(String(p)));
    if (target === undefined) throw new Error('the demo delegator already holds every open pool');
    await page.goto(url.replace('#/portfolio', `#/pool/${target}`));
    await page.getByTestId('pool-page').waitFor({ timeout: 60_000 });
    await page.getByTestId('delegate-amount').fill('25');
    await page.getByTestId('fee').filter({ hasText: 'Estimated fee' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Delegate', exact: true }).click();
    const tx = page.getByTestId('tx-item').first();
    await expect
      .poll(() => tx.getAttribute('data-status'), { timeout: 120_000 })
      .toMatch(/^(finalized|failed)$/);
    expect(await tx.textContent()).not.toContain('failed');
    expect(await tx.getAttribute('data-status')).toBe('finalized');
    await page.getByRole('link', { name: 'My delegations', exact: true }).click();
    const mine = page.locator(`[data-testid="nft-card"][data-pid="${target}"]`);
    await mine.waitFor({ timeout: 60_000 });
    const beforeReload = await best(page);

    // Reload: the same chain continues, with the delegation.
    await page.reload();
    await page.getByTestId('builtin-bar').filter({ hasText: 'Continued from this browser' }).waitFor({
      timeout: 120_000,
    });
    await expect.poll(() => best(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(beforeReload);
    await mine.waitFor({ timeout: 60_000 });
    const beforeReset = await best(page);
    expect(beforeReset).toBeGreaterThan(snapshotHead);

    // Reset demo (confirmed): back at the snapshot head, the delegation gone.
    await page.getByTestId('reset-demo').click();
    await page.getByTestId('reset-dialog').waitFor();
    await page.getByTestId('reset-confirm').click();
    await page.waitForEvent('load', { timeout: 60_000 });
    await page.getByTestId('builtin-bar').filter({ hasText: 'Started from the demo snapshot' }).waitFor({
      timeout: 120_000,
    });
    await expect.poll(() => best(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(snapshotHead);
    expect(await best(page)).toBeLessThan(beforeReset);
    await page.getByTestId('nft-card').first().waitFor({ timeout: 60_000 });
    expect(await mine.count()).toBe(0);

    await page.close();
  }, 600_000);

  it('a worker’s chart, opened while a fresh profile still indexes the history, says so and then draws it', async () => {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await fresh.newPage();
    const owner = new Keyring({ type: 'sr25519' }).addFromUri('//demo/owner/5').address;
    await page.addInitScript((address: string) => {
      localStorage.setItem('pha-stake.watch', JSON.stringify([address]));
      localStorage.setItem('pha-stake.account', address);
      // whatever the chart area says on its way to the chart, kept for the end
      const said = new Set<string>();
      (globalThis as { __chartSaid?: Set<string> }).__chartSaid = said;
      new MutationObserver(() => {
        for (const p of document.querySelectorAll('[data-testid="worker-card"] p'))
          said.add(p.textContent ?? '');
      }).observe(document, { subtree: true, childList: true, characterData: true });
    }, owner);
    await page.goto(`${vite.resolvedUrls?.local[0] ?? ''}?rpc=embedded#/operator/5`, { timeout: 300_000 });
    await page.getByTestId('builtin-bar').waitFor({ timeout: 300_000 });
    await page.getByRole('button', { name: 'Show V and rewards chart' }).first().click({ timeout: 300_000 });
    await page.getByTestId('worker-chart').waitFor({ timeout: 300_000 });
    const said = await page.evaluate(() => [
      ...((globalThis as { __chartSaid?: Set<string> }).__chartSaid ?? []),
    ]);
    expect(said).not.toContain('No history for this worker yet.');
    // its lines named, and the unresponsive period it is still in said to go on
    const chart = page.getByTestId('worker-chart');
    const legend = await chart.locator('.recharts-legend-item-text').allTextContents();
    expect(legend.sort()).toEqual(['Rewards (PHA)', 'V']);
    expect(await chart.getByTestId('unresponsive-periods').textContent()).toBe(
      'Unresponsive during blocks #51,849 to now (still unresponsive).',
    );
    await fresh.close();
  }, 600_000);
});
