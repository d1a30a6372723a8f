/**
 * The screenshot tour (opt-in: `SCREENSHOTS=1 E2E=required npx vitest run test/e2e/screenshots.test.ts`):
 * every page of the dApp on the demo network, as a visitor sees it — on a node with its history
 * (demo-node.ts) and on the built-in chain — at 1280×800 and 390×844, light and dark, English and
 * Indonesian, full-page PNGs in tmp/screenshots/<network>/ (gitignored). The node runs the demo's in-process
 * actors, so its first page shows the built-in chain's state at the same block (#54,002); the built-in chain
 * then moves on every 12 s, the node (instant blocks) does not. Pages about an account are shown
 * for a demo account (watched): a delegator's portfolio, pool 5's owner at the operator console, vault
 * 20's manager. Each shot waits for its page's data (charts drawn, no loading skeleton left); the page-
 * error fixture of browser.ts fails the tour on any page, React or console error. SCREENSHOT_PAGES (a comma-
 * separated list of file-name prefixes) narrows the tour to those pages.
 */
import { mkdirSync } from 'node:fs';
import { Keyring } from '@polkadot/keyring';
import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, it } from 'vitest';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { chromiumPath } from './browser.js';
import { demoNetworkFixture } from './demo-node.js';

const executable = process.env.SCREENSHOTS ? chromiumPath() : undefined;

/** [file name, route, demo account to select (SURI) or none]. */
const PAGES: ReadonlyArray<readonly [string, string, string?]> = [
  ['explorer', '#/'],
  ['pool-0-stake-pool', '#/pool/0'],
  ['pool-2-whitelisted', '#/pool/2'],
  ['pool-3-capped', '#/pool/3'],
  ['pool-5-unresponsive-worker', '#/pool/5'],
  ['pool-5-workers', '#/pool/5/workers'],
  ['pool-7-overdue-queue', '#/pool/7/queue'],
  ['vault-20', '#/vault/20'],
  ['portfolio', '#/portfolio', '//demo/delegator/0'],
  ['pool-0-as-delegator', '#/pool/0', '//demo/delegator/0'],
  ['governance', '#/governance'],
  ['referendum-0-finished', '#/governance/referendum/0'],
  ['referendum-1', '#/governance/referendum/1'],
  ['proposals', '#/governance/proposals'],
  ['council', '#/governance/council'],
  ['treasury', '#/governance/treasury'],
  ['bounties', '#/governance/bounties'],
  ['tips', '#/governance/tips'],
  ['operator', '#/operator/5', '//demo/owner/5'],
  ['operator-rewards', '#/operator/5/rewards', '//demo/owner/5'],
  ['manager', '#/manager/20', '//demo/vault/0'],
  ['glossary', '#/glossary'],
  ['dev-tools', '#/dev'],
];

const SIZES = [
  [1280, 800],
  [390, 844],
] as const;

/** Waits until the page shows its data: nothing loading, busy or skeletal, every chart drawn. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('main') !== null &&
      document.querySelectorAll('.skeleton, [aria-busy="true"]').length === 0 &&
      ![...document.querySelectorAll('main output')].some((o) =>
        /^(Loading|Memuat)/.test(o.textContent ?? ''),
      ) &&
      [...document.querySelectorAll('.chart')].every((c) =>
        c.querySelector('path.recharts-line-curve, .recharts-bar-rectangle, .empty'),
      ),
    undefined,
    { timeout: 90_000 },
  );
}

async function tour(
  browser: Browser,
  url: string,
  dir: string,
  addresses: Map<string, string>,
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  // SCREENSHOT_PAGES=portfolio,pool-7 narrows the tour to the pages whose file name starts so
  const only = process.env.SCREENSHOT_PAGES?.split(',');
  const pages = PAGES.filter(([name]) => !only || only.some((o) => name.startsWith(o)));
  const accounts = [...new Set(pages.map(([, , suri]) => suri))];
  for (const locale of ['en', 'id'] as const)
    for (const theme of ['light', 'dark'] as const)
      for (const suri of accounts) {
        // one page per selected account; its pages are visited by hash, as a user clicks through
        const account = suri ? addresses.get(suri) : undefined;
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        await page.addInitScript(
          (o: { locale: string; theme: string; account?: string }) => {
            localStorage.setItem('pha-stake.locale', o.locale);
            localStorage.setItem('pha-stake.theme', o.theme);
            if (o.account) {
              localStorage.setItem('pha-stake.watch', JSON.stringify([o.account]));
              localStorage.setItem('pha-stake.account', o.account);
            }
          },
          { locale, theme, account },
        );
        await page.goto(url);
        for (const [name, hash] of pages.filter((p) => p[2] === suri)) {
          // resolves once the new route has rendered (the hash store updates synchronously on
          // hashchange), so `settled` judges the new page and not the one before it
          await page.evaluate(
            (h) =>
              new Promise<void>((resolve) => {
                window.addEventListener('hashchange', () => requestAnimationFrame(() => resolve()), {
                  once: true,
                });
                window.location.hash = h;
              }),
            hash,
          );
          for (const [w, h] of SIZES) {
            await page.setViewportSize({ width: w, height: h });
            await settled(page);
            await page.screenshot({
              path: `${dir}/${name}-${w}x${h}-${theme}-${locale}.png`,
              fullPage: true,
            });
          }
          await page.setViewportSize({ width: 1280, height: 800 });
        }
        await page.close();
      }
}

describe.skipIf(!executable)('screenshot tour of the demo network', () => {
  // the node runs the demo's actors, as npm start's node and the built-in chain do: at the snapshot head
  // they relay the Gatekeeper's pending payout (into block #54,001), so both show the same block's state
  const net = demoNetworkFixture(executable as string, { actors: true });
  const addresses = new Map<string, string>();

  beforeAll(async () => {
    await cryptoReady();
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 30 });
    for (const [, , suri] of PAGES) if (suri) addresses.set(suri, keyring.addFromUri(suri).address);
  });

  it('on a node with its history', async () => {
    await tour(
      net.browser,
      `${net.dapp.base}?rpc=${encodeURIComponent(net.node.url)}`,
      'tmp/screenshots/node',
      addresses,
    );
  }, 1_800_000);

  it('on the built-in chain', async () => {
    await tour(net.browser, `${net.dapp.base}?rpc=embedded`, 'tmp/screenshots/embedded', addresses);
  }, 1_800_000);
});
