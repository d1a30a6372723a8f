/**
 * e2e: a worker's "last heartbeat … ago" is an age on the chain's own clock (Timestamp.Now at the head vs
 * the heartbeat's time), and the demo network's node and built-in chain keep the same clock, so the two
 * show the same ages at the same block. On the node (demo-node.ts, started as `npm start` starts it), pool
 * 5's operator console (watched owner //demo/owner/5) shows for each worker the age the test computes from
 * the node's Timestamp.Now and the card's heartbeat seconds; the built-in chain's block of the same
 * number carries the same timestamp (read inside its Web Worker, clock-steps.ts) — a node whose clock
 * was moved ahead showed hours-old heartbeats on "Computing" workers that the built-in chain showed
 * minutes old. Waits are on the pages' state, never on the wall clock.
 */
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { formatDuration } from '../../src/ui/format.js';
import { chromiumPath } from './browser.js';
import { runInBuiltinChain, waitForBuiltinChainHook } from './builtin-chain.js';
import { demoNetworkFixture } from './demo-node.js';

const executable = chromiumPath();
const OWNER = '//demo/owner/5';

/** A page on `url`'s operator console of pool 5, watching its owner. */
async function operatorPage(browser: Browser, url: string, owner: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript((account: string) => {
    localStorage.setItem('pha-stake.locale', 'en');
    localStorage.setItem('pha-stake.watch', JSON.stringify([account]));
    localStorage.setItem('pha-stake.account', account);
  }, owner);
  await page.goto(`${url}#/operator/5`, { timeout: 300_000 });
  await page.getByTestId('worker-heartbeat').first().waitFor({ timeout: 300_000 });
  return page;
}

/** Waits until the page's header shows block `head` and its heartbeat texts are `expected` (by pubkey). */
async function showsAges(page: Page, head: number, expected: Record<string, string>): Promise<void> {
  await page
    .waitForFunction(
      (o: { head: number; expected: Record<string, string> }) => {
        const status = document.querySelector('[data-testid="status"]')?.textContent ?? '';
        const m = /#([\d,]+)/.exec(status);
        if (Number((m?.[1] ?? '').replace(/,/g, '')) !== o.head) return false;
        const cards = [...document.querySelectorAll('[data-testid="worker-card"]')];
        const shown = Object.fromEntries(
          cards.map((c) => [
            c.getAttribute('data-pubkey') ?? '',
            c.querySelector('[data-testid="worker-heartbeat"]')?.textContent ?? '',
          ]),
        );
        return JSON.stringify(shown) === JSON.stringify(o.expected);
      },
      { head, expected },
      { timeout: 90_000 },
    )
    .catch(async (err: unknown) => {
      const shown = await page
        .getByTestId('worker-card')
        .evaluateAll((cs) =>
          cs.map(
            (c) =>
              `${c.getAttribute('data-pubkey')}: ${c.querySelector('[data-testid="worker-heartbeat"]')?.textContent}`,
          ),
        );
      const status = await page.getByTestId('status').textContent();
      throw new Error(
        `expected at block #${head} ${JSON.stringify(expected)}; the page (${status}) shows ${JSON.stringify(shown)}: ${String(err)}`,
      );
    });
}

describe.skipIf(!executable)('heartbeat ages on the chain clock (demo network)', () => {
  const net = demoNetworkFixture(executable as string);
  let api: ApiPromise;
  let owner = '';

  beforeAll(async () => {
    await cryptoReady();
    owner = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri(OWNER).address;
    api = await ApiPromise.create({ provider: new WsProvider(net.node.url), noInitWarn: true });
  }, 60_000);
  afterAll(async () => {
    await api?.disconnect();
  });

  it('the node and the built-in chain show the same last-heartbeat ages at the same block', async () => {
    const head = (await api.rpc.chain.getHeader()).number.toNumber();
    const nowMs = (await api.query.timestamp.now()).toNumber();

    const node = await operatorPage(
      net.browser,
      `${net.dapp.base}?rpc=${encodeURIComponent(net.node.url)}`,
      owner,
    );
    const secs = await node
      .getByTestId('worker-card')
      .evaluateAll((cs) =>
        cs.map(
          (c) =>
            [
              c.getAttribute('data-pubkey') ?? '',
              Number(c.querySelector('[data-testid="worker-heartbeat"]')?.getAttribute('data-secs')),
            ] as const,
        ),
      );
    expect(secs.length).toBeGreaterThan(0);
    const expected = Object.fromEntries(
      secs.map(([pubkey, hb]) => [pubkey, `${formatDuration(Math.floor(nowMs / 1000) - hb, 'en')} ago`]),
    );
    await showsAges(node, head, expected);
    await node.close();

    // the built-in chain's clock at the node's head: the same moment, so the same ages
    const builtIn = await operatorPage(net.browser, `${net.dapp.base}?rpc=embedded`, owner);
    await waitForBuiltinChainHook(builtIn);
    const builtInMs = await runInBuiltinChain<number | null>(
      builtIn,
      '/test/e2e/clock-steps.ts',
      'blockTimeMs',
      [head],
    );
    expect(
      { block: head, ms: builtInMs, iso: new Date(builtInMs ?? 0).toISOString() },
      'Timestamp.Now at the same block: built-in chain vs node',
    ).toEqual({ block: head, ms: nowMs, iso: new Date(nowMs).toISOString() });
    await builtIn.close();
  }, 600_000);
});
