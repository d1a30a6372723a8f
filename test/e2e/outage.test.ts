/**
 * e2e, defect 9 of issue 20 ("the dApp in an outage") in Chromium: a real `npm run chain` process
 * (`--seed demo`, manual blocks, --db on a temporary directory) is SIGKILLed while a delegation is being
 * signed and restarted on the same port and database. The page must say "Disconnected", reconnect by
 * itself, and then tell the delegation's fate as the chain has it:
 * - killed while the wallet's signing request is open: the signature never reached a node → "Not sent"
 *   (the chain agrees: the account's nonce and the pool's stake are unchanged);
 * - killed after the block holding it was sealed, before the page heard of it (the node's messages to
 *   the page are held back from then on, as a node dying between sealing and announcing would): →
 *   "Finalized in block #N", the block that holds it (the chain agrees: the nonce moved by one and the
 *   pool holds the stake).
 * Every step waits on the chain's or the page's state, never on a clock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_OPTIONS } from '../../src/api/connection.js';
import { formatCount } from '../../src/ui/format.js';
import { type Proc, query, rpc, startNode } from '../node/processes.js';
import { chromiumPath, launchChromium, takePageErrors } from './browser.js';
import { startVite } from './dapp-server.js';
import { installTestWallet } from './test-wallet.js';

const executable = chromiumPath();
const PHA = 10n ** 12n;
/** A demo pool with neither a cap nor a whitelist. */
const PID = 1;
const AMOUNT = 100n;

describe.skipIf(!executable)(
  'defect 9: the dApp in an outage — the node killed while a delegation is signed',
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'pha-stake-outage-e2e-'));
    const args = ['--db', join(dir, 'chain'), '--block-time', 'manual', '--dev', '--actors', 'off'];
    const procs: Proc[] = [];
    let node: Awaited<ReturnType<typeof startNode>>;
    let port = 0;
    let vite: ViteDevServer;
    let browser: Browser;

    beforeAll(async () => {
      await cryptoWaitReady();
      node = await startNode(['--seed', 'demo', ...args]);
      procs.push(node.proc);
      port = Number(new URL(node.url).port);
      vite = await startVite();
      browser = await launchChromium(executable as string);
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await vite?.close();
      for (const p of procs) p.child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    });

    const kill = async () => {
      node.proc.child.kill('SIGKILL');
      await node.proc.exited;
    };
    /** The same database on the same port. */
    const restart = async () => {
      node = await startNode([...args, '--port', String(port)]);
      procs.push(node.proc);
    };

    /** What the chain says about the delegator and the pool (read with a fresh connection). */
    const chainState = async (address: string) => {
      const api = await ApiPromise.create({ provider: new WsProvider(node.url), ...API_OPTIONS });
      try {
        const pool = (await query(api, 'phalaBasePool', 'pools')(PID)).toJSON() as {
          stakePool: { basepool: { totalValue: string | number } };
        };
        return {
          nonce: (await api.rpc.system.accountNextIndex(address)).toNumber(),
          poolValue: BigInt(pool.stakePool.basepool.totalValue),
          best: (await api.rpc.chain.getHeader()).number.toNumber(),
        };
      } finally {
        await api.disconnect();
      }
    };

    /** Opens pool PID's page with the wallet connected as `uri`. */
    const open = async (page: Page) => {
      await page.goto(
        `${vite.resolvedUrls?.local[0] ?? ''}?rpc=${encodeURIComponent(`ws://127.0.0.1:${port}`)}#/pool/${PID}`,
      );
      await page.getByTestId('pool-page').waitFor({ timeout: 90_000 });
      await page.getByRole('button', { name: 'Connect wallet' }).click();
      await page.getByTestId('balances').waitFor({ timeout: 30_000 });
      await page.getByTestId('delegate-amount').fill(AMOUNT.toString());
      await page.getByTestId('fee').filter({ hasText: 'Estimated fee' }).waitFor({ timeout: 30_000 });
    };
    const formStatus = (page: Page) =>
      page.locator('[data-testid="delegate-form"] [data-testid="tx-status"]');
    const health = (page: Page) => page.getByTestId('health-state');
    /** The light is no longer "Disconnected" (manual blocks: with none new it may say blocks are late). */
    const up = (page: Page) => page.locator('[data-testid="health"]:not([data-state="down"])');

    /** The browser's own log lines for the refused reconnection attempts are expected; nothing else. */
    const expectOnlyRefusedReconnects = () => {
      const unexpected = takePageErrors().filter(
        (e) => !/WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/' failed/.test(e),
      );
      expect(unexpected).toEqual([]);
    };

    it('killed while the wallet signs: "Disconnected", reconnects, "Not sent"; the chain agrees', async () => {
      const who = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri('//demo/delegator/7').address;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        // the node dies while the signing request is open; the signature goes back once the page knows
        await installTestWallet(page, [{ uri: '//demo/delegator/7', name: 'Delegator 7' }], {
          beforeSign: async () => {
            await kill();
            await health(page).filter({ hasText: 'Disconnected' }).waitFor({ timeout: 30_000 });
          },
        });
        await open(page);
        const before = await chainState(who);
        await page.getByRole('button', { name: 'Delegate', exact: true }).click();
        await formStatus(page).and(page.locator('[data-status="disconnected"]')).waitFor({ timeout: 60_000 });
        expect(await formStatus(page).textContent()).toBe('Disconnected — checking when the node is back');
        expect(await page.getByTestId('retry').textContent()).toMatch(/^reconnecting: attempt \d+ in /);

        await restart();
        await formStatus(page).and(page.locator('[data-status="notSent"]')).waitFor({ timeout: 90_000 });
        expect(await formStatus(page).textContent()).toBe('Not sent — you can send it again');
        await up(page).waitFor({ timeout: 30_000 });
        expect(await page.getByTestId('reconnects').textContent()).toBe('reconnected 1×');

        const after = await chainState(who);
        expect(after).toEqual(before);
        expect(await rpc<string[]>(node.http, 'author_pendingExtrinsics')).toEqual([]);
        expectOnlyRefusedReconnects();
      } finally {
        await page.close();
      }
    }, 240_000);

    it('killed after its block was sealed, before the page heard: "Finalized in block #N"; the chain agrees', async () => {
      const who = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri('//demo/delegator/8').address;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      // The page talks to the node through a route that can hold back the node's messages.
      let hold = false;
      await page.routeWebSocket(
        (url) => url.port === String(port),
        (ws) => {
          const server = ws.connectToServer();
          server.onMessage((m) => {
            if (!hold) ws.send(m);
          });
        },
      );
      try {
        await installTestWallet(page, [{ uri: '//demo/delegator/8', name: 'Delegator 8' }]);
        await open(page);
        const before = await chainState(who);
        await page.getByRole('button', { name: 'Delegate', exact: true }).click();
        await formStatus(page).and(page.locator('[data-status="ready"]')).waitFor({ timeout: 60_000 });
        const [pending] = await rpc<string[]>(node.http, 'author_pendingExtrinsics');
        expect(pending).toBeDefined();

        // from here the page hears nothing: the block is sealed and the node dies before announcing it
        hold = true;
        await rpc(node.http, 'dev_newBlock', [{ count: 1 }]);
        const sealed = await rpc<{ block: { header: { number: string }; extrinsics: string[] } }>(
          node.http,
          'chain_getBlock',
        );
        expect(sealed.block.extrinsics).toContain(pending);
        const sealedNumber = Number(sealed.block.header.number);
        await kill();
        await formStatus(page).and(page.locator('[data-status="disconnected"]')).waitFor({ timeout: 30_000 });
        await health(page).filter({ hasText: 'Disconnected' }).waitFor();
        hold = false;

        await restart();
        await formStatus(page).and(page.locator('[data-status="finalized"]')).waitFor({ timeout: 90_000 });
        await up(page).waitFor({ timeout: 30_000 });

        const after = await chainState(who);
        expect(after.best).toBe(sealedNumber);
        expect(after.nonce).toBe(before.nonce + 1);
        expect(after.poolValue).toBe(before.poolValue + AMOUNT * PHA);
        // the page names the block the chain holds it in
        expect(await formStatus(page).textContent()).toBe(
          `Finalized in block #${formatCount(sealedNumber, 'en')}`,
        );
        expectOnlyRefusedReconnects();
      } finally {
        await page.close();
      }
    }, 240_000);
  },
);
