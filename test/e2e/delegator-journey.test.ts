/**
 * e2e: the delegator's journey in Debian Chromium, signing with a test wallet injected into the page and
 * keyed in Node — against a real node over WebSocket, and against the embedded in-browser chain (the
 * demo network resumed from its snapshot, no server): connect the wallet, browse the explorer, delegate
 * to a pool (wrap + contribute batch), see the delegation NFT and its value, advance the chain with a
 * Gatekeeper reward, see the value grow, withdraw into the queue, see the queue, then see it drain when
 * new stake arrives. The chain side of each step (delegator-journey-steps.ts) runs on the node's chain in
 * Node, or inside the built-in chain's Web Worker, reached through the dev-build-only
 * `window.__phaStakeEmbeddedChain` hook (src/embedded/client.ts). A screenshot per step goes to
 * tmp/e2e-screenshots/<target>/ (gitignored).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../chain/server.js';
import { EMBEDDED_ENDPOINT } from '../../src/api/endpoints.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { PHA } from '../fixtures/seed-pools.js';
import { chromiumPath } from './browser.js';
import { useDappAndBrowser } from './dapp-server.js';
import type { JourneyPool } from './delegator-journey-steps.js';
import * as steps from './delegator-journey-steps.js';
import { installTestWallet } from './test-wallet.js';
import { recordToasts, toastSteps } from './toasts.js';

const executable = chromiumPath();
const SHOTS = 'tmp/e2e-screenshots';
/** The steps of a successful transaction, in order (a fast chain may skip some in between). */
const TX_ORDER = ['signing', 'ready', 'inBlock', 'finalized'];

/** Where the journey's chain lives and how its steps reach it. */
interface JourneyTarget {
  /** The `?rpc=` endpoint. */
  rpc: string;
  /** Called once the page has loaded the dApp; returns the journey's pool. */
  seed(page: Page): Promise<JourneyPool>;
  putStakeToWork(pool: JourneyPool): Promise<void>;
  newStake(pool: JourneyPool): Promise<void>;
  close(): Promise<void>;
}

/** A node over WebSocket; the steps run on its chain in Node. */
async function nodeTarget(): Promise<JourneyTarget> {
  await cryptoReady();
  const chain = new DevChain({ mode: 'Instant' });
  const pool = await steps.seedJourney(chain);
  const node = await startServer(chain, { host: '127.0.0.1', port: 0, dev: true });
  return {
    rpc: node.url,
    seed: async () => pool,
    putStakeToWork: (p) => steps.putStakeToWork(chain, p),
    newStake: (p) => steps.newStake(chain, p),
    async close() {
      await node.close();
      chain.stop();
    },
  };
}

type StepName = 'seedJourney' | 'putStakeToWork' | 'newStake';
interface WirePool {
  pid: string;
  worker: string;
}

/**
 * Runs a step on the built-in chain inside the page's Web Worker (the step module is served by the Vite
 * dev server). Bigints cross the worker boundary as they are and the page boundary as strings.
 */
function inPage(page: Page, step: StepName, pool?: JourneyPool): Promise<WirePool | null> {
  const wire = pool ? { pid: pool.pid.toString(), worker: pool.worker } : null;
  return page.evaluate(`(async () => {
    const wire = ${JSON.stringify(wire)};
    const pool = wire && { pid: BigInt(wire.pid), worker: wire.worker };
    const out = await globalThis.__phaStakeEmbeddedChain.run(
      '/test/e2e/delegator-journey-steps.ts', ${JSON.stringify(step)}, pool ? [pool] : [],
    );
    return out ? { pid: out.pid.toString(), worker: out.worker } : null;
  })()`);
}

/** The embedded chain in the page (the demo network); the steps run there. */
function embeddedTarget(): JourneyTarget {
  let page: Page | undefined;
  const run = async (step: StepName, pool?: JourneyPool) => {
    if (!page) throw new Error('the page is not loaded');
    return inPage(page, step, pool);
  };
  return {
    rpc: EMBEDDED_ENDPOINT,
    async seed(p) {
      page = p;
      // the app has connected to the built-in chain: its hook is there
      await p.getByTestId('pool-table').waitFor({ timeout: 90_000 });
      await p.waitForFunction(
        () => (globalThis as { __phaStakeEmbeddedChain?: unknown }).__phaStakeEmbeddedChain !== undefined,
        null,
        { timeout: 30_000 },
      );
      const out = await run('seedJourney');
      if (!out) throw new Error('seedJourney returned nothing');
      return { pid: BigInt(out.pid), worker: out.worker };
    },
    putStakeToWork: async (pool) => void (await run('putStakeToWork', pool)),
    newStake: async (pool) => void (await run('newStake', pool)),
    close: async () => {},
  };
}

describe.skipIf(!executable)('delegator journey in Chromium', () => {
  const stage = useDappAndBrowser();

  it.each([
    ['node', nodeTarget],
    ['embedded', async () => embeddedTarget()],
  ] as const)(
    '%s: connects, delegates, sees value grow, withdraws and sees the queue drain',
    async (name, make) => {
      const target = await make();
      const page = await stage.browser.newPage({ viewport: { width: 1280, height: 900 } });
      const dir = `${SHOTS}/${name}`;
      mkdirSync(dir, { recursive: true });
      let step = 0;
      const shot = async (label: string) => {
        step++;
        await page.screenshot({
          path: `${dir}/${String(step).padStart(2, '0')}-${label}.png`,
          fullPage: true,
        });
      };
      const planck = async (testId: string) =>
        BigInt((await page.getByTestId(testId).first().getAttribute('data-planck')) ?? '0');

      try {
        await installTestWallet(page, [{ uri: '//Charlie', name: 'Charlie (test wallet)' }]);
        await recordToasts(page);
        await page.goto(`${stage.base()}?rpc=${encodeURIComponent(target.rpc)}#/`);
        const pool = await target.seed(page);
        await page.getByTestId('pool-table').waitFor({ timeout: 90_000 });
        if (name === 'embedded') {
          // the demo network's pools are there beside the journey's two
          await expect
            .poll(() => page.getByText(/^\d+ pools$/).textContent(), { timeout: 60_000 })
            .toBe('27 pools');
        }
        await shot('explorer');

        // connect the injected wallet: its account becomes the selected one
        await page.getByRole('button', { name: 'Connect wallet' }).click();
        await page.getByTestId('balances').waitFor({ timeout: 30_000 });
        expect(await page.getByTestId('account-select').locator('option:checked').textContent()).toContain(
          'Charlie',
        );
        await shot('wallet-connected');

        // browse: search, open the pool
        await page.getByTestId('pool-search').fill('E2E pool');
        await expect.poll(() => page.getByTestId('pool-row').count(), { timeout: 30_000 }).toBe(1);
        await page.getByRole('link', { name: `#${pool.pid}` }).click();
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
        // its toast followed it from the signature to finalized, step by step in order
        const delegated = `Delegate 2,000.0000 PHA to #${pool.pid}`;
        await expect
          .poll(async () => (await toastSteps(page, delegated)).at(-1), { timeout: 30_000 })
          .toBe('finalized');
        const shown = await toastSteps(page, delegated);
        expect(shown[0]).toBe('signing');
        expect(shown).toEqual([...shown].sort((a, b) => TX_ORDER.indexOf(a) - TX_ORDER.indexOf(b)));
        expect(shown.every((s) => TX_ORDER.includes(s))).toBe(true);
        await shot('delegated');

        // the NFT and its value
        await page.getByRole('link', { name: 'My delegations', exact: true }).click();
        await page.getByTestId('nft-card').waitFor({ timeout: 30_000 });
        expect(await planck('nft-value')).toBe(2000n * PHA);
        await shot('portfolio-nft');

        // the owner puts the new stake to work; the chain advances and the Gatekeeper pays a reward
        await target.putStakeToWork(pool);
        await expect.poll(() => planck('nft-value'), { timeout: 30_000 }).toBeGreaterThan(2000n * PHA);
        await shot('value-grew');

        // withdraw everything: the pool has too little free stake, so most of it waits in the queue
        await page.getByTestId('withdraw-amount').fill('100000');
        await page.getByRole('alert').filter({ hasText: 'Your delegation is worth only' }).waitFor();
        await page.getByRole('button', { name: 'Max' }).first().click();
        await page.getByRole('button', { name: 'Withdraw', exact: true }).click();
        await page.getByTestId('queued-item').waitFor({ timeout: 60_000 });
        const queuedText = (await page.getByTestId('queued-item').textContent()) ?? '';
        expect(queuedText).toContain(`#${pool.pid}`);
        expect(queuedText).toMatch(/Force release possible in (6d 23h|7d 0h|7 days)/);
        await shot('queued');

        // new stake arrives: the queue is paid out and drains
        await target.newStake(pool);
        await page.getByText('No queued withdrawals.').waitFor({ timeout: 30_000 });
        await shot('queue-drained');
      } finally {
        await page.close();
        await target.close();
      }
    },
    240_000,
  );
});
