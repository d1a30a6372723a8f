/**
 * e2e: a tip paid at the median, in Debian Chromium against a real node over WebSocket, signing with the
 * injected test wallet. Dave has reported Ferdie's work (a tip with a deposit and a 20 % finder's fee); the
 * Council (Alice, Bob, Charlie, the tippers) tips 10, 20 and 40 PHA from the tips page — the card counts
 * the tips against the two that start the countdown, and the second tip starts it (short on this chain) and the steps move on — the page shows the median it would
 * pay, and after the countdown Ferdie closes it: 16 PHA reach Ferdie, and Dave gets his 4 PHA fee and his
 * deposit back exactly. Screenshots go to tmp/e2e-screenshots/tips/ (gitignored).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevChain } from '../../src/pallets-mock/devchain/chain.js';
import { TREASURY_ACCOUNT } from '../../src/pallets-mock/pallets/balances/index.js';
import { Account } from '../../src/pallets-mock/pallets/system/index.js';
import { accountId } from '../../src/pallets-mock/primitives/account.js';
import { cryptoReady } from '../../src/pallets-mock/primitives/signature.js';
import { dispatch, PHA } from '../fixtures/seed-pools.js';
import { chromiumPath } from './browser.js';
import { type DevJourney, openDevJourney } from './dev-journey.js';

const executable = chromiumPath();
const SHOTS = 'tmp/e2e-screenshots/tips';
const REASON = 'Ferdie wrote the pool guide';

const balanceOf = (chain: DevChain, who: string) =>
  chain.kernel.enter(() => Account.get(accountId(who)).data);

describe.skipIf(!executable)('tip journey in Chromium', () => {
  let chain: DevChain;
  let journey: DevJourney;
  let page: Page;
  const as = (name: string) => journey.as(name);
  const tipCard = () => page.locator('[data-testid="tips"] li.card').first();
  const tipAs = async (name: string, value: string) => {
    await as(name);
    const form = tipCard().locator('form[data-testid$="-tip"]');
    await form.waitFor({ timeout: 30_000 });
    await form.locator('input').fill(value);
    await form.locator('button[type="submit"]').click();
    await expect
      .poll(() => tipCard().locator('[data-testid="tx-status"]').getAttribute('data-status'), {
        timeout: 30_000,
      })
      .toBe('finalized');
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    await cryptoReady();
    chain = new DevChain({ mode: 'Instant', config: { 'Tips.TipCountdown': 5n } });
    dispatch(chain, '//Eve', 'Balances.transfer_allow_death', {
      dest: TREASURY_ACCOUNT,
      value: 1_000n * PHA,
    });
    dispatch(chain, '//Dave', 'Tips.report_awesome', {
      reason: `0x${Buffer.from(REASON).toString('hex')}`,
      who: accountId('//Ferdie'),
    });
    await chain.newBlocks(1);
    const accounts = ['Alice', 'Bob', 'Charlie', 'Ferdie'].map((n) => ({ uri: `//${n}`, name: n }));
    journey = await openDevJourney(chain, { accounts });
    page = journey.page;
  }, 120_000);

  afterAll(async () => {
    await journey?.close();
    chain?.stop();
  });

  it('the Council tips, the countdown runs, anyone closes and the median is paid', async () => {
    await page.goto(journey.url('#/governance/tips'));
    await tipCard().waitFor({ timeout: 90_000 });
    expect(await tipCard().locator('h3').textContent()).toBe(REASON);
    expect(await tipCard().getAttribute('data-state')).toBe('Open');
    expect(await tipCard().textContent()).toContain('(deposit 1.2700 PHA)'); // 1 PHA + 27 bytes × 0.01
    await page.getByRole('button', { name: 'Connect wallet' }).click();
    await page.getByTestId('balances').waitFor({ timeout: 30_000 });

    // Ferdie is no tipper: no tip form; he may not close yet
    await as('Ferdie');
    await tipCard().locator('[aria-current="step"]').waitFor();
    expect(await tipCard().locator('form[data-testid$="-tip"]').count()).toBe(0);
    expect(await tipCard().locator('button[data-testid$="-close"]').count()).toBe(0);

    // three Council members: the countdown starts at the second tip
    expect(await tipCard().getByTestId('tip-progress').textContent()).toBe(
      'Tips: 0 of the 2 that start the countdown.',
    );
    await tipAs('Alice', '10');
    expect(await tipCard().getAttribute('data-state')).toBe('Open');
    await expect
      .poll(() => tipCard().getByTestId('tip-progress').textContent(), { timeout: 30_000 })
      .toBe('Tips: 1 of the 2 that start the countdown.');
    await tipAs('Bob', '20');
    await expect.poll(() => tipCard().getAttribute('data-state'), { timeout: 30_000 }).toBe('Closing');
    expect(await tipCard().locator('[aria-current="step"]').textContent()).toBe('Countdown');
    await tipAs('Charlie', '40');
    await expect
      .poll(() => tipCard().getByTestId('tip-median').textContent(), { timeout: 30_000 })
      .toContain('Would pay 16.0000 PHA now (finder’s fee 4.0000 PHA)');
    await page.screenshot({ path: `${SHOTS}/01-tipped.png`, fullPage: true });

    const closes = Number(
      ((await tipCard().textContent()) ?? '').match(/Closes at block #([\d,]+)/)?.[1]?.replace(/,/g, ''),
    );
    await journey.newBlocksTo(closes);
    await as('Ferdie');
    await expect.poll(() => tipCard().getAttribute('data-state'), { timeout: 30_000 }).toBe('Closable');
    const ferdie = balanceOf(chain, '//Ferdie');
    const dave = balanceOf(chain, '//Dave');
    await tipCard().locator('button[data-testid$="-close"]').click();
    await page.getByText('No open tips.').waitFor({ timeout: 30_000 });
    // Dave: the finder's fee and the deposit back, exactly (he signed nothing)
    expect(balanceOf(chain, '//Dave')).toMatchObject({
      free: dave.free + 4n * PHA + dave.reserved,
      reserved: 0n,
    });
    // Ferdie: 16 PHA less the fee of his close transaction (under 0.1 PHA)
    const fee = ferdie.free + 16n * PHA - balanceOf(chain, '//Ferdie').free;
    expect(fee).toBeGreaterThan(0n);
    expect(fee).toBeLessThan(PHA / 10n);
    await page.screenshot({ path: `${SHOTS}/02-paid.png`, fullPage: true });
  }, 180_000);
});
