/**
 * Built-in chain rows (issue 15), on the production build (`vite build` into tmp/bench-demo-dist, served
 * by `vite preview`) in headless Debian Chromium with no node at all (`?rpc=embedded`):
 * - cold load: a new browser profile (no IndexedDB, no HTTP cache) → the demo's pool list interactive
 *   (first rows shown and the search answers), the snapshot downloaded and decoded in the Web Worker;
 * - reload: the same profile again, the chain resumed from IndexedDB.
 * `npm run bench -- demo` runs these with the other demo rows. Skipped (with a row note) without Chromium.
 */
import { build, preview } from 'vite';
import { chromiumPath, launchChromium } from '../e2e/browser.js';
import type { BenchGroup, BenchRow } from './bench.js';

const OUT = 'tmp/bench-demo-dist';

const single = (name: string, ms: number, note: string): BenchRow => ({
  name,
  unit: 'ms',
  median: ms,
  min: ms,
  max: ms,
  ops: 1,
  seconds: ms / 1000,
  note,
});

export const demoBrowserBench: BenchGroup = {
  title: 'Demo network: built-in chain in the browser',
  async run() {
    const executable = chromiumPath();
    if (!executable)
      return [single('built-in chain: pool list interactive (cold)', 0, 'skipped: no Chromium')];
    await build({ logLevel: 'silent', build: { outDir: OUT, emptyOutDir: true } });
    const server = await preview({
      logLevel: 'silent',
      preview: { host: '127.0.0.1', port: 0 },
      build: { outDir: OUT },
    });
    const browser = await launchChromium(executable);
    const rows: BenchRow[] = [];
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const interactive = async () => {
        await page.getByTestId('pool-row').first().waitFor({ timeout: 300_000 });
        await page.getByTestId('pool-search').fill('12');
        await page.locator('[data-testid="pool-row"][data-pid="12"]').waitFor({ timeout: 60_000 });
      };
      const base = server.resolvedUrls?.local[0] ?? '';
      let t0 = performance.now();
      await page.goto(`${base}?rpc=embedded#/`);
      await interactive();
      const cold = performance.now() - t0;
      t0 = performance.now();
      await page.reload();
      await interactive();
      const warm = performance.now() - t0;
      if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      rows.push(
        single(
          'built-in chain: pool list interactive, cold load (headless Chromium)',
          cold,
          'production build, new profile: navigation → demo snapshot fetched + decoded in the Web Worker → rows shown → search answered',
        ),
        single(
          'built-in chain: pool list interactive, reload (resumed from IndexedDB)',
          warm,
          'same profile: reload → stored chain replayed in the Web Worker → rows shown → search answered',
        ),
      );
      await context.close();
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    }
    return rows;
  },
};
