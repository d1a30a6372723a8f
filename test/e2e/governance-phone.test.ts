/**
 * e2e: governance on a phone (390×844) in Debian Chromium, on the demo network (demo-node.ts: a node with
 * its history, so referendum 0 has its voters). The governance tab bar is wider than the screen: it
 * scrolls sideways with the selected tab (Treasury, opened by its deep link) scrolled into view and a
 * shade on the side it continues, also after the window is narrowed from a desktop's width; the voter table of referendum 0 scrolls sideways inside the page (the
 * page itself never gets wider than the screen), shaded on its right until scrolled to the Balance and
 * Votes counted columns (a screenshot of that goes to tmp/e2e-screenshots/, gitignored). browser.ts's fixture fails the test on any page, React or console error.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chromiumPath } from './browser.js';
import { demoNetworkFixture } from './demo-node.js';

const executable = chromiumPath();
const WIDTH = 390;

/** The element's left and right edges in the viewport. */
const edges = (l: Locator) =>
  l.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right };
  });

const cue = (l: Locator) =>
  l.evaluate((el) => {
    const w = el.closest('.scroll-cue') as HTMLElement;
    return { start: w.dataset.moreStart, end: w.dataset.moreEnd };
  });

mkdirSync('tmp/e2e-screenshots', { recursive: true });

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe.skipIf(!executable)('governance on a phone', () => {
  const net = demoNetworkFixture(executable as string);

  it('the tab bar keeps the selected tab in view and shows that it scrolls; the voter table scrolls inside the page', async () => {
    const page = await net.browser.newPage({ viewport: { width: WIDTH, height: 844 } });
    await page.goto(`${net.dapp.base}?rpc=${encodeURIComponent(net.node.url)}#/governance/treasury`);
    const treasury = page.getByTestId('tab-treasury');
    await expect.poll(() => treasury.getAttribute('data-state'), { timeout: 90_000 }).toBe('active');
    const list = page.getByRole('tablist');
    // the bar is wider than the screen, scrolled so the selected tab is whole and on screen
    expect(await list.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect.poll(() => list.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const tab = await edges(treasury);
    const bar = await edges(list);
    expect(tab.left).toBeGreaterThanOrEqual(bar.left);
    expect(tab.right).toBeLessThanOrEqual(Math.min(bar.right, WIDTH));
    expect((await cue(list)).start).toBe('true');
    // scrolled back to the start, the shade moves to the right
    await list.evaluate((el) => el.scrollTo({ left: 0 }));
    await expect.poll(() => cue(list)).toEqual({ start: 'false', end: 'true' });
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    // a window narrowed to a phone's width (or a phone turned) brings the selected tab back into view
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.setViewportSize({ width: WIDTH, height: 844 });
    await expect.poll(async () => (await edges(treasury)).right).toBeLessThanOrEqual(WIDTH);
    expect((await cue(list)).start).toBe('true');

    // the voters of referendum 0
    await page.evaluate(() => {
      window.location.hash = '#/governance/referendum/0';
    });
    const table = page.getByTestId('voters');
    await table.waitFor({ timeout: 90_000 });
    const wrap = page.locator('.table-wrap').filter({ has: table });
    expect(await pageWidth(page)).toBeLessThanOrEqual(WIDTH);
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect.poll(() => cue(wrap)).toEqual({ start: 'false', end: 'true' });
    // scrolled to its end, the last columns are on screen and the shade is on the left
    await wrap.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(() => cue(wrap)).toEqual({ start: 'true', end: 'false' });
    const votes = await edges(page.getByTestId('voters-sort-votes'));
    expect(votes.left).toBeGreaterThanOrEqual(0);
    expect(votes.right).toBeLessThanOrEqual(WIDTH);
    await page.screenshot({ path: 'tmp/e2e-screenshots/governance-phone-voters-scrolled.png' });
    await page.close();
  }, 240_000);
});
