/**
 * e2e: the built-in chain (`?rpc=embedded`, in the page's Web Worker) verifies signatures on a pool of
 * nested Web Workers (issue 19, src/embedded/verify-pool.ts), in Debian Chromium. Once the pool has
 * loaded, a batch of three submissions with one tampered signature: the two genuine ones are pooled, the
 * tampered one is refused with 1010 BadProof as before, and the pool's workers verified all three (their
 * count of verified items rises by at least three). Any page error or console error fails the test.
 * Waits are on chain state, never on the wall clock.
 */
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchChromium } from './browser.js';
import { startVite } from './dapp-server.js';
import type { VerifierState } from './verify-steps.js';

const executable = chromiumPath();
const STEPS = '/test/e2e/verify-steps.ts';

function inChain<T>(page: Page, step: string): Promise<T> {
  return page.evaluate(
    `globalThis.__phaStakeEmbeddedChain.run(${JSON.stringify(STEPS)}, ${JSON.stringify(step)}, [])`,
  ) as Promise<T>;
}

describe.skipIf(!executable)('signature verification of the built-in chain in Chromium', () => {
  let vite: ViteDevServer;
  let browser: Browser;
  const errors: string[] = [];

  beforeAll(async () => {
    vite = await startVite();
    browser = await launchChromium(executable as string);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await vite?.close();
  });

  it('runs on Web Workers and still refuses a tampered signature in a batch', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console error: ${msg.text()}`);
    });
    await page.goto(`${vite.resolvedUrls?.local[0] ?? ''}?rpc=embedded`, { timeout: 300_000 });
    await page.getByTestId('builtin-bar').waitFor({ timeout: 300_000 });
    await page.waitForFunction(
      () => (globalThis as { __phaStakeEmbeddedChain?: unknown }).__phaStakeEmbeddedChain !== undefined,
      null,
      { timeout: 60_000 },
    );
    await expect
      .poll(async () => (await inChain<VerifierState>(page, 'verifierState')).attached, { timeout: 120_000 })
      .toBe(true);
    const before = await inChain<VerifierState>(page, 'verifierState');
    expect(before.threads).toBeGreaterThanOrEqual(1);

    const { outcomes, after } = await inChain<{
      outcomes: Array<{ hash?: string; code?: number; invalid?: string | null }>;
      after: VerifierState;
    }>(page, 'submitWithTamperedSignature');
    expect(outcomes[0]?.hash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(outcomes[1]).toEqual({ code: 1010, invalid: 'BadProof' });
    expect(outcomes[2]?.hash).toMatch(/^0x[0-9a-f]{64}$/);
    expect(after.verified - before.verified).toBeGreaterThanOrEqual(3);

    expect(errors).toEqual([]);
    await context.close();
  }, 600_000);
});
