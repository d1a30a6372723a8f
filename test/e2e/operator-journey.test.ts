/**
 * e2e: the operator's and vault manager's journey in Debian Chromium against a real node over WebSocket
 * with the in-process actors (Gatekeeper, relayer, simulated pRuntimes) and the history API, signing with
 * the injected test wallet (//Eve): create a stake pool, raise its commission (warned), start a simulated
 * worker with `sim_startWorker` (it attests through the relayer, and Eve's key adds it and starts it),
 * advance the chain (dev_newBlock) and see heartbeats, V and rewards, claim owner rewards; create a vault,
 * invest its free stake in the pool, see the owner shares grow and a vault withdrawal's 21-day countdown; then a large withdrawal that the pool's
 * free stake cannot pay, explained with what to stop, and a force-stop after the grace period. A
 * screenshot per step goes to tmp/e2e-operator/ (gitignored).
 */
import { mkdirSync, rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNodeHistory } from '../../chain/node-history.js';
import { startServer } from '../../chain/server.js';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { ActorSupervisor } from '../../src/pallets-mock/offchain/actor-supervisor.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { simMethods } from '../../src/pallets-mock/rpc/sim-methods.js';
import { dispatch, PHA, startWorker } from '../fixtures/seed-pools.js';
import { chromiumPath, launchChromium } from './browser.js';
import { startVite } from './dapp-server.js';
import { installTestWallet } from './test-wallet.js';
import { recordToasts, toastSteps } from './toasts.js';

const executable = chromiumPath();
const SHOTS = 'tmp/e2e-operator';
/** The label of the create-pool transaction (its toast's title). */
const CREATE_POOL = 'Create a stake pool';

describe.skipIf(!executable)('operator and vault manager journey in Chromium', () => {
  let chain: DevChain;
  let actors: ActorSupervisor;
  let history: Awaited<ReturnType<typeof startNodeHistory>>;
  let node: Awaited<ReturnType<typeof startServer>>;
  let vite: ViteDevServer;
  let browser: Browser;
  let page: Page;
  let step = 0;
  const shot = async (name: string) => {
    step++;
    await page.screenshot({ path: `${SHOTS}/${String(step).padStart(2, '0')}-${name}.png`, fullPage: true });
  };
  const rpc = async (method: string, params: unknown[]) => {
    const res = await fetch(node.httpUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    });
    return ((await res.json()) as { result: unknown }).result;
  };
  const newBlocks = (count: number) => rpc('dev_newBlock', [{ count }]);
  const attr = async (testId: string, name: string) =>
    (await page.getByTestId(testId).first().getAttribute(name)) ?? '';
  /** Opens a section of the console by its tab. */
  const tab = (name: string) => page.getByRole('tab', { name, exact: true }).click();
  const finalized = (scope: string) =>
    page
      .locator(`${scope} [data-testid="tx-status"][data-status="finalized"]`)
      .first()
      .waitFor({ timeout: 60_000 });

  beforeAll(async () => {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    await cryptoReady();
    chain = new DevChain({ mode: 'Instant' });
    await chain.newBlocks(1);
    actors = new ActorSupervisor(chain);
    actors.start();
    history = await startNodeHistory(chain);
    vite = await startVite();
    node = await startServer(chain, {
      host: '127.0.0.1',
      port: 0,
      dev: true,
      // the dApp's page is the local user's: it may call sim_startWorker
      rpcCors: [new URL(vite.resolvedUrls?.local[0] ?? '').origin],
      modules: [history.module],
      devModules: [simMethods(() => actors)],
    });
    browser = await launchChromium(executable as string);
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await installTestWallet(page, [{ uri: '//Eve', name: 'Eve (test wallet)' }]);
    await recordToasts(page);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await vite?.close();
    await node?.close();
    actors?.stop();
    await history?.stop();
    chain?.stop();
  });

  it('runs a stake pool with a simulated worker and a vault investing in it', async () => {
    const base = `${vite.resolvedUrls?.local[0] ?? ''}?rpc=${encodeURIComponent(node.url)}`;
    await page.goto(`${base}#/operator`);
    await page.getByTestId('operator-home').waitFor({ timeout: 90_000 });
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByTestId('balances').waitFor({ timeout: 30_000 });

    // create a stake pool
    await page.getByRole('button', { name: 'Create a stake pool' }).click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Confirm' }).click();
    await finalized('[data-testid="operator-home"]');
    // the toast followed the creation to finalized
    await expect.poll(async () => (await toastSteps(page, CREATE_POOL)).at(-1)).toBe('finalized');
    expect((await toastSteps(page, CREATE_POOL))[0]).toBe('signing');
    await page.getByRole('link', { name: 'Stake pool #0' }).click();
    await page.getByTestId('operator-console').waitFor();
    expect(await page.getByTestId('operator-console').getAttribute('data-can-act')).toBe('yes');
    await shot('pool-created');

    // delegators arrive (Bob), then the owner raises the commission: warned first
    dispatch(chain, '//Bob', 'PhalaWrappedBalances.wrap', { amount: 20_000n * PHA });
    dispatch(chain, '//Bob', 'PhalaStakePoolv2.contribute', {
      pid: 0n,
      amount: 20_000n * PHA,
      as_vault: null,
    });
    await newBlocks(1);
    await tab('Settings');
    await page.getByTestId('commission-input').fill('20');
    await page.getByTestId('commission-rise').waitFor();
    await shot('commission-rise-warning');
    await page.getByRole('button', { name: 'Set commission' }).click();
    await finalized('[data-testid="commission-form"]');
    await newBlocks(1);
    await page
      .getByTestId('commission-history')
      .getByText('0.00% → 20.00% (rise)')
      .waitFor({ timeout: 30_000 });

    // a simulated worker: attestation through the relayer, then Eve's key adds and starts it
    await tab('Workers');
    await page.getByTestId('sim-suri').fill('//Eve');
    await page.getByTestId('sim-stake').fill('20000');
    await page.getByRole('button', { name: 'Start a simulated worker' }).click();
    await page.getByTestId('sim-started').waitFor({ timeout: 30_000 });
    await shot('sim-worker-started');
    for (let i = 0; i < 20; i++) {
      await newBlocks(10);
      if ((await page.locator('[data-testid="worker-card"][data-state="WorkerIdle"]').count()) > 0) break;
    }
    await page.locator('[data-testid="worker-card"][data-state="WorkerIdle"]').waitFor({ timeout: 30_000 });
    expect(BigInt(await attr('worker-stake', 'data-planck'))).toBe(20_000n * PHA);
    await shot('worker-computing');

    // advance the chain: heartbeats settle, V moves and rewards arrive
    for (let i = 0; i < 30; i++) {
      await newBlocks(100);
      await page.waitForTimeout(300);
      if (BigInt((await attr('worker-rewards', 'data-planck')) || '0') > 0n) break;
    }
    await expect
      .poll(async () => BigInt((await attr('worker-rewards', 'data-planck')) || '0'), {
        timeout: 30_000,
        message: 'worker rewards',
      })
      .toBeGreaterThan(0n);
    expect(Number(await attr('worker-heartbeat', 'data-secs'))).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Show V and rewards chart' }).click();
    for (let i = 0; i < 20 && (await page.getByTestId('worker-chart').count()) === 0; i++) {
      await newBlocks(1);
      await page.waitForTimeout(300);
    }
    await page.getByTestId('worker-chart').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('unresponsive-periods').textContent()).toBe(
      'Never unresponsive in the recorded history.',
    );
    await tab('Owner rewards');
    await expect
      .poll(async () => BigInt((await attr('owner-reward', 'data-planck')) || '0'), {
        timeout: 30_000,
        message: 'owner reward',
      })
      .toBeGreaterThan(0n);
    const split = async (k: string) => BigInt((await attr(`split-${k}`, 'data-planck')) || '0');
    await expect
      .poll(() => split('delegators'), { timeout: 15_000, message: 'delegators' })
      .toBeGreaterThan(0n);
    await expect.poll(() => split('owner'), { timeout: 15_000, message: 'owner' }).toBeGreaterThan(0n);
    await shot('heartbeats-v-rewards');

    // claim owner rewards
    await page.getByRole('button', { name: 'Claim owner rewards' }).click();
    await finalized('[data-testid="owner-rewards"]');
    await expect.poll(async () => attr('owner-reward', 'data-planck'), { timeout: 30_000 }).toBe('0');
    await shot('owner-rewards-claimed');

    // a vault: create, a delegator, commission, invest in pool #0
    await page.goto(`${base}#/manager`);
    await page.getByTestId('manager-home').waitFor({ timeout: 60_000 });
    await page.getByTestId('balances').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Create a vault' }).click();
    await page.getByTestId('confirm-dialog').getByRole('button', { name: 'Confirm' }).click();
    await finalized('[data-testid="manager-home"]');
    await page.getByRole('link', { name: 'Vault #1' }).click();
    await page.getByTestId('manager-console').waitFor();
    dispatch(chain, '//Charlie', 'PhalaWrappedBalances.wrap', { amount: 10_000n * PHA });
    dispatch(chain, '//Charlie', 'PhalaVault.contribute', { pid: 1n, amount: 10_000n * PHA });
    await newBlocks(1);
    await page.getByTestId('vault-commission-input').fill('30');
    await page.getByRole('button', { name: 'Set commission' }).click();
    await finalized('[data-testid="vault-commission-form"]');
    await page.getByRole('radio', { name: '#0' }).check();
    await page.getByTestId('invest-amount').fill('8000');
    await page.getByRole('button', { name: 'Invest', exact: true }).click();
    await finalized('[data-testid="invest-panel"]');
    await expect
      .poll(async () => BigInt((await attr('invest-position', 'data-planck')) || '0'), { timeout: 30_000 })
      .toBeGreaterThan(7999n * PHA); // priced at the pool's share price, truncated
    const invested = BigInt(await attr('invest-position', 'data-planck'));
    await shot('vault-invested');

    // rewards raise the vault's share price; settling mints owner shares
    for (let i = 0; i < 30; i++) {
      await newBlocks(100);
      await page.waitForTimeout(200);
      if (BigInt((await attr('invest-position', 'data-planck')) || '0') > invested) break;
    }
    const ownerShares = async () => BigInt((await attr('owner-shares-value', 'data-shares')) || '0');
    for (let i = 0; i < 8 && (await ownerShares()) === 0n; i++) {
      await page.getByRole('button', { name: 'Settle owner shares now' }).click();
      await finalized('[data-testid="owner-shares"]');
      await expect
        .poll(ownerShares, { timeout: 5_000 })
        .toBeGreaterThan(0n)
        .catch(() => newBlocks(200));
    }
    expect(await ownerShares(), 'owner shares').toBeGreaterThan(0n);
    await shot('vault-owner-shares');

    // a vault delegator withdraws more than the vault holds free: the 21-day countdown starts
    dispatch(chain, '//Charlie', 'PhalaVault.withdraw', { pid: 1n, shares: 5000n * PHA });
    await newBlocks(1);
    await page.getByTestId('vault-countdown').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('vault-countdown').textContent()).toMatch(
      /^The oldest withdrawal reaches the 21-day limit in (20 days 23 hours|21 days)\.$/,
    );
    await shot('vault-21-day-countdown');

    // a withdrawal the pool cannot pay: the console says what to stop; after the grace period anyone
    // may force-stop the workers, and the cool-down countdown starts
    await page.goto(`${base}#/operator/0/queue`);
    await page.getByTestId('operator-console').waitFor({ timeout: 60_000 });
    // the owner puts (almost) all free stake to work in more workers, so a withdrawal must wait
    let free = BigInt(await attr('free-stake', 'data-planck'));
    for (let i = 0; free >= 1000n * PHA; i++) {
      const stake = free > 23_000n * PHA ? 23_000n * PHA : free;
      startWorker(chain, 0n, '//Eve', 100 + i, stake);
      free -= stake;
    }
    dispatch(chain, '//Bob', 'PhalaStakePoolv2.withdraw', { pid: 0n, shares: 19_000n * PHA, as_vault: null });
    await newBlocks(1);
    await page.getByTestId('queue-numbers').waitFor({ timeout: 30_000 });
    await shot('queue-numbers');
    await page.getByTestId('queue-advice').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('queue-advice').textContent()).toContain('Stop these workers now');
    await shot('queue-pressure');
    const now = Number(await rpc('dev_timeTravel', [Date.now() + 8 * 86_400_000]));
    expect(now).toBeGreaterThan(0);
    await newBlocks(1);
    await page.getByText('The grace period has passed').waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Check and force-stop workers' }).click();
    await finalized('[data-testid="queue-pressure"]');
    await tab('Workers');
    await page.getByTestId('cooldown').first().waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('cooldown').first().textContent()).toMatch(
      /Cool-down: stake can be reclaimed in/,
    );
    await shot('force-stopped-cooldown');
  }, 300_000);
});
