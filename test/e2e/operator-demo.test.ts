/**
 * e2e: an operator onboarding a worker in Debian Chromium on the demo network (demo-node.ts with the
 * demo's actors: Gatekeeper, relayer, the 60 workers, and `sim_startWorker`). The owner of pool 7 — fully
 * staked, its free stake eaten by a queued withdrawal — starts a simulated worker with the wallet's own key
 * as operator key (//demo/owner/7 both signs in the dApp and is the worker's operator). Blocks are built
 * with `dev_newBlock` one at a time and the page is read after each, never a wall-clock wait: the stages
 * attested → registered → benchmarked (one block on a dev network) → added appear done in order, and
 * "Computing" is blocked with the pool's free stake short by exactly the planned stake minus the free
 * stake the chain holds. A delegator's contribution covers it; the owner's Retry (the same key as the
 * worker's operator) starts computing and every stage shows done. Screenshots at 1280 and 390 px go to
 * tmp/e2e-screenshots/operator-demo/ (gitignored); browser.ts's fixture fails the test on any page error.
 */
import { mkdirSync } from 'node:fs';
import { ApiPromise, WsProvider } from '@polkadot/api';
import type { SubmittableExtrinsic } from '@polkadot/api/types';
import { Keyring } from '@polkadot/keyring';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './browser.js';
import { demoNetworkFixture } from './demo-node.js';
import { installTestWallet } from './test-wallet.js';

const executable = chromiumPath();
const SHOTS = 'tmp/e2e-screenshots/operator-demo';
const PHA = 1_000_000_000_000n;
const POOL = 7;
const OWNER = `//demo/owner/${POOL}`;
const STAGES = ['attested', 'registered', 'benchmarked', 'added', 'computing'] as const;

describe.skipIf(!executable)('operator onboarding on the demo network', () => {
  const net = demoNetworkFixture(executable as string, { actors: true });
  let api: ApiPromise;
  let provider: WsProvider;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    provider = new WsProvider(net.node.url);
    api = await ApiPromise.create({ provider, noInitWarn: true });
  }, 60_000);
  afterAll(async () => {
    await api?.disconnect();
  });

  const newBlock = () => provider.send('dev_newBlock', [{ count: 1 }]);
  const statuses = (page: Page) =>
    Promise.all(STAGES.map((s) => page.getByTestId(`stage-${s}`).getAttribute('data-status')));
  /** The pool's free stake: W-PHA of its pool account, read from the chain. */
  const freeStake = async (): Promise<bigint> => {
    const pool = (await api.query.phalaBasePool!.pools!(POOL)).toJSON() as {
      stakePool: { basepool: { poolAccountId: string } };
    };
    const assetId = Number(api.consts.phalaWrappedBalances!.wPhaAssetId!.toString());
    const acct = (
      await api.query.assets.account(assetId, pool.stakePool.basepool.poolAccountId)
    ).toJSON() as {
      balance: number | string;
    } | null;
    return acct ? BigInt(acct.balance) : 0n;
  };

  it('starts a simulated worker and sees every stage to computing, with the stake shortfall in words', async () => {
    const page = await net.browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await installTestWallet(page, [{ uri: OWNER, name: 'Owner 7' }]);
    await page.goto(`${net.dapp.base}?rpc=${encodeURIComponent(net.node.url)}#/operator/${POOL}/workers`);
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByTestId('balances').waitFor({ timeout: 60_000 });
    await page.getByTestId('register-worker').waitFor({ timeout: 60_000 });
    await page.getByTestId('sim-suri').fill(OWNER);
    await page.getByTestId('sim-stake').fill('5000');
    await page.getByRole('button', { name: 'Start a simulated worker' }).click();
    await page.getByTestId('sim-started').waitFor({ timeout: 30_000 });
    await page.getByTestId('worker-progress').waitFor({ timeout: 30_000 });
    expect(await statuses(page)).toEqual(['done', 'current', 'pending', 'pending', 'pending']);
    await page.screenshot({ path: `${SHOTS}/01-attested-1280.png`, fullPage: true });

    // block by block: each stage is seen done in order until computing is blocked by the free stake
    const seen: string[] = [];
    for (let i = 0; i < 40; i++) {
      await newBlock();
      const head = (await api.rpc.chain.getHeader()).number.toNumber();
      await page.waitForFunction(
        (n) => (document.body.textContent ?? '').includes(`#${n.toLocaleString('en-US')}`),
        head,
        { timeout: 30_000 },
      );
      const st = await statuses(page);
      for (const [j, s] of STAGES.entries()) if (st[j] === 'done' && !seen.includes(s)) seen.push(s);
      if (st[4] === 'failed') break;
    }
    expect(seen).toEqual(['attested', 'registered', 'benchmarked', 'added']);
    const failure = page.getByTestId('stage-computing').getByTestId('stage-failure');
    expect(await failure.getAttribute('data-failure')).toBe('stage.fail.stakeShort');
    const free = await freeStake();
    expect(free).toBeLessThan(5_000n * PHA);
    const fmt = (v: bigint) =>
      new Intl.NumberFormat('en-US', { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(
        Number(v / 10n ** 8n) / 10_000,
      );
    await expect
      .poll(() => failure.textContent(), { timeout: 30_000 })
      .toContain(`${fmt(5_000n * PHA - free)} PHA short`);
    expect(await page.getByTestId('stage-retry').isDisabled()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/02-stake-short-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/03-stake-short-390.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 1000 });

    // a delegator covers it (contributions first pay the queue; the rest stays free)
    const alice = new Keyring({ type: 'sr25519', ss58Format: 30 }).addFromUri('//Alice');
    const send = (tx: SubmittableExtrinsic<'promise'>) =>
      new Promise<void>((resolve, reject) => {
        tx.signAndSend(alice, ({ status, dispatchError }) => {
          if (dispatchError) reject(new Error(dispatchError.toString()));
          else if (status.isInBlock || status.isFinalized) resolve();
        }).catch(reject);
      });
    await send(
      api.tx.utility.batchAll([
        api.tx.phalaWrappedBalances!.wrap!(20_000n * PHA),
        api.tx.phalaStakePoolv2!.contribute!(POOL, 20_000n * PHA, null),
      ]),
    );
    expect(await freeStake()).toBeGreaterThanOrEqual(5_000n * PHA);
    const retry = page.getByTestId('stage-retry');
    await expect.poll(() => retry.isEnabled(), { timeout: 30_000 }).toBe(true);
    await retry.click();
    await page
      .getByTestId('worker-progress')
      .locator('[data-testid="tx-status"][data-status="finalized"]')
      .waitFor({ timeout: 60_000 });
    await newBlock();
    await expect
      .poll(() => statuses(page), { timeout: 30_000 })
      .toEqual(['done', 'done', 'done', 'done', 'done']);
    await page.screenshot({ path: `${SHOTS}/04-computing-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/05-computing-390.png`, fullPage: true });
    await page.close();
  }, 300_000);
});
