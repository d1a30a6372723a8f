/**
 * e2e: a dApp people trust, in Debian Chromium on the demo network — served by a node with its own
 * history indexer over WebSocket (demo-node.ts: the snapshot's shipped week of history, then a new UTC
 * day), and by the built-in chain in the page (no server). On each: every pool kind's page opens (stake
 * pool, vault, capped, whitelisted, one with an unresponsive worker) and draws its history chart with a
 * week of points from the indexer's real records, the explorer takes its sort and a minimum-TVL filter
 * from the URL and sorts both ways from its headers, its table fits a 1280 px window in English and
 * Indonesian (descriptions clamped to two lines), and at 390 px no page scrolls sideways and the pool cards
 * show owner and workers — with zero page, React or console errors
 * (browser.ts's fixture fails the test on any). The screenshot tour is screenshots.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from './browser.js';
import { runInBuiltinChain, waitForBuiltinChainHook } from './builtin-chain.js';
import { demoNetworkFixture } from './demo-node.js';

const executable = chromiumPath();
const KINDS: Array<[string, string]> = [
  ['stake pool', '#/pool/0'],
  ['vault', '#/vault/20'],
  ['capped', '#/pool/3'],
  ['whitelisted', '#/pool/2'],
  ['unresponsive worker', '#/pool/5'],
];

/** Pages with wide content (tables, charts, forms with long options) that must still fit a phone. */
const PHONE_PAGES = [
  ...KINDS.map(([, hash]) => hash),
  '#/pool/5/workers',
  '#/governance/proposals',
  '#/glossary',
];

/** At 390 px nothing makes the page scroll sideways: wide parts scroll or wrap inside their own frame. */
async function fitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const hash of PHONE_PAGES) {
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await page.locator('main').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('main .skeleton').length === 0, undefined, {
      timeout: 60_000,
    });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), hash).toBeLessThanOrEqual(390);
  }
  // the header's settings fold behind a button; the explorer's rows become cards labelled per value
  const network = page.getByTestId('network-select');
  expect(await network.isVisible()).toBe(false);
  await page.getByTestId('settings-button').click();
  await network.waitFor({ state: 'visible' });
  await page.getByTestId('settings-button').click();
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  const card = page.getByTestId('pool-row').first();
  const tvl = card.locator('td').nth(1);
  await tvl.waitFor();
  expect(await page.locator('[data-testid="pool-table"] thead').isVisible()).toBe(false);
  expect(await tvl.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"TVL"');
  // the card shows what the desktop table does: the owner and the worker count too
  expect(await card.getByTestId('address').isVisible()).toBe(true);
  const workers = card.getByTestId('workers');
  expect(await workers.isVisible()).toBe(true);
  expect(await workers.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Workers"');
  expect(await workers.textContent()).toBe('3');
}

/** At 1280 px the explorer's table fits its frame in English and Indonesian, descriptions in two lines. */
async function explorerFitsDesktop(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/';
  });
  for (const language of ['id', 'en']) {
    await page.getByTestId('language').selectOption(language);
    await page.locator(`html[lang="${language}"]`).waitFor({ state: 'attached' });
    await page.getByTestId('pool-row').nth(19).waitFor();
    // the owners' identity names are the widest part of a row: measure once they are shown
    await page.locator('[data-testid="pool-table"] .identity-name').nth(19).waitFor({ timeout: 30_000 });
    const fit = await page.evaluate(() => {
      const wrap = document.querySelector('.table-wrap') as HTMLElement;
      const lines = [...document.querySelectorAll('[data-testid="row-desc"]')].map((d) => {
        const style = getComputedStyle(d);
        return d.getBoundingClientRect().height / (Number.parseFloat(style.fontSize) * 1.45);
      });
      return { overflow: wrap.scrollWidth - wrap.clientWidth, lines: Math.max(...lines) };
    });
    expect(fit.overflow, language).toBeLessThanOrEqual(0);
    expect(fit.lines, language).toBeLessThan(2.5);
  }
}

/** Pool 5's first worker has been unresponsive for 8 hours: its workers tab lists it as such, in words. */
async function unresponsiveListed(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.location.hash = '#/pool/5/workers';
  });
  const down = page.locator('[data-testid="worker-row"][data-state="WorkerUnresponsive"]');
  await down.first().waitFor({ timeout: 60_000 });
  expect(await down.count()).toBe(1);
  expect(await down.locator('td').nth(1).textContent()).toBe('Unresponsive');
  expect(await page.locator('[data-testid="worker-row"]').count()).toBe(3);
}

/** The points of a recharts line: its SVG path is `M x,y` then one `L x,y` per further point. */
const pointsOf = (d: string): number => (d.match(/[ML][\d.-]+,[\d.-]+/g) ?? []).length;

/** Opens every pool kind's page; each charts share price and TVL over the shipped week and the new day. */
async function openPoolKinds(page: Page): Promise<void> {
  for (const [kind, hash] of KINDS) {
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    const chart = page.getByTestId('pool-chart');
    await chart.waitFor({ timeout: 90_000 });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="pool-chart"] path.recharts-line-curve').length === 2,
      undefined,
      { timeout: 30_000 },
    );
    const curves = await chart
      .locator('path.recharts-line-curve')
      .evaluateAll((ps) => ps.map((p) => p.getAttribute('d') ?? ''));
    expect(curves, kind).toHaveLength(2);
    // a week of daily (or finer) snapshots shipped with the demo, plus the day built live
    for (const d of curves) expect(pointsOf(d), kind).toBeGreaterThanOrEqual(8);
    expect(await page.getByTestId('section-error').count(), kind).toBe(0);
  }
}

async function explorerFromUrl(page: Page, base: string): Promise<void> {
  await page.goto(`${base}#/?sort=tvl&dir=asc&minTvl=1000`);
  await page.getByTestId('pool-table').waitFor({ timeout: 90_000 });
  const tvls = async () =>
    (
      await page.getByTestId('pool-row').evaluateAll((rs) => rs.map((r) => r.getAttribute('data-tvl') ?? '0'))
    ).map(BigInt);
  const asc = await tvls();
  expect(asc.length).toBeGreaterThan(2);
  for (const v of asc) expect(v >= 1000n * 10n ** 12n).toBe(true);
  expect([...asc].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(asc);
  expect(await page.getByTestId('min-tvl').inputValue()).toBe('1,000');
  await page.getByTestId('sort-tvl').click();
  // descending TVL is the default view: the URL keeps only the filter
  await page.waitForFunction(() => window.location.hash === '#/?minTvl=1000');
  const desc = await tvls();
  expect([...desc].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))).toEqual(desc);
  expect(desc[0]).toBeGreaterThanOrEqual(asc[asc.length - 1] ?? 0n);
  expect(await page.getByTestId('section-error').count()).toBe(0);
}

describe.skipIf(!executable)('a dApp people trust (demo network)', () => {
  // a day of history built live on the node (more points than the shipped week)
  const net = demoNetworkFixture(executable as string, { nextUtcDay: true });

  it('node with history: every pool kind charts its history; the explorer view comes from the URL', async () => {
    const page = await net.browser.newPage({ viewport: { width: 1280, height: 800 } });
    // the list comes first over a short-lived socket of its own, in one round trip (pha_poolList)
    const sockets: Array<{ methods: string[]; closed: () => boolean }> = [];
    page.on('websocket', (ws) => {
      if (!ws.url().startsWith(net.node.url)) return; // Vite's own socket
      const methods: string[] = [];
      sockets.push({ methods, closed: () => ws.isClosed() });
      ws.on('framesent', ({ payload }) => {
        const m = /"method":"([^"]+)"/.exec(String(payload));
        if (m?.[1]) methods.push(m[1]);
      });
    });
    const url = `${net.dapp.base}?rpc=${encodeURIComponent(net.node.url)}`;
    await explorerFromUrl(page, url);
    expect(sockets[0]?.methods.sort()).toEqual(['chain_getBlockHash', 'pha_poolList']);
    expect(sockets[0]?.closed()).toBe(true);
    expect(await page.getByTestId('network-in-use').textContent()).toBe(net.node.url);
    await explorerFitsDesktop(page);
    await openPoolKinds(page);
    await unresponsiveListed(page);
    await fitsPhone(page);
    await page.close();
  }, 300_000);

  it('built-in chain: the same, with the in-page indexer', async () => {
    const page = await net.browser.newPage({ viewport: { width: 1280, height: 800 } });
    const url = `${net.dapp.base}?rpc=embedded`;
    await explorerFromUrl(page, url);
    // a new UTC day on the in-page chain, as on the node
    await waitForBuiltinChainHook(page);
    await runInBuiltinChain(page, '/test/e2e/trust-steps.ts', 'nextUtcDay');
    expect(await page.getByTestId('network-in-use').textContent()).toContain('Built-in chain');
    await openPoolKinds(page);
    await page.close();
  }, 300_000);
});
