/**
 * The dApp for the e2e tier: `startVite()` serves it from source with Vite on 127.0.0.1 (a free port), as
 * `npm run dev` does; close it with `vite.close()`. Its URL is `vite.resolvedUrls?.local[0]`. `useDappAndBrowser()` gives a
 * describe block the dApp and a Chromium for all its tests.
 */
import type { Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { chromiumPath, launchChromium } from './browser.js';

export async function startVite(): Promise<ViteDevServer> {
  const vite = await createServer({
    server: { host: '127.0.0.1', port: 0 },
    logLevel: 'silent',
    clearScreen: false,
  });
  await vite.listen();
  return vite;
}

/**
 * The dApp and a Chromium for a describe block: started in `beforeAll`, closed in `afterAll`. Read them
 * inside tests (`stage.vite`, `stage.browser`), not at collection time.
 */
export function useDappAndBrowser(): { vite: ViteDevServer; browser: Browser; base(): string } {
  const stage = {} as { vite: ViteDevServer; browser: Browser; base(): string };
  stage.base = () => stage.vite.resolvedUrls?.local[0] ?? '';
  beforeAll(async () => {
    stage.vite = await startVite();
    stage.browser = await launchChromium(chromiumPath() as string);
  }, 120_000);
  afterAll(async () => {
    await stage.browser?.close();
    await stage.vite?.close();
  });
  return stage;
}
